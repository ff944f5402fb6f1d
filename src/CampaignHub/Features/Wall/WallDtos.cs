using CampaignHub.Live;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Campaigns;

namespace CampaignHub.Features.Wall;

/// <summary>One overdue thing on the wall: what, whose, and how late.</summary>
public sealed record WallOverdueItem(string Kind, int UnitId, string Title, int DaysOverdue, string? Link);

/// <summary>
/// The kinds of dated thing counted as overdue, in one place: every page that shows an overdue figure takes it from
/// the wall snapshot (<see cref="WallSnapshot.CountOverdue"/>) and names which kinds it counts.
/// </summary>
public static class OverdueKinds
{
    public const string Milestone = "时间节点";
    public const string WorkItem = "工作事项";
    public const string Rectification = "整改事项";
    public const string Commitment = "承诺事项";
    public const string Order = "整改通知";

    public static readonly IReadOnlyList<string> All = [Milestone, WorkItem, Rectification, Commitment, Order];

    /// <summary>The label of a figure counting every kind.</summary>
    public const string AllKindsLabel = "逾期事项（全部类别）";
}

/// <summary>Overdue counts per kind (every kind present, zero included) and their total.</summary>
public sealed record OverdueCounts(IReadOnlyDictionary<string, int> ByKind)
{
    public int Total => ByKind.Values.Sum();

    public int this[string kind] => ByKind.GetValueOrDefault(kind);

    /// <summary>"时间节点3项、工作事项44项、…" (kinds with none left out; "无" when nothing is overdue).</summary>
    public string Breakdown => Total == 0 ? "无" : string.Join("、", OverdueKinds.All.Where(k => this[k] > 0).Select(k => $"{k}{this[k]}项"));

    public static OverdueCounts Of(IEnumerable<WallOverdueItem> items)
    {
        var counted = items.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count());
        return new OverdueCounts(OverdueKinds.All.Union(counted.Keys).ToDictionary(k => k, k => counted.GetValueOrDefault(k)));
    }
}

/// <summary>Something due within the next days (the coordinator's "due within 7 days").</summary>
public sealed record WallDueItem(string Kind, int UnitId, string Title, DateOnly DueDate, string? Link);

/// <summary>A unit's standing alert for the office: plan returned or not submitted, ledger not filed, …</summary>
public sealed record WallAlert(int UnitId, string Kind, string Text, string? Link);

public sealed record WallFlag(int UnitId, string Kind, string Reason, DateTimeOffset Since);

public sealed record WallOrder(int UnitId, string Reason, DateOnly Deadline, bool IsOverdue, int DaysOverdue, string Status);

/// <summary>
/// A unit's headline satisfaction figure (<see cref="HeadlineSatisfaction"/>): (满意 + 基本满意) and valid answers of
/// the survey the headline rule chose, its questionnaires against the minimum sample, the trend of sufficient rates
/// across surveys (oldest first, null = 样本不足) and what the figure is (partial, or an earlier survey's).
/// </summary>
public sealed record WallRate(int Positive, int Valid, int Respondents, int MinimumSample, IReadOnlyList<decimal?> Trend)
{
    public bool SampleInsufficient => Respondents < Math.Max(MinimumSample, 1) || Valid == 0;

    public decimal? Rate => SampleInsufficient ? null : SatisfactionRate.Of(Positive, Valid);

    /// <summary>The figure is an open survey's partial result.</summary>
    public bool IsPartial { get; init; }

    /// <summary>"测评进行中（部分结果）", "新一轮测评样本不足（3/20份），显示上一轮结果", or null.</summary>
    public string? Label { get; init; }

    /// <summary>Every survey's result for the unit, from which the figure was chosen (the visibility filter re-chooses).</summary>
    public IReadOnlyList<SurveyUnitResult> Surveys { get; init; } = [];

    /// <summary>Low or falling, by the domain's one rule.</summary>
    public bool NeedsAttention(decimal threshold) => LowSatisfaction.NeedsAttention(Rate, Trend, threshold);

    public RatedUnit? AsRated => Rate is null ? null : new RatedUnit(Positive, Valid, Respondents, IsPartial);

    /// <summary>作风转变 and 问题解决 from the same survey as the figure (null when the surveys asked neither).</summary>
    public TwoSatisfactionsResult? Two { get; init; }

    /// <summary>One of the two satisfactions as shown: "85.0%", 样本不足, or "—" when the survey did not ask it.</summary>
    public string TwoDisplay(QuestionKind kind) => Two is null ? "—" : Two[kind].Display;

    /// <summary>The district figure of the units' headline figures (weighted by respondents).</summary>
    public static DistrictHeadline District(IEnumerable<WallRate?> rates) =>
        HeadlineSatisfaction.District(rates.Select(r => r?.AsRated).OfType<RatedUnit>());

    /// <summary>The district's two satisfactions from the same surveys as the units' figures.</summary>
    public static DistrictTwoSatisfactions DistrictTwo(IEnumerable<WallRate?> rates) =>
        TwoSatisfactions.District(rates.Select(r => r?.Two).OfType<TwoSatisfactionsResult>());

    /// <summary>The unit's figure by the headline rule from its surveys' results; null when no survey evaluated it.</summary>
    public static WallRate? From(int unitId, IReadOnlyList<SurveyUnitResult> surveys)
    {
        if (surveys.Count == 0)
        {
            return null;
        }

        var headline = HeadlineSatisfaction.ForUnit(unitId, surveys);
        var latest = surveys.MaxBy(s => s.OpensAt)!;
        var shown = headline.Result ?? latest.Result;
        return new WallRate(shown.Numerator, shown.Denominator, shown.Respondents, shown.MinimumSample, HeadlineSatisfaction.Trend(surveys))
        {
            Two = headline.Result is null ? latest.Two : headline.Two,
            IsPartial = headline.IsPartial,
            Label = headline.Label,
            Surveys = surveys,
        };
    }
}

/// <summary>Three-checks (三查三看) buckets with the public's satisfaction for done items.</summary>
public sealed record WallThreeChecks(ProgressBuckets Buckets, int RatedPositive, int Rated);

/// <summary>Contact-duty compliance counts for a unit's people: green / yellow / red.</summary>
public sealed record WallDutyCounts(int OnTrack, int BehindPace, int Missed);

/// <summary>What one source knows about one unit. Sources fill only their own parts.</summary>
public sealed class WallSlice
{
    public ProgressBuckets? Problems { get; init; }

    public ProgressBuckets? Commitments { get; init; }

    public ProgressBuckets? WorkItems { get; init; }

    public WallRate? Rate { get; init; }

    public WallThreeChecks? ThreeChecks { get; init; }

    public WallDutyCounts? Duties { get; init; }

    public IReadOnlyList<WallOverdueItem> Overdue { get; init; } = [];

    public IReadOnlyList<WallDueItem> DueSoon { get; init; } = [];

    public IReadOnlyList<WallAlert> Alerts { get; init; } = [];

    public IReadOnlyList<WallFlag> Flags { get; init; } = [];

    public IReadOnlyList<WallOrder> Orders { get; init; } = [];
}

public sealed record WallUnitRow(
    int UnitId,
    string Name,
    int Depth,
    ProgressBuckets Problems,
    ProgressBuckets Commitments,
    ProgressBuckets WorkItems,
    WallRate? Rate,
    int OverdueCount,
    bool Flagged,
    WallDutyCounts? Duties);

public sealed record WallHeadline(
    int ProblemsSolved,
    int ProblemsTotal,
    decimal? SatisfactionRate,
    int SatisfactionRespondents,
    int OverdueTotal,
    int CommitmentsDone,
    int CommitmentsTotal,
    int FlaggedUnits,
    int OpenOrders,
    string? SatisfactionLabel = null)
{
    /// <summary>作风转变 and 问题解决 across the district, beside the headline rate (双满意 reported separately).</summary>
    public DistrictTwoSatisfactions TwoSatisfactions { get; init; } = DistrictTwoSatisfactions.None;
}

/// <summary>The whole wall for one campaign: immutable, shared by every open wall.</summary>
public sealed record WallSnapshot(
    CampaignSummaryDto Campaign,
    DateOnly Today,
    DateTimeOffset ComputedAt,
    decimal Threshold,
    IReadOnlyList<PhaseDto> Phases,
    IReadOnlyList<MilestoneDto> Milestones,
    WallHeadline Headline,
    IReadOnlyList<WallUnitRow> Units,
    IReadOnlyList<WallOverdueItem> Overdue,
    IReadOnlyList<WallDueItem> DueSoon,
    IReadOnlyList<WallAlert> Alerts,
    IReadOnlyList<WallFlag> Flags,
    IReadOnlyList<WallOrder> Orders,
    WallThreeChecks? ThreeChecks,
    IReadOnlyList<ChangeEvent> Recent)
{
    private Dictionary<int, string>? _names;

    /// <summary>What each panel shows, built once by the cache and shared by every open wall.</summary>
    public WallViews Views { get; init; } = null!;

    /// <summary>The overdue counts per kind, optionally within a set of units (a coordinator's tree).</summary>
    public OverdueCounts CountOverdue(IReadOnlySet<int>? units = null) =>
        OverdueCounts.Of(units is null ? Overdue : Overdue.Where(o => units.Contains(o.UnitId)));

    public string UnitName(int unitId) =>
        (_names ??= Units.ToDictionary(u => u.UnitId, u => u.Name)).GetValueOrDefault(unitId) ?? unitId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
