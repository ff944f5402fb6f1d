namespace CampaignHub.Domain.Satisfaction;

/// <summary>
/// The one low-satisfaction rule and the one falling-trend rule (对满意率低的单位将责成进一步整改落实): a unit whose
/// rate is below the campaign's threshold, on a sufficient sample, is low; a unit whose latest sufficient rate is
/// below its previous sufficient rate is falling. A unit with too few questionnaires is neither. Automatic flags
/// come only from a result the unit itself may see (<see cref="SatisfactionSurvey.UnitsMaySeeResults"/>).
/// </summary>
public static class LowSatisfaction
{
    public const string RuleDescription = "单位满意率低于活动设定的阈值，且有效问卷达到最低样本量时，视为满意度偏低；测评结束后（或测评允许单位提前查看时）自动标记";

    /// <summary>The falling-trend rule, as the dashboards state it.</summary>
    public const string FallingDescription = "最近一次样本充足的满意率低于上一次样本充足的满意率，视为下降";

    public static bool IsLow(decimal? rate, decimal threshold) => rate is { } value && value < threshold;

    public static bool IsLow(RateResult result, decimal threshold) => IsLow(result.Rate, threshold);

    /// <summary>Whether a rate meets the threshold on enough samples (e.g. to close an order after a re-survey).</summary>
    public static bool MeetsThreshold(RateResult result, decimal threshold) => result.Rate is { } rate && rate >= threshold;

    /// <summary>Falling: of the trend's sufficient points (nulls are 样本不足 and skipped), the last is below the one before.</summary>
    public static bool IsFalling(IEnumerable<decimal?> trendOldestFirst) =>
        trendOldestFirst.OfType<decimal>().ToList() is { Count: >= 2 } points && points[^1] < points[^2];

    /// <summary>Low or falling: the supervisors' and the office's "满意率偏低或下降" list.</summary>
    public static bool NeedsAttention(decimal? rate, IEnumerable<decimal?> trendOldestFirst, decimal threshold) =>
        rate is not null && (IsLow(rate, threshold) || IsFalling(trendOldestFirst));

    /// <summary>The units to flag automatically, lowest rate first, leaving out units that already carry an active automatic flag.</summary>
    public static IReadOnlyList<LowUnit> UnitsToFlag(IReadOnlyDictionary<int, RateResult> rateByUnit, decimal threshold, IEnumerable<int>? alreadyFlaggedUnitIds = null)
    {
        var flagged = (alreadyFlaggedUnitIds ?? []).ToHashSet();
        return rateByUnit
            .Where(pair => IsLow(pair.Value, threshold) && !flagged.Contains(pair.Key))
            .Select(pair => new LowUnit(pair.Key, pair.Value))
            .OrderBy(low => low.Rate.Rate)
            .ThenBy(low => low.UnitId)
            .ToList();
    }

    /// <summary>
    /// The units of <paramref name="survey"/> to flag automatically now: none while its results are sealed for the
    /// units (a flag would reveal a rate the unit may not yet see), else <see cref="UnitsToFlag(IReadOnlyDictionary{int, RateResult}, decimal, IEnumerable{int}?)"/>.
    /// </summary>
    public static IReadOnlyList<LowUnit> UnitsToFlag(SatisfactionSurvey survey, DateTimeOffset now, IReadOnlyDictionary<int, RateResult> rateByUnit, decimal threshold, IEnumerable<int>? alreadyFlaggedUnitIds = null) =>
        survey.UnitsMaySeeResults(now) ? UnitsToFlag(rateByUnit, threshold, alreadyFlaggedUnitIds) : [];

    /// <summary>
    /// The change-feed summary of an automatic flag (the wall's ticker, every signed-in client). Like
    /// <see cref="Reason"/> it carries no rate, and no percentage at all.
    /// </summary>
    public const string FlagSummary = "满意率低于阈值，自动标记为满意度偏低";

    /// <summary>The clear note of an automatic flag whose order closed after a re-survey met the threshold (no rate).</summary>
    public const string ResurveyClearNote = "复测满意率达到阈值，整改通知已销号";

    /// <summary>
    /// The reason text of an automatic flag, e.g. "满意率低于阈值80.0%（有效问卷40份）". Being flagged is a supervision
    /// fact everyone may see (the wall, the dashboard); the unit's rate is not — it stays sealed per viewer
    /// (<see cref="SatisfactionSurvey.CanSeeUnitRate"/>), so the reason names the threshold and the sample only.
    /// </summary>
    public static string Reason(RateResult result, decimal threshold) =>
        $"满意率低于阈值{SatisfactionRate.FormatPercent(threshold)}（有效问卷{result.Respondents}份）";
}

public readonly record struct LowUnit(int UnitId, RateResult Rate);
