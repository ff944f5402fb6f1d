using CampaignHub.Features.Campaigns;

namespace CampaignHub.Features.Units;

public sealed record MilestoneMarkRequest(MilestoneDto Milestone, MilestoneCellDto Cell);

/// <summary>The mark-met dialog's form model.</summary>
public sealed class MarkMilestoneInput
{
    public DateOnly? MetOn { get; set; }

    public string? Note { get; set; }
}
