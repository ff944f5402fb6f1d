using CampaignHub.Domain.Supervision;
using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// Rates and breakdowns of a survey. Leadership, the office and supervisors see everything live; a coordinator sees
/// only their own unit, and only when <see cref="SatisfactionSurvey.CanSeeUnitRate"/> allows it — enforced here,
/// so a crafted call for a sealed rate is refused, not merely hidden.
/// </summary>
public sealed class SatisfactionResultsService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, SurveyResultsCache cache)
{
    public const string SealedMessage = "测评结束前，满意率对被测评单位保密";

    public async Task<SurveyResultsDto> GetAsync(Actor actor, int surveyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var survey = await SurveyAdminService.LoadAsync(db, surveyId, cancellationToken);
        var now = clock.UtcNow;
        var fullView = SatisfactionSurvey.CanSeeAllRates(actor);
        int? onlyUnit = null;
        if (!fullView)
        {
            if (actor.UnitId is not { } own || !survey.Targets(own))
            {
                throw new AccessDeniedException("本单位不是该测评的测评对象");
            }

            if (!survey.CanSeeUnitRate(actor, own, now))
            {
                throw new AccessDeniedException(SealedMessage);
            }

            onlyUnit = own;
        }

        var threshold = await LowSatisfactionMonitor.ThresholdAsync(db, survey.CampaignId, cancellationToken);
        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        var surveyCounts = await cache.CountsAsync(surveyId, cancellationToken);
        if (onlyUnit is { } viewerUnit)
        {
            surveyCounts = surveyCounts.OnlyUnit(viewerUnit);
        }

        var counts = surveyCounts.All;
        var min = survey.MinimumSample;

        var units = survey.TargetUnitIds
            .Where(id => onlyUnit is null || id == onlyUnit)
            .Select(id => Named(id, names.GetValueOrDefault(id, "?"), RateQueries.Rate(surveyCounts.ByUnit[id], min), threshold))
            .OrderBy(u => u.Rate.Rate ?? 2m).ThenBy(u => u.Key)
            .ToList();
        var questions = survey.Questions
            .Select(q => Named(q.Number, q.Text, RateQueries.Rate(surveyCounts.ByQuestion[q.Number], min), threshold))
            .ToList();
        var groupRates = survey.RespondentGroups
            .Select(g => Named(g.Number, g.Name, RateQueries.Rate(surveyCounts.ByGroup[g.Number], min), threshold))
            .ToList();
        var trend = await TrendAsync(db, survey, actor, onlyUnit, now, cancellationToken);
        var batches = fullView ? Describe(await cache.SuspiciousBatchesAsync(survey, cancellationToken), survey, names) : [];
        var responseCount = surveyCounts.Responses(onlyUnit);

        var overall = RateQueries.Rate(counts, min);
        var twoKinds = survey.TwoSatisfactionQuestions;
        TwoSatisfactionsResult Two(IEnumerable<AnswerCount> of) =>
            TwoSatisfactions.Of(of.Select(c => new AnswerTally(c.SurveyId, c.QuestionNumber, c.Answer, c.Count)).ToList(), twoKinds, min);
        var overallTwo = Two(counts);
        return new SurveyResultsDto(
            SurveyAdminService.Summary(survey, responseCount),
            SatisfactionRate.Formula,
            threshold,
            survey.IsSealed(now),
            fullView,
            RateDto.From(overall),
            units,
            questions,
            groupRates,
            trend,
            batches,
            UniformBatchRule.Description)
        {
            OverallBelowThreshold = LowSatisfaction.IsLow(overall, threshold),
            ConductChange = twoKinds.Count == 0 ? null : RateDto.From(overallTwo.ConductChange),
            ProblemSolving = twoKinds.Count == 0 ? null : RateDto.From(overallTwo.ProblemSolving),
            UnitTwoSatisfactions = twoKinds.Count == 0 ? [] : units.Select(u =>
            {
                var two = Two(surveyCounts.ByUnit[u.Key]);
                return new UnitTwoSatisfactionsDto(u.Key, u.Name, RateDto.From(two.ConductChange), RateDto.From(two.ProblemSolving));
            }).ToList(),
            LinksToUnitHistory = OrderAccess.ReadsEveryUnit(actor),
        };
    }

    /// <summary>
    /// The results page as .xlsx: per unit, per question (评议维度) and per respondent group. Built from
    /// <see cref="GetAsync"/>, so the sealing is the page's: a coordinator gets only their own unit, and nothing
    /// (refused) while the survey is sealed for them.
    /// </summary>
    public async Task<(byte[] Content, string FileName)> ExportAsync(Actor actor, int surveyId, CancellationToken cancellationToken = default)
    {
        var results = await GetAsync(actor, surveyId, cancellationToken);
        var s = results.Survey;
        var note = $"{s.RunByText}；总体满意率 {results.Overall.Display}"
            + (results.ConductChange is { } conduct && results.ProblemSolving is { } solving ? $"（作风转变满意度 {conduct.Display}，问题解决满意度 {solving.Display}）" : string.Empty)
            + $"，答卷 {s.ResponseCount} 份，满意率阈值 {SatisfactionRate.FormatPercent(results.Threshold)}；"
            + $"{results.Formula}；有效问卷少于{s.MinimumSample}份时显示“{SatisfactionRate.SampleInsufficientText}”"
            + (results.Sealed ? "；测评进行中" : string.Empty);
        var bytes = new XlsxWriter()
            .AddSheet("各单位", results.Units, RateColumns("单位"), $"{s.Title} 各单位满意率（{note}）")
            .AddSheet("各评议维度", results.Questions, RateColumns("题目", 40), $"{s.Title} 各评议维度满意率")
            .AddSheet("各参评群体", results.Groups, RateColumns("参评群体"), $"{s.Title} 各参评群体满意率")
            .AddSheet("双满意", results.UnitTwoSatisfactions,
                [
                    new("单位", r => r.Name, 20),
                    new(QuestionKind.ConductChange.RateName(), r => r.ConductChange.Display, 14),
                    new("作风转变有效答案", r => r.ConductChange.Valid, 12),
                    new(QuestionKind.ProblemSolving.RateName(), r => r.ProblemSolving.Display, 14),
                    new("问题解决有效答案", r => r.ProblemSolving.Valid, 12),
                ],
                $"{s.Title} 各单位“双满意”（作风转变、问题解决分别统计）")
            .ToBytes();
        var safeTitle = new string(s.Title.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c).ToArray());
        return (bytes, $"满意度测评结果-{safeTitle}.xlsx");
    }

    private static List<XlsxColumn<NamedRateDto>> RateColumns(string nameHeader, double nameWidth = 20) =>
    [
        new(nameHeader, r => r.Name, nameWidth),
        new("满意", r => r.Rate.Satisfied, 8),
        new("基本满意", r => r.Rate.BasicallySatisfied, 10),
        new("不满意", r => r.Rate.Dissatisfied, 8),
        new("不了解", r => r.Rate.DontKnow, 8),
        new("有效答案", r => r.Rate.Valid, 10),
        new("满意率", r => r.Rate.Display, 10),
        new("低于阈值", r => r.Rate.SampleInsufficient ? null : r.BelowThreshold, 10),
        new("有效问卷", r => r.Rate.Respondents, 10),
    ];

    /// <summary>One unit's rate; refused for a coordinator of another unit, or of this unit while sealed.</summary>
    public async Task<RateDto> UnitRateAsync(Actor actor, int surveyId, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var survey = await SurveyAdminService.LoadAsync(db, surveyId, cancellationToken);
        if (!survey.CanSeeUnitRate(actor, unitId, clock.UtcNow))
        {
            throw new AccessDeniedException(actor.IsCoordinator && actor.UnitId == unitId ? SealedMessage : "您无权查看该单位的满意率");
        }

        return RateDto.From(RateQueries.Rate(await RateQueries.CountsAsync(db, [surveyId], unitId, cancellationToken), survey.MinimumSample));
    }

    /// <summary>
    /// The trend across the campaign's surveys that have started (re-surveys excluded), oldest first. For a viewer
    /// limited to their own unit (<paramref name="unitId"/>), only the surveys that evaluated it, and a survey still
    /// sealed for them (<see cref="SatisfactionSurvey.CanSeeUnitRate"/>) carries no rate: its answers are not even
    /// counted, so the current survey being visible never unseals an earlier or later one.
    /// </summary>
    private async Task<IReadOnlyList<TrendPointDto>> TrendAsync(CampaignHubDbContext db, SatisfactionSurvey survey, Actor actor, int? unitId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var surveys = (await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_targets")
                .Where(s => s.CampaignId == survey.CampaignId && s.Status != SurveyStatus.Draft && s.ResurveyOfId == null)
                .ToListAsync(cancellationToken))
            .Where(s => unitId is not { } own || s.Targets(own))
            .OrderBy(s => s.OpensAt)
            .ToList();
        var visible = surveys.Where(s => unitId is not { } own || s.CanSeeUnitRate(actor, own, now)).Select(s => s.Id).ToList();
        var points = new List<TrendPointDto>(surveys.Count);
        foreach (var s in surveys)
        {
            RateDto? rate = null;
            if (visible.Contains(s.Id))
            {
                var counts = await cache.CountsAsync(s.Id, cancellationToken);
                rate = RateDto.From(RateQueries.Rate(unitId is { } own ? counts.ByUnit[own] : counts.All, s.MinimumSample));
            }

            points.Add(new TrendPointDto(s.Id, s.Title, rate));
        }

        return points;
    }

    private static IReadOnlyList<SuspiciousBatchDto> Describe(IReadOnlyList<SuspiciousBatch> batches, SatisfactionSurvey survey, Dictionary<int, string> names)
    {
        var groups = survey.RespondentGroups.ToDictionary(g => g.Number, g => g.Name);
        return batches
            .Select(b => new SuspiciousBatchDto(names.GetValueOrDefault(b.UnitId, "?"), groups.GetValueOrDefault(b.RespondentGroupNumber, "?"), b.From, b.To, b.Count))
            .ToList();
    }

    private static NamedRateDto Named(int key, string name, RateResult rate, decimal threshold) =>
        new(key, name, RateDto.From(rate), LowSatisfaction.IsLow(rate, threshold));
}
