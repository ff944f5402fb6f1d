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

    /// <summary>The receiving leader (person 10) in person.</summary>
    private const int ReceivingLeader = 10;

    /// <summary>The reply drafted by the receiving unit and signed by the receiving leader: what settling needs.</summary>
    private static void ReplyAndSign(ReceptionCase receptionCase, FixedClock clock, string reply = "已处理")
    {
        receptionCase.WriteReply(reply, ReceivingUnit);
        receptionCase.SignReply("同意", ReceivingLeader, clock);
    }

    [Fact]
    public void A_case_goes_open_then_in_progress_then_settled()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        Assert.Equal(ReceptionCaseStatus.Open, receptionCase.Status);

        receptionCase.Start(ResponsibleUnit, clock);
        Assert.Equal(ReceptionCaseStatus.InProgress, receptionCase.Status);

        ReplyAndSign(receptionCase, clock, "已恢复门诊，来访人满意");
        receptionCase.Settle(ReceivingUnit, null, clock);
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
        ReplyAndSign(receptionCase, clock);

        var error = Assert.Throws<AccessDeniedException>(() => receptionCase.Settle(ResponsibleUnit, null, clock));
        Assert.Equal("只有首接单位才能办结该接访事项（首接负责制）", error.Message);
        Assert.Throws<AccessDeniedException>(() => receptionCase.Settle(ActorBuilder.Office(), null, clock));
        Assert.Equal(ReceptionCaseStatus.InProgress, receptionCase.Status);
    }

    [Fact]
    public void A_case_cannot_be_settled_before_it_is_being_handled()
    {
        var receptionCase = NewCase();

        var error = Assert.Throws<DomainException>(() => receptionCase.Settle(ReceivingUnit, null, Clocks.AtChina(2014, 11, 4)));
        Assert.Equal("只有办理中的接访事项才能办结", error.Message);
    }

    [Fact]
    public void A_settled_case_cannot_be_started_settled_or_replanned_again()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        receptionCase.Start(ReceivingUnit, clock);
        ReplyAndSign(receptionCase, clock);
        receptionCase.Settle(ReceivingUnit, null, clock);

        Assert.Throws<DomainException>(() => receptionCase.Start(ReceivingUnit, clock));
        Assert.Throws<DomainException>(() => receptionCase.Settle(ReceivingUnit, null, clock));
        Assert.Throws<DomainException>(() => receptionCase.WriteReply("再次", ReceivingUnit));
        Assert.Throws<DomainException>(() => receptionCase.AssignCaseOwner(11, ReceivingUnit));
        Assert.Throws<DomainException>(() => receptionCase.Replan("新措施", OtherUnitId, Deadline, ReceivingUnit));
    }

    [Fact]
    public void Reception_case_cannot_close_without_a_signed_reply()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        receptionCase.Start(ReceivingUnit, clock);

        var unwritten = Assert.Throws<DomainException>(() => receptionCase.Settle(ReceivingUnit, null, clock));
        Assert.Equal("答复意见书尚未经接访领导签署，不能办结", unwritten.Message);

        receptionCase.WriteReply("已协调医院恢复门诊", ReceivingUnit);
        var unsigned = Assert.Throws<DomainException>(() => receptionCase.Settle(ReceivingUnit, null, clock));
        Assert.Equal("答复意见书尚未经接访领导签署，不能办结", unsigned.Message);
        Assert.Equal(RefusalKind.Blocked, receptionCase.CanSettle(ReceivingUnit, null).Refusal);
        Assert.Equal(ReceptionCaseStatus.InProgress, receptionCase.Status);
    }

    [Fact]
    public void Only_the_receiving_leader_signs_the_reply()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        receptionCase.Start(ReceivingUnit, clock);
        receptionCase.WriteReply("已协调医院恢复门诊", ReceivingUnit);

        var otherLeader = Assert.Throws<AccessDeniedException>(() => receptionCase.SignReply("同意", 11, clock));
        Assert.Equal("答复意见书只能由接访领导本人签署", otherLeader.Message);
        Assert.Throws<AccessDeniedException>(() => receptionCase.SignReply("同意", null, clock));
        Assert.False(receptionCase.IsReplySigned);

        receptionCase.SignReply("同意答复，按期办结", ReceivingLeader, clock);
        Assert.True(receptionCase.IsReplySigned);
        Assert.Equal("同意答复，按期办结", receptionCase.LeaderSignOff);
    }

    [Fact]
    public void The_receiving_leader_may_settle_a_signed_case_in_person_but_another_leader_may_not()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        receptionCase.Start(ReceivingUnit, clock);
        ReplyAndSign(receptionCase, clock);
        var districtLeaderAccount = ActorBuilder.Office() with { Roles = new HashSet<string> { Roles.Leader }, UnitId = null };

        Assert.Throws<AccessDeniedException>(() => receptionCase.Settle(districtLeaderAccount, 11, clock));
        receptionCase.Settle(districtLeaderAccount, ReceivingLeader, clock);

        Assert.Equal(ReceptionCaseStatus.Settled, receptionCase.Status);
    }

    [Fact]
    public void The_leader_cannot_sign_before_the_reply_is_drafted_nor_with_an_empty_opinion()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        receptionCase.Start(ReceivingUnit, clock);

        Assert.Equal("请先起草答复意见书", Assert.Throws<DomainException>(() => receptionCase.SignReply("同意", ReceivingLeader, clock)).Message);
        receptionCase.WriteReply("已处理", ReceivingUnit);
        Assert.Equal("接访领导签署意见不能为空", Assert.Throws<DomainException>(() => receptionCase.SignReply(" ", ReceivingLeader, clock)).Message);
    }

    [Fact]
    public void Redrafting_a_signed_reply_needs_the_leaders_signature_again()
    {
        var clock = Clocks.AtChina(2014, 11, 20);
        var receptionCase = NewCase();
        receptionCase.Start(ReceivingUnit, clock);
        ReplyAndSign(receptionCase, clock);

        receptionCase.WriteReply("补充：已增派医生坐诊", ReceivingUnit);

        Assert.False(receptionCase.IsReplySigned);
        Assert.Null(receptionCase.LeaderSignOff);
        Assert.Throws<DomainException>(() => receptionCase.Settle(ReceivingUnit, null, clock));
    }

    [Fact]
    public void Only_the_receiving_unit_drafts_the_reply()
    {
        var receptionCase = NewCase();
        receptionCase.Start(ResponsibleUnit, Clocks.AtChina(2014, 11, 5));

        Assert.Equal("只有首接单位才能起草答复意见书", Assert.Throws<AccessDeniedException>(() => receptionCase.WriteReply("已处理", ResponsibleUnit)).Message);
        Assert.Throws<AccessDeniedException>(() => receptionCase.WriteReply("已处理", ActorBuilder.Office()));
    }

    [Fact]
    public void The_receiving_leader_owns_the_case_until_the_receiving_unit_names_another_leader_to_own_it()
    {
        var receptionCase = NewCase();
        Assert.Equal(ReceivingLeader, receptionCase.CaseOwnerPersonId);

        receptionCase.AssignCaseOwner(11, ReceivingUnit);
        Assert.Equal(11, receptionCase.CaseOwnerPersonId);

        Assert.Equal("只有首接单位才能指定包案领导", Assert.Throws<AccessDeniedException>(() => receptionCase.AssignCaseOwner(12, ResponsibleUnit)).Message);
        Assert.Equal(11, receptionCase.CaseOwnerPersonId);
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

        ReplyAndSign(receptionCase, Clocks.AtChina(2014, 12, 5));
        receptionCase.Settle(ReceivingUnit, null, Clocks.AtChina(2014, 12, 5));
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
