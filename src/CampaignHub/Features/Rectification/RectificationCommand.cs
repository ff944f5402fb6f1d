namespace CampaignHub.Features.Rectification;

/// <summary>A step a user takes on a rectification item from the 办理 panel.</summary>
public enum RectificationStep
{
    Start,
    Progress,
    Complete,
    Verify,
    Reopen,
}

/// <summary>What the 办理 panel asks the page to do: the step, a progress percentage, or the text the user typed (reason, comment).</summary>
public sealed record RectificationCommand(RectificationStep Step, int? Progress = null, string? Text = null);
