using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;
using static CampaignHub.Domain.Tests.Builders.StageThreeFixtures;

namespace CampaignHub.Domain.Tests.StageThree;

public class RectificationPlanTests
{
    private readonly UnitTree _tree = DemoTree.Build();
    private readonly FixedClock _clock = Clock();

    [Fact]
    public void Plan_creates_its_rectification_items_with_the_four_haves_through_the_items_own_factory()
    {
        var plan = Plan();

        var item = plan.CreateItem(FullItem(), Keeper(), _tree, _clock);

        Assert.Equal((DemoTree.CampaignId, DemoTree.Street), (item.CampaignId, item.UnitId));
        Assert.True(item.HasAllFourHaves);
        Assert.Equal(RectificationStatus.NotStarted, item.Status);
        Assert.Contains(item.DomainEvents, e => e is RectificationItemCreated);
        var link = Assert.Single(plan.Links);
        Assert.Same(item, link.Item);
        Assert.True(link.CreatedFromPlan);
        Assert.Contains(plan.DomainEvents, e => e is RectificationPlanItemLinked { Created: true });
    }

    [Fact]
    public void Item_created_from_a_plan_is_refused_without_a_title_like_any_item()
    {
        var plan = Plan();

        var error = Assert.Throws<DomainException>(() => plan.CreateItem(FullItem() with { Title = " " }, Keeper(), _tree, _clock));

        Assert.Contains("整改事项名称", error.Message);
        Assert.Empty(plan.Links);
    }

    [Fact]
    public void Plan_links_only_items_of_its_own_unit()
    {
        var plan = Plan();

        var otherUnit = Assert.Throws<DomainException>(() => plan.Link(StoredItem(7, DemoTree.Community), false, Keeper(), _tree, _clock));
        var otherCampaign = Assert.Throws<DomainException>(() => plan.Link(StoredItem(8, DemoTree.Street, campaignId: 99), false, Keeper(), _tree, _clock));
        plan.Link(StoredItem(9, DemoTree.Street), false, Keeper(), _tree, _clock);

        Assert.Equal("只能关联本单位在本次活动中的整改事项", otherUnit.Message);
        Assert.Equal(otherUnit.Message, otherCampaign.Message);
        Assert.Equal(9, Assert.Single(plan.Links).RectificationItemId);
    }

    [Fact]
    public void Item_belongs_to_one_plan_at_most()
    {
        var plan = Plan();
        var item = StoredItem(9, DemoTree.Street);
        plan.Link(item, false, Keeper(), _tree, _clock);

        var twice = Assert.Throws<DomainException>(() => plan.Link(item, false, Keeper(), _tree, _clock));
        var elsewhere = Assert.Throws<DomainException>(() => Plan().Link(StoredItem(10, DemoTree.Street), linkedToAnotherPlan: true, Keeper(), _tree, _clock));

        Assert.Equal("该整改事项已关联到本方案", twice.Message);
        Assert.Equal("该整改事项已关联到其他整改方案或个人整改措施", elsewhere.Message);
    }

    [Fact]
    public void Grassroots_unit_may_file_a_problem_list_instead_of_a_plan()
    {
        var list = Plan(DemoTree.Community, RectificationPlanKind.ProblemList);

        Assert.Equal(RectificationPlanKind.ProblemList, list.Kind);
        Assert.Equal(RectificationPlanKind.ProblemList, RectificationPlanRules.KindsFor(UnitKind.VillageOrCommunity)[0]);
        Assert.True(RectificationPlanRules.WhyCannotFile(RectificationPlanKind.ProblemList, UnitKind.NonPublicOrganisation).IsAllowed);
    }

    [Fact]
    public void Unit_above_the_grassroots_must_make_a_plan_not_a_problem_list()
    {
        var error = Assert.Throws<DomainException>(() => Plan(DemoTree.Street, RectificationPlanKind.ProblemList));

        Assert.StartsWith("只有村、社区和非公有制经济组织、社会组织等基层组织可以列出问题清单", error.Message);
        Assert.DoesNotContain(RectificationPlanKind.ProblemList, RectificationPlanRules.KindsFor(UnitKind.Agency));
    }

    [Fact]
    public void Personal_measures_belong_to_a_member_of_the_team()
    {
        var measures = Plan(kind: RectificationPlanKind.PersonalMeasures, member: Member);
        var coordinator = Assert.Throws<DomainException>(() => Plan(kind: RectificationPlanKind.PersonalMeasures, member: StreetCoordinator));
        var otherUnit = Assert.Throws<DomainException>(() => Plan(DemoTree.Community, RectificationPlanKind.PersonalMeasures, Member));
        var leftPost = Assert.Throws<DomainException>(() => Plan(kind: RectificationPlanKind.PersonalMeasures, member: Member with { InPost = false }));
        var nobody = Assert.Throws<DomainException>(() => Plan(kind: RectificationPlanKind.PersonalMeasures));

        Assert.Equal(Member.PersonId, measures.PersonId);
        Assert.All([coordinator, otherUnit, leftPost, nobody], e => Assert.Equal("个人整改措施须由本单位在任的领导班子成员制定", e.Message));
    }

    [Fact]
    public void Team_plan_names_no_person()
    {
        Assert.Null(Plan(kind: RectificationPlanKind.TeamPlan, member: Member).PersonId);
    }

    [Fact]
    public void Plan_needs_a_title_a_summary_and_the_problems_it_answers()
    {
        var error = Assert.Throws<DomainException>(() => RectificationPlan.File(DemoTree.CampaignId, DemoTree.Street, UnitKind.StreetOrTownship, RectificationPlanKind.TeamPlan, null, Text() with { Problems = "" }, Keeper(), _tree, _clock));

        Assert.Contains("针对的问题", error.Message);
    }

    [Fact]
    public void Another_units_coordinator_may_neither_file_nor_add_items()
    {
        var outsider = ActorBuilder.Coordinator(DemoTree.Agency);

        Assert.Throws<AccessDeniedException>(() => RectificationPlan.File(DemoTree.CampaignId, DemoTree.Street, UnitKind.StreetOrTownship, RectificationPlanKind.TeamPlan, null, Text(), outsider, _tree, _clock));
        var plan = Plan();
        Assert.Equal(RefusalKind.NotPermitted, plan.WhyCannot(PlanAction.AddItem, outsider, _tree).Refusal);
        Assert.Throws<AccessDeniedException>(() => plan.CreateItem(FullItem(), outsider, _tree, _clock));
    }

    [Fact]
    public void Supervision_group_comments_on_the_plans_of_the_units_it_supervises_only()
    {
        var plan = Plan();

        var comment = plan.Comment("措施还需细化到责任人", ActorBuilder.SupervisorOf(DemoTree.Street), _tree, _clock);

        Assert.Equal("督导组", comment.ByRole);
        Assert.Equal(RefusalKind.NotPermitted, plan.WhyCannot(PlanAction.Comment, ActorBuilder.SupervisorOf(DemoTree.Agency), _tree).Refusal);
        Assert.Equal(RefusalKind.NotPermitted, plan.WhyCannot(PlanAction.AddItem, ActorBuilder.SupervisorOf(DemoTree.Street), _tree).Refusal);
    }

    [Fact]
    public void Unlinking_keeps_the_item_and_refuses_an_item_not_linked()
    {
        var plan = Plan();
        plan.Link(StoredItem(9, DemoTree.Street), false, Keeper(), _tree, _clock);

        plan.Unlink(9, Keeper(), _tree, _clock);

        Assert.Empty(plan.Links);
        Assert.Throws<NotFoundException>(() => plan.Unlink(9, Keeper(), _tree, _clock));
    }
}
