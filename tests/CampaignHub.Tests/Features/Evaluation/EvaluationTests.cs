using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Features.Evaluation;
using CampaignHub.Features.StageTwo;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Evaluation;

/// <summary>The final evaluation and redo through the real app: the demo's spread, the API, the access rules and the Chinese refusals.</summary>
public sealed class EvaluationTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static readonly BallotInput NotRecognised = new(RaterKind.MassesRepresentative, EvaluationRating.Dissatisfied, EvaluationRating.Dissatisfied, null);

    [Fact]
    public async Task Demo_carries_units_through_the_final_evaluation_at_different_points()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var overview = await Service<EvaluationService>(factory).OverviewAsync(office, campaign.Id);
        EvaluationRowDto Row(string name) => overview.Rows.Single(r => r.UnitName == name);

        Assert.Equal("评议通过", Row("区民政局").State.StateText);
        Assert.Equal("83.3%", Row("区民政局").RecognitionText);
        var zhengwu = Row("区政务服务中心");
        Assert.True(zhengwu.State.InRedo);
        Assert.Equal("返工补课中", zhengwu.State.StateText);
        Assert.Equal("45.0%", zhengwu.RecognitionText);
        Assert.Equal(new DateOnly(2014, 10, 31), zhengwu.State.RedoDeadline);
        Assert.Equal("整改中", zhengwu.State.RedoStatus);
        var chengjian = Row("江宁城市建设集团");
        Assert.Equal("复评通过", chengjian.State.StateText);
        Assert.False(chengjian.State.InRedo);
        Assert.Equal(2, chengjian.State.Rounds);
        Assert.Equal("未评议", Row("秣陵街道").State.StateText);
        Assert.Equal("70.0%", overview.ThresholdText);

        var stageTwo = await Service<StageTwoService>(factory).OverviewAsync(office, campaign.Id);
        Assert.True(stageTwo.Rows.Single(r => r.UnitName == "区政务服务中心").Progress.InRedo);
        Assert.False(stageTwo.Rows.Single(r => r.UnitName == "江宁城市建设集团").Progress.InRedo);

        var unit = await Service<EvaluationService>(factory).UnitAsync(office, campaign.Id, zhengwu.UnitId);
        Assert.Contains(unit.LeaderRecords, r => r.Kind == PrincipalLeaderRecordKind.Interview && r.InterviewerName == "区委书记 王立新" && r.PersonName == "尤国庆");
        Assert.Contains(Assert.Single(unit.Redos).Comments, c => c.Text.Contains("排队难", StringComparison.Ordinal) && c.ByName == "区委第一督导组");
    }

    [Fact]
    public async Task The_office_closes_an_evaluation_below_the_threshold_over_the_api_and_the_team_goes_into_redo()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var chunhua = await DemoLookup.UnitIdAsync(factory, "淳化街道");
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var opened = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/evaluations/units/{chunhua}", new EvaluationArrangement(new DateOnly(2014, 4, 10), new DateOnly(2014, 4, 10)), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var evaluationId = await opened.Content.ReadFromJsonAsync<int>();
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"/api/evaluations/{evaluationId}/ballots", NotRecognised, ApiJson.Options)).StatusCode);
        }

        var tooFew = await client.PostAsJsonAsync($"/api/evaluations/{evaluationId}/close", new CloseEvaluationInput(await VersionAsync(evaluationId), new DateOnly(2014, 5, 10)), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, tooFew.StatusCode);
        Assert.Equal("至少录入10张评议票才能结束评议，目前9张", (await ProblemAsync(tooFew)).GetProperty("detail").GetString());

        await client.PostAsJsonAsync($"/api/evaluations/{evaluationId}/ballots", NotRecognised, ApiJson.Options);
        var noDeadline = await client.PostAsJsonAsync($"/api/evaluations/{evaluationId}/close", new CloseEvaluationInput(await VersionAsync(evaluationId), null), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noDeadline.StatusCode);
        Assert.Contains("请填写返工补课期限", (await ProblemAsync(noDeadline)).GetProperty("detail").GetString());
        var closed = await client.PostAsJsonAsync($"/api/evaluations/{evaluationId}/close", new CloseEvaluationInput(await VersionAsync(evaluationId), new DateOnly(2014, 5, 10)), ApiJson.Options);
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);

        var overview = await client.GetFromJsonAsync<EvaluationOverviewDto>($"/api/campaigns/{campaign.Id}/evaluations", ApiJson.Options);
        var row = overview!.Rows.Single(r => r.UnitId == chunhua);
        Assert.True(row.State.InRedo);
        Assert.Equal("0.0%", row.RecognitionText);
        Assert.Equal(new DateOnly(2014, 5, 10), row.State.RedoDeadline);
        var stageTwo = await client.GetFromJsonAsync<StageTwoOverviewDto>($"/api/campaigns/{campaign.Id}/stage-two", ApiJson.Options);
        Assert.True(stageTwo!.Rows.Single(r => r.UnitId == chunhua).Progress.InRedo);
        var again = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/evaluations/units/{chunhua}", new EvaluationArrangement(new DateOnly(2014, 4, 10), new DateOnly(2014, 4, 10)), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        var export = await client.GetAsync($"/api/campaigns/{campaign.Id}/evaluations/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_unit_reports_on_its_redo_and_only_the_office_accepts_it_while_another_unit_is_refused()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var renshe = await DemoLookup.UnitIdAsync(factory, "区人力资源和社会保障局");
        var redoId = await RedoOfAsync(campaign.Id, renshe);
        var coordinator = await Accounts.SignedInClientAsync(factory, "renshe");
        var other = await Accounts.SignedInClientAsync(factory, "unit");
        var service = Service<EvaluationService>(factory);
        await service.StartRectifyingAsync(await Accounts.ActorAsync(factory, "renshe"), redoId, await RedoVersionAsync(redoId));

        var foreign = await other.PostAsJsonAsync($"/api/redos/{redoId}/report", new RedoReportInput(await RedoVersionAsync(redoId), "报告"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/campaigns/{campaign.Id}/evaluations/units/{renshe}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/redos/{redoId}/accept", new RedoDecisionInput(0, null), ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync("/api/redos/999999/report", new RedoReportInput(0, "报告"), ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/campaigns/{campaign.Id}/evaluations/units/999999")).StatusCode);
        var empty = await coordinator.PostAsJsonAsync($"/api/redos/{redoId}/report", new RedoReportInput(await RedoVersionAsync(redoId), "  "), ApiJson.Options);
        Assert.Equal("整改报告不能为空", (await ProblemAsync(empty)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsync($"/api/redos/{redoId}/report", new StringContent("{", Encoding.UTF8, "application/json"))).StatusCode);

        var office = await Accounts.SignedInClientAsync(factory, "office");
        var early = await office.PostAsJsonAsync($"/api/redos/{redoId}/accept", new RedoDecisionInput(await RedoVersionAsync(redoId), null), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("单位报送整改报告后才能验收或退回", (await ProblemAsync(early)).GetProperty("detail").GetString());

        const string hostile = "<script>alert('x')</script>整改报告；'; DROP TABLE RedoOrders; --";
        var submitted = await coordinator.PostAsJsonAsync($"/api/redos/{redoId}/report", new RedoReportInput(await RedoVersionAsync(redoId), hostile), ApiJson.Options);
        Assert.Equal(HttpStatusCode.NoContent, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/redos/{redoId}/accept", new RedoDecisionInput(await RedoVersionAsync(redoId), "同意复评"), ApiJson.Options)).StatusCode);

        var view = await coordinator.GetFromJsonAsync<EvaluationUnitDto>($"/api/campaigns/{campaign.Id}/evaluations/units/{renshe}", ApiJson.Options);
        var redo = Assert.Single(view!.Redos);
        Assert.Equal(hostile, redo.Report);
        Assert.Equal("已验收，待复评", redo.StatusName);
        Assert.True(view.State.InRedo);
        Assert.Equal(RefusalKind.NotPermitted, redo.Actions[RedoAction.OpenReEvaluation].Refusal);
    }

    [Fact]
    public async Task The_supervision_group_comments_on_a_redo_and_principal_leader_records_need_their_fields()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var zhengwu = await DemoLookup.UnitIdAsync(factory, "区政务服务中心");
        var office = await Accounts.ActorAsync(factory, "office");
        var redoId = (await Service<EvaluationService>(factory).UnitAsync(office, campaign.Id, zhengwu)).Redos.Single().Id;
        var supervisor = await Accounts.SignedInClientAsync(factory, "supervisor");
        var url = $"/api/campaigns/{campaign.Id}/evaluations/units/{zhengwu}/comments";

        Assert.Equal(HttpStatusCode.NoContent, (await supervisor.PostAsJsonAsync(url, new EvaluationCommentInput(CommentSubject.Redo, redoId, "请附服务对象评价"), ApiJson.Options)).StatusCode);
        var empty = await supervisor.PostAsJsonAsync(url, new EvaluationCommentInput(CommentSubject.Redo, redoId, " "), ApiJson.Options);
        Assert.Equal("点评意见不能为空", (await ProblemAsync(empty)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsJsonAsync(url, new EvaluationCommentInput(CommentSubject.Redo, 999999, "意见"), ApiJson.Options)).StatusCode);
        var coordinator = await Accounts.SignedInClientAsync(factory, "renshe");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync(url, new EvaluationCommentInput(CommentSubject.Redo, redoId, "意见"), ApiJson.Options)).StatusCode);

        var officeClient = await Accounts.SignedInClientAsync(factory, "office");
        var leaderUrl = $"/api/campaigns/{campaign.Id}/evaluations/units/{zhengwu}/leader-records";
        var missing = await officeClient.PostAsJsonAsync(leaderUrl, new PrincipalLeaderInput(PrincipalLeaderRecordKind.Interview, new DateOnly(2014, 4, 1), "问题", "区委书记 王立新"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("作出的承诺不能为空", (await ProblemAsync(missing)).GetProperty("detail").GetString());
        var badKind = await officeClient.PostAsync(leaderUrl, new StringContent("{\"kind\":\"Nonsense\",\"heldOn\":\"2014-04-01\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync(leaderUrl, new PrincipalLeaderInput(PrincipalLeaderRecordKind.SpecialReport, new DateOnly(2014, 4, 1), "述职"), ApiJson.Options)).StatusCode);
        var rating = await officeClient.PostAsJsonAsync(leaderUrl, new PrincipalLeaderInput(PrincipalLeaderRecordKind.PublicRating, new DateOnly(2014, 4, 1), null, Satisfied: 12, BasicallySatisfied: 6, Dissatisfied: 6), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, rating.StatusCode);

        var view = await Service<EvaluationService>(factory).UnitAsync(office, campaign.Id, zhengwu);
        Assert.Equal("75.0%", view.LeaderRecords.First(r => r.HeldOn == new DateOnly(2014, 4, 1)).Rating?.Display);
        Assert.Contains(view.Redos.Single().Comments, c => c.Text == "请附服务对象评价");
    }

    /// <summary>A unit put into redo by an evaluation of ten 不满意 ballots, through the service as the office.</summary>
    private async Task<int> RedoOfAsync(int campaignId, int unitId)
    {
        var office = await Accounts.ActorAsync(factory, "office");
        var service = Service<EvaluationService>(factory);
        var id = await service.OpenAsync(office, campaignId, unitId, new EvaluationArrangement(new DateOnly(2014, 4, 10), new DateOnly(2014, 4, 10)));
        await service.RecordBallotAsync(office, id, NotRecognised, 10);
        await service.CloseAsync(office, id, new CloseEvaluationInput(await VersionAsync(id), new DateOnly(2014, 6, 30)));
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<RedoOrder>().Where(r => r.UnitId == unitId && r.CampaignId == campaignId).Select(r => r.Id).SingleAsync();
    }

    private async Task<int> VersionAsync(int evaluationId)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<DemocraticEvaluation>().Where(e => e.Id == evaluationId).Select(e => e.Version).SingleAsync();
    }

    private async Task<int> RedoVersionAsync(int redoId)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<RedoOrder>().Where(r => r.Id == redoId).Select(r => r.Version).SingleAsync();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
