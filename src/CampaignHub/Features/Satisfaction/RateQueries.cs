using CampaignHub.Data;
using CampaignHub.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>One cell of the answer counts: how many times an answer was given, per survey, unit, group and question.</summary>
public sealed record AnswerCount(int SurveyId, int UnitId, int GroupNumber, int QuestionNumber, Answer Answer, int Count);

/// <summary>
/// Counts answers in the store (grouped, so a few thousand questionnaires stay cheap) and turns counts into the
/// domain's <see cref="RateResult"/>, which applies the formula and the minimum sample (of questionnaires).
/// </summary>
public static class RateQueries
{
    public static async Task<List<AnswerCount>> CountsAsync(CampaignHubDbContext db, IReadOnlyCollection<int> surveyIds, int? unitId = null, CancellationToken cancellationToken = default)
    {
        var query =
            from a in db.Set<SurveyAnswer>()
            join r in db.Set<SurveyResponse>() on a.SurveyResponseId equals r.Id
            where surveyIds.Contains(r.SurveyId) && (unitId == null || r.UnitId == unitId)
            group a by new { r.SurveyId, r.UnitId, r.RespondentGroupNumber, a.QuestionNumber, a.Answer } into g
            select new { g.Key.SurveyId, g.Key.UnitId, g.Key.RespondentGroupNumber, g.Key.QuestionNumber, g.Key.Answer, Count = g.Count() };
        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(r => new AnswerCount(r.SurveyId, r.UnitId, r.RespondentGroupNumber, r.QuestionNumber, r.Answer, r.Count)).ToList();
    }

    /// <summary>The domain's rate of these counts (respondents read from them: see <see cref="SatisfactionRate.FromTallies"/>).</summary>
    public static RateResult Rate(IEnumerable<AnswerCount> counts, int minimumSample) =>
        SatisfactionRate.FromTallies(counts.Select(c => new AnswerTally(c.SurveyId, c.QuestionNumber, c.Answer, c.Count)), minimumSample);

    public static Dictionary<int, RateResult> ByUnit(IEnumerable<AnswerCount> counts, int minimumSample) =>
        counts.GroupBy(c => c.UnitId).ToDictionary(g => g.Key, g => Rate(g, minimumSample));
}
