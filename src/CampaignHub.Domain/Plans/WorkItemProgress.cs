using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Plans;

/// <summary>A unit's progress over its work items. <see cref="Percent"/> is 0–100 with one decimal.</summary>
public readonly record struct UnitProgress(int UnitId, decimal Percent, int ItemCount, ProgressBuckets Buckets)
{
    /// <summary>True when the unit has no (non-cancelled) items: it counts as 0% in the campaign.</summary>
    public bool HasNoItems => ItemCount == 0;
}

/// <summary>A campaign's progress: the mean over its units, plus every unit's own figure.</summary>
public sealed record CampaignProgress(decimal Percent, ProgressBuckets Buckets, IReadOnlyList<UnitProgress> Units);

/// <summary>
/// Progress roll-up from work items to units and to the campaign.
/// <list type="bullet">
/// <item>Cancelled items are left out everywhere.</item>
/// <item>A done item counts 100%, any other its own progress (0 until started).</item>
/// <item>A unit's progress is the plain mean of its items: every planned activity weighs the same,
/// so a unit cannot look further along by splitting a big item into small ones nor by hiding one.</item>
/// <item>A campaign's progress is the mean over its units (each unit weighs the same, however many items it
/// has); a unit without items counts 0%, so not planning never looks like progress.</item>
/// <item>Buckets: Done; InProgress; Planned and Approved are NotStarted.</item>
/// </list>
/// </summary>
public static class WorkItemProgress
{
    /// <summary>The progress one item contributes, or null when it is cancelled and excluded.</summary>
    public static int? Contribution(WorkItemStatus status, int progressPercent) => status switch
    {
        WorkItemStatus.Cancelled => null,
        WorkItemStatus.Done => 100,
        _ => Math.Clamp(progressPercent, 0, 100),
    };

    /// <summary>The progress bucket of a work item's status; cancelled items are left out.</summary>
    public static ProgressBucket? BucketOf(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Done => ProgressBucket.Done,
        WorkItemStatus.InProgress => ProgressBucket.InProgress,
        WorkItemStatus.Planned or WorkItemStatus.Approved => ProgressBucket.NotStarted,
        _ => null,
    };

    public static ProgressBuckets Buckets(IEnumerable<WorkItemSnapshot> items) => Buckets(items.Select(i => i.Status));

    public static ProgressBuckets Buckets(IEnumerable<WorkItemStatus> statuses) => ProgressBuckets.Of(statuses.Select(BucketOf));

    /// <summary>One unit's progress; items of other units in the sequence are ignored.</summary>
    public static UnitProgress ForUnit(int unitId, IEnumerable<WorkItemSnapshot> items)
    {
        var own = items.Where(i => i.UnitId == unitId).ToList();
        return new UnitProgress(unitId, Round(ExactMean(own)), own.Count(i => i.Status != WorkItemStatus.Cancelled), Buckets(own));
    }

    /// <summary>
    /// The campaign's progress over the given (enrolled) units. Items of units not listed are ignored;
    /// listed units without items count 0%.
    /// </summary>
    public static CampaignProgress ForCampaign(IEnumerable<int> unitIds, IEnumerable<WorkItemSnapshot> items)
    {
        var ids = unitIds.Distinct().ToList();
        var byUnit = items.ToLookup(i => i.UnitId);
        var units = ids.Select(id => ForUnit(id, byUnit[id])).ToList();
        var exact = ids.Count == 0 ? 0m : ids.Average(id => ExactMean(byUnit[id].ToList()));
        var buckets = units.Aggregate(new ProgressBuckets(0, 0, 0), (sum, u) => sum + u.Buckets);
        return new CampaignProgress(Round(exact), buckets, units);
    }

    /// <summary>Over the units that appear among the items.</summary>
    public static CampaignProgress ForCampaign(IEnumerable<WorkItemSnapshot> items)
    {
        var list = items.ToList();
        return ForCampaign(list.Select(i => i.UnitId).Distinct().Order(), list);
    }

    private static decimal ExactMean(IReadOnlyCollection<WorkItemSnapshot> items)
    {
        var counted = items.Select(i => Contribution(i.Status, i.ProgressPercent)).OfType<int>().ToList();
        return counted.Count == 0 ? 0m : (decimal)counted.Sum() / counted.Count;
    }

    private static decimal Round(decimal percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero);
}
