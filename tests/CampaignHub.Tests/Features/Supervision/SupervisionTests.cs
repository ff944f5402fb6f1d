using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Features.Supervision;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Supervision;

public sealed class SupervisionTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_demo_has_flagged_units_an_open_order_an_overdue_order_and_a_unit_below_the_minimum_sample()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var wall = await Accounts.ActorAsync(factory, "wall");

        var snapshot = await Service<SatisfactionReadService>(factory).GetAsync(wall, campaign.Id);

        Assert.Equal(SatisfactionDemoSeed.OpenSurveyTitle, snapshot.SurveyTitle);
        // Below the minimum sample in the open survey: the established figure of the closed one stays, labelled.
        Assert.Contains(snapshot.Units, u => u.UnitName == "区个私协会" && u.Label is { } label && label.StartsWith("新一轮测评样本不足（3/20份）", StringComparison.Ordinal));
        Assert.Contains(snapshot.Units, u => u.UnitName == "区城管局" && u.BelowThreshold && u.Flagged);
        Assert.Contains(snapshot.FlaggedUnits, f => f.UnitName == "区政务服务中心" && f.Kind == UnitFlagKind.Automatic);
        Assert.Contains(snapshot.OverdueOrders, o => o.UnitName == "区政务服务中心" && o.DaysOverdue == 1);
        Assert.Contains(snapshot.OpenOrders, o => o.UnitName == "区城管局" && o.Status == RectificationOrderStatus.Responded);
    }

    [Fact]
    public async Task Flags_name_who_raised_them_as_系统_or_by_display_name_never_by_login_name()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var zhushan = await DemoLookup.UnitIdAsync(factory, "竹山社区");
        var supervisor = await Accounts.ActorAsync(factory, "supervisor");
        var office = await Accounts.ActorAsync(factory, "office");
        var supervision = Service<SupervisionService>(factory);
        await supervision.FlagAsync(supervisor, campaign.Id, new FlagInput { UnitId = zhushan, Reason = "抽查发现值班表未公示" });

        var overview = await supervision.OverviewAsync(office, campaign.Id);

        Assert.All(overview.FlaggedUnits.Where(f => f.Kind == UnitFlagKind.Automatic), f => Assert.Equal("系统", f.RaisedBy));
        Assert.Equal(supervisor.DisplayName, overview.FlaggedUnits.Single(f => f.UnitId == zhushan).RaisedBy);
        Assert.DoesNotContain(overview.FlaggedUnits, f => f.RaisedBy is "system" or "supervisor" or "office");
        Assert.DoesNotContain(overview.OpenOrders.Concat(overview.OverdueOrders), o => o.IssuedBy is "supervisor" or "office");
    }

    [Fact]
    public async Task A_coordinator_may_not_read_the_wall_snapshot_or_answer_another_units_order()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var office = await Accounts.ActorAsync(factory, "office");
        var overdue = (await Service<SupervisionService>(factory).OverviewAsync(office, campaign.Id)).OverdueOrders.First();

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service<SatisfactionReadService>(factory).GetAsync(coordinator, campaign.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service<SupervisionService>(factory).RespondAsync(coordinator, overdue.Id, overdue.Version, new RespondInput { Text = "伪造的反馈" }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service<SupervisionService>(factory).FlagAsync(coordinator, campaign.Id, new FlagInput { UnitId = overdue.UnitId, Reason = "x" }));
    }

    [Fact]
    public async Task A_flag_an_order_a_response_and_a_resurvey_at_the_threshold_close_the_order()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var shangfang = await DemoLookup.UnitIdAsync(factory, "上坊社区");
        var supervisor = await Accounts.ActorAsync(factory, "supervisor");
        var office = await Accounts.ActorAsync(factory, "office");
        var coordinator = new Actor("shangfang", "魏芳", new HashSet<string> { Roles.Coordinator }, shangfang);
        var supervision = Service<SupervisionService>(factory);

        await Assert.ThrowsAsync<DomainException>(() => supervision.IssueOrderAsync(supervisor, campaign.Id, new OrderInput { UnitId = shangfang, Reason = "未标记", Deadline = new DateTime(2014, 4, 30) }));
        await supervision.FlagAsync(supervisor, campaign.Id, new FlagInput { UnitId = shangfang, Reason = "抽查发现群众反映的问题未按时办结" });
        var orderId = await supervision.IssueOrderAsync(supervisor, campaign.Id, new OrderInput { UnitId = shangfang, Reason = "限期整改群众反映问题", Deadline = new DateTime(2014, 4, 30) });
        var order = await OrderAsync(orderId);
        await supervision.RespondAsync(coordinator, orderId, order.Version, new RespondInput { Text = "已逐项整改", ItemIds = "12, 15" });
        order = await OrderAsync(orderId);
        await supervision.ArrangeResurveyAsync(supervisor, orderId, order.Version, new DateTimeOffset(2014, 4, 20, 18, 0, 0, ChinaTime.Offset));
        order = await OrderAsync(orderId);
        Assert.Equal(RectificationOrderStatus.ResurveyPending, order.Status);
        Assert.Equal([12, 15], order.LinkedRectificationItemIds);

        var resurvey = await SurveyAsync(factory, (await TitleOfAsync(order.ResurveyId!.Value)));
        Assert.Equal(SurveyStatus.Open, resurvey.Status);
        foreach (var code in await FreshCodesAsync(factory, resurvey.Id, shangfang, count: 20)) // the minimum sample: 20 questionnaires
        {
            await Service<PublicSurveyService>(factory).SubmitAsync(code, All(resurvey, Answer.Satisfied));
        }

        var admin = await Service<SurveyAdminService>(factory).GetAsync(office, resurvey.Id);
        await Service<SurveyAdminService>(factory).CloseAsync(office, resurvey.Id, admin.Version);

        order = await OrderAsync(orderId);
        Assert.Equal(RectificationOrderStatus.Closed, order.Status);
        Assert.Equal(1m, order.LastResurveyRate);
        await using var db = await DbAsync(factory);
        Assert.False(await db.Set<UnitFlag>().AnyAsync(f => f.UnitId == shangfang && f.ClearedAt == null));
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EntityType == nameof(UnitFlag) && a.UserName == "supervisor"));
    }

    [Fact]
    public async Task Answers_that_bring_a_unit_below_the_threshold_flag_it_automatically_once_the_unit_may_see_its_result()
    {
        var survey = await OpenSurveyAsync(factory);
        var yinxiang = await DemoLookup.UnitIdAsync(factory, "殷巷社区");
        foreach (var code in await FreshCodesAsync(factory, survey.Id, yinxiang, count: 25, group: 11))
        {
            await Service<PublicSurveyService>(factory).SubmitAsync(code, All(survey, Answer.Dissatisfied));
        }

        // While the survey is sealed for the units, a flag would reveal the rate: none yet.
        await using (var sealedDb = await DbAsync(factory))
        {
            Assert.False(await sealedDb.Set<UnitFlag>().AnyAsync(f => f.UnitId == yinxiang && f.Kind == UnitFlagKind.Automatic && f.ClearedAt == null));
        }

        var admin = await Service<SurveyAdminService>(factory).GetAsync(await Accounts.ActorAsync(factory, "office"), survey.Id);
        await Service<SurveyAdminService>(factory).CloseAsync(await Accounts.ActorAsync(factory, "office"), survey.Id, admin.Version);

        await using var db = await DbAsync(factory);
        var flag = await db.Set<UnitFlag>().SingleAsync(f => f.UnitId == yinxiang && f.Kind == UnitFlagKind.Automatic && f.ClearedAt == null);
        Assert.Equal(survey.Id, flag.SurveyId);
        Assert.StartsWith("满意率", flag.Reason);
    }

    private async Task<RectificationOrder> OrderAsync(int id)
    {
        await using var db = await DbAsync(factory);
        return await db.Set<RectificationOrder>().AsNoTracking().Include("_steps").Include("_itemLinks").SingleAsync(o => o.Id == id);
    }

    private async Task<string> TitleOfAsync(int surveyId)
    {
        await using var db = await DbAsync(factory);
        return await db.Set<SatisfactionSurvey>().Where(s => s.Id == surveyId).Select(s => s.Title).SingleAsync();
    }
}
