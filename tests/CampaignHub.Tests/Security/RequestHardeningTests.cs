using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Rectification;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Tests.Security;

/// <summary>Malformed, oversized and out-of-scope requests get clear 4xx answers, never a 500 or a silent success.</summary>
public sealed class RequestHardeningTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body); // no stack trace
        Assert.DoesNotContain("Exception", body);
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task An_empty_survey_submission_is_a_400_with_a_Chinese_problem()
    {
        var response = await factory.CreateClient().PostAsync("/api/s/ABCDEFGH", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("缺少必填字段“answers”", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[1,2]")]
    [InlineData("{\"answers\":{\"x\":\"y\"}}")]
    [InlineData("{\"answers\":\"满意\"}")]
    [InlineData("null")]
    public async Task Malformed_json_is_a_400_with_a_Chinese_problem(string json)
    {
        var response = await factory.CreateClient().PostAsync("/api/s/ABCDEFGH", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Contains(problem.GetProperty("title").GetString(), new[] { "请求无效", "输入有误" });
    }

    [Fact]
    public async Task The_satisfaction_of_a_campaign_that_does_not_exist_is_a_404()
    {
        var leader = await Accounts.SignedInClientAsync(factory, "leader");

        var response = await leader.GetAsync("/api/campaigns/999999/satisfaction");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("找不到该活动", (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_chunked_1_MB_post_to_the_public_form_is_refused_with_413_and_nothing_is_stored()
    {
        await using var before = await DemoLookup.DbAsync(factory);
        var count = await before.Set<Opinion>().CountAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.GetStringAsync("/opinions/new");
        var form = "_handler=public-opinion&Input.Category=Healthcare&Input.Content=" + new string('a', 1024 * 1024);
        var content = new StreamContent(new UnsizedStream(Encoding.UTF8.GetBytes(form)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/opinions/new") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);
        var api = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/s/ABCDEFGH")
        {
            Content = new StreamContent(new UnsizedStream(Encoding.UTF8.GetBytes("{\"answers\":{\"1\":\"" + new string('x', 100_000) + "\"}}"))) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            Headers = { TransferEncodingChunked = true },
        });

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("提交的内容过大", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        await using var after = await DemoLookup.DbAsync(factory);
        Assert.Equal(count, await after.Set<Opinion>().CountAsync());
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(2012, 12, 31)]
    public async Task A_milestone_cannot_be_marked_met_on_a_date_outside_the_campaign_years(int year, int month, int day)
    {
        var office = await Accounts.SignedInClientAsync(factory, "office");
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var milestone = (await DemoLookup.CampaignAsync(factory)).Milestones[2];

        var response = await office.PostAsJsonAsync($"/api/milestones/{milestone.Id}/units/{moling}/met", new MarkMilestoneRequest(new DateOnly(year, month, day), "日期异常", null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await ProblemAsync(response)).GetProperty("detail").GetString();
        Assert.True(detail is "完成日期须在2013年至2015年之间（活动年度前后1年内）" or "完成日期不能晚于今天", detail);
        await using var db = await DemoLookup.DbAsync(factory);
        Assert.False(await db.Set<MilestoneCompletion>().AnyAsync(c => c.Note == "日期异常"));
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 2)]
    [InlineData(2016, 1, 1)]
    public async Task A_work_item_cannot_be_planned_outside_the_campaign_years(int year, int month, int day)
    {
        var office = await Accounts.SignedInClientAsync(factory, "office");
        var unit = await DemoLookup.UnitIdAsync(factory, "殷巷社区");

        var response = await office.PostAsJsonAsync($"/api/campaigns/1/units/{unit}/work-items", new WorkItemDetails("远期事项", WorkItemKind.ExperienceAsPublic, new DateOnly(year, month, day)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("计划日期须在2013年至2015年之间（活动年度前后1年内）", (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_coordinators_edit_that_changes_nothing_on_another_units_item_is_refused_and_not_broadcast()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit"); // 东山街道
        await using var db = await DemoLookup.DbAsync(factory);
        var cars = await db.Set<RectificationItem>().AsNoTracking().SingleAsync(r => r.Title == "公务用车管理不规范"); // 秣陵街道
        var detail = await (await Accounts.SignedInClientAsync(factory, "office")).GetFromJsonAsync<RectificationDetailDto>($"/api/rectification/{cars.Id}", ApiJson.Options);

        var response = await client.PutAsJsonAsync($"/api/rectification/{cars.Id}?expectedVersion={cars.Version}", RectificationEdit.From(detail!));
        var stale = await client.PutAsJsonAsync($"/api/rectification/{cars.Id}?expectedVersion={cars.Version + 5}", RectificationEdit.From(detail!));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        await using var after = await DemoLookup.DbAsync(factory);
        Assert.Equal(cars.Version, (await after.Set<RectificationItem>().AsNoTracking().SingleAsync(r => r.Id == cars.Id)).Version);
    }

    [Fact]
    public async Task A_coordinator_exports_and_reads_work_items_of_their_own_tree_only_like_the_all_units_export()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit"); // 东山街道
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var shangfang = await DemoLookup.UnitIdAsync(factory, "上坊社区");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/campaigns/1/work-items.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/campaigns/1/units/{moling}/work-items.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/campaigns/1/units/{moling}/work-items")).StatusCode);
        Assert.Contains("您只能查看本单位及下属单位的工作事项", await client.GetStringAsync($"/units/{moling}/work-items"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/campaigns/1/units/{shangfang}/work-items.xlsx")).StatusCode);
        var leader = await Accounts.SignedInClientAsync(factory, "leader");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/campaigns/1/units/{moling}/work-items.xlsx")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_page_gets_the_Chinese_error_page_and_an_unknown_api_route_a_problem()
    {
        var client = factory.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/no-such-page/../../etc/passwd");
        page.Headers.Accept.ParseAdd("text/html");

        var html = await client.SendAsync(page);
        var api = await client.GetAsync("/api/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Contains("出错了", await html.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("未找到", (await ProblemAsync(api)).GetProperty("title").GetString());
    }

    /// <summary>A body whose length the client cannot tell in advance, so it is sent chunked.</summary>
    private sealed class UnsizedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
