using System.Globalization;

namespace CampaignHub.Domain.Satisfaction;

/// <summary>One answer, flattened: the shape every rate and breakdown is computed from.</summary>
public readonly record struct AnswerRecord(int SurveyId, int UnitId, int RespondentGroupNumber, int QuestionNumber, Answer Answer);

/// <summary>
/// How many times one answer was given to one question of one survey (a grouped count from the store, or 1 for a
/// single record). Respondents are read from these: every questionnaire answers every question (a blank is 不了解).
/// </summary>
public readonly record struct AnswerTally(int SurveyId, int QuestionNumber, Answer Answer, int Count);

/// <summary>
/// A computed satisfaction rate. <see cref="Rate"/> is null when there are no valid answers or when the
/// questionnaires (<see cref="Respondents"/>) are fewer than the minimum sample — the minimum counts respondents,
/// never answers (then the UI shows "样本不足", never a number).
/// </summary>
public readonly record struct RateResult(int Satisfied, int BasicallySatisfied, int Dissatisfied, int DontKnow, int MinimumSample, int Respondents)
{
    /// <summary>满意 + 基本满意.</summary>
    public int Numerator => Satisfied + BasicallySatisfied;

    /// <summary>Valid answers: everything except 不了解.</summary>
    public int Denominator => Satisfied + BasicallySatisfied + Dissatisfied;

    public int TotalAnswers => Denominator + DontKnow;

    public bool SampleInsufficient => Respondents < Math.Max(MinimumSample, 1) || Denominator == 0;

    public decimal? Rate => SampleInsufficient ? null : SatisfactionRate.Of(Numerator, Denominator);

    /// <summary>"85.0%" or "样本不足".</summary>
    public string Display => Rate is { } rate ? SatisfactionRate.FormatPercent(rate) : SatisfactionRate.SampleInsufficientText;

    /// <summary>The calculation with its numbers, e.g. "（12 + 5）÷ 20 = 85.0%（不了解 3 份不计入；有效问卷 4 份，最低样本 3 份）".</summary>
    public string Explanation => $"（{Satisfied} + {BasicallySatisfied}）÷ {Denominator} = {Display}（不了解 {DontKnow} 份不计入；有效问卷 {Respondents} 份，最低样本 {MinimumSample} 份）";

    /// <summary>No answers at all, judged against <paramref name="minimumSample"/>.</summary>
    public static RateResult Empty(int minimumSample) => new(0, 0, 0, 0, minimumSample, 0);

    /// <summary>Adds the results of different respondents (e.g. two units of one survey).</summary>
    public static RateResult operator +(RateResult a, RateResult b) =>
        new(a.Satisfied + b.Satisfied, a.BasicallySatisfied + b.BasicallySatisfied, a.Dissatisfied + b.Dissatisfied, a.DontKnow + b.DontKnow, Math.Max(a.MinimumSample, b.MinimumSample), a.Respondents + b.Respondents);
}

/// <summary>The satisfaction rate (满意率) and its breakdowns, as pure functions over flat answer records.</summary>
public static class SatisfactionRate
{
    /// <summary>The formula, stated in the UI next to every rate.</summary>
    public const string Formula = "满意率 =（满意数 + 基本满意数）÷ 有效答案数 × 100%，有效答案数不含“不了解”";

    /// <summary>The minimum sample, stated in the UI next to the formula.</summary>
    public const string MinimumSampleRule = "每个单位的有效问卷（答卷份数）达到最低样本量才计算满意率，否则显示“样本不足”";

    public const string SampleInsufficientText = "样本不足";

    /// <summary>The rate of the answers to ONE question (each answer is one respondent's).</summary>
    public static RateResult Compute(IEnumerable<Answer> answers, int minimumSample) =>
        FromTallies(answers.Select(a => new AnswerTally(0, 0, a, 1)), minimumSample);

    /// <summary>
    /// The one computation every rate comes from: sums the answers, and counts respondents per survey as the answers
    /// given to its most-answered question (each questionnaire answers every question once).
    /// </summary>
    public static RateResult FromTallies(IEnumerable<AnswerTally> tallies, int minimumSample)
    {
        int satisfied = 0, basically = 0, dissatisfied = 0, dontKnow = 0;
        var perQuestion = new Dictionary<(int SurveyId, int QuestionNumber), int>();
        foreach (var tally in tallies)
        {
            switch (tally.Answer)
            {
                case Answer.Satisfied: satisfied += tally.Count; break;
                case Answer.BasicallySatisfied: basically += tally.Count; break;
                case Answer.Dissatisfied: dissatisfied += tally.Count; break;
                default: dontKnow += tally.Count; break;
            }

            var key = (tally.SurveyId, tally.QuestionNumber);
            perQuestion[key] = perQuestion.GetValueOrDefault(key) + tally.Count;
        }

        var respondents = perQuestion.GroupBy(p => p.Key.SurveyId).Sum(g => g.Max(p => p.Value));
        return new RateResult(satisfied, basically, dissatisfied, dontKnow, minimumSample, respondents);
    }

    public static RateResult Overall(IEnumerable<AnswerRecord> records, int minimumSample) =>
        FromTallies(records.Select(r => new AnswerTally(r.SurveyId, r.QuestionNumber, r.Answer, 1)), minimumSample);

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
            .Select(id => new TrendPoint(id, bySurvey.TryGetValue(id, out var rate) ? rate : RateResult.Empty(minimumSample)))
            .ToList();
    }

    /// <summary>
    /// The one rounding rule for every rate shown anywhere (wall, dashboards, reports, exports): four decimals
    /// (0.01 of a percent), halves away from zero — 13 of 32 is 40.63%, never 40.62%. Null when nothing is valid.
    /// </summary>
    public static decimal? Of(int positive, int valid) =>
        valid <= 0 ? null : Round((decimal)positive / valid);

    /// <summary>The same rounding for a computed share (e.g. a respondent-weighted district rate).</summary>
    public static decimal Round(decimal share) => Math.Round(share, 4, MidpointRounding.AwayFromZero);

    public static string FormatPercent(decimal rate) => (rate * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static Dictionary<TKey, RateResult> By<TKey>(IEnumerable<AnswerRecord> records, Func<AnswerRecord, TKey> key, int minimumSample)
        where TKey : notnull =>
        records.GroupBy(key).ToDictionary(g => g.Key, g => Overall(g, minimumSample));
}

public readonly record struct TrendPoint(int SurveyId, RateResult Rate);
