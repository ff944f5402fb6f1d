using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.ContactDutyBuilders;

namespace CampaignHub.Domain.Tests.ContactDuties;

public class ReceptionCaseTests
{
    private static readonly DateOnly Deadline = D(2014, 11, 30);

    /// <summary>Received by unit 2; unit 3 carries out the measures.</summary>
    private static ReceptionCase NewCase(FixedClock? clock = null) =>
        ReceptionCase.Open(UnitId, 10, D(2014, 11, 3), null, "陈某", "139xxxx", "小区卫生服务站停诊", "协调医院恢复门诊",
            OtherUnitId, Deadline, ActorBuilder.Coordinator(UnitId), Tree(), clock ?? Clocks.AtChina(2014, 11, 3));

    private static Actor ReceivingUnit => ActorBuilder.Coordinator(UnitId);

    private static Actor ResponsibleUnit => ActorBuilder.Coordinator(OtherUnitId);

    [Fact]
    public void A_case_goes_open_then_in_progress_then_settled()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        Assert.Equal(ReceptionCaseStatus.Open, receptionCase.Status);

        receptionCase.Start(ResponsibleUnit, clock);
        Assert.Equal(ReceptionCaseStatus.InProgress, receptionCase.Status);

        receptionCase.Settle("已恢复门诊，来访人满意", "同意办结。张某", ReceivingUnit, clock);
        Assert.Equal(ReceptionCaseStatus.Settled, receptionCase.Status);
        Assert.Equal(D(2014, 11, 20), receptionCase.SettledOn);
        Assert.Equal("案结事了", receptionCase.Status.ToChinese());
    }

    [Fact]
    public void Only_the_receiving_unit_may_settle_a_case_even_when_another_unit_did_the_work()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        receptionCase.Start(ResponsibleUnit, clock);

        var error = Assert.Throws<AccessDeniedException>(() => receptionCase.Settle("已处理", "同意", ResponsibleUnit, clock));
        Assert.Equal("只有首接单位才能办结该接访事项（首接负责制）", error.Message);
        Assert.Throws<AccessDeniedException>(() => receptionCase.Settle("已处理", "同意", ActorBuilder.Office(), clock));
        Assert.Equal(ReceptionCaseStatus.InProgress, receptionCase.Status);
    }

    [Fact]
    public void A_case_cannot_be_settled_before_it_is_being_handled()
    {
        var receptionCase = NewCase();

        var error = Assert.Throws<DomainException>(() => receptionCase.Settle("已处理", "同意", ReceivingUnit, Clocks.AtChina(2014, 11, 4)));
        Assert.Equal("只有办理中的接访事项才能办结", error.Message);
    }

    [Fact]
    public void A_settled_case_cannot_be_started_settled_or_replanned_again()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        receptionCase.Start(ReceivingUnit, clock);
        receptionCase.Settle("已处理", "同意", ReceivingUnit, clock);

        Assert.Throws<DomainException>(() => receptionCase.Start(ReceivingUnit, clock));
        Assert.Throws<DomainException>(() => receptionCase.Settle("再次", "同意", ReceivingUnit, clock));
        Assert.Throws<DomainException>(() => receptionCase.Replan("新措施", OtherUnitId, Deadline, ReceivingUnit));
    }

    [Fact]
    public void Settling_needs_the_reply_and_the_receiving_leaders_sign_off()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        receptionCase.Start(ReceivingUnit, clock);

        var error = Assert.Throws<DomainException>(() => receptionCase.Settle("已处理", " ", ReceivingUnit, clock));
        Assert.Equal("接访领导签署意见不能为空", error.Message);
    }

    [Fact]
    public void A_unit_unrelated_to_the_case_cannot_start_it()
    {
        var receptionCase = NewCase();

        Assert.Throws<AccessDeniedException>(() => receptionCase.Start(ActorBuilder.Coordinator(99), Clocks.AtChina(2014, 11, 4)));
    }

    [Fact]
    public void A_coordinator_cannot_open_a_case_for_another_units_reception() =>
        Assert.Throws<AccessDeniedException>(() =>
            ReceptionCase.Open(UnitId, 10, D(2014, 11, 3), null, "陈某", null, "事项", "措施", OtherUnitId, Deadline,
                ActorBuilder.Coordinator(OtherUnitId), Tree(), Clocks.AtChina(2014, 11, 3)));

    [Fact]
    public void The_deadline_cannot_precede_the_reception()
    {
        var error = Assert.Throws<DomainException>(() =>
            ReceptionCase.Open(UnitId, 10, D(2014, 11, 3), null, "陈某", null, "事项", "措施", OtherUnitId, D(2014, 11, 2),
                ReceivingUnit, Tree(), Clocks.AtChina(2014, 11, 3)));
        Assert.Equal("解决时限不能早于接访日期", error.Message);
    }

    [Fact]
    public void A_case_is_not_overdue_on_its_deadline_but_is_the_day_after()
    {
        var receptionCase = NewCase();

        Assert.False(receptionCase.IsOverdue(Deadline));
        Assert.True(receptionCase.IsOverdue(Deadline.AddDays(1)));
        Assert.Equal(3, receptionCase.DaysOverdue(Deadline.AddDays(3)));
    }

    [Fact]
    public void A_case_in_progress_past_its_deadline_is_overdue_and_a_settled_one_never_is()
    {
        var receptionCase = NewCase();
        receptionCase.Start(ReceivingUnit, Clocks.AtChina(2014, 11, 5));
        Assert.True(receptionCase.IsOverdue(D(2014, 12, 5)));

        receptionCase.Settle("已处理", "同意", ReceivingUnit, Clocks.AtChina(2014, 12, 5));
        Assert.False(receptionCase.IsOverdue(D(2014, 12, 5)));
        Assert.Equal(0, receptionCase.DaysOverdue(D(2015, 3, 1)));
    }

    [Fact]
    public void Overdue_is_judged_by_the_China_date()
    {
        var receptionCase = NewCase();
        var utcEveningOnTheDeadline = new FixedClock(new DateTimeOffset(2014, 11, 30, 16, 30, 0, TimeSpan.Zero)); // 00:30 on 1 Dec in Beijing

        Assert.True(receptionCase.IsOverdue(utcEveningOnTheDeadline.Today));
        Assert.False(receptionCase.IsOverdue(Clocks.AtChina(2014, 11, 30, 23, 59).Today));
    }

    [Fact]
    public void The_receiving_unit_may_extend_the_deadline_while_the_case_is_open()
    {
        var receptionCase = NewCase();

        receptionCase.Replan("协调医院恢复门诊并增派医生", OtherUnitId, D(2014, 12, 15), ReceivingUnit);

        Assert.False(receptionCase.IsOverdue(D(2014, 12, 10)));
        Assert.Throws<AccessDeniedException>(() => receptionCase.Replan("措施", OtherUnitId, D(2015, 1, 1), ResponsibleUnit));
    }
}
