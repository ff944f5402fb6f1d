using System.Globalization;

namespace CampaignHub.Domain.Satisfaction;

/// <summary>One answer, flattened: the shape every rate and breakdown is computed from.</summary>
public readonly record struct AnswerRecord(int SurveyId, int UnitId, int RespondentGroupNumber, int QuestionNumber, Answer Answer);

/// <summary>
/// A computed satisfaction rate. <see cref="Rate"/> is null when there are no valid answers or when the valid
/// answers are fewer than the minimum sample (then the UI shows "样本不足", never a number).
/// </summary>
public readonly record struct RateResult(int Satisfied, int BasicallySatisfied, int Dissatisfied, int DontKnow, int MinimumSample)
{
    /// <summary>满意 + 基本满意.</summary>
    public int Numerator => Satisfied + BasicallySatisfied;

    /// <summary>Valid answers: everything except 不了解.</summary>
    public int Denominator => Satisfied + BasicallySatisfied + Dissatisfied;

    public int TotalAnswers => Denominator + DontKnow;

    public bool SampleInsufficient => Denominator < Math.Max(MinimumSample, 1);

    public decimal? Rate => SampleInsufficient ? null : SatisfactionRate.Of(Numerator, Denominator);

    /// <summary>"85.0%" or "样本不足".</summary>
    public string Display => Rate is { } rate ? SatisfactionRate.FormatPercent(rate) : SatisfactionRate.SampleInsufficientText;

    /// <summary>The calculation with its numbers, e.g. "（12 + 5）÷ 20 = 85.0%".</summary>
    public string Explanation => $"（{Satisfied} + {BasicallySatisfied}）÷ {Denominator} = {Display}（不了解 {DontKnow} 份不计入；最低样本 {MinimumSample}）";

    public static RateResult operator +(RateResult a, RateResult b) =>
        new(a.Satisfied + b.Satisfied, a.BasicallySatisfied + b.BasicallySatisfied, a.Dissatisfied + b.Dissatisfied, a.DontKnow + b.DontKnow, Math.Max(a.MinimumSample, b.MinimumSample));
}

/// <summary>The satisfaction rate (满意率) and its breakdowns, as pure functions over flat answer records.</summary>
public static class SatisfactionRate
{
    /// <summary>The formula, stated in the UI next to every rate.</summary>
    public const string Formula = "满意率 =（满意数 + 基本满意数）÷ 有效答案数 × 100%，有效答案数不含“不了解”";

    public const string SampleInsufficientText = "样本不足";

    public static RateResult Compute(IEnumerable<Answer> answers, int minimumSample)
    {
        int satisfied = 0, basically = 0, dissatisfied = 0, dontKnow = 0;
        foreach (var answer in answers)
        {
            switch (answer)
            {
                case Answer.Satisfied: satisfied++; break;
                case Answer.BasicallySatisfied: basically++; break;
                case Answer.Dissatisfied: dissatisfied++; break;
                default: dontKnow++; break;
            }
        }

        return new RateResult(satisfied, basically, dissatisfied, dontKnow, minimumSample);
    }

    public static RateResult Overall(IEnumerable<AnswerRecord> records, int minimumSample) =>
        Compute(records.Select(r => r.Answer), minimumSample);

    /// <summary>Per evaluated unit; the minimum sample is the survey's per-unit minimum.</summary>
    public static IReadOnlyDictionary<int, RateResult> ByUnit(IEnumerable<AnswerRecord> records, int minimumSample) =>
        By(records, r => r.UnitId, minimumSample);

    /// <summary>Per question (dimension), keyed by question number.</summary>
    public static IReadOnlyDictionary<int, RateResult> ByQuestion(IEnumerable<AnswerRecord> records, int minimumSample) =>
        By(records, r => r.QuestionNumber, minimumSample);

    /// <summary>Per respondent group, keyed by group number.</summary>
    public static IReadOnlyDictionary<int, RateResult> ByRespondentGroup(IEnumerable<AnswerRecord> records, int minimumSample) =>
        By(records, r => r.RespondentGroupNumber, minimumSample);

    /// <summary>Per unit and question: the table of units × dimensions.</summary>
    public static IReadOnlyDictionary<(int UnitId, int QuestionNumber), RateResult> ByUnitAndQuestion(IEnumerable<AnswerRecord> records, int minimumSample) =>
        By(records, r => (r.UnitId, r.QuestionNumber), minimumSample);

    /// <summary>
    /// The trend across surveys of one campaign, in the given order (e.g. by opening time), optionally for one unit.
    /// A survey without answers still appears, as 样本不足, so the line has no silent gaps.
    /// </summary>
    public static IReadOnlyList<TrendPoint> Trend(IEnumerable<AnswerRecord> records, IReadOnlyList<int> surveyIdsInOrder, int minimumSample, int? unitId = null)
    {
        var bySurvey = records
            .Where(r => unitId is null || r.UnitId == unitId)
            .GroupBy(r => r.SurveyId)
            .ToDictionary(g => g.Key, g => Overall(g, minimumSample));
        return surveyIdsInOrder
            .Select(id => new TrendPoint(id, bySurvey.TryGetValue(id, out var rate) ? rate : new RateResult(0, 0, 0, 0, minimumSample)))
            .ToList();
    }

    /// <summary>
    /// The one rounding rule for every rate shown anywhere (wall, dashboards, reports, exports): four decimals
    /// (0.01 of a percent), halves away from zero — 13 of 32 is 40.63%, never 40.62%. Null when nothing is valid.
    /// </summary>
    public static decimal? Of(int positive, int valid) =>
        valid <= 0 ? null : Math.Round((decimal)positive / valid, 4, MidpointRounding.AwayFromZero);

    public static string FormatPercent(decimal rate) => (rate * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static Dictionary<TKey, RateResult> By<TKey>(IEnumerable<AnswerRecord> records, Func<AnswerRecord, TKey> key, int minimumSample)
        where TKey : notnull =>
        records.GroupBy(key).ToDictionary(g => g.Key, g => Overall(g, minimumSample));
}

public readonly record struct TrendPoint(int SurveyId, RateResult Rate);
