namespace CampaignHub.Features.Opinions;

public enum OpinionAction
{
    Claim,
    Escalate,
    Answer,
    Close,
    Unlink,
}

public sealed record OpinionActionRequest(OpinionRowDto Row, OpinionAction Action);

public sealed class ClaimOpinionInput
{
    public int? UnitId { get; set; }

    public DateOnly? DueOn { get; set; }
}
