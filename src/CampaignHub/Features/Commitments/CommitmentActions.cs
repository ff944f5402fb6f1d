namespace CampaignHub.Features.Commitments;

public enum CommitmentAction
{
    Start,
    Progress,
    Done,
    Cancel,
    TogglePublic,
}

public sealed record CommitmentActionRequest(CommitmentRowDto Row, CommitmentAction Action);
