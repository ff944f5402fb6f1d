using CampaignHub.Domain.Common;
using CampaignHub.Features.Wall;

namespace CampaignHub.Tests.Features.Wall;

/// <summary>The per-panel views: only the rows a panel shows, and the same instance while they do not change.</summary>
public sealed class WallViewsTests
{
    private static WallUnitRow Unit(int id, int positive = 0, int valid = 0, int open = 0, int done = 0) => new(
        id,
        $"单位{id}",
        1,
        new ProgressBuckets(done, open, 0),
        default,
        default,
        valid == 0 ? null : new WallRate(positive, valid, valid, 30, [0.9m, (decimal)positive / valid]),
        0,
        false,
        null);

    private static WallOverdueItem Overdue(int unitId, int days) => new("整改事项", unitId, $"事项{unitId}-{days}", days, null);

    [Fact]
    public void The_rates_panel_shows_the_weakest_units_first_and_counts_those_below_the_threshold()
    {
        var units = Enumerable.Range(1, 40).Select(i => Unit(i, positive: 50 + i, valid: 100)).ToList();

        var view = WallViews.BuildRates(units, 0.8m);

        Assert.Equal(WallViews.RateBars, view.Bars.Count);
        Assert.Equal(1, view.Bars[0].UnitId);
        Assert.Equal(40, view.RatedUnits);
        Assert.Equal(29, view.BelowThreshold); // 51 % … 79 %
        Assert.StartsWith("↓", view.Bars[0].Trend, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overdue_panel_groups_by_unit_latest_first_with_three_items_each()
    {
        var items = new[] { Overdue(1, 3), Overdue(2, 40), Overdue(1, 9), Overdue(1, 12), Overdue(1, 1) };

        var view = WallViews.BuildOverdue(items, id => $"单位{id}");

        Assert.Equal(5, view.Total);
        Assert.Equal([2, 1], view.Groups.Select(g => g.UnitId));
        var first = view.Groups[1];
        Assert.Equal(4, first.Count);
        Assert.Equal([12, 9, 3], first.Latest.Select(i => i.DaysOverdue));
    }

    [Fact]
    public void Views_whose_rows_did_not_change_are_handed_out_as_the_same_instance()
    {
        var units = Enumerable.Range(1, 20).Select(i => Unit(i, positive: 70, valid: 100, open: i)).ToList();
        var before = Build(units, [Overdue(1, 5)]);
        var changedUnits = units.Select(u => u.UnitId == 3 ? u with { Problems = new ProgressBuckets(0, 99, 0) } : u).ToList();

        var after = Build(changedUnits, [Overdue(1, 5)]).ReuseUnchanged(before);

        Assert.Same(before.Headline, after.Headline);
        Assert.Same(before.Timeline, after.Timeline);
        Assert.Same(before.Rates, after.Rates);
        Assert.Same(before.Overdue, after.Overdue);
        Assert.Same(before.Flags, after.Flags);
        Assert.NotSame(before.Progress, after.Progress);
        Assert.Equal(3, after.Progress.Rows[0].UnitId);
    }

    private static WallViews Build(IReadOnlyList<WallUnitRow> units, IReadOnlyList<WallOverdueItem> overdue) => new(
        new WallHeadlineView(new WallHeadline(1, 2, 0.9m, 100, overdue.Count, 3, 4, 0, 0), 0.8m),
        new WallChecksView(null),
        new WallTimelineView(ValueList<CampaignHub.Features.Campaigns.PhaseDto>.Empty, ValueList<CampaignHub.Features.Campaigns.MilestoneDto>.Empty, new DateOnly(2014, 1, 1), new DateOnly(2014, 12, 31), new DateOnly(2014, 4, 10)),
        WallViews.BuildRates(units, 0.8m),
        WallViews.BuildOverdue(overdue, id => $"单位{id}"),
        WallViews.BuildProgress(units),
        WallViews.BuildFlags([], [], id => $"单位{id}", WallViews.FlagLines),
        ValueList<WallTickerLine>.Empty);
}
