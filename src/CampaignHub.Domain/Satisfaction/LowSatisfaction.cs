namespace CampaignHub.Domain.Satisfaction;

/// <summary>
/// The automatic low-satisfaction rule (对满意率低的单位将责成进一步整改落实, 000): a unit whose rate is below the
/// campaign's threshold, on at least the minimum sample, is flagged. A unit with too few answers is never flagged.
/// </summary>
public static class LowSatisfaction
{
    public const string RuleDescription = "单位满意率低于活动设定的阈值，且有效答案数达到最低样本量时，自动标记为满意度偏低";

    public static bool IsLow(RateResult result, decimal threshold) => result.Rate is { } rate && rate < threshold;

    /// <summary>Whether a rate meets the threshold on enough samples (e.g. to close an order after a re-survey).</summary>
    public static bool MeetsThreshold(RateResult result, decimal threshold) => result.Rate is { } rate && rate >= threshold;

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
    /// The change-feed summary of an automatic flag (the wall's ticker, every signed-in client). Like
    /// <see cref="Reason"/> it carries no rate, and no percentage at all.
    /// </summary>
    public const string FlagSummary = "满意率低于阈值，自动标记为满意度偏低";

    /// <summary>The clear note of an automatic flag whose order closed after a re-survey met the threshold (no rate).</summary>
    public const string ResurveyClearNote = "复测满意率达到阈值，整改通知已销号";

    /// <summary>
    /// The reason text of an automatic flag, e.g. "满意率低于阈值80.0%（有效答案40份）". Being flagged is a supervision
    /// fact everyone may see (the wall, the dashboard); the unit's rate is not — it stays sealed per viewer
    /// (<see cref="SatisfactionSurvey.CanSeeUnitRate"/>), so the reason names the threshold and the sample only.
    /// </summary>
    public static string Reason(RateResult result, decimal threshold) =>
        $"满意率低于阈值{SatisfactionRate.FormatPercent(threshold)}（有效答案{result.Denominator}份）";
}

public readonly record struct LowUnit(int UnitId, RateResult Rate);
