using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Opinions;

/// <summary>表现在下、根子在上: the opinion goes to the unit where its root lies, named by the claimer, with a reason.</summary>
public class RootedAboveEscalationTests
{
    private static readonly FixedClock Clock = ItemBuilder.Clock();

    [Fact]
    public void Rooted_above_opinion_goes_to_a_district_department_that_is_not_an_ancestor()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);

        opinion.EscalateAsRootedAbove(DemoTree.Agency, "就业登记材料清单由区人社局规定", ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), DemoTree.Kinds, Clock);

        Assert.Equal(OpinionStatus.Escalated, opinion.Status);
        Assert.Equal(DemoTree.Agency, opinion.EscalatedToUnitId);
        Assert.Equal(DemoTree.Community, opinion.EscalatedFromUnitId);
        Assert.Equal("unit", opinion.EscalatedBy);
        Assert.Equal("就业登记材料清单由区人社局规定", opinion.EscalationReason);
    }

    [Fact]
    public void Rooted_above_opinion_may_skip_the_parent_and_go_to_any_ancestor()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);

        opinion.EscalateAsRootedAbove(DemoTree.District, "标准由区里制定", ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), DemoTree.Kinds, Clock);

        Assert.Equal(DemoTree.District, opinion.EscalatedToUnitId);
    }

    [Fact]
    public void An_opinion_is_never_escalated_to_its_own_unit_or_below()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);
        var street = ActorBuilder.Coordinator(DemoTree.Street);

        Assert.Equal("不能上报给本单位", Assert.Throws<DomainException>(() => opinion.EscalateAsRootedAbove(DemoTree.Street, "原因", street, DemoTree.Build(), DemoTree.Kinds, Clock)).Message);
        Assert.Equal("不能上报给本单位的下级单位", Assert.Throws<DomainException>(() => opinion.EscalateAsRootedAbove(DemoTree.Community, "原因", street, DemoTree.Build(), DemoTree.Kinds, Clock)).Message);
        Assert.Equal(OpinionStatus.Claimed, opinion.Status);
    }

    [Fact]
    public void A_departments_sub_unit_or_another_street_is_not_a_district_department()
    {
        var tree = new UnitTree([(1, null), (2, 1), (3, 2), (4, 1), (5, 4), (6, 1)]);
        var kinds = new Dictionary<int, UnitKind>
        {
            [1] = UnitKind.District, [2] = UnitKind.Agency, [3] = UnitKind.HealthUnit, [4] = UnitKind.StreetOrTownship, [5] = UnitKind.VillageOrCommunity, [6] = UnitKind.StreetOrTownship,
        };

        Assert.Null(RootedAboveTargets.WhyNot(5, 2, tree, kinds));
        Assert.Equal("只能上报给上级单位或区级部门", RootedAboveTargets.WhyNot(5, 3, tree, kinds));
        Assert.Equal("只能上报给上级单位或区级部门", RootedAboveTargets.WhyNot(5, 6, tree, kinds));
        Assert.Equal([4, 1, 2], RootedAboveTargets.For(5, tree, kinds));
    }

    [Fact]
    public void Escalation_needs_a_reason()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);

        var error = Assert.Throws<DomainException>(() => opinion.EscalateAsRootedAbove(DemoTree.Agency, " ", ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), DemoTree.Kinds, Clock));

        Assert.Equal("上报原因不能为空", error.Message);
    }

    [Fact]
    public void The_receiving_department_claims_it_and_nobody_else()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);
        opinion.EscalateAsRootedAbove(DemoTree.Agency, "根子在区级部门", ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), DemoTree.Kinds, Clock);

        Assert.False(OpinionAccess.CanClaim(ActorBuilder.Coordinator(DemoTree.Street), opinion, DemoTree.Build()));
        Assert.True(OpinionAccess.CanClaim(ActorBuilder.Coordinator(DemoTree.Agency), opinion, DemoTree.Build()));
        opinion.Claim(DemoTree.Agency, new DateOnly(2014, 5, 30), ActorBuilder.Coordinator(DemoTree.Agency), DemoTree.Build(), Clock);

        Assert.Equal(OpinionStatus.Claimed, opinion.Status);
        Assert.Equal(DemoTree.Agency, opinion.ClaimedByUnitId);
    }
}
