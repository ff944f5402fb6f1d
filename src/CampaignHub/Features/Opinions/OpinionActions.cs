using CampaignHub.Domain.Opinions;

namespace CampaignHub.Features.Opinions;

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
