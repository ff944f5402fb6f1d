namespace CampaignHub.Components.Shared;

/// <summary>A comment as lists show it: what was said, by whom, in which role, when.</summary>
public sealed record CommentView(string Text, string ByName, string ByRole, DateTimeOffset At);

/// <summary>A comment to write on a record.</summary>
public sealed record CommentInput(string? Text);
