using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Linkage;

/// <summary>双向反馈意见、联动解决问题: upper departments' opinions forwarded by the office and tracked to an answer.</summary>
public class ForwardedOpinionTests
{
    private static readonly UnitTree Tree = DemoTree.Build();
    private static readonly Actor Office = ActorBuilder.Office();
    private static readonly Actor Street = ActorBuilder.Coordinator(DemoTree.Street);

    [Fact]
    public void Forwarded_opinion_needs_a_feedback_deadline()
    {
        var opinion = LinkageBuilder.UpperOpinion();

        var error = Assert.Throws<DomainException>(() => opinion.ForwardForFeedback(DemoTree.Street, null, null, Office, Tree, LinkageBuilder.Clock(4, 1)));

        Assert.Equal("转交上级部门意见须明确反馈时限", error.Message);
        Assert.Equal(ForwardingState.AwaitingForwarding, opinion.Forwarding);
    }

    [Fact]
    public void Forwarded_opinion_waits_for_the_units_feedback_until_its_deadline()
    {
        var opinion = LinkageBuilder.ForwardedToStreet();

        Assert.Equal(ForwardingState.AwaitingFeedback, opinion.Forwarding);
        Assert.Equal("已转交（待反馈）", opinion.Forwarding!.Value.ToChinese());
        Assert.Equal(DemoTree.Street, opinion.ClaimedByUnitId);
        Assert.Equal(0, opinion.DaysOverdue(new DateOnly(2014, 4, 8)));
        Assert.Equal(2, opinion.DaysOverdue(new DateOnly(2014, 4, 10)));
        Assert.IsType<OpinionForwarded>(opinion.DomainEvents.Last());
    }

    [Fact]
    public void Only_the_office_records_and_forwards_upper_department_opinions()
    {
        var opinion = LinkageBuilder.UpperOpinion();

        Assert.Throws<AccessDeniedException>(() => Opinion.ReceiveFromUpperDepartment(DemoTree.CampaignId, "南京市民政局", OpinionCategory.SocialSecurity, "意见", new DateOnly(2014, 4, 1), Street, LinkageBuilder.Clock()));
        Assert.Throws<AccessDeniedException>(() => opinion.ForwardForFeedback(DemoTree.Street, new DateOnly(2014, 4, 20), null, Street, Tree, LinkageBuilder.Clock()));
        Assert.Equal("上级部门不能为空", Assert.Throws<DomainException>(() => Opinion.ReceiveFromUpperDepartment(DemoTree.CampaignId, " ", OpinionCategory.SocialSecurity, "意见", new DateOnly(2014, 4, 1), Office, LinkageBuilder.Clock())).Message);
    }

    [Fact]
    public void Upper_department_opinion_is_forwarded_not_claimed_or_handed_over()
    {
        var opinion = LinkageBuilder.UpperOpinion();

        Assert.Equal(ActionAnswer.NotApplicable(OpinionRules.UpperDepartmentOpinionIsForwarded), opinion.WhyCannot(OpinionAction.Claim, Office, Tree));
        Assert.Equal(ActionAnswer.NotApplicable(OpinionRules.UpperDepartmentOpinionIsForwarded), opinion.WhyCannot(OpinionAction.HandOver, Office, Tree));
        Assert.True(opinion.WhyCannot(OpinionAction.Forward, Office, Tree).IsAllowed);
        Assert.Equal(ActionAnswer.NotApplicable("只有上级部门意见由活动办转交"), OpinionBuilder.EnteredBy(DemoTree.Street).WithId(3).WhyCannot(OpinionAction.Forward, Office, Tree));
    }

    [Fact]
    public void Only_the_receiving_unit_answers_a_forwarded_opinion()
    {
        var opinion = LinkageBuilder.ForwardedToStreet();
        var agency = ActorBuilder.Coordinator(DemoTree.Agency);

        Assert.Equal(ActionAnswer.NotPermitted(OpinionRules.OnlyTheReceivingUnitAnswers), opinion.WhyCannot(OpinionAction.Answer, Office, Tree));
        Assert.Throws<AccessDeniedException>(() => opinion.AnswerWith("已整改", agency, Tree, LinkageBuilder.Clock()));
        Assert.Throws<AccessDeniedException>(() => opinion.AnswerWith("已整改", Office, Tree, LinkageBuilder.Clock()));

        opinion.AnswerWith("已逐件排查，超期的全部办结", Street, Tree, LinkageBuilder.Clock(4, 7));

        Assert.Equal(ForwardingState.FeedbackGiven, opinion.Forwarding);
        Assert.Equal(0, opinion.DaysOverdue(new DateOnly(2014, 4, 10)));
    }

    [Fact]
    public void The_office_returns_an_inadequate_feedback_and_the_opinion_waits_for_feedback_again()
    {
        var opinion = LinkageBuilder.ForwardedToStreet();
        opinion.AnswerWith("正在研究", Street, Tree, LinkageBuilder.Clock(4, 7));

        Assert.Throws<AccessDeniedException>(() => opinion.ReturnFeedback("请说明整改措施", null, Street, Tree, LinkageBuilder.Clock()));
        Assert.Equal("退回原因不能为空", Assert.Throws<DomainException>(() => opinion.ReturnFeedback("", null, Office, Tree, LinkageBuilder.Clock())).Message);
        opinion.ReturnFeedback("请说明具体整改措施和完成时限", null, Office, Tree, LinkageBuilder.Clock(4, 10));

        Assert.Equal(ForwardingState.AwaitingFeedback, opinion.Forwarding);
        Assert.Equal(1, opinion.FeedbackReturnCount);
        Assert.Equal(2, opinion.DaysOverdue(new DateOnly(2014, 4, 10)));
        Assert.IsType<OpinionFeedbackReturned>(opinion.DomainEvents.Last());
    }

    [Fact]
    public void The_office_closes_a_forwarded_opinion_once_the_feedback_is_in()
    {
        var opinion = LinkageBuilder.ForwardedToStreet();
        Assert.Equal(ActionAnswer.NotApplicable("只有已反馈的意见才能办结"), opinion.WhyCannot(OpinionAction.Close, Office, Tree));
        opinion.AnswerWith("已整改", Street, Tree, LinkageBuilder.Clock(4, 7));

        Assert.Throws<AccessDeniedException>(() => opinion.Close(Street, Tree, LinkageBuilder.Clock()));
        opinion.Close(Office, Tree, LinkageBuilder.Clock());

        Assert.Equal(ForwardingState.Closed, opinion.Forwarding);
    }

    [Fact]
    public void The_feedback_loop_is_counted_once()
    {
        var waiting = LinkageBuilder.UpperOpinion();
        var overdue = LinkageBuilder.ForwardedToStreet();
        var answered = LinkageBuilder.ForwardedToStreet();
        answered.AnswerWith("已整改", Street, Tree, LinkageBuilder.Clock(4, 7));

        var counts = ForwardedOpinionCounts.Of([waiting, overdue, answered, OpinionBuilder.EnteredBy(DemoTree.Street)], new DateOnly(2014, 4, 10));

        Assert.Equal(new ForwardedOpinionCounts(1, 1, 1, 1, 0), counts);
        Assert.Equal(3, counts.Total);
    }
}
