using CampaignHub.Features.Campaigns;

namespace CampaignHub.Features.Units;

public sealed record MilestoneMarkRequest(MilestoneDto Milestone, MilestoneCellDto Cell);

/// <summary>The mark-met dialog's form model.</summary>
public sealed class MarkMilestoneInput
{
    public DateTime? MetOnDate { get; set; }

    public string? Note { get; set; }

    public DateOnly MetOn => DateOnly.FromDateTime(MetOnDate ?? throw new InvalidOperationException("完成日期为必填项"));
}
