namespace CampaignHub.Domain.Satisfaction;

/// <summary>One survey's result for one unit, the input of the headline rule, with its two satisfactions where known.</summary>
public sealed record SurveyUnitResult(int SurveyId, DateTimeOffset OpensAt, bool IsOpen, RateResult Result)
{
    /// <summary>The survey's 作风转变 and 问题解决 rates for the unit (null where the reader did not ask for them).</summary>
    public TwoSatisfactionsResult? Two { get; init; }
}

/// <summary>
/// The figure a unit is shown with: the result of the survey the headline rule chose (null when no survey of the
/// unit has a sufficient sample), whether that result is an open survey's partial one, and whether a newer survey
/// exists whose sample is still too small (so the figure shown is the earlier one, and says so).
/// </summary>
public sealed record UnitHeadline(int UnitId, int? SurveyId, RateResult? Result, bool IsPartial, int? NewerSurveyId, int NewerSurveyRespondents, int NewerSurveyMinimum)
{
    /// <summary>The two satisfactions of the same survey the headline figure comes from.</summary>
    public TwoSatisfactionsResult? Two { get; init; }

    public decimal? Rate => Result?.Rate;

    public int Respondents => Result?.Respondents ?? 0;

    public int Positive => Result?.Numerator ?? 0;

    public int Valid => Result?.Denominator ?? 0;

    public bool HasFigure => Result is { Rate: not null };

    /// <summary>What the district rate weighs, or null without a figure.</summary>
    public RatedUnit? AsRated => HasFigure ? new RatedUnit(Positive, Valid, Respondents, IsPartial) : null;

    /// <summary>What the figure is, beside it: "进行中（部分结果）", "新一轮测评样本不足（3/20份），显示上一轮结果" or null.</summary>
    public string? Label =>
        !HasFigure ? null
        : NewerSurveyId is not null ? $"新一轮测评样本不足（{NewerSurveyRespondents}/{NewerSurveyMinimum}份），显示上一轮结果"
        : IsPartial ? HeadlineSatisfaction.PartialLabel
        : null;
}

/// <summary>A unit's headline figure as the district rate weighs it.</summary>
public readonly record struct RatedUnit(int Positive, int Valid, int Respondents, bool IsPartial);

/// <summary>The district (campaign-wide) headline: the units' headline rates weighted by their respondents.</summary>
public sealed record DistrictHeadline(decimal? Rate, int Respondents, int RatedUnits, int PartialUnits)
{
    /// <summary>"含3个单位进行中的部分结果" or null.</summary>
    public string? Label => PartialUnits > 0 ? $"含{PartialUnits}个单位测评进行中的部分结果" : null;
}

/// <summary>
/// The headline-figures rule, in one place, for the wall, the dashboards, the reports, the supervision lists and
/// the exports: per unit, the latest survey whose sample is sufficient (an open survey's result counts, labelled as
/// partial); a newer survey whose sample is still too small never silently replaces an established figure — the
/// earlier figure stays, labelled; the district rate is the units' rates weighted by their respondents.
/// </summary>
public static class HeadlineSatisfaction
{
    /// <summary>The rule, stated in the UI next to the figure (as the formula is).</summary>
    public const string Rule = "各单位取最近一次样本充足（有效问卷达到最低样本量）的测评结果；测评进行中的结果标注为部分结果；新一轮测评样本不足时仍显示上一轮结果；全区满意率为各单位满意率按有效问卷数加权平均";

    public const string PartialLabel = "测评进行中（部分结果）";

    /// <summary>The headline of one unit from its surveys' results (any order; the latest is by opening time).</summary>
    public static UnitHeadline ForUnit(int unitId, IEnumerable<SurveyUnitResult> results)
    {
        var newestFirst = results.OrderByDescending(r => r.OpensAt).ThenByDescending(r => r.SurveyId).ToList();
        var chosen = newestFirst.FirstOrDefault(r => r.Result.Rate is not null);
        if (chosen is null)
        {
            return new UnitHeadline(unitId, null, null, false, null, 0, 0);
        }

        // The newest survey that is too small to count, if it is newer than the chosen one.
        var newer = newestFirst.TakeWhile(r => r != chosen).FirstOrDefault();
        return new UnitHeadline(
            unitId,
            chosen.SurveyId,
            chosen.Result,
            chosen.IsOpen,
            newer?.SurveyId,
            newer?.Result.Respondents ?? 0,
            newer?.Result.MinimumSample ?? 0)
        {
            Two = chosen.Two,
        };
    }

    /// <summary>The units' headline rates weighted by respondents (units without a figure are left out).</summary>
    public static DistrictHeadline District(IEnumerable<UnitHeadline> units) =>
        District(units.Select(u => u.AsRated).OfType<RatedUnit>());

    /// <summary>The district rate: Σ(unit rate × unit respondents) ÷ Σ respondents, rounded as every rate is.</summary>
    public static DistrictHeadline District(IEnumerable<RatedUnit> units)
    {
        var rated = units.Where(u => u.Valid > 0 && u.Respondents > 0).ToList();
        var respondents = rated.Sum(u => u.Respondents);
        decimal? rate = respondents == 0
            ? null
            : SatisfactionRate.Round(rated.Sum(u => (decimal)u.Positive / u.Valid * u.Respondents) / respondents);
        return new DistrictHeadline(rate, respondents, rated.Count, rated.Count(u => u.IsPartial));
    }

    /// <summary>Each unit's trend of sufficient rates (null = 样本不足), oldest first: the input of the falling rule.</summary>
    public static IReadOnlyList<decimal?> Trend(IEnumerable<SurveyUnitResult> results) =>
        results.OrderBy(r => r.OpensAt).ThenBy(r => r.SurveyId).Select(r => r.Result.Rate).ToList();
}
