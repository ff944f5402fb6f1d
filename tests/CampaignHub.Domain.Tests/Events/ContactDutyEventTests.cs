using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.ContactDutyBuilders;

namespace CampaignHub.Domain.Tests.Events;

public class ContactDutyEventTests
{
    private static readonly FixedClock Clock = Clocks.AtChina(2014, 11, 1);

    [Fact]
    public void Recording_an_activity_raises_ContactActivityRecorded_with_its_duty()
    {
        var activity = ContactActivity.Record(10, UnitId, DutyType.ResearchStay, D(2014, 10, 20), D(2014, 10, 22), "下蜀镇卫生院", null, "了解基层医疗服务", null, ActorBuilder.Coordinator(UnitId), Tree(), Clock);

        var recorded = Assert.IsType<ContactActivityRecorded>(Assert.Single(activity.DomainEvents));
        Assert.Equal($"登记{DutyType.ResearchStay.ToChinese()}", recorded.Summary);
    }

    [Fact]
    public void Scheduling_a_reception_day_raises_ReceptionDayScheduled_that_names_the_leader()
    {
        var reception = ScheduledReception.Schedule(10, UnitId, D(2014, 11, 5), new TimeOnly(9, 0), new TimeOnly(11, 30), "接待室", ReceptionForm.FixedPlace, ActorBuilder.Coordinator(UnitId), Tree(), Clock);

        var scheduled = Assert.IsType<ReceptionDayScheduled>(Assert.Single(reception.DomainEvents));
        Assert.Equal(("公布接访日 11月5日", true), (scheduled.Summary, scheduled.NamesLeader));
    }

    [Fact]
    public void Changing_a_quota_and_switching_it_off_in_one_save_is_one_QuotaRuleChanged()
    {
        var rule = Rules()[0];
        var admin = new Actor("admin", "管理员", new HashSet<string> { Roles.Admin }, null);

        rule.Change(rule.Target + 1, rule.Measure, rule.Period, rule.Description, rule.MinConsecutiveDays, rule.Source, admin);
        rule.Deactivate(admin);

        Assert.IsType<QuotaRuleChanged>(Assert.Single(rule.DomainEvents));
    }
}
