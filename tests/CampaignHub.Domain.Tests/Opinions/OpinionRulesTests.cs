using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Opinions;

/// <summary>
/// What may be done with an opinion and why not (<see cref="Opinion.WhyCannot"/>): the opinion list renders its
/// buttons from these answers and the verbs refuse with the same ones.
/// </summary>
public class OpinionRulesTests
{
    private static readonly FixedClock Clock = ItemBuilder.Clock();
    private static readonly UnitTree Tree = DemoTree.Build();
    private static readonly Actor Street = ActorBuilder.Coordinator(DemoTree.Street);

    [Theory]
    [InlineData(OpinionStatus.New, true)]
    [InlineData(OpinionStatus.Escalated, true)]
    [InlineData(OpinionStatus.Claimed, false)]
    [InlineData(OpinionStatus.Answered, false)]
    [InlineData(OpinionStatus.Closed, false)]
    public void Only_a_new_or_escalated_opinion_can_be_claimed(OpinionStatus status, bool claimable)
    {
        var opinion = new OpinionFacts(status, DemoTree.Street, DemoTree.Street, status is OpinionStatus.New or OpinionStatus.Escalated ? null : DemoTree.Street, null);

        var answer = OpinionRules.WhyCannot(OpinionAction.Claim, opinion, Street, Tree);

        Assert.Equal(claimable, answer.IsAllowed);
        if (!claimable)
        {
            Assert.Equal(ActionAnswer.NotApplicable("只有待受理或待上级认领的意见才能认领"), answer);
        }
    }

    [Fact]
    public void A_claimed_opinion_refuses_a_second_claim_with_the_same_answer_the_list_shows()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);

        var answer = opinion.WhyCannot(OpinionAction.Claim, Street, Tree);

        Assert.Equal(answer.Reason, Assert.Throws<DomainException>(() => opinion.Claim(DemoTree.Street, null, Street, Tree, Clock)).Message);
    }

    [Fact]
    public void An_opinion_escalated_to_an_upper_unit_is_not_the_lower_units_to_claim()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);
        opinion.EscalateAsRootedAbove(DemoTree.District, "审批权在区里", Street, Tree, DemoTree.Kinds, Clock);

        var answer = opinion.WhyCannot(OpinionAction.Claim, Street, Tree);

        Assert.Equal(ActionAnswer.NotPermitted("该意见“表现在下、根子在上”，须由上级单位认领"), answer);
        Assert.True(opinion.WhyCannot(OpinionAction.Claim, ActorBuilder.Coordinator(DemoTree.District), Tree).IsAllowed);
        Assert.True(OpinionRules.ClaimingUnitIsFixed(opinion.Facts));
        Assert.Equal(DemoTree.District, OpinionRules.ProposedClaimingUnit(opinion.Facts, ActorBuilder.Office()));
    }

    [Fact]
    public void Only_an_answered_opinion_can_be_closed_and_only_by_its_handling_unit()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);

        Assert.Equal(ActionAnswer.NotApplicable("只有已答复的意见才能办结"), opinion.WhyCannot(OpinionAction.Close, Street, Tree));
        opinion.AnswerWith("已增设窗口", Street, Tree, Clock);
        Assert.True(opinion.WhyCannot(OpinionAction.Close, Street, Tree).IsAllowed);
        Assert.Equal(RefusalKind.NotPermitted, opinion.WhyCannot(OpinionAction.Close, ActorBuilder.Coordinator(DemoTree.Agency), Tree).Refusal);
        Assert.Throws<AccessDeniedException>(() => opinion.Close(ActorBuilder.Coordinator(DemoTree.Agency), Tree, Clock));
    }

    [Fact]
    public void A_new_opinion_cannot_be_answered_before_a_unit_claims_it()
    {
        var opinion = OpinionBuilder.EnteredBy(DemoTree.Street);

        var answer = opinion.WhyCannot(OpinionAction.Answer, Street, Tree);

        Assert.Equal(ActionAnswer.NotApplicable(OpinionRules.NotClaimedYet), answer);
        Assert.Equal(answer.Reason, Assert.Throws<DomainException>(() => opinion.AnswerWith("答复", Street, Tree, Clock)).Message);
    }

    [Fact]
    public void Only_a_new_opinion_can_be_handed_over()
    {
        var fresh = OpinionBuilder.EnteredBy(DemoTree.Street);
        var claimed = OpinionBuilder.ClaimedBy(DemoTree.Street);

        Assert.True(fresh.WhyCannot(OpinionAction.HandOver, Street, Tree).IsAllowed);
        Assert.Equal(ActionAnswer.NotApplicable("只有待受理的意见才能交办"), claimed.WhyCannot(OpinionAction.HandOver, Street, Tree));
    }

    [Fact]
    public void Only_a_claimed_unlinked_opinion_can_be_linked_and_only_a_linked_one_unlinked()
    {
        var claimed = OpinionBuilder.ClaimedBy(DemoTree.Street);

        Assert.True(claimed.WhyCannot(OpinionAction.Link, Street, Tree).IsAllowed);
        Assert.Equal(ActionAnswer.NotApplicable("该意见未关联整改事项"), claimed.WhyCannot(OpinionAction.Unlink, Street, Tree));
        Assert.Throws<DomainException>(() => claimed.UnlinkFromRectification(Street, Tree));
    }

    [Fact]
    public void Only_the_office_or_a_coordinator_with_a_unit_enters_opinions()
    {
        Assert.True(OpinionRules.WhyCannotEnter(ActorBuilder.Office()).IsAllowed);
        Assert.True(OpinionRules.WhyCannotEnter(Street).IsAllowed);
        Assert.Equal(RefusalKind.NotPermitted, OpinionRules.WhyCannotEnter(ActorBuilder.Supervisor()).Refusal);
        Assert.True(OpinionRules.MayEnterWithoutUnit(ActorBuilder.Office()));
        Assert.False(OpinionRules.MayEnterWithoutUnit(Street));
    }
}
