using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Supervision;

/// <summary>整改反馈: a report back with measures and evidence, accepted or returned by the supervisor, every round kept.</summary>
public class OrderFeedbackTests
{
    private const int District = 1;
    private const int Street = 2;
    private const int Community = 3;
    private const int OtherStreet = 4;
    private static readonly UnitTree Tree = new([(District, null), (Street, District), (Community, Street), (OtherStreet, District)]);
    private static readonly FeedbackFile Photo = new("午间值班照片.jpg", "201404/a.jpg", "image/jpeg", 120_000);

    private static RectificationOrder IssuedTo(int unitId) =>
        RectificationOrder.Issue(1, unitId, "窗口午间无人值守，限期整改", new DateOnly(2014, 4, 18), ActorBuilder.SupervisorOf(District, Street, Community, OtherStreet), Clocks.AtChina(2014, 4, 8));

    private static RectificationOrder Reported(int unitId = Community)
    {
        var order = IssuedTo(unitId);
        order.ReportBack("建立午间轮岗制度并公示值班表", null, [Photo], ActorBuilder.Coordinator(Street), Tree, Clocks.AtChina(2014, 4, 10, 9));
        return order;
    }

    [Fact]
    public void Order_feedback_needs_measures()
    {
        var order = IssuedTo(Community);

        var error = Assert.Throws<DomainException>(() => order.ReportBack("  ", null, [Photo], ActorBuilder.Coordinator(Community), Tree, Clocks.AtChina(2014, 4, 10)));

        Assert.Equal("整改措施不能为空", error.Message);
        Assert.Equal(RectificationOrderStatus.Issued, order.Status);
        Assert.Empty(order.Feedback);
    }

    [Fact]
    public void A_coordinator_of_the_parent_unit_answers_for_its_sub_unit()
    {
        var order = Reported(Community);

        var round = Assert.Single(order.Feedback);
        Assert.Equal(RectificationOrderStatus.Responded, order.Status);
        Assert.Equal("建立午间轮岗制度并公示值班表", round.Measures);
        Assert.Equal("午间值班照片.jpg", Assert.Single(round.Evidence).FileName);
        Assert.Equal(FeedbackDecision.Pending, round.Decision);
        Assert.Equal("提交第1轮整改反馈（附佐证材料1份）", order.Steps[^1].Note);
    }

    [Fact]
    public void A_coordinator_outside_the_tree_may_neither_read_nor_answer()
    {
        var order = IssuedTo(Community);
        var stranger = ActorBuilder.Coordinator(OtherStreet);

        Assert.False(OrderAccess.CanRead(stranger, Community, Tree));
        Assert.True(OrderAccess.CanRead(ActorBuilder.Coordinator(Street), Community, Tree));
        Assert.False(OrderAccess.CanRead(ActorBuilder.Coordinator(Community), Street, Tree));
        var error = Assert.Throws<AccessDeniedException>(() => order.ReportBack("整改措施", null, null, stranger, Tree, Clocks.AtChina(2014, 4, 10)));
        Assert.Equal("只有被责成整改单位（或其上级单位）的联络员可以反馈整改情况", error.Message);
        Assert.Throws<AccessDeniedException>(() => order.ReportBack("整改措施", null, null, ActorBuilder.Office(), Tree, Clocks.AtChina(2014, 4, 10)));
    }

    [Fact]
    public void Supervisor_returns_feedback_with_a_reason()
    {
        var order = Reported();

        Assert.Equal("退回原因不能为空", Assert.Throws<DomainException>(() => order.ReturnFeedback("", ActorBuilder.Supervisor(), Tree, Clocks.AtChina(2014, 4, 10, 15))).Message);
        order.ReturnFeedback("值班表未上墙公示，请补充照片", ActorBuilder.Supervisor(), Tree, Clocks.AtChina(2014, 4, 10, 15));

        Assert.Equal(RectificationOrderStatus.Issued, order.Status);
        Assert.Equal("值班表未上墙公示，请补充照片", order.OpenReturnReason);
        Assert.Equal("已退回", order.StatusText(new DateOnly(2014, 4, 10)));
        Assert.Equal(FeedbackDecision.Returned, order.Feedback[0].Decision);
        Assert.True(order.WhyCannot(OrderAction.ReportBack, ActorBuilder.Coordinator(Street), Tree).IsAllowed);
    }

    [Fact]
    public void Every_round_is_kept_in_the_orders_history()
    {
        var order = Reported();
        order.ReturnFeedback("值班表未上墙公示", ActorBuilder.Supervisor(), Tree, Clocks.AtChina(2014, 4, 10, 15));
        order.ReportBack("值班表已上墙，附照片", null, [Photo, Photo with { StoragePath = "201404/b.jpg" }], ActorBuilder.Coordinator(Street), Tree, Clocks.AtChina(2014, 4, 11));
        order.AcceptFeedback(null, ActorBuilder.Supervisor(), Tree, Clocks.AtChina(2014, 4, 11, 16));

        Assert.Equal([1, 2], order.Feedback.Select(f => f.Round));
        Assert.Equal([FeedbackDecision.Returned, FeedbackDecision.Accepted], order.Feedback.Select(f => f.Decision));
        Assert.Equal("值班表未上墙公示", order.Feedback[0].DecisionNote);
        Assert.Equal(2, order.Feedback[1].Evidence.Count);
        Assert.Equal(["已下达", "已反馈", "已下达", "已反馈", "已销号"], order.Steps.Select(s => s.Status.ToChinese()));
        Assert.Null(order.OpenReturnReason);
    }

    [Fact]
    public void Accepted_order_is_closed_and_cannot_be_answered_again()
    {
        var order = Reported();

        order.AcceptFeedback("整改到位", ActorBuilder.Supervisor(), Tree, Clocks.AtChina(2014, 4, 10, 15));

        Assert.Equal(RectificationOrderStatus.Closed, order.Status);
        Assert.Equal(OrderClosure.Accepted, order.Closure);
        Assert.Equal("已验收", order.StatusText(new DateOnly(2014, 4, 30)));
        Assert.False(order.IsOverdue(new DateOnly(2014, 4, 30)));
        var again = Assert.Throws<DomainException>(() => order.ReportBack("补充", null, null, ActorBuilder.Coordinator(Street), Tree, Clocks.AtChina(2014, 4, 11)));
        Assert.Equal("整改通知已办结，不能再反馈", again.Message);
        Assert.Equal("整改通知已办结", order.WhyCannot(OrderAction.Return, ActorBuilder.Supervisor(), Tree).Reason);
        Assert.Throws<DomainException>(() => order.ReturnFeedback("再看看", ActorBuilder.Supervisor(), Tree, Clocks.AtChina(2014, 4, 11)));
    }

    [Fact]
    public void Nothing_can_be_accepted_or_returned_before_the_unit_reports_back()
    {
        var order = IssuedTo(Community);

        Assert.Equal("单位尚未提交待验收的整改反馈", order.WhyCannot(OrderAction.Accept, ActorBuilder.Supervisor(), Tree).Reason);
        Assert.Throws<DomainException>(() => order.AcceptFeedback(null, ActorBuilder.Supervisor(), Tree, Clocks.AtChina(2014, 4, 10)));
    }

    [Fact]
    public void Only_a_supervisor_or_the_office_accepts_or_returns_a_report()
    {
        var order = Reported();

        Assert.Throws<AccessDeniedException>(() => order.AcceptFeedback(null, ActorBuilder.Coordinator(Street), Tree, Clocks.AtChina(2014, 4, 10)));
        Assert.Throws<AccessDeniedException>(() => order.ReturnFeedback("不行", ActorBuilder.Leader(), Tree, Clocks.AtChina(2014, 4, 10)));
        order.AcceptFeedback(null, ActorBuilder.Office(), Tree, Clocks.AtChina(2014, 4, 10));
        Assert.Equal(RectificationOrderStatus.Closed, order.Status);
    }

    [Fact]
    public void A_fuller_report_before_the_decision_supersedes_the_waiting_one_and_both_are_kept()
    {
        var order = Reported();

        order.ReportBack("补充：值班表已上墙", null, [Photo], ActorBuilder.Coordinator(Community), Tree, Clocks.AtChina(2014, 4, 10, 11));

        Assert.Equal([FeedbackDecision.Superseded, FeedbackDecision.Pending], order.Feedback.Select(f => f.Decision));
        Assert.Equal("补充：值班表已上墙", order.PendingFeedback!.Measures);
    }

    [Fact]
    public void What_each_person_may_do_is_answered_by_the_order()
    {
        var order = Reported();
        Allowed(order, ActorBuilder.Supervisor()).ShouldBe(OrderAction.Accept, OrderAction.Return, OrderAction.ArrangeResurvey, OrderAction.ChangeDeadline);
        Allowed(order, ActorBuilder.Coordinator(Street)).ShouldBe(OrderAction.ReportBack);
        Allowed(order, ActorBuilder.Coordinator(OtherStreet)).ShouldBe();
        Allowed(order, ActorBuilder.Leader()).ShouldBe();
    }

    [Fact]
    public void A_report_carries_at_most_ten_files()
    {
        var order = IssuedTo(Community);
        var files = Enumerable.Range(1, OrderFeedback.MaxFiles + 1).Select(i => Photo with { StoragePath = $"201404/{i}.jpg" });

        var error = Assert.Throws<DomainException>(() => order.ReportBack("措施", null, files, ActorBuilder.Coordinator(Community), Tree, Clocks.AtChina(2014, 4, 10)));
        Assert.Equal("每次反馈最多附10份佐证材料", error.Message);
    }

    private static IReadOnlyList<OrderAction> Allowed(RectificationOrder order, Actor actor) =>
        Enum.GetValues<OrderAction>().Where(a => order.WhyCannot(a, actor, Tree).IsAllowed).ToList();
}

internal static class AllowedAssertions
{
    public static void ShouldBe(this IReadOnlyList<OrderAction> actual, params OrderAction[] expected) => Assert.Equal(expected, actual);
}
