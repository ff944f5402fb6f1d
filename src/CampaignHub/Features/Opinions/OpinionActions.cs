namespace CampaignHub.Features.Opinions;

public enum OpinionAction
{
    Claim,
    Escalate,
    Answer,
    Close,
    Unlink,
    HandOver,
}

public sealed record OpinionActionRequest(OpinionRowDto Row, OpinionAction Action);

public sealed class ClaimOpinionInput
{
    public int? UnitId { get; set; }

    public DateOnly? DueOn { get; set; }
}

public sealed class EscalateOpinionInput
{
    public int? UnitId { get; set; }

    public string Reason { get; set; } = string.Empty;
}
