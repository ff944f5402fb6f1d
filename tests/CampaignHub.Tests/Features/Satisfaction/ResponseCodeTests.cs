using System.Net;
using System.Net.Http.Json;
using CampaignHub.Data;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Satisfaction;

public sealed class ResponseCodeTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task A_code_works_once_and_a_second_use_changes_nothing()
    {
        var survey = await OpenSurveyAsync(factory);
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var code = (await FreshCodesAsync(factory, survey.Id, moling)).Single();
        var client = factory.CreateBrowserLikeClient();

        var first = await client.PostAsJsonAsync($"/api/s/{code}", new SubmitSurveyRequest(All(survey, Answer.Satisfied)));
        var countAfterFirst = await ResponseCountAsync(factory, survey.Id);
        var second = await client.PostAsJsonAsync($"/api/s/{code}", new SubmitSurveyRequest(All(survey, Answer.Dissatisfied)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains(ResponseCode.AlreadyUsedMessage, await second.Content.ReadAsStringAsync());
        Assert.Equal(countAfterFirst, await ResponseCountAsync(factory, survey.Id));
        var page = await Service<PublicSurveyService>(factory).GetAsync(code);
        Assert.Equal(ResponseCode.AlreadyUsedMessage, page.Refusal);
    }

    [Fact]
    public async Task The_survey_page_needs_no_login_and_explains_a_used_or_unknown_code_in_Chinese()
    {
        var survey = await OpenSurveyAsync(factory);
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var code = (await FreshCodesAsync(factory, survey.Id, moling)).Single();
        var client = factory.CreateBrowserLikeClient();

        var open = await client.GetStringAsync($"/s/{code}");
        await Service<PublicSurveyService>(factory).SubmitAsync(code, All(survey, Answer.Satisfied));
        var used = await client.GetStringAsync($"/s/{code}");
        var unknown = await client.GetStringAsync("/s/ZZZZZZZZ");

        Assert.Contains("秣陵街道", open);
        Assert.Contains("服务大局", open);
        Assert.Contains("不了解", open);
        Assert.Contains(ResponseCode.AlreadyUsedMessage, used);
        Assert.Contains(PublicSurveyService.UnknownCodeMessage, unknown);
    }

    [Fact]
    public async Task An_anonymous_answer_stores_no_personal_data()
    {
        var survey = await OpenSurveyAsync(factory);
        var zhushan = await DemoLookup.UnitIdAsync(factory, "竹山社区");
        var code = (await FreshCodesAsync(factory, survey.Id, zhushan, group: 4)).Single();
        factory.Clock.Set(CampaignHubFactory.DemoNow.AddSeconds(37));
        long lastAudit;
        await using (var db = await DbAsync(factory))
        {
            lastAudit = await db.Set<AuditEntry>().MaxAsync(a => a.Id);
        }

        await Service<PublicSurveyService>(factory).SubmitAsync(code, All(survey, Answer.BasicallySatisfied));

        await using (var schema = await DbAsync(factory))
        {
            Assert.Equal(
                ["Id", "PaperBatchId", "PaperSheetNumber", "RespondentGroupNumber", "Source", "SubmittedAt", "SurveyId", "UnitId", "Version"],
                (await Columns(schema, "SurveyResponses")).Order(StringComparer.Ordinal));
            Assert.Equal(["Answer", "Id", "QuestionNumber", "SurveyResponseId"], (await Columns(schema, "SurveyAnswers")).Order(StringComparer.Ordinal));
        }

        await using var check = await DbAsync(factory);
        var stored = await check.Set<SurveyResponse>().AsNoTracking().OrderByDescending(r => r.Id).FirstAsync(r => r.UnitId == zhushan);
        Assert.Equal(4, stored.RespondentGroupNumber);
        Assert.Equal(0, stored.SubmittedAt.Second); // kept only to the minute
        Assert.Null(stored.PaperBatchId);
        var audit = await check.Set<AuditEntry>().Where(a => a.Id > lastAudit).ToListAsync();
        Assert.DoesNotContain(audit, a => a.EntityType is nameof(SurveyResponse) or nameof(SurveyAnswer));
        Assert.All(audit, a => Assert.Equal(PublicSurveyService.AnonymousActor, a.UserName));
        factory.Clock.Set(CampaignHubFactory.DemoNow);
    }

    [Fact]
    public async Task Only_the_office_generates_codes()
    {
        var survey = await OpenSurveyAsync(factory);
        var supervisor = await Accounts.ActorAsync(factory, "supervisor");

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service<ResponseCodeService>(factory).GenerateAsync(supervisor, survey.Id, survey.TargetUnitIds[0], 1, 5));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service<ResponseCodeService>(factory).SheetAsync(supervisor, survey.Id, null, null, false));
    }

    /// <summary>The table's columns as the database itself lists them (not as the EF model says).</summary>
    private static async Task<List<string>> Columns(CampaignHubDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = db.Database.IsNpgsql()
            ? $"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}'"
            : $"SELECT name FROM pragma_table_info('{table}')";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
