using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Units;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Features.Dashboard;
using CampaignHub.Features.Opinions;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Opinions;

/// <summary>Escalation to the real root, and opinions heard on contact activities, end to end on the real app.</summary>
public sealed class OpinionPipelineTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task An_opinion_escalated_to_a_district_department_waits_on_its_dashboard_with_reason_and_sender_and_is_claimed_there()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var renshe = await Accounts.ActorAsync(factory, "renshe");
        var dashboards = Service<DashboardService>(factory);

        var waiting = Assert.Single((await dashboards.GetAsync(renshe, campaign.Id)).WaitingForClaim);
        Assert.Equal("区人社局", waiting.ToUnit);
        Assert.Equal("东山便民中心", waiting.FromUnit);
        Assert.Equal("严晓", waiting.EscalatedByName);
        Assert.Contains("区人社局统一规定", waiting.Reason);
        Assert.DoesNotContain((await dashboards.GetAsync(await Accounts.ActorAsync(factory, "unit"), campaign.Id)).WaitingForClaim, w => w.Id == waiting.Id);

        await Service<OpinionService>(factory).ClaimAsync(renshe, waiting.Id, waiting.Version, waiting.ToUnitId, new DateOnly(2014, 4, 30));

        Assert.Empty((await dashboards.GetAsync(renshe, campaign.Id)).WaitingForClaim);
        var claimed = await Service<OpinionService>(factory).GetAsync(renshe, waiting.Id);
        Assert.Equal(OpinionStatus.Claimed, claimed.Status);
        Assert.Equal("区人社局", claimed.ClaimedByUnit);
    }

    [Fact]
    public async Task A_coordinator_escalates_to_a_district_department_but_not_to_a_unit_that_is_neither_above_nor_a_department()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var opinions = Service<OpinionService>(factory);
        var shangfang = await DemoLookup.UnitIdAsync(factory, "上坊社区");
        var minzheng = await DemoLookup.UnitIdAsync(factory, "区民政局");
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var entered = await opinions.EnterAsync(coordinator, campaign.Id, new OpinionEntry
        {
            Source = OpinionSource.Visit, Category = OpinionCategory.SocialSecurity, Content = "高龄津贴发放标准过低", RaisedOn = new DateOnly(2014, 4, 9), UnitId = shangfang,
        });

        var targets = await opinions.EscalationTargetsAsync(coordinator, entered.Id);
        Assert.Equal("东山街道", targets[0].Name);
        Assert.Contains(targets, t => t.Id == minzheng);
        Assert.DoesNotContain(targets, t => t.Id == moling || t.Id == shangfang);
        var refused = await Assert.ThrowsAsync<DomainException>(() => opinions.EscalateAsync(coordinator, entered.Id, entered.Version, moling, "原因", shangfang));
        Assert.Equal("只能上报给上级单位或区级部门", refused.Message);

        var sent = await opinions.EscalateAsync(coordinator, entered.Id, entered.Version, minzheng, "津贴标准由区民政局制定", shangfang);

        Assert.Equal(OpinionStatus.Escalated, sent.Status);
        Assert.Equal("区民政局", sent.EscalatedToUnit);
        Assert.Equal("严晓", sent.EscalatedByName);
    }

    [Fact]
    public async Task An_opinion_recorded_during_a_contact_activity_reaches_the_office_list_is_handed_to_a_unit_and_shows_overdue_after_its_limit()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var office = await Accounts.ActorAsync(factory, "office");
        var zhushan = await DemoLookup.UnitIdAsync(factory, "竹山社区");
        Person leader;
        await using (var db = await DbAsync(factory))
        {
            var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
            leader = await db.Set<Person>().AsNoTracking().SingleAsync(p => p.UnitId == dongshan && p.Role == PersonRole.MainLeader);
        }

        var activity = await Service<ContactActivityService>(factory).RecordAsync(coordinator, new RecordActivityRequest(
            leader.Id, DutyType.ContactPointVisit, new DateOnly(2014, 4, 9), new DateOnly(2014, 4, 9), "竹山社区", "居民代表", "到联系点走访", null,
            [new OpinionNoteInput("竹山路口缺少红绿灯，老人过马路危险", "周大爷", OpinionCategory.Transport, "13900001111")]));
        Assert.NotNull(Assert.Single(activity.OpinionNotes).OpinionId);

        var opinions = Service<OpinionService>(factory);
        var row = Assert.Single(await opinions.ListAsync(office, campaign.Id, new OpinionFilter(Source: OpinionSource.ContactVisit)), r => r.Content.StartsWith("竹山路口"));
        Assert.Equal("孔繁荣", row.ReceivedByName);
        Assert.Equal(activity.Id, row.ContactActivityId);
        Assert.Equal(OpinionStatus.New, row.Status);
        Assert.True(row.CanHandOver);

        var handed = await opinions.HandToAsync(office, row.Id, row.Version, zhushan, new DateOnly(2014, 4, 15));
        Assert.Equal(OpinionStatus.Claimed, handed.Status);
        Assert.Equal("竹山社区", handed.ClaimedByUnit);
        Assert.Equal(0, handed.DaysOverdue);

        var today = factory.Clock.UtcNow;
        try
        {
            factory.Clock.Set(new DateTimeOffset(2014, 4, 18, 10, 0, 0, ChinaTime.Offset));
            var late = await opinions.GetAsync(office, row.Id);
            Assert.Equal(3, late.DaysOverdue);
            Assert.Equal("逾期3天", Overdue.Describe(late.DaysOverdue));
        }
        finally
        {
            factory.Clock.Set(today);
        }
    }
}
