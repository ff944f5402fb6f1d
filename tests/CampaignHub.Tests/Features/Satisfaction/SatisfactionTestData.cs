using CampaignHub.Data;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Satisfaction;

/// <summary>Finds the demo surveys and fresh codes, and resolves the feature's services.</summary>
internal static class SatisfactionTestData
{
    public static async Task<SatisfactionSurvey> SurveyAsync(CampaignHubFactory factory, string title)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_questions").Include("_groups").Include("_targets").SingleAsync(s => s.Title == title);
    }

    public static Task<SatisfactionSurvey> OpenSurveyAsync(CampaignHubFactory factory) => SurveyAsync(factory, SatisfactionDemoSeed.OpenSurveyTitle);

    public static Task<SatisfactionSurvey> ClosedSurveyAsync(CampaignHubFactory factory) => SurveyAsync(factory, SatisfactionDemoSeed.ClosedSurveyTitle);

    /// <summary>Generates fresh codes as the office (so tests never share a code).</summary>
    public static async Task<List<string>> FreshCodesAsync(CampaignHubFactory factory, int surveyId, int unitId, int count = 1, int group = 1)
    {
        var office = await Accounts.ActorAsync(factory, "office");
        await Service<ResponseCodeService>(factory).GenerateAsync(office, surveyId, unitId, group, count);
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<ResponseCode>().Where(c => c.SurveyId == surveyId && c.UnitId == unitId && c.RespondentGroupNumber == group && c.UsedAt == null)
            .OrderByDescending(c => c.Id).Take(count).Select(c => c.Code).ToListAsync();
    }

    public static Dictionary<int, Answer?> All(SatisfactionSurvey survey, Answer answer) =>
        survey.Questions.ToDictionary(q => q.Number, _ => (Answer?)answer);

    public static T Service<T>(CampaignHubFactory factory)
        where T : notnull => factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public static async Task<int> ResponseCountAsync(CampaignHubFactory factory, int surveyId)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<SurveyResponse>().CountAsync(r => r.SurveyId == surveyId);
    }

    public static Task<CampaignHubDbContext> DbAsync(CampaignHubFactory factory) => DemoLookup.DbAsync(factory);
}
