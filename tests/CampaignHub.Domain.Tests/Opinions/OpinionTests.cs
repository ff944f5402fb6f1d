using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Opinions;

public class OpinionTests
{
    private static readonly FixedClock Clock = ItemBuilder.Clock();

    [Fact]
    public void A_unit_enters_an_opinion_which_waits_to_be_claimed_and_gets_a_receipt_number()
    {
        var opinion = OpinionBuilder.EnteredBy(DemoTree.Community);

        Assert.Equal(OpinionStatus.New, opinion.Status);
        Assert.Equal(DemoTree.Community, opinion.EnteredByUnitId);
        Assert.False(opinion.SubmittedByPublic);
        Assert.StartsWith("YJ20140510-", opinion.ReceiptNumber);
        Assert.True(ReceiptNumber.IsWellFormed(opinion.ReceiptNumber));
    }

    [Fact]
    public void A_coordinator_cannot_enter_an_opinion_for_another_unit_or_without_a_unit()
    {
        Assert.Throws<AccessDeniedException>(() => Opinion.Enter(DemoTree.CampaignId, OpinionSource.Form, OpinionCategory.Education, "内容", Clock.Today, null, null, DemoTree.Agency, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock));
        Assert.Throws<AccessDeniedException>(() => Opinion.Enter(DemoTree.CampaignId, OpinionSource.Form, OpinionCategory.Education, "内容", Clock.Today, null, null, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock));
    }

    [Fact]
    public void The_office_may_enter_an_opinion_without_a_unit()
    {
        var opinion = Opinion.Enter(DemoTree.CampaignId, OpinionSource.UpperBody, OpinionCategory.Formalism, "文件太多", Clock.Today, null, null, null, ActorBuilder.Office(), DemoTree.Build(), Clock);

        Assert.Null(opinion.EnteredByUnitId);
        Assert.Equal("office", opinion.EnteredBy);
    }

    [Fact]
    public void An_opinion_cannot_be_dated_in_the_future_nor_carry_a_malformed_phone()
    {
        Assert.Throws<DomainException>(() => Opinion.Enter(DemoTree.CampaignId, OpinionSource.Visit, OpinionCategory.Other, "内容", Clock.Today.AddDays(1), null, null, null, ActorBuilder.Office(), DemoTree.Build(), Clock));
        var error = Assert.Throws<DomainException>(() => Opinion.SubmitByPublic(DemoTree.CampaignId, OpinionCategory.Other, "内容", "张三", "<script>", Clock));
        Assert.Equal("联系电话格式不正确", error.Message);
    }

    [Fact]
    public void The_public_submits_an_online_opinion_with_a_receipt_number()
    {
        var opinion = Opinion.SubmitByPublic(DemoTree.CampaignId, OpinionCategory.Housing, "  老旧小区漏水  ", "王五", "13900001111", Clock);

        Assert.True(opinion.SubmittedByPublic);
        Assert.Equal(OpinionSource.Online, opinion.Source);
        Assert.Null(opinion.EnteredByUnitId);
        Assert.Null(opinion.EnteredBy);
        Assert.Equal("老旧小区漏水", opinion.Content);
        Assert.Equal(Clock.Today, opinion.RaisedOn);
    }

    [Fact]
    public void Public_content_is_limited_in_length()
    {
        var tooLong = new string('长', Opinion.MaxContentLength + 1);

        Assert.Throws<DomainException>(() => Opinion.SubmitByPublic(DemoTree.CampaignId, OpinionCategory.Other, tooLong, null, null, Clock));
    }

    [Fact]
    public void Receipt_numbers_are_random_and_well_formed()
    {
        var numbers = Enumerable.Range(0, 200).Select(_ => ReceiptNumber.New(new DateOnly(2014, 5, 10))).ToList();

        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches("^YJ20140510-[2-9A-HJ-NP-Z]{8}$", n));
        Assert.Equal(numbers[0], ReceiptNumber.Normalize(" " + numbers[0].ToLowerInvariant() + " "));
        Assert.False(ReceiptNumber.IsWellFormed("YJ20140510-00000000"));
        Assert.False(ReceiptNumber.IsWellFormed("1 OR 1=1"));
    }

    [Fact]
    public void A_unit_claims_a_new_opinion_and_becomes_its_handling_unit()
    {
        var opinion = OpinionBuilder.EnteredBy(DemoTree.Street);

        opinion.Claim(DemoTree.Street, new DateOnly(2014, 5, 20), ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);

        Assert.Equal(OpinionStatus.Claimed, opinion.Status);
        Assert.Equal(DemoTree.Street, opinion.ClaimedByUnitId);
        Assert.Equal(new DateOnly(2014, 5, 20), opinion.DueOn);
    }

    [Fact]
    public void A_coordinator_cannot_claim_for_another_unit_and_a_claimed_opinion_cannot_be_claimed_again()
    {
        var opinion = OpinionBuilder.EnteredBy(DemoTree.Street);
        Assert.Throws<AccessDeniedException>(() => opinion.Claim(DemoTree.Agency, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock));

        opinion.Claim(DemoTree.Street, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);
        var error = Assert.Throws<DomainException>(() => opinion.Claim(DemoTree.Agency, null, ActorBuilder.Office(), DemoTree.Build(), Clock));
        Assert.Equal("只有待受理或待上级认领的意见才能认领", error.Message);
    }

    [Fact]
    public void Whoever_claims_answers_and_closes_it()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);
        var street = ActorBuilder.Coordinator(DemoTree.Street);

        var early = Assert.Throws<DomainException>(() => opinion.Close(street, DemoTree.Build(), Clock));
        Assert.Equal("只有已答复的意见才能办结", early.Message);

        opinion.AnswerWith("已增设窗口", street, DemoTree.Build(), Clock);
        Assert.Equal(OpinionStatus.Answered, opinion.Status);
        opinion.Close(street, DemoTree.Build(), Clock);

        Assert.Equal(OpinionStatus.Closed, opinion.Status);
        Assert.Equal(Clock.Today, opinion.ClosedOn);
        Assert.Throws<DomainException>(() => opinion.AnswerWith("再答复", street, DemoTree.Build(), Clock));
    }

    [Fact]
    public void Another_unit_cannot_answer_or_close_an_opinion_it_did_not_claim()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);

        Assert.Throws<AccessDeniedException>(() => opinion.AnswerWith("答复", ActorBuilder.Coordinator(DemoTree.Agency), DemoTree.Build(), Clock));
    }

    [Fact]
    public void An_unclaimed_opinion_cannot_be_answered()
    {
        var opinion = OpinionBuilder.EnteredBy(DemoTree.Street);

        var error = Assert.Throws<DomainException>(() => opinion.AnswerWith("答复", ActorBuilder.Office(), DemoTree.Build(), Clock));
        Assert.Equal("该意见尚未被单位认领", error.Message);
    }

    [Fact]
    public void An_opinion_rooted_above_is_escalated_to_the_parent_unit()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);

        opinion.EscalateAsRootedAbove(DemoTree.Street, "政策由街道制定", ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), DemoTree.Kinds, Clock);

        Assert.Equal(OpinionStatus.Escalated, opinion.Status);
        Assert.True(opinion.RootedAbove);
        Assert.Equal(DemoTree.Community, opinion.RootedAboveFromUnitId);
        Assert.Equal(DemoTree.Street, opinion.EscalatedToUnitId);
        Assert.Null(opinion.ClaimedByUnitId);
    }

    [Fact]
    public void An_escalated_opinion_must_be_claimed_by_the_upper_unit()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);
        opinion.EscalateAsRootedAbove(DemoTree.Street, "根子在街道", ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), DemoTree.Kinds, Clock);

        var byLower = Assert.Throws<AccessDeniedException>(() => opinion.Claim(DemoTree.Community, null, ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), Clock));
        Assert.Equal("该意见“表现在下、根子在上”，须由上级单位认领", byLower.Message);
        Assert.Throws<DomainException>(() => opinion.Claim(DemoTree.Agency, null, ActorBuilder.Office(), DemoTree.Build(), Clock));

        opinion.Claim(DemoTree.Street, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);
        Assert.Equal(OpinionStatus.Claimed, opinion.Status);
        Assert.Equal(DemoTree.Street, opinion.ClaimedByUnitId);
        Assert.True(opinion.RootedAbove);
    }

    [Fact]
    public void The_lower_unit_cannot_close_an_opinion_rooted_above()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);
        var community = ActorBuilder.Coordinator(DemoTree.Community);
        opinion.EscalateAsRootedAbove(DemoTree.Street, "根子在街道", community, DemoTree.Build(), DemoTree.Kinds, Clock);

        Assert.Throws<DomainException>(() => opinion.AnswerWith("答复", community, DemoTree.Build(), Clock));

        opinion.Claim(DemoTree.Street, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);
        opinion.AnswerWith("街道统一解决", ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);
        Assert.Throws<AccessDeniedException>(() => opinion.Close(community, DemoTree.Build(), Clock));

        opinion.Close(ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);
        Assert.Equal(OpinionStatus.Closed, opinion.Status);
    }

    [Fact]
    public void A_new_opinion_can_be_escalated_from_the_unit_where_it_showed()
    {
        var opinion = Opinion.SubmitByPublic(DemoTree.CampaignId, OpinionCategory.SocialSecurity, "社保政策", null, null, Clock);

        Assert.Throws<DomainException>(() => opinion.EscalateAsRootedAbove(DemoTree.Agency, "根子在上", ActorBuilder.Office(), DemoTree.Build(), DemoTree.Kinds, Clock));
        opinion.EscalateAsRootedAbove(DemoTree.Agency, "根子在上", ActorBuilder.Office(), DemoTree.Build(), DemoTree.Kinds, Clock, foundAtUnitId: DemoTree.AgencySubUnit);

        Assert.Equal(DemoTree.Agency, opinion.EscalatedToUnitId);
    }

    [Fact]
    public void An_escalated_opinion_can_go_up_again_once_claimed_but_not_above_the_root()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);
        opinion.EscalateAsRootedAbove(DemoTree.Street, "根子在街道", ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), DemoTree.Kinds, Clock);
        opinion.Claim(DemoTree.Street, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);

        opinion.EscalateAsRootedAbove(DemoTree.District, "根子在区里", ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), DemoTree.Kinds, Clock);
        Assert.Equal(DemoTree.District, opinion.EscalatedToUnitId);
        Assert.Equal(DemoTree.Community, opinion.RootedAboveFromUnitId);

        opinion.Claim(DemoTree.District, null, ActorBuilder.Office(), DemoTree.Build(), Clock);
        var error = Assert.Throws<DomainException>(() => opinion.EscalateAsRootedAbove(DemoTree.District, "再上报", ActorBuilder.Office(), DemoTree.Build(), DemoTree.Kinds, Clock));
        Assert.Equal("该单位没有上级单位，无法上报", error.Message);
    }

    [Fact]
    public void Coordinator_cannot_claim_an_opinion_outside_their_tree()
    {
        var enteredElsewhere = OpinionBuilder.EnteredBy(DemoTree.Agency);
        var street = ActorBuilder.Coordinator(DemoTree.Street);

        var error = Assert.Throws<AccessDeniedException>(() => enteredElsewhere.Claim(DemoTree.Street, null, street, DemoTree.Build(), Clock));

        Assert.Equal("该意见不在您单位的受理范围内", error.Message);
        Assert.Equal(OpinionStatus.New, enteredElsewhere.Status);
        Assert.Null(enteredElsewhere.ClaimedByUnitId);
    }

    [Fact]
    public void Coordinator_cannot_claim_an_opinion_escalated_to_a_unit_outside_their_tree()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.AgencySubUnit);
        opinion.EscalateAsRootedAbove(DemoTree.Agency, "根子在上级机关", ActorBuilder.Coordinator(DemoTree.AgencySubUnit), DemoTree.Build(), DemoTree.Kinds, Clock);

        Assert.Throws<AccessDeniedException>(() => opinion.Claim(DemoTree.Street, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock));
        Assert.Equal(OpinionStatus.Escalated, opinion.Status);
    }

    [Fact]
    public void Coordinator_claims_an_opinion_entered_by_a_sub_unit_of_their_tree()
    {
        var opinion = OpinionBuilder.EnteredBy(DemoTree.Community);

        Assert.True(OpinionAccess.CanClaim(ActorBuilder.Coordinator(DemoTree.Street), opinion, DemoTree.Build()));
        opinion.Claim(DemoTree.Street, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);

        Assert.Equal(DemoTree.Street, opinion.ClaimedByUnitId);
    }

    [Fact]
    public void A_public_opinion_sits_with_no_unit_so_only_the_office_dispatches_it()
    {
        var opinion = Opinion.SubmitByPublic(DemoTree.CampaignId, OpinionCategory.Housing, "楼道灯坏了", "王五", "13900001111", Clock);
        var street = ActorBuilder.Coordinator(DemoTree.Street);

        Assert.Null(OpinionAccess.CurrentUnitOf(opinion));
        Assert.False(OpinionAccess.CanClaim(street, opinion, DemoTree.Build()));
        Assert.Throws<AccessDeniedException>(() => opinion.Claim(DemoTree.Street, null, street, DemoTree.Build(), Clock));
        Assert.Throws<AccessDeniedException>(() => opinion.EscalateAsRootedAbove(DemoTree.District, "根子在上", street, DemoTree.Build(), DemoTree.Kinds, Clock, foundAtUnitId: DemoTree.Street));

        opinion.Claim(DemoTree.Street, null, ActorBuilder.Office(), DemoTree.Build(), Clock);
        Assert.Equal(DemoTree.Street, opinion.ClaimedByUnitId);
        Assert.True(OpinionPrivacy.CanSeePersonalData(street, opinion));
    }

    [Fact]
    public void A_unit_cannot_escalate_an_opinion_another_unit_handles()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);

        Assert.Throws<AccessDeniedException>(() => opinion.EscalateAsRootedAbove(DemoTree.District, "原因", ActorBuilder.Coordinator(DemoTree.Agency), DemoTree.Build(), DemoTree.Kinds, Clock));
    }

    [Fact]
    public void An_opinion_is_overdue_after_its_due_day_until_answered()
    {
        var opinion = OpinionBuilder.EnteredBy(DemoTree.Street);
        var street = ActorBuilder.Coordinator(DemoTree.Street);
        opinion.Claim(DemoTree.Street, new DateOnly(2014, 5, 20), street, DemoTree.Build(), Clock);

        Assert.Equal(0, opinion.DaysOverdue(new DateOnly(2014, 5, 20)));
        Assert.Equal(2, opinion.DaysOverdue(new DateOnly(2014, 5, 22)));

        opinion.AnswerWith("已处理", street, DemoTree.Build(), Clock);
        Assert.Equal(0, opinion.DaysOverdue(new DateOnly(2014, 5, 22)));
    }

    [Fact]
    public void The_receipt_shows_status_and_answer_but_no_personal_data()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);
        opinion.AnswerWith("已增设窗口", ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);

        var receipt = opinion.ToReceipt();

        Assert.Equal(opinion.ReceiptNumber, receipt.ReceiptNumber);
        Assert.Equal(OpinionStatus.Answered, receipt.Status);
        Assert.Equal("已增设窗口", receipt.Answer);
        Assert.DoesNotContain("张三", receipt.ToString());
        Assert.DoesNotContain("13812345678", receipt.ToString());
    }
}
