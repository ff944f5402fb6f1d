using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Supervision;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Tests.Infrastructure;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Supervision;

/// <summary>
/// Typed supervision actions through the real app: the group records, the unit's coordinators (and those above it)
/// answer, the group closes; strangers get 403, unknown ids 404, bad input 400 — each with a Chinese problem, never a 500.
/// </summary>
public sealed class SupervisionActionApiTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body);
        var problem = JsonDocument.Parse(body).RootElement;
        return problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? string.Empty : problem.GetProperty("title").GetString() ?? string.Empty;
    }

    private async Task<(int ActionId, int Version)> LookBackWithFindingAsync(string unitName, string problem)
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var unitId = await DemoLookup.UnitIdAsync(factory, unitName);
        var supervisor = await Accounts.SignedInClientAsync(factory, "supervisor");
        var response = await supervisor.PostAsJsonAsync($"/api/supervision/actions?campaignId={campaign.Id}", new
        {
            Type = "LookBack",
            UnitId = unitId,
            Date = "2014-04-09",
            Examined = "第一批整改事项落实情况",
            Findings = new[] { problem },
        }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = await response.Content.ReadFromJsonAsync<int>();
        var action = await supervisor.GetFromJsonAsync<JsonElement>($"/api/supervision/actions/{id}");
        return (id, action.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_Jiangning_demo_shows_every_action_type_with_open_and_closed_findings_inside_the_campaign()
    {
        var office = await Accounts.ActorAsync(factory, "office");
        var campaign = await DemoLookup.CampaignAsync(factory);

        var work = await Service<SupervisionActionService>(factory).WorkAsync(office, campaign.Id);

        Assert.All(Enum.GetValues<SupervisionActionType>(), type => Assert.True(work.CountOf(type) >= 3, type.ToChinese()));
        Assert.All(work.Actions, a => Assert.InRange(a.Date, campaign.StartDate, new DateOnly(2014, 4, 10)));
        Assert.NotEmpty(work.OpenFindings);
        Assert.Contains(work.Actions.SelectMany(a => a.Findings), f => f.Status == FindingStatus.Closed);
        Assert.Contains(work.Actions, a => a.Type == SupervisionActionType.LookBack && a.IsClosed);
        Assert.Contains(work.Actions, a => a.Type == SupervisionActionType.LookBack && !a.IsClosed);
        Assert.Contains(work.Workload, r => r.UnitName == "区城管局" && r.LookBacks >= 1);
    }

    [Fact]
    public async Task A_look_back_finding_is_answered_by_the_parent_units_coordinator_and_closed_by_the_group()
    {
        var (id, version) = await LookBackWithFindingAsync("上坊社区", "第一批整改事项公示栏未更新");
        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");
        var supervisor = await Accounts.SignedInClientAsync(factory, "supervisor");

        var answered = await coordinator.PostAsJsonAsync($"/api/supervision/actions/{id}/findings/1/respond", new FindingTextRequest(version, "公示栏已更新并拍照存档"));
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        var afterAnswer = await supervisor.GetFromJsonAsync<SupervisionActionDto>($"/api/supervision/actions/{id}", ApiJson.Options);
        Assert.Equal(FindingStatus.Responded, afterAnswer!.Findings[0].Status);

        var closed = await supervisor.PostAsJsonAsync($"/api/supervision/actions/{id}/findings/1/close", new FindingTextRequest(afterAnswer.Version, "现场核实"));
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        var action = await supervisor.GetFromJsonAsync<SupervisionActionDto>($"/api/supervision/actions/{id}", ApiJson.Options);
        Assert.Equal(FindingStatus.Closed, action!.Findings[0].Status);
        Assert.False(action.IsClosed); // a look-back still waits to be concluded
        Assert.True(action.Conclude.IsAllowed);
    }

    [Fact]
    public async Task A_coordinator_outside_the_units_tree_is_refused_with_403_and_a_Chinese_problem()
    {
        var (id, version) = await LookBackWithFindingAsync("区政务服务中心", "窗口服务承诺未公示");
        var otherUnit = await Accounts.SignedInClientAsync(factory, "unit");

        var response = await otherUnit.PostAsJsonAsync($"/api/supervision/actions/{id}/findings/1/respond", new FindingTextRequest(version, "已公示"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("只有被督导单位（或其上级单位）的联络员可以反馈整改情况", await DetailAsync(response));
        var read = await otherUnit.GetAsync($"/api/supervision/actions/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("您只能查看本督导组或本单位及下属单位的督导活动", await DetailAsync(read));
    }

    [Fact]
    public async Task Only_the_group_closes_a_finding_and_unknown_ids_are_404()
    {
        var (id, version) = await LookBackWithFindingAsync("竹山社区", "便民服务“一站式”办理未落实");
        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");

        var close = await coordinator.PostAsJsonAsync($"/api/supervision/actions/{id}/findings/1/close", new FindingTextRequest(version, null));
        var unknownFinding = await coordinator.PostAsJsonAsync($"/api/supervision/actions/{id}/findings/9/respond", new FindingTextRequest(version, "已整改"));
        var unknownAction = await coordinator.PostAsJsonAsync("/api/supervision/actions/999999/findings/1/respond", new FindingTextRequest(0, "已整改"));

        Assert.Equal(HttpStatusCode.Forbidden, close.StatusCode);
        Assert.Equal("只有督导该单位的督导组成员可以办结或退回", await DetailAsync(close));
        Assert.Equal(HttpStatusCode.NotFound, unknownFinding.StatusCode);
        Assert.Equal("找不到该发现问题", await DetailAsync(unknownFinding));
        Assert.Equal(HttpStatusCode.NotFound, unknownAction.StatusCode);
        Assert.Equal("找不到该督导活动", await DetailAsync(unknownAction));
    }

    [Fact]
    public async Task A_supervisor_of_another_group_neither_records_nor_closes()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var zhengwu = await DemoLookup.UnitIdAsync(factory, "区政务服务中心");
        var minzheng = await DemoLookup.UnitIdAsync(factory, "区民政局");
        var otherGroup = new Actor("supervisor2", "区委第二督导组", new HashSet<string> { Roles.Supervisor }, null, new HashSet<int> { minzheng });
        var actions = Service<SupervisionActionService>(factory);
        var (id, version) = await LookBackWithFindingAsync("区政务服务中心", "群众评价器未启用");
        await actions.RespondAsync(new Actor("zhengwu", "何佳", new HashSet<string> { Roles.Coordinator }, zhengwu), id, 1, version, "已启用");
        var current = await actions.GetAsync(await Accounts.ActorAsync(factory, "office"), id);

        var record = await Assert.ThrowsAsync<AccessDeniedException>(() => actions.RecordAsync(otherGroup, campaign.Id, new SupervisionActionInput { Type = SupervisionActionType.SpotCheck, UnitId = zhengwu, Date = new DateOnly(2014, 4, 9), Examined = "窗口" }));
        var close = await Assert.ThrowsAsync<AccessDeniedException>(() => actions.CloseFindingAsync(otherGroup, id, 1, current.Version, null));

        Assert.Equal("只有督导该单位的督导组成员可以记录督导活动", record.Message);
        Assert.Equal("只有督导该单位的督导组成员可以办结或退回", close.Message);
        Assert.Equal(RefusalKind.NotPermitted, current.Findings[0].Answer(FindingAction.Close).Refusal); // the office reads, but closes nothing
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.GetAsync(otherGroup, id));
    }

    [Theory]
    [InlineData("{\"unitId\":@unit,\"date\":\"2014-04-09\",\"examined\":\"方案\"}", "请选择督导方式")]
    [InlineData("{\"type\":\"SpotCheck\",\"date\":\"2014-04-09\",\"examined\":\"方案\"}", "请选择被督导单位")]
    [InlineData("{\"type\":\"SpotCheck\",\"unitId\":@unit,\"examined\":\"方案\"}", "请选择督导日期")]
    [InlineData("{\"type\":\"SpotCheck\",\"unitId\":@unit,\"date\":\"2014-03-01\",\"examined\":\"方案\"}", "督导日期必须在活动期间内")]
    [InlineData("{\"type\":\"SpotCheck\",\"unitId\":@unit,\"date\":\"2014-04-09\",\"examined\":\" \"}", "抽查的内容不能为空")]
    [InlineData("{\"type\":\"Inspection\",\"unitId\":@unit,\"date\":\"2014-04-09\",\"examined\":\"方案\"}", null)]
    [InlineData("{\"type\":\"SpotCheck\",\"unitId\":@unit,\"date\":\"4月9日\",\"examined\":\"方案\"}", null)]
    [InlineData("{", null)]
    public async Task Bad_input_when_recording_is_a_400_with_a_Chinese_problem(string json, string? expected)
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var unitId = await DemoLookup.UnitIdAsync(factory, "区民政局");
        var supervisor = await Accounts.SignedInClientAsync(factory, "supervisor");

        var response = await supervisor.PostAsync($"/api/supervision/actions?campaignId={campaign.Id}", new StringContent(json.Replace("@unit", unitId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = await DetailAsync(response);
        if (expected is not null)
        {
            Assert.StartsWith(expected, detail);
        }
        else
        {
            Assert.Matches("[\u4e00-\u9fff]", detail);
        }
    }

    [Fact]
    public async Task An_empty_answer_is_a_400_and_changes_nothing()
    {
        var (id, version) = await LookBackWithFindingAsync("东山街道便民服务中心", "首问负责登记不全");
        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");

        var response = await coordinator.PostAsJsonAsync($"/api/supervision/actions/{id}/findings/1/respond", new FindingTextRequest(version, "  "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("整改情况不能为空", await DetailAsync(response));
        var action = await Service<SupervisionActionService>(factory).GetAsync(await Accounts.ActorAsync(factory, "office"), id);
        Assert.Equal(FindingStatus.Open, action.Findings[0].Status);
    }

    [Fact]
    public async Task The_coordinators_workbench_lists_the_open_findings_of_their_tree_only()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var actions = Service<SupervisionActionService>(factory);

        var findings = await actions.WorkbenchFindingsAsync(coordinator);

        Assert.Contains(findings, f => f.UnitName == "上坊社区");
        Assert.DoesNotContain(findings, f => f.UnitName == "区政务服务中心");
        Assert.All(findings, f => Assert.NotEqual(FindingStatus.Closed, f.Status));
        Assert.Empty(await actions.WorkbenchFindingsAsync(await Accounts.ActorAsync(factory, "supervisor")));
    }

    [Fact]
    public async Task The_actions_and_findings_export_to_xlsx()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.SignedInClientAsync(factory, "office");

        var actions = await office.GetAsync($"/api/supervision/actions/export?campaignId={campaign.Id}");
        var findings = await office.GetAsync($"/api/supervision/findings/export?campaignId={campaign.Id}");

        Assert.Equal(HttpStatusCode.OK, actions.StatusCode);
        var actionSheet = XlsxReader.Read(await actions.Content.ReadAsStreamAsync(), "序号");
        Assert.Contains("督导方式", actionSheet.Headers);
        Assert.Contains(actionSheet.Rows, r => r.Cells.Contains("回头看"));
        var findingSheet = XlsxReader.Read(await findings.Content.ReadAsStreamAsync(), "序号");
        Assert.Contains("发现问题", findingSheet.Headers);
        Assert.Contains(findingSheet.Rows, r => r.Cells.Contains("已办结"));
    }
}
