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
    public string Summary => $"满意率阈值设为{Satisfaction.SatisfactionRate.FormatPercent(Campaign.Rules.SatisfactionThreshold)}";
}

/// <summary>A campaign was set up, from scratch, from a template or as a copy of last year's.</summary>
public sealed record CampaignCreated(Campaign Campaign) : IDomainEvent
{
    public string Summary => $"新建活动：{Campaign.Title}（{Campaign.StartDate.Year}年）";
}

/// <summary>The office revised a campaign's set-up (dates, phases, milestones, units or rules).</summary>
public sealed record CampaignRevised(Campaign Campaign) : IDomainEvent
{
    public string Summary => $"修改活动设置：{Campaign.Title}";
}

/// <summary>A campaign was closed and archived; it is read-only from now on.</summary>
public sealed record CampaignArchived(Campaign Campaign) : IDomainEvent
{
    public string Summary => $"活动结束归档：{Campaign.Title}";
}
