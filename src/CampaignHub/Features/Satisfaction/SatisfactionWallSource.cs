using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Wall;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// The wall's satisfaction slices: each unit's headline figure by the domain's rule (<see cref="HeadlineSatisfaction"/>:
/// the latest survey with a sufficient sample, re-surveys left out) with its trend across surveys, its active flags,
/// and its open orders (overdue ones also listed as overdue items). An answer reloads only its unit's slice.
/// </summary>
public sealed class SatisfactionWallSource : IWallSource
{
    private static readonly IReadOnlyDictionary<int, QuestionKind> NoQuestions = new Dictionary<int, QuestionKind>();

    public string Key => "satisfaction";

    public IReadOnlySet<ChangeKind> Kinds { get; } = new HashSet<ChangeKind> { ChangeKind.SurveyResponse, ChangeKind.Survey, ChangeKind.Flag, ChangeKind.Order, ChangeKind.Campaign };

    public async Task<IReadOnlyDictionary<int, WallSlice>> LoadAsync(CampaignHubDbContext db, int campaignId, int? unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var units = await db.Set<CampaignUnit>().Where(u => u.CampaignId == campaignId && (unitId == null || u.UnitId == unitId)).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var surveys = (await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_targets")
                .Where(s => s.CampaignId == campaignId && s.Status != SurveyStatus.Draft && s.ResurveyOfId == null)
                .ToListAsync(cancellationToken))
            .OrderBy(s => s.OpensAt)
            .ToList();
        // The wall needs (survey, unit, answer) totals and (survey, unit) questionnaires only: grouping by group and
        // question as well would return hundreds of thousands of rows at province scale.
        var surveyIds = surveys.Select(s => s.Id).ToList();
        var twoKindsOf = (await db.Set<SurveyQuestion>().AsNoTracking()
                .Where(q => surveyIds.Contains(q.SurveyId) && (q.Kind == QuestionKind.ConductChange || q.Kind == QuestionKind.ProblemSolving))
                .Select(q => new { q.SurveyId, q.Number, q.Kind })
                .ToListAsync(cancellationToken))
            .GroupBy(q => q.SurveyId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, QuestionKind>)g.ToDictionary(q => q.Number, q => q.Kind));
        var answers = (await (
                from a in db.Set<SurveyAnswer>()
                join r in db.Set<SurveyResponse>() on a.SurveyResponseId equals r.Id
                where surveyIds.Contains(r.SurveyId) && (unitId == null || r.UnitId == unitId)
                group a by new { r.SurveyId, r.UnitId, a.Answer } into g
                select new { g.Key.SurveyId, g.Key.UnitId, g.Key.Answer, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .ToLookup(c => (c.SurveyId, c.UnitId));
        var respondents = await db.Set<SurveyResponse>()
            .Where(r => surveyIds.Contains(r.SurveyId) && (unitId == null || r.UnitId == unitId))
            .GroupBy(r => new { r.SurveyId, r.UnitId })
            .Select(g => new { g.Key.SurveyId, g.Key.UnitId, Count = g.Count() })
            .ToDictionaryAsync(g => (g.SurveyId, g.UnitId), g => g.Count, cancellationToken);

        // The two satisfactions are two questions per survey, so grouping their answers by question stays small.
        var twoKinds = TwoSatisfactions.Kinds.ToList();
        var twoAnswers = (await (
                from a in db.Set<SurveyAnswer>()
                join r in db.Set<SurveyResponse>() on a.SurveyResponseId equals r.Id
                join q in db.Set<SurveyQuestion>() on new { r.SurveyId, Number = a.QuestionNumber } equals new { q.SurveyId, q.Number }
                where surveyIds.Contains(r.SurveyId) && (unitId == null || r.UnitId == unitId) && twoKinds.Contains(q.Kind)
                group a by new { r.SurveyId, r.UnitId, a.QuestionNumber, a.Answer } into g
                select new { g.Key.SurveyId, g.Key.UnitId, g.Key.QuestionNumber, g.Key.Answer, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .ToLookup(c => (c.SurveyId, c.UnitId), c => new AnswerTally(c.SurveyId, c.QuestionNumber, c.Answer, c.Count));

        SurveyUnitResult ResultOf(SatisfactionSurvey survey, int unit)
        {
            var counts = answers[(survey.Id, unit)].ToList();
            int Of(Answer answer) => counts.Where(c => c.Answer == answer).Sum(c => c.Count);
            var result = new RateResult(Of(Answer.Satisfied), Of(Answer.BasicallySatisfied), Of(Answer.Dissatisfied), Of(Answer.DontKnow), survey.MinimumSample, respondents.GetValueOrDefault((survey.Id, unit)));
            return new SurveyUnitResult(survey.Id, survey.OpensAt, survey.Status == SurveyStatus.Open, result)
            {
                Two = TwoSatisfactions.Of(twoAnswers[(survey.Id, unit)].ToList(), twoKindsOf.GetValueOrDefault(survey.Id) ?? NoQuestions, survey.MinimumSample),
            };
        }

        var flags = await db.Set<UnitFlag>().AsNoTracking().Where(f => f.CampaignId == campaignId && f.ClearedAt == null && (unitId == null || f.UnitId == unitId)).ToListAsync(cancellationToken);
        var orders = await db.Set<RectificationOrder>().AsNoTracking()
            .Where(o => o.CampaignId == campaignId && o.Status != RectificationOrderStatus.Closed && (unitId == null || o.UnitId == unitId))
            .ToListAsync(cancellationToken);

        return units.ToDictionary(id => id, id =>
        {
            var rate = WallRate.From(id, surveys.Where(s => s.Targets(id)).Select(s => ResultOf(s, id)).ToList());
            var unitOrders = orders.Where(o => o.UnitId == id).ToList();
            return new WallSlice
            {
                Rate = rate,
                Flags = flags.Where(f => f.UnitId == id).Select(f => new WallFlag(id, f.Kind.ToChinese(), f.Reason, f.RaisedAt)).ToList(),
                Orders = unitOrders.Select(o => new WallOrder(id, o.Reason, o.Deadline, o.IsOverdue(today), o.DaysOverdue(today), o.StatusText(today))).ToList(),
                Overdue = unitOrders.Where(o => o.IsOverdue(today)).Select(o => new WallOverdueItem(OverdueKinds.Order, id, o.Reason, o.DaysOverdue(today), $"supervision/units/{id}")).ToList(),
            };
        });
    }
}
