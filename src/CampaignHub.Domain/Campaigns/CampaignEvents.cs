using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>A unit met a milestone (recorded, or its date or note corrected).</summary>
public sealed record MilestoneMet(MilestoneCompletion Completion, Milestone Milestone) : IDomainEvent
{
    public string Summary => $"{Milestone.Title}：已完成";
}

/// <summary>The office set the campaign's low-satisfaction threshold.</summary>
public sealed record SatisfactionThresholdSet(Campaign Campaign) : IDomainEvent
{
    public string Summary => $"满意率阈值设为{Satisfaction.SatisfactionRate.FormatPercent(Campaign.SatisfactionThreshold)}";
}
