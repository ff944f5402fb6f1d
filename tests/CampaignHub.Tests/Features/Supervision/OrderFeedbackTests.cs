using System.Net;
using System.Text;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Supervision;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Supervision;

/// <summary>Orders reach the people who must act: a parent unit's coordinator reads and answers a sub-unit's order.</summary>
public sealed class OrderFeedbackTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static FeedbackUpload File(string name, string text) =>
        new(name, "text/plain", Encoding.UTF8.GetByteCount(text), () => new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private async Task<OrderDto> WindowOrderAsync(Actor actor) =>
        (await Service<SupervisionService>(factory).MyOrdersAsync(actor)).Single(o => o.UnitName == "东山便民中心");

    [Fact]
    public async Task A_parent_unit_coordinator_sees_answers_and_follows_a_sub_units_order_while_other_units_stay_closed()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var supervisor = await Accounts.ActorAsync(factory, "supervisor");
        var supervision = Service<SupervisionService>(factory);
        var campaign = await DemoLookup.CampaignAsync(factory);
        var window = await DemoLookup.UnitIdAsync(factory, "东山街道便民服务中心");
        var zhengwu = await DemoLookup.UnitIdAsync(factory, "区政务服务中心");

        var order = await WindowOrderAsync(coordinator);
        Assert.True(order.Answer(OrderAction.ReportBack).IsAllowed);
        Assert.DoesNotContain((await supervision.MyOrdersAsync(coordinator)), o => o.UnitId == zhengwu);
        Assert.Equal("东山便民中心", (await supervision.UnitHistoryAsync(coordinator, campaign.Id, window)).UnitName);
        await Assert.ThrowsAsync<AccessDeniedException>(() => supervision.UnitHistoryAsync(coordinator, campaign.Id, zhengwu));

        await supervision.RespondAsync(coordinator, order.Id, order.Version, new RespondInput { Text = "建立午间轮岗制度，值班表已上墙公示", Files = [File("值班表.txt", "午间值班：喻婷、邹萍")] });
        var waiting = (await supervision.OverviewAsync(supervisor, campaign.Id)).OpenOrders.Single(o => o.Id == order.Id);
        Assert.Equal(RectificationOrderStatus.Responded, waiting.Status);
        Assert.Equal("值班表.txt", Assert.Single(Assert.Single(waiting.Feedback).Evidence).FileName);
        Assert.True(waiting.Answer(OrderAction.Accept).IsAllowed);

        // The evidence opens for the coordinator of the parent unit, and the page of the sub-unit answers.
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var evidenceId = waiting.Feedback[0].Evidence[0].Id;
        var download = await client.GetAsync($"/api/supervision/orders/{order.Id}/evidence/{evidenceId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("午间值班：喻婷、邹萍", await download.Content.ReadAsStringAsync());
        var page = await client.GetAsync($"/supervision/units/{window}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("您只能查看", await page.Content.ReadAsStringAsync());

        await supervision.AcceptFeedbackAsync(supervisor, order.Id, waiting.Version, "整改到位");
        var closed = await WindowOrderAsync(coordinator);
        Assert.Equal(RectificationOrderStatus.Closed, closed.Status);
        Assert.Equal("已验收", closed.StatusText);
        Assert.DoesNotContain(closed.Answers.Values, a => a.IsAllowed);
        await using var db = await DbAsync(factory);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EntityType == nameof(OrderFeedback) && a.UserName == "unit"));
    }

    [Fact]
    public async Task Evidence_of_an_order_outside_the_coordinators_tree_answers_403()
    {
        var supervision = Service<SupervisionService>(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var supervisor = await Accounts.ActorAsync(factory, "supervisor");
        var campaign = await DemoLookup.CampaignAsync(factory);
        var weishengId = await DemoLookup.UnitIdAsync(factory, "区卫生局");
        var weisheng = new Actor("weisheng-coordinator", "卫静（区卫生局联络员）", new HashSet<string> { Roles.Coordinator }, weishengId);
        await supervision.FlagAsync(supervisor, campaign.Id, new FlagInput { UnitId = weishengId, Reason = "抽查发现门诊投诉处理不及时" });
        var orderId = await supervision.IssueOrderAsync(supervisor, campaign.Id, new OrderInput { UnitId = weishengId, Reason = "限期整改投诉处理", Deadline = new DateTime(2014, 4, 25) });
        var order = (await supervision.MyOrdersAsync(office)).Single(o => o.Id == orderId);
        await supervision.RespondAsync(weisheng, order.Id, order.Version, new RespondInput { Text = "建立投诉首问负责制", Files = [File("制度.txt", "投诉首问负责制")] });
        var evidenceId = (await supervision.MyOrdersAsync(office)).Single(o => o.Id == order.Id).Feedback[^1].Evidence[0].Id;

        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var response = await client.GetAsync($"/api/supervision/orders/{order.Id}/evidence/{evidenceId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("您只能查看本单位及下属单位的整改通知", await response.Content.ReadAsStringAsync());
        var stranger = await Accounts.ActorAsync(factory, "unit");
        await Assert.ThrowsAsync<AccessDeniedException>(() => supervision.RespondAsync(stranger, order.Id, order.Version + 1, new RespondInput { Text = "越权反馈" }));
    }

    [Fact]
    public async Task A_returned_report_shows_its_reason_and_the_next_round_is_kept_beside_it()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var supervisor = await Accounts.ActorAsync(factory, "supervisor");
        var supervision = Service<SupervisionService>(factory);
        var campaign = await DemoLookup.CampaignAsync(factory);
        var zhushan = await DemoLookup.UnitIdAsync(factory, "竹山社区");
        await supervision.FlagAsync(supervisor, campaign.Id, new FlagInput { UnitId = zhushan, Reason = "暗访发现便民服务点无人值守" });
        var orderId = await supervision.IssueOrderAsync(supervisor, campaign.Id, new OrderInput { UnitId = zhushan, Reason = "限期落实值守", Deadline = new DateTime(2014, 4, 20) });
        var order = (await supervision.MyOrdersAsync(coordinator)).Single(o => o.Id == orderId);

        await supervision.RespondAsync(coordinator, orderId, order.Version, new RespondInput { Text = "已安排值守" });
        order = (await supervision.MyOrdersAsync(coordinator)).Single(o => o.Id == orderId);
        await Assert.ThrowsAsync<DomainException>(() => supervision.ReturnFeedbackAsync(supervisor, orderId, order.Version, " "));
        await supervision.ReturnFeedbackAsync(supervisor, orderId, order.Version, "未附值守记录，请补充");
        order = (await supervision.MyOrdersAsync(coordinator)).Single(o => o.Id == orderId);
        Assert.Equal("未附值守记录，请补充", order.ReturnReason);
        Assert.Equal("已退回", order.StatusText);
        Assert.True(order.Answer(OrderAction.ReportBack).IsAllowed);

        await supervision.RespondAsync(coordinator, orderId, order.Version, new RespondInput { Text = "补充值守记录", Files = [File("值守记录.txt", "4月11日起每日值守")] });
        order = (await supervision.MyOrdersAsync(coordinator)).Single(o => o.Id == orderId);
        Assert.Equal([FeedbackDecision.Returned, FeedbackDecision.Pending], order.Feedback.Select(f => f.Decision));
        Assert.Null(order.ReturnReason);
    }

    [Fact]
    public async Task Arranging_a_resurvey_publishes_the_new_survey_so_the_survey_list_refreshes()
    {
        var supervisor = await Accounts.ActorAsync(factory, "supervisor");
        var supervision = Service<SupervisionService>(factory);
        var feed = factory.Services.GetRequiredService<IChangeFeed>();
        var chengguanId = await DemoLookup.UnitIdAsync(factory, "区城市管理局");
        var order = (await supervision.MyOrdersAsync(supervisor)).Single(o => o.UnitId == chengguanId);
        var delivered = new TaskCompletionSource<IReadOnlyList<ChangeEvent>>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The survey list's own filter (SurveyList.Concerns).
        using var subscription = feed.Subscribe(changes => { delivered.TrySetResult(changes); return Task.CompletedTask; }, c => c.Kind is ChangeKind.Survey or ChangeKind.SurveyResponse or ChangeKind.Campaign);

        await supervision.ArrangeResurveyAsync(supervisor, order.Id, order.Version, new DateTimeOffset(2014, 4, 20, 18, 0, 0, ChinaTime.Offset));

        var changes = await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var resurveyId = (await supervision.MyOrdersAsync(supervisor)).Single(o => o.Id == order.Id).ResurveyId;
        Assert.Contains(changes, c => c.Kind == ChangeKind.Survey && c.EntityId == resurveyId);
    }
}
