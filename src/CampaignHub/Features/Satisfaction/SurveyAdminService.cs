using CampaignHub.Features.Units;
using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>The office defines surveys: settings, questions, respondent groups, target units; opens and closes them.</summary>
public sealed class SurveyAdminService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, LowSatisfactionMonitor monitor)
{
    public async Task<IReadOnlyList<SurveySummaryDto>> ListAsync(int? campaignId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var surveys = await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_targets")
            .Where(s => campaignId == null || s.CampaignId == campaignId)
            .ToListAsync(cancellationToken);
        var counts = await db.Set<SurveyResponse>().GroupBy(r => r.SurveyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return surveys.OrderByDescending(s => s.OpensAt).Select(s => Summary(s, counts.GetValueOrDefault(s.Id))).ToList();
    }

    /// <summary>A survey's settings, with what <paramref name="actor"/> may do with it now.</summary>
    public async Task<SurveyDetailDto> GetAsync(Actor actor, int surveyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DetailAsync(db, actor, surveyId, cancellationToken);
    }

    public async Task<int> CreateAsync(Actor actor, int campaignId, SurveySettingsInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var campaign = await db.Set<Campaign>().Include("_units").FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("找不到该活动");
        var targets = input.TargetUnitIds.Count > 0 ? input.TargetUnitIds : campaign.Units.Select(u => u.UnitId).ToList();
        EnsureCampaignUnits(campaign, targets);
        var survey = SatisfactionSurvey.Create(campaignId, input.Title, ToInstant(input.OpensAt, "开始时间"), ToInstant(input.ClosesAt, "截止时间"), targets, actor, clock, input.MinimumSample);
        survey.SetUnitsSeeOwnRatesBeforeClose(input.UnitsSeeOwnRatesBeforeClose);
        survey.AssignThirdParty(input.ThirdPartyName);
        db.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return survey.Id;
    }

    /// <summary>Changes title, schedule, minimum sample, visibility and (while a draft) the target units.</summary>
    public async Task<SurveyDetailDto> UpdateSettingsAsync(Actor actor, int surveyId, int expectedVersion, SurveySettingsInput input, CancellationToken cancellationToken = default)
    {
        return await EditAsync(actor, surveyId, expectedVersion, async (db, survey) =>
        {
            survey.Rename(input.Title);
            survey.Reschedule(ToInstant(input.OpensAt, "开始时间"), ToInstant(input.ClosesAt, "截止时间"));
            survey.SetMinimumSample(input.MinimumSample);
            survey.SetUnitsSeeOwnRatesBeforeClose(input.UnitsSeeOwnRatesBeforeClose);
            if (survey.ThirdPartyName != (string.IsNullOrWhiteSpace(input.ThirdPartyName) ? null : input.ThirdPartyName.Trim()))
            {
                survey.AssignThirdParty(input.ThirdPartyName);
            }

            if (survey.WhyCannotNow(SurveyAction.EditTargets).IsAllowed && !input.TargetUnitIds.Order().SequenceEqual(survey.TargetUnitIds.Order()))
            {
                var campaign = await db.Set<Campaign>().Include("_units").SingleAsync(c => c.Id == survey.CampaignId, cancellationToken);
                EnsureCampaignUnits(campaign, input.TargetUnitIds);
                foreach (var removed in survey.TargetUnitIds.Except(input.TargetUnitIds).ToList())
                {
                    survey.RemoveTargetUnit(removed);
                }

                foreach (var added in input.TargetUnitIds.Except(survey.TargetUnitIds).ToList())
                {
                    survey.AddTargetUnit(added);
                }
            }
        }, cancellationToken);
    }

    public Task<SurveyDetailDto> SaveQuestionAsync(Actor actor, int surveyId, int expectedVersion, int? number, string text, QuestionKind kind, CancellationToken cancellationToken = default) =>
        EditAsync(actor, surveyId, expectedVersion, (_, survey) =>
        {
            if (number is { } n)
            {
                survey.EditQuestion(n, text, kind);
            }
            else
            {
                survey.AddQuestion(text, kind);
            }

            return Task.CompletedTask;
        }, cancellationToken);

    public Task<SurveyDetailDto> RemoveQuestionAsync(Actor actor, int surveyId, int expectedVersion, int number, CancellationToken cancellationToken = default) =>
        EditAsync(actor, surveyId, expectedVersion, (_, survey) =>
        {
            survey.RemoveQuestion(number);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<SurveyDetailDto> SaveGroupAsync(Actor actor, int surveyId, int expectedVersion, int? number, string name, CancellationToken cancellationToken = default) =>
        EditAsync(actor, surveyId, expectedVersion, (_, survey) =>
        {
            if (number is { } n)
            {
                survey.RenameRespondentGroup(n, name);
            }
            else
            {
                survey.AddRespondentGroup(name);
            }

            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Removes a group and the unused codes generated for it (a draft has no answers).</summary>
    public Task<SurveyDetailDto> RemoveGroupAsync(Actor actor, int surveyId, int expectedVersion, int number, CancellationToken cancellationToken = default) =>
        EditAsync(actor, surveyId, expectedVersion, async (db, survey) =>
        {
            survey.RemoveRespondentGroup(number);
            var codes = await db.Set<ResponseCode>().Where(c => c.SurveyId == surveyId && c.RespondentGroupNumber == number).ToListAsync(cancellationToken);
            db.RemoveRange(codes);
        }, cancellationToken);

    public Task<SurveyDetailDto> OpenAsync(Actor actor, int surveyId, int expectedVersion, CancellationToken cancellationToken = default) =>
        EditAsync(actor, surveyId, expectedVersion, (_, survey) =>
        {
            survey.Open(actor, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// Closes early; orders waiting for this survey as their re-survey are settled, and units now low are flagged
    /// (their results are no longer sealed), in the same save.
    /// </summary>
    public async Task<SurveyDetailDto> CloseAsync(Actor actor, int surveyId, int expectedVersion, CancellationToken cancellationToken = default)
    {
        return await EditAsync(actor, surveyId, expectedVersion, async (db, survey) =>
        {
            survey.Close(actor, clock);
            await monitor.SettleResurveyOrdersAsync(db, survey, cancellationToken);
            await monitor.FlagLowUnitsAsync(db, survey, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The office sets the campaign's low-satisfaction threshold (e.g. 80%).</summary>
    public async Task SetThresholdAsync(Actor actor, int campaignId, decimal threshold, CancellationToken cancellationToken = default)
    {
        SurveyRules.WhyCannotSetThreshold(actor).Ensure();

        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var campaign = await db.Set<Campaign>().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("找不到该活动");
        campaign.SetSatisfactionThreshold(threshold);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    public async Task<IReadOnlyList<UnitOptionDto>> CampaignUnitsAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.Set<CampaignUnit>().Where(u => u.CampaignId == campaignId).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var names = await UnitNamesAsync(db, cancellationToken);
        return ids.Order().Select(id => new UnitOptionDto(id, names.GetValueOrDefault(id, "?"))).ToList();
    }

    public async Task<decimal> ThresholdAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LowSatisfactionMonitor.ThresholdAsync(db, campaignId, cancellationToken);
    }

    public async Task<IReadOnlyList<PaperImportDto>> ImportsAsync(int surveyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var imports = await db.Set<PaperImport>().AsNoTracking().Where(i => i.SurveyId == surveyId).ToListAsync(cancellationToken);
        var people = await PersonNamesAsync(db, cancellationToken);
        return imports.OrderByDescending(i => i.ImportedAt).Select(i => new PaperImportDto(i.Id, i.FileName, i.SheetCount, i.BatchIds, people(i.ImportedBy), i.ImportedAt)).ToList();
    }

    /// <summary>
    /// Turns the account names stored on records into what people read: an account's display name, and 系统 for the
    /// system's own actions. The UI never shows a login name.
    /// </summary>
    internal static async Task<Func<string, string>> PersonNamesAsync(CampaignHubDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.Users.AsNoTracking().Where(u => u.UserName != null)
            .Select(u => new { u.UserName, u.DisplayName })
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, cancellationToken);
        return userName => userName == Actor.System.UserName
            ? Actor.System.DisplayName
            : names.TryGetValue(userName, out var name) && !string.IsNullOrWhiteSpace(name) ? name : userName;
    }

    private async Task<SurveyDetailDto> EditAsync(Actor actor, int surveyId, int expectedVersion, Func<CampaignHubDbContext, SatisfactionSurvey, Task> change, CancellationToken cancellationToken)
    {
        SurveyRules.WhyCannotManage(actor).Ensure();

        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var survey = await LoadAsync(db, surveyId, cancellationToken);
        if (survey.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(await GetAsync(actor, surveyId, cancellationToken));
        }

        await change(db, survey);
        await db.SaveOrConflictAsync(async () => await GetAsync(actor, surveyId, cancellationToken), cancellationToken);
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DetailAsync(fresh, actor, surveyId, cancellationToken);
    }

    internal static async Task<SatisfactionSurvey> LoadAsync(CampaignHubDbContext db, int surveyId, CancellationToken cancellationToken) =>
        await db.Set<SatisfactionSurvey>().Include("_questions").Include("_groups").Include("_targets").AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken)
        ?? throw new NotFoundException("找不到该测评");

    private static async Task<SurveyDetailDto> DetailAsync(CampaignHubDbContext db, Actor actor, int surveyId, CancellationToken cancellationToken)
    {
        var survey = await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_questions").Include("_groups").Include("_targets").AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken) ?? throw new NotFoundException("找不到该测评");
        var campaign = await db.Set<Campaign>().AsNoTracking().Include("_units").SingleAsync(c => c.Id == survey.CampaignId, cancellationToken);
        var names = await UnitNamesAsync(db, cancellationToken);
        var responses = await db.Set<SurveyResponse>().CountAsync(r => r.SurveyId == surveyId, cancellationToken);
        return new SurveyDetailDto(
            Summary(survey, responses),
            survey.Version,
            campaign.Title,
            campaign.Rules.SatisfactionThreshold,
            survey.Questions.Select(q => new QuestionDto(q.Number, q.Text, q.Order, q.Kind)).ToList(),
            survey.RespondentGroups.Select(g => new GroupDto(g.Number, g.Name, g.Order)).ToList(),
            survey.TargetUnitIds.Select(id => new UnitOptionDto(id, names.GetValueOrDefault(id, "?"))).OrderBy(u => u.Id).ToList(),
            campaign.Units.Select(u => new UnitOptionDto(u.UnitId, names.GetValueOrDefault(u.UnitId, "?"))).OrderBy(u => u.Id).ToList())
        {
            Answers = Enum.GetValues<SurveyAction>().ToDictionary(a => a, a => survey.WhyCannot(a, actor)),
        };
    }

    internal static async Task<Dictionary<int, string>> UnitNamesAsync(CampaignHubDbContext db, CancellationToken cancellationToken) =>
        await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);

    internal static SurveySummaryDto Summary(SatisfactionSurvey s, int responses) =>
        new(s.Id, s.CampaignId, s.Title, s.Status, s.OpensAt, s.ClosesAt, s.MinimumSample, s.UnitsSeeOwnRatesBeforeClose, s.ResurveyOfId, s.TargetUnitIds.Count, responses)
        {
            ThirdPartyName = s.ThirdPartyName,
        };

    private static void EnsureCampaignUnits(Campaign campaign, IEnumerable<int> unitIds)
    {
        if (unitIds.Any(id => !campaign.Includes(id)))
        {
            throw new DomainException("测评对象必须是参加本活动的单位");
        }
    }

    /// <summary>A time picked in the form is China time.</summary>
    internal static DateTimeOffset ToInstant(DateTime? chinaTime, string field) =>
        chinaTime is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), ChinaTime.Offset) : throw new DomainException($"请填写{field}");
}
