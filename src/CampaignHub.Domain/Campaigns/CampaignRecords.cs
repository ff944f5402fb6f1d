using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>
/// What other aggregates have already recorded against a campaign, read by the service before an edit so
/// the campaign can refuse a change that would leave those records orphaned or out of its dates.
/// </summary>
/// <param name="CompletedUnitsByMilestone">For each milestone with completions, the units that recorded one.</param>
/// <param name="UnitsWithRecords">Units that have a plan, work items, opinions, rectification items or commitments in this campaign.</param>
/// <param name="PhasesInUse">Phases that work items are filed under.</param>
/// <param name="RecordDates">The span of dated records (completions, planned activities) that lie inside the current campaign period.</param>
public sealed record CampaignRecords(
    IReadOnlyDictionary<int, IReadOnlySet<int>> CompletedUnitsByMilestone,
    IReadOnlySet<int> UnitsWithRecords,
    IReadOnlySet<int> PhasesInUse,
    DateRange? RecordDates)
{
    public static CampaignRecords None { get; } = new(new Dictionary<int, IReadOnlySet<int>>(), new HashSet<int>(), new HashSet<int>(), null);

    public bool HasCompletions(int milestoneId) => CompletedUnitsByMilestone.TryGetValue(milestoneId, out var units) && units.Count > 0;
}

/// <summary>Whether a campaign is still running or closed and archived (read-only).</summary>
public enum CampaignStatus
{
    Running = 0,
    Archived = 1,
}

public static class CampaignStatusNames
{
    public static string ToChinese(this CampaignStatus status) => status switch
    {
        CampaignStatus.Running => "进行中",
        CampaignStatus.Archived => "已结束归档",
        _ => status.ToString(),
    };
}
