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

    public DateTime? DueDate { get; set; }

    public DateOnly? DueOn => DueDate is { } d ? DateOnly.FromDateTime(d) : null;
}
