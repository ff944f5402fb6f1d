using CampaignHub.Domain.Common;
using CampaignHub.Domain.RuleRegister;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;
using static CampaignHub.Domain.Tests.Builders.StageThreeFixtures;

namespace CampaignHub.Domain.Tests.StageThree;

public class RuleRecordTests
{
    private readonly UnitTree _tree = DemoTree.Build();
    private readonly FixedClock _clock = Clock();

    [Fact]
    public void Rule_goes_from_drafting_through_issued_to_in_force_with_its_dates()
    {
        var rule = Rule(RuleStatus.InForce);

        Assert.Equal(RuleStatus.InForce, rule.Status);
        Assert.Equal((new DateOnly(2014, 7, 8), new DateOnly(2014, 7, 10)), (rule.IssuedOn!.Value, rule.InForceOn!.Value));
        Assert.Equal("东街发〔2014〕21号", rule.DocumentNumber);
    }

    [Fact]
    public void Rule_cannot_be_in_force_before_it_is_issued()
    {
        var rule = Rule();

        var answer = rule.WhyCannot(RuleAction.PutInForce, Keeper(), _tree);
        var error = Assert.Throws<DomainException>(() => rule.PutInForce(new DateOnly(2014, 7, 10), Keeper(), _tree, _clock));

        Assert.Equal(RefusalKind.Blocked, answer.Refusal);
        Assert.Equal("制度须先印发才能施行", error.Message);
        Assert.Equal(RuleStatus.Drafting, rule.Status);
    }

    [Fact]
    public void Rule_in_force_date_cannot_precede_its_issue_date()
    {
        var rule = Rule(RuleStatus.Issued);

        var error = Assert.Throws<DomainException>(() => rule.PutInForce(new DateOnly(2014, 7, 7), Keeper(), _tree, _clock));

        Assert.Equal("施行日期不能早于印发日期", error.Message);
    }

    [Fact]
    public void Rule_dates_cannot_lie_in_the_future_or_before_the_draft()
    {
        var rule = Rule();

        Assert.Equal("印发日期不能晚于今天", Assert.Throws<DomainException>(() => rule.Issue(_clock.Today.AddDays(1), null, Keeper(), _tree, _clock)).Message);
        Assert.Equal("印发日期不能早于起草日期", Assert.Throws<DomainException>(() => rule.Issue(new DateOnly(2014, 6, 30), null, Keeper(), _tree, _clock)).Message);
        Assert.Equal("请填写印发日期", Assert.Throws<DomainException>(() => rule.Issue(null, null, Keeper(), _tree, _clock)).Message);
    }

    [Fact]
    public void Issued_rule_is_not_issued_again_nor_renamed()
    {
        var rule = Rule(RuleStatus.Issued);

        Assert.Equal(RefusalKind.NotApplicable, rule.WhyCannot(RuleAction.Issue, Keeper(), _tree).Refusal);
        Assert.Equal("制度已印发，名称和内容不能再修改", Assert.Throws<DomainException>(() => rule.Describe("新名称", RuleKind.Revised, null, Keeper(), _tree, _clock)).Message);
    }

    [Fact]
    public void Rule_answers_only_problems_of_its_own_unit()
    {
        var rule = Rule();

        var error = Assert.Throws<DomainException>(() => rule.Answer(StoredItem(7, DemoTree.Community), Keeper(), _tree, _clock));
        rule.Answer(StoredItem(9, DemoTree.Street), Keeper(), _tree, _clock);

        Assert.Equal("制度只能对应本单位在本次活动中的整改事项", error.Message);
        Assert.Equal(9, Assert.Single(rule.Problems).RectificationItemId);
    }

    [Fact]
    public void Only_the_units_editors_keep_its_register()
    {
        Assert.Throws<AccessDeniedException>(() => RuleRecord.Register(DemoTree.CampaignId, DemoTree.Street, "制度", RuleKind.New, null, new DateOnly(2014, 7, 1), ActorBuilder.SupervisorOf(DemoTree.Street), _tree, _clock));
        Assert.Equal(RefusalKind.NotPermitted, Rule().WhyCannot(RuleAction.Issue, ActorBuilder.Coordinator(DemoTree.Agency), _tree).Refusal);
    }

    [Fact]
    public void Supervision_group_comments_on_its_units_rule_at_any_status_but_keeps_no_register()
    {
        var rule = Rule(RuleStatus.InForce);
        var group = ActorBuilder.SupervisorOf(DemoTree.Street);

        var comment = rule.Comment("制度对口，但缺少执行情况的检查办法", group, _tree, _clock);

        Assert.Equal(("督导组", "制度对口，但缺少执行情况的检查办法"), (comment.ByRole, comment.Text));
        Assert.Single(rule.Comments);
        Assert.IsType<RuleCommented>(Assert.Single(rule.DomainEvents.OfType<RuleCommented>()));
        Assert.Equal(RefusalKind.NotPermitted, rule.WhyCannot(RuleAction.Issue, group, _tree).Refusal);
    }

    [Fact]
    public void Rule_comment_is_refused_to_a_group_that_does_not_supervise_the_unit_and_when_empty()
    {
        var rule = Rule();

        var otherGroup = ActorBuilder.SupervisorOf(DemoTree.Agency);

        Assert.Equal(RefusalKind.NotPermitted, rule.WhyCannot(RuleAction.Comment, otherGroup, _tree).Refusal);
        Assert.Throws<AccessDeniedException>(() => rule.Comment("意见", otherGroup, _tree, _clock));
        Assert.Throws<DomainException>(() => rule.Comment("  ", ActorBuilder.SupervisorOf(DemoTree.Street), _tree, _clock));
        Assert.Empty(rule.Comments);
    }
}
