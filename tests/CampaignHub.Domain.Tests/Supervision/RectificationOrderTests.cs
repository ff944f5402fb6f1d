using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Supervision;

public class RectificationOrderTests
{
    private const decimal Threshold = 0.80m;
    private static readonly DateOnly Deadline = new(2014, 8, 31);

    /// <summary>Unit 12 (the ordered unit) and unit 11 (another) under the district 1.</summary>
    private static readonly UnitTree Tree = new([(1, null), (11, 1), (12, 1)]);

    private static RectificationOrder Issued(FixedClock? clock = null) =>
        RectificationOrder.Issue(1, 12, "满意率低于阈值80.0%，限期整改", Deadline, ActorBuilder.Supervisor(), clock ?? Clocks.AtChina(2014, 7, 1), unitFlagId: 3);

    private static SatisfactionSurvey DraftResurvey(int unitId = 12)
    {
        var original = new SurveyBuilder().Opened().Build();
        original.Close(ActorBuilder.Office(), Clocks.AtChina(2014, 6, 30, 18));
        var resurvey = SatisfactionSurvey.CreateResurvey(original, unitId, "复测", new DateTimeOffset(2014, 8, 20, 8, 0, 0, ChinaTime.Offset), new DateTimeOffset(2014, 8, 27, 18, 0, 0, ChinaTime.Offset), ActorBuilder.Office(), Clocks.AtChina(2014, 8, 1));
        return resurvey;
    }

    private static void Close(SatisfactionSurvey survey)
    {
        survey.Open(ActorBuilder.Office(), Clocks.AtChina(2014, 8, 20, 9));
        survey.Close(ActorBuilder.Office(), Clocks.AtChina(2014, 8, 27, 18));
    }

    private static RateResult Rate(int satisfied, int dissatisfied) =>
        SatisfactionRate.Compute(Enumerable.Repeat(Answer.Satisfied, satisfied).Concat(Enumerable.Repeat(Answer.Dissatisfied, dissatisfied)), 10);

    private static RectificationOrder AwaitingResurvey(SatisfactionSurvey resurvey)
    {
        var order = Issued();
        order.ReportBack("已召开专题会议整改，公开承诺事项", [41, 42], null, ActorBuilder.Coordinator(12), Tree, Clocks.AtChina(2014, 7, 20));
        order.RequestResurvey(resurvey, ActorBuilder.Office(), Clocks.AtChina(2014, 8, 1));
        return order;
    }

    [Fact]
    public void Only_a_supervisor_or_the_office_issues_an_order()
    {
        Assert.Throws<AccessDeniedException>(() => RectificationOrder.Issue(1, 12, "原因", Deadline, ActorBuilder.Coordinator(12), Clocks.AtChina(2014, 7, 1)));
        Assert.Throws<AccessDeniedException>(() => RectificationOrder.Issue(1, 12, "原因", Deadline, ActorBuilder.Leader(), Clocks.AtChina(2014, 7, 1)));

        var order = RectificationOrder.Issue(1, 12, "原因", Deadline, ActorBuilder.Office(), Clocks.AtChina(2014, 7, 1));
        Assert.Equal(RectificationOrderStatus.Issued, order.Status);
        Assert.Equal("已下达", order.Status.ToChinese());
    }

    [Fact]
    public void An_order_needs_a_reason_and_a_deadline_not_in_the_past()
    {
        Assert.Equal("整改原因不能为空", Assert.Throws<DomainException>(() => RectificationOrder.Issue(1, 12, "", Deadline, ActorBuilder.Supervisor(), Clocks.AtChina(2014, 7, 1))).Message);
        Assert.Equal("整改期限不能早于今天", Assert.Throws<DomainException>(() => RectificationOrder.Issue(1, 12, "原因", new DateOnly(2014, 6, 30), ActorBuilder.Supervisor(), Clocks.AtChina(2014, 7, 1))).Message);
    }

    [Fact]
    public void Only_the_coordinator_of_the_ordered_unit_responds()
    {
        var order = Issued();
        var clock = Clocks.AtChina(2014, 7, 20);

        Assert.Throws<AccessDeniedException>(() => order.ReportBack("整改情况", null, null, ActorBuilder.Coordinator(11), Tree, clock));
        Assert.Throws<AccessDeniedException>(() => order.ReportBack("整改情况", null, null, ActorBuilder.Office(), Tree, clock));

        order.ReportBack("已召开专题会议整改", [41, 41, 42], null, ActorBuilder.Coordinator(12), Tree, clock);

        Assert.Equal(RectificationOrderStatus.Responded, order.Status);
        Assert.Equal([41, 42], order.LinkedRectificationItemIds);
    }

    [Fact]
    public void A_resurvey_cannot_be_requested_before_the_unit_responds()
    {
        var error = Assert.Throws<DomainException>(() => Issued().RequestResurvey(DraftResurvey(), ActorBuilder.Office(), Clocks.AtChina(2014, 8, 1)));
        Assert.Equal("单位反馈整改情况后才能安排复测", error.Message);
    }

    [Fact]
    public void The_resurvey_must_evaluate_the_ordered_unit()
    {
        var order = Issued();
        order.ReportBack("已整改", null, null, ActorBuilder.Coordinator(12), Tree, Clocks.AtChina(2014, 7, 20));

        Assert.Throws<DomainException>(() => order.RequestResurvey(DraftResurvey(unitId: 11), ActorBuilder.Office(), Clocks.AtChina(2014, 8, 1)));
    }

    [Fact]
    public void The_order_closes_when_the_resurvey_rate_reaches_the_threshold()
    {
        var resurvey = DraftResurvey();
        var order = AwaitingResurvey(resurvey);
        Assert.Equal(RectificationOrderStatus.ResurveyPending, order.Status);
        Close(resurvey);

        order.RecordResurveyResult(resurvey, Rate(8, 2), Threshold, ActorBuilder.Supervisor(), Clocks.AtChina(2014, 8, 28));

        Assert.Equal(RectificationOrderStatus.Closed, order.Status);
        Assert.Equal(0.8m, order.LastResurveyRate);
        Assert.False(order.IsOverdue(new DateOnly(2014, 12, 31)));
        Assert.Equal(["已下达", "已反馈", "待复测", "已销号"], order.Steps.Select(s => s.Status.ToChinese()));
    }

    [Fact]
    public void A_resurvey_still_below_the_threshold_sends_the_order_back_to_issued()
    {
        var resurvey = DraftResurvey();
        var order = AwaitingResurvey(resurvey);
        Close(resurvey);

        order.RecordResurveyResult(resurvey, Rate(7, 3), Threshold, ActorBuilder.Supervisor(), Clocks.AtChina(2014, 8, 28), newDeadline: new DateOnly(2014, 10, 31));

        Assert.Equal(RectificationOrderStatus.Issued, order.Status);
        Assert.Equal(new DateOnly(2014, 10, 31), order.Deadline);
        Assert.Null(order.ResurveyId);
        Assert.Equal(1, order.ResurveyRounds);
        Assert.Contains("仍低于阈值", order.Steps[^1].Note);
    }

    [Fact]
    public void A_resurvey_with_too_few_answers_or_still_running_decides_nothing()
    {
        var resurvey = DraftResurvey();
        var order = AwaitingResurvey(resurvey);

        Assert.Equal("复测尚未结束，不能登记结果", Assert.Throws<DomainException>(() => order.RecordResurveyResult(resurvey, Rate(9, 1), Threshold, ActorBuilder.Office(), Clocks.AtChina(2014, 8, 21))).Message);
        Close(resurvey);
        Assert.Equal("复测样本不足，不能据此销号或退回", Assert.Throws<DomainException>(() => order.RecordResurveyResult(resurvey, Rate(9, 0), Threshold, ActorBuilder.Office(), Clocks.AtChina(2014, 8, 28))).Message);
        Assert.Equal(RectificationOrderStatus.ResurveyPending, order.Status);
    }

    [Fact]
    public void An_order_is_overdue_after_its_deadline_in_China_time_until_closed()
    {
        var order = Issued();

        Assert.False(order.IsOverdue(Deadline));
        Assert.True(order.IsOverdue(Deadline.AddDays(1)));
        Assert.Equal(3, order.DaysOverdue(Deadline.AddDays(3)));
        Assert.Equal("已下达（逾期3天）", order.StatusText(Deadline.AddDays(3)));

        // 2014-08-31 16:30 UTC is already 2014-09-01 in Beijing.
        var clock = new FixedClock(new DateTimeOffset(2014, 8, 31, 16, 30, 0, TimeSpan.Zero));
        Assert.True(order.IsOverdue(clock.Today));
    }

    [Fact]
    public void A_responded_order_waiting_for_resurvey_is_still_overdue_after_the_deadline()
    {
        var order = AwaitingResurvey(DraftResurvey());

        Assert.True(order.IsOverdue(Deadline.AddDays(1)));
    }

    [Fact]
    public void The_deadline_can_be_extended_with_a_reason_but_not_after_closing()
    {
        var order = Issued();
        order.ChangeDeadline(new DateOnly(2014, 9, 30), "等待复测安排", ActorBuilder.Supervisor(), Clocks.AtChina(2014, 8, 1));

        Assert.Equal(new DateOnly(2014, 9, 30), order.Deadline);
        Assert.Throws<AccessDeniedException>(() => order.ChangeDeadline(new DateOnly(2014, 10, 30), "延期", ActorBuilder.Coordinator(12), Clocks.AtChina(2014, 8, 1)));
    }
}
