using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Linkage;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Linkage;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Linkage;

/// <summary>双联动 through the real app: the Jiangning demo, the feedback loop over the API, access and Chinese refusals.</summary>
public sealed class LinkageTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Demo_shows_the_Jiangning_linkage_with_its_2014_dates()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var linkage = Service<LinkageService>(factory);

        var upper = await linkage.UpperVisitsAsync(office, campaign.Id);
        UpperVisitState Upper(string name) => upper.Units.Single(u => u.UnitName == name).Standing.State;
        Assert.Equal(new DateOnly(2014, 3, 31), upper.DueOn);
        Assert.Equal(UpperVisitState.OnTime, Upper("区民政局"));
        Assert.Equal(UpperVisitState.Late, Upper("区政务服务中心"));
        Assert.Equal(UpperVisitState.Overdue, Upper("区城管局"));
        Assert.DoesNotContain(upper.Units, u => u.UnitName == "东山街道");
        Assert.Contains(upper.Visits, v => v.DepartmentVisited == "南京市民政局" && v.ReportedProblems.Any(p => p.UpperAnswer is null));

        var grassroots = await linkage.GrassrootsAsync(office, campaign.Id);
        Assert.Equal(new DateOnly(2014, 4, 5), grassroots.DueOn);
        Assert.True(grassroots.Units.Single(u => u.UnitName == "区民政局").Complies);
        Assert.Contains(grassroots.Leaders, l => l.UnitName == "区人社局" && l.Standing.State == GrassrootsState.Overdue && l.Standing.Missing == "还差1次");
        Assert.Contains(grassroots.Visits.SelectMany(v => v.Claims), c => c.OpinionText is not null);

        var opinions = await Service<UpperOpinionService>(factory).ListAsync(office, campaign.Id);
        Assert.True(opinions.Counts.AwaitingForwarding >= 1);
        Assert.True(opinions.Counts.Overdue >= 1);
        Assert.True(opinions.Counts.FeedbackGiven >= 1);
        Assert.Contains(opinions.Rows, r => r.UpperDepartmentName == "南京市人力资源和社会保障局" && r.DaysOverdue == 3);
    }

    [Fact]
    public async Task The_office_forwards_an_upper_department_opinion_and_only_the_receiving_unit_answers_it()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var office = await Accounts.SignedInClientAsync(factory, "office");
        var unit = await Accounts.SignedInClientAsync(factory, "unit");
        var renshe = await Accounts.SignedInClientAsync(factory, "renshe");

        var received = await office.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/linkage/upper-opinions", new ReceiveUpperOpinionInput("南京市城市管理局", OpinionCategory.PublicOrder, "<script>alert(1)</script>夜间施工噪音扰民", new DateOnly(2014, 4, 10)), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        var id = (await received.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var noDeadline = await office.PostAsJsonAsync($"/api/linkage/upper-opinions/{id}/forward", new ForwardInput(dongshan, null, null), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noDeadline.StatusCode);
        Assert.Equal("转交上级部门意见须明确反馈时限", (await ProblemAsync(noDeadline)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsJsonAsync($"/api/linkage/upper-opinions/{id}/forward", new ForwardInput(dongshan, new DateOnly(2014, 4, 20), null), ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/linkage/upper-opinions/{id}/forward", new ForwardInput(dongshan, new DateOnly(2014, 4, 20), "副区长 李明"), ApiJson.Options)).StatusCode);

        var byOther = await renshe.PostAsJsonAsync($"/api/linkage/upper-opinions/{id}/answer", new FeedbackInput("不是我们的"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal("转交的上级部门意见由接收单位反馈", (await ProblemAsync(byOther)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync($"/api/linkage/upper-opinions/{id}/answer", new FeedbackInput("代为反馈"), ApiJson.Options)).StatusCode);
        var empty = await unit.PostAsJsonAsync($"/api/linkage/upper-opinions/{id}/answer", new FeedbackInput(" "), ApiJson.Options);
        Assert.Equal("答复内容不能为空", (await ProblemAsync(empty)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await unit.PostAsJsonAsync($"/api/linkage/upper-opinions/{id}/answer", new FeedbackInput("已约谈施工单位，夜间22时后停止施工"), ApiJson.Options)).StatusCode);

        var list = await office.GetFromJsonAsync<UpperOpinionsDto>($"/api/campaigns/{campaign.Id}/linkage/upper-opinions", ApiJson.Options);
        var row = list!.Rows.Single(r => r.Id == id);
        Assert.Equal(ForwardingState.FeedbackGiven, row.State);
        Assert.Equal("<script>alert(1)</script>夜间施工噪音扰民", row.Content);
        Assert.Equal("东山街道", row.UnitName);

        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/linkage/upper-opinions/{id}/return", new ReturnFeedbackInput("请说明长效管理措施", null), ApiJson.Options)).StatusCode);
        var renshesView = await renshe.GetFromJsonAsync<UpperOpinionsDto>($"/api/campaigns/{campaign.Id}/linkage/upper-opinions", ApiJson.Options);
        Assert.DoesNotContain(renshesView!.Rows, r => r.Id == id);
        var unitsView = await unit.GetFromJsonAsync<UpperOpinionsDto>($"/api/campaigns/{campaign.Id}/linkage/upper-opinions", ApiJson.Options);
        Assert.Equal("已退回（待重新反馈）", unitsView!.Rows.Single(r => r.Id == id).StateText);
    }

    [Fact]
    public async Task Another_units_ids_and_hostile_input_give_403_404_and_a_Chinese_400()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var minzheng = await DemoLookup.UnitIdAsync(factory, "区民政局");
        var renshe = await DemoLookup.UnitIdAsync(factory, "区人力资源和社会保障局");
        var client = await Accounts.SignedInClientAsync(factory, "renshe");
        int minzhengLeader, rensheLeader;
        await using (var db = await DemoLookup.DbAsync(factory))
        {
            minzhengLeader = await db.Set<Person>().Where(p => p.UnitId == minzheng && p.Role == PersonRole.MainLeader).Select(p => p.Id).FirstAsync();
            rensheLeader = await db.Set<Person>().Where(p => p.UnitId == renshe && p.Role == PersonRole.MainLeader).Select(p => p.Id).FirstAsync();
        }

        var visit = new UpperVisitDetails(new DateOnly(2014, 3, 30), "南京市民政局", [new FirstBatchItemDraft("低保审批", "本地措施")], [], "经验");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/linkage/upper-visits", new UpperVisitInput(minzheng, minzhengLeader, visit), ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/campaigns/999999/linkage/upper-visits", new UpperVisitInput(renshe, rensheLeader, visit), ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/linkage/upper-visits", new UpperVisitInput(999999, rensheLeader, visit), ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/linkage/upper-opinions/999999/answer", new FeedbackInput("反馈"), ApiJson.Options)).StatusCode);

        var missing = await client.PostAsync($"/api/campaigns/{campaign.Id}/linkage/grassroots", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.StartsWith("缺少必填字段", (await ProblemAsync(missing)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/api/campaigns/{campaign.Id}/linkage/upper-visits", new StringContent("{", Encoding.UTF8, "application/json"))).StatusCode);

        var otherLeader = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/linkage/grassroots", new GrassrootsVisitInput(renshe, minzhengLeader, new GrassrootsVisitDetails(new DateOnly(2014, 4, 4), "上坊社区", GrassrootsTheme.AskResults, "成效明显"), []), ApiJson.Options);
        Assert.Equal("下基层的领导必须是本单位的领导班子成员", (await ProblemAsync(otherLeader)).GetProperty("detail").GetString());
        var tooLong = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/linkage/grassroots", new GrassrootsVisitInput(renshe, rensheLeader, new GrassrootsVisitDetails(new DateOnly(2014, 4, 4), "上坊社区", GrassrootsTheme.AskResults, new string('问', 2001)), []), ApiJson.Options);
        Assert.Equal("发现的问题和听取的意见不能超过2000个字符", (await ProblemAsync(tooLong)).GetProperty("detail").GetString());
        var noMeasures = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/linkage/upper-visits", new UpperVisitInput(renshe, rensheLeader, visit with { FirstBatchItems = [new FirstBatchItemDraft("就业登记", null)] }), ApiJson.Options);
        Assert.Equal("“就业登记”的本地配套措施不能为空", (await ProblemAsync(noMeasures)).GetProperty("detail").GetString());
        var foreignOpinion = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/linkage/grassroots", new GrassrootsVisitInput(renshe, rensheLeader, new GrassrootsVisitDetails(new DateOnly(2014, 4, 4), "上坊社区", GrassrootsTheme.AskResults, "成效明显"), [new ClaimInput("问题", 999999, null)]), ApiJson.Options);
        Assert.Equal("找不到关联的意见", (await ProblemAsync(foreignOpinion)).GetProperty("detail").GetString());

        var recorded = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/linkage/grassroots", new GrassrootsVisitInput(renshe, rensheLeader, new GrassrootsVisitDetails(new DateOnly(2014, 4, 4), "上坊社区", GrassrootsTheme.AskResults, "<b>成效明显</b>"), []), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
    }

    [Fact]
    public async Task The_upper_departments_answer_is_added_to_a_visit_later_and_others_are_refused()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var renshe = await DemoLookup.UnitIdAsync(factory, "区人力资源和社会保障局");
        int rensheLeader;
        await using (var db = await DemoLookup.DbAsync(factory))
        {
            rensheLeader = await db.Set<Person>().Where(p => p.UnitId == renshe && p.Role == PersonRole.MainLeader).Select(p => p.Id).FirstAsync();
        }

        var coordinator = await Accounts.SignedInClientAsync(factory, "renshe");
        var office = await Accounts.SignedInClientAsync(factory, "office");
        var asked = new UpperVisitDetails(new DateOnly(2014, 4, 8), "江苏省人力资源和社会保障厅", [new FirstBatchItemDraft("就业登记“一窗通办”", "区人社局窗口统一受理")], [new ReportedProblemDraft("社区人社专干编制不足", null)], "借鉴省厅“人社服务进社区”做法");
        var created = await coordinator.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/linkage/upper-visits", new UpperVisitInput(renshe, rensheLeader, asked), ApiJson.Options);
        var visitId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var demoVisitOfAnotherUnit = (await Service<LinkageService>(factory).UpperVisitsAsync(await Accounts.ActorAsync(factory, "office"), campaign.Id)).Visits.First(v => v.UnitName == "区民政局");
        var answered = asked with { ReportedProblems = [new ReportedProblemDraft("社区人社专干编制不足", "省厅同意纳入2014年基层平台建设补助")] };

        var foreign = await coordinator.PutAsJsonAsync($"/api/linkage/upper-visits/{demoVisitOfAnotherUnit.Id}", new UpperVisitRevision(demoVisitOfAnotherUnit.Version, demoVisitOfAnotherUnit.LeaderPersonId, answered), ApiJson.Options);
        var unknown = await coordinator.PutAsJsonAsync("/api/linkage/upper-visits/999999", new UpperVisitRevision(0, rensheLeader, answered), ApiJson.Options);
        var futureDate = await coordinator.PutAsJsonAsync($"/api/linkage/upper-visits/{visitId}", new UpperVisitRevision(1, rensheLeader, answered with { VisitedOn = new DateOnly(2099, 1, 1) }), ApiJson.Options);
        var revised = await coordinator.PutAsJsonAsync($"/api/linkage/upper-visits/{visitId}", new UpperVisitRevision(1, rensheLeader, answered), ApiJson.Options);
        var stale = await office.PutAsJsonAsync($"/api/linkage/upper-visits/{visitId}", new UpperVisitRevision(1, rensheLeader, asked), ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (foreign.StatusCode, unknown.StatusCode));
        Assert.Equal("对接日期不能晚于今天", (await ProblemAsync(futureDate)).GetProperty("detail").GetString());
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.Conflict), (revised.StatusCode, stale.StatusCode));
        var after = (await Service<LinkageService>(factory).UpperVisitsAsync(await Accounts.ActorAsync(factory, "office"), campaign.Id)).Visits.Single(v => v.Id == visitId);
        Assert.Equal("省厅同意纳入2014年基层平台建设补助", Assert.Single(after.ReportedProblems).UpperAnswer);
        Assert.NotNull(after.RevisedOn);
    }

    [Fact]
    public async Task Every_linkage_list_exports_as_xlsx()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var client = await Accounts.SignedInClientAsync(factory, "leader");

        var upper = await XlsxDownload.GetAsync(client, $"/api/campaigns/{campaign.Id}/linkage/upper-visits/export");
        var opinions = await XlsxDownload.GetAsync(client, $"/api/campaigns/{campaign.Id}/linkage/upper-opinions/export");
        var grassroots = await XlsxDownload.GetAsync(client, $"/api/campaigns/{campaign.Id}/linkage/grassroots/export");

        Assert.Equal(["对接联动登记", "各单位完成情况"], upper.Sheets().Select(s => s.Name));
        Assert.Contains(upper.Sheets()[1].Rows, r => r.Contains("区城管局") && r.Any(c => c.StartsWith("逾期未对接", StringComparison.Ordinal)));
        Assert.Contains(opinions.Sheets()[0].Rows, r => r.Contains("南京市民政局") && r.Contains("已反馈"));
        Assert.Contains(grassroots.Sheets()[1].Rows, r => r.Contains("区民政局") && r.Contains("按时完成"));
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
