using CampaignHub.Features.Campaigns;
using CampaignHub.Live;

namespace CampaignHub.Features.Wall;

/// <summary>One bar of the satisfaction panel: a unit's latest rate and its trend, ready to draw.</summary>
public sealed record WallRateBar(int UnitId, string Name, decimal? Rate, string Trend, bool IsLow, string? Label);

/// <summary>
/// The weakest units' rates, how many units were rated and how many are below the threshold. A label every bar shares
/// (e.g. 测评进行中（部分结果） while a survey is open) is stated once, in <see cref="CommonLabel"/>, not on each bar.
/// </summary>
public sealed record WallRatesView(ValueList<WallRateBar> Bars, int RatedUnits, int BelowThreshold, decimal Threshold, string? CommonLabel = null);

/// <summary>A unit's overdue count with its latest items.</summary>
public sealed record WallOverdueGroup(int UnitId, string Name, int Count, ValueList<WallOverdueItem> Latest);

public sealed record WallOverdueView(ValueList<WallOverdueGroup> Groups, int Total);

/// <summary>A unit's problems and commitments, stacked done / in progress / not started.</summary>
public sealed record WallProgressRow(int UnitId, string Name, int Done, int InProgress, int NotStarted);

public sealed record WallProgressView(ValueList<WallProgressRow> Rows, int UnitsWithItems);

/// <summary>One line of the flags panel: a flag or a rectification order, with its unit's name.</summary>
public sealed record WallFlagLine(int UnitId, string UnitName, string Kind, bool Severe, string Text);

public sealed record WallFlagsView(ValueList<WallFlagLine> Lines, int Total);

public sealed record WallTickerLine(DateTimeOffset At, string Who, string Summary);

/// <summary>The headline figures with the threshold they are judged against.</summary>
public sealed record WallHeadlineView(WallHeadline Numbers, decimal Threshold)
{
    public bool SatisfactionIsLow => Domain.Satisfaction.LowSatisfaction.IsLow(Numbers.SatisfactionRate, Threshold);
}

/// <summary>The three-checks buckets (none before the campaign has commitments).</summary>
public sealed record WallChecksView(WallThreeChecks? Review);

public sealed record WallTimelineView(ValueList<PhaseDto> Phases, ValueList<MilestoneDto> Milestones, DateOnly Start, DateOnly End, DateOnly Today);

/// <summary>
/// What each wall panel shows, computed once per snapshot and shared by every open wall. Each panel gets only the
/// rows it displays (a wall is read from three metres), so a circuit's render tree stays small and an edit costs
/// each circuit a diff of a few rows rather than a pass over thousands of units.
/// </summary>
public sealed record WallViews(
    WallHeadlineView Headline,
    WallChecksView ThreeChecks,
    WallTimelineView Timeline,
    WallRatesView Rates,
    WallOverdueView Overdue,
    WallProgressView Progress,
    WallFlagsView Flags,
    ValueList<WallTickerLine> Ticker)
{
    public const int RateBars = 16;
    public const int OverdueUnits = 8;
    public const int OverdueItemsPerUnit = 3;
    public const int ProgressRows = 12;
    public const int FlagLines = 12;
    public const int TickerLines = 6;

    public static WallViews Build(WallSnapshot snapshot) => new(
        new WallHeadlineView(snapshot.Headline, snapshot.Threshold),
        new WallChecksView(snapshot.ThreeChecks),
        new WallTimelineView(snapshot.Phases.ToValueList(), snapshot.Milestones.ToValueList(), snapshot.Campaign.StartDate, snapshot.Campaign.EndDate, snapshot.Today),
        BuildRates(snapshot.Units, snapshot.Threshold),
        BuildOverdue(snapshot.Overdue, snapshot.UnitName),
        BuildProgress(snapshot.Units),
        BuildFlags(snapshot.Flags, snapshot.Orders, snapshot.UnitName, FlagLines),
        snapshot.Recent.Take(TickerLines).Select(c => new WallTickerLine(c.At, Who(c.Actor), c.Summary)).ToValueList());

    /// <summary>Keeps the previous instance of every view whose rows did not change, so their HTML is not rendered again.</summary>
    public WallViews ReuseUnchanged(WallViews? previous) => previous is null
        ? this
        : new WallViews(
            Headline == previous.Headline ? previous.Headline : Headline,
            ThreeChecks == previous.ThreeChecks ? previous.ThreeChecks : ThreeChecks,
            Timeline == previous.Timeline ? previous.Timeline : Timeline,
            Rates == previous.Rates ? previous.Rates : Rates,
            Overdue == previous.Overdue ? previous.Overdue : Overdue,
            Progress == previous.Progress ? previous.Progress : Progress,
            Flags == previous.Flags ? previous.Flags : Flags,
            Ticker.Equals(previous.Ticker) ? previous.Ticker : Ticker);

    /// <summary>The weakest units lead; units without enough answers come after the rated ones.</summary>
    public static WallRatesView BuildRates(IReadOnlyList<WallUnitRow> units, decimal threshold)
    {
        var rated = units.Where(u => u.Rate is not null).ToList();
        var bars = rated
            .OrderBy(u => u.Rate!.Rate ?? 2m)
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .Take(RateBars)
            .Select(u => new WallRateBar(u.UnitId, u.Name, u.Rate!.Rate, Trend(u.Rate), Domain.Satisfaction.LowSatisfaction.IsLow(u.Rate.Rate, threshold), u.Rate.Label))
            .ToList();
        var labels = bars.Select(b => b.Label).Distinct(StringComparer.Ordinal).ToList();
        var common = bars.Count > 1 && labels is [{ } only] ? only : null;
        var shown = common is null ? bars : bars.Select(b => b with { Label = null }).ToList();
        return new WallRatesView(shown.ToValueList(), rated.Count, rated.Count(u => Domain.Satisfaction.LowSatisfaction.IsLow(u.Rate!.Rate, threshold)), threshold, common);
    }

    public static WallOverdueView BuildOverdue(IReadOnlyList<WallOverdueItem> items, Func<int, string> unitName)
    {
        var groups = items
            .GroupBy(i => i.UnitId)
            .Select(g => (UnitId: g.Key, Count: g.Count(), Worst: g.Max(i => i.DaysOverdue), Items: g))
            .OrderByDescending(g => g.Worst)
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.UnitId)
            .Take(OverdueUnits)
            .Select(g => new WallOverdueGroup(g.UnitId, unitName(g.UnitId), g.Count, g.Items.OrderByDescending(i => i.DaysOverdue).Take(OverdueItemsPerUnit).ToValueList()))
            .ToValueList();
        return new WallOverdueView(groups, items.Count);
    }

    /// <summary>Units with the most open problems and commitments first.</summary>
    public static WallProgressView BuildProgress(IReadOnlyList<WallUnitRow> units)
    {
        var withItems = units.Select(u => (Unit: u, Total: u.Problems + u.Commitments)).Where(x => x.Total.Total > 0).ToList();
        var rows = withItems
            .OrderByDescending(x => x.Total.InProgress + x.Total.NotStarted)
            .ThenBy(x => x.Unit.Name, StringComparer.Ordinal)
            .Take(ProgressRows)
            .Select(x => new WallProgressRow(x.Unit.UnitId, x.Unit.Name, x.Total.Done, x.Total.InProgress, x.Total.NotStarted))
            .ToValueList();
        return new WallProgressView(rows, withItems.Count);
    }

    public static WallFlagsView BuildFlags(IReadOnlyList<WallFlag> flags, IReadOnlyList<WallOrder> orders, Func<int, string> unitName, int maxLines)
    {
        var lines = flags.Select(f => new WallFlagLine(f.UnitId, unitName(f.UnitId), f.Kind, true, f.Reason))
            .Concat(orders.Select(o => new WallFlagLine(
                o.UnitId,
                unitName(o.UnitId),
                "整改令",
                o.IsOverdue,
                $"{o.Reason} · {(o.IsOverdue ? $"逾期{o.DaysOverdue}天" : $"{o.Deadline:M月d日}前")} · {o.Status}")))
            .ToList();
        return new WallFlagsView(lines.Take(maxLines).ToValueList(), lines.Count);
    }

    private static string Trend(WallRate rate)
    {
        var points = rate.Trend.OfType<decimal>().ToList();
        if (points.Count < 2)
        {
            return string.Empty;
        }

        var delta = points[^1] - points[^2];
        return delta switch
        {
            > 0 => $"↑{delta:P1}",
            < 0 => $"↓{-delta:P1}",
            _ => "→",
        };
    }

    private static string Who(string actor) => actor switch
    {
        "anonymous" => "群众",
        "system" => "系统",
        _ => actor,
    };
}
