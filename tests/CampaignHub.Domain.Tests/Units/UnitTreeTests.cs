using CampaignHub.Domain.Common;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Units;

public class UnitTreeTests
{
    // 1 district → 2 street → 3 community, 4 community; 1 → 5 agency
    private static UnitTree Tree() => new([(1, null), (2, 1), (3, 2), (4, 2), (5, 1)]);

    [Fact]
    public void A_subtree_holds_the_unit_and_everything_below_it() =>
        Assert.Equal([2, 3, 4], Tree().SubtreeOf(2).Order());

    [Fact]
    public void A_cycle_in_the_stored_tree_is_detected() =>
        Assert.Throws<DomainException>(() => new UnitTree([(1, 3), (2, 1), (3, 2)]));

    [Fact]
    public void A_unit_can_never_be_moved_under_itself()
    {
        var street = new Unit("东山街道", UnitKind.StreetOrTownship, 1);

        Assert.Throws<DomainException>(() => street.MoveUnder(street.Id, Tree()));
    }

    [Fact]
    public void A_unit_can_never_be_moved_under_its_own_descendant()
    {
        var tree = Tree();
        var street = UnitWithId(2);

        var error = Assert.Throws<DomainException>(() => street.MoveUnder(3, tree));
        Assert.Equal("不能把单位移到其下级单位之下", error.Message);
    }

    [Fact]
    public void A_coordinator_may_edit_their_unit_and_its_sub_units_only()
    {
        var tree = Tree();
        var coordinator = ActorBuilder.Coordinator(2);

        Assert.True(UnitAccess.CanEdit(coordinator, 2, tree));
        Assert.True(UnitAccess.CanEdit(coordinator, 3, tree));
        Assert.False(UnitAccess.CanEdit(coordinator, 1, tree));
        Assert.False(UnitAccess.CanEdit(coordinator, 5, tree));
        Assert.Throws<AccessDeniedException>(() => UnitAccess.EnsureCanEdit(coordinator, 5, tree));
    }

    [Fact]
    public void Leaders_and_supervisors_read_but_do_not_edit_unit_data()
    {
        Assert.False(UnitAccess.CanEdit(ActorBuilder.Leader(), 2, Tree()));
        Assert.False(UnitAccess.CanEdit(ActorBuilder.Supervisor(), 2, Tree()));
        Assert.True(UnitAccess.CanEdit(ActorBuilder.Office(), 2, Tree()));
    }

    [Fact]
    public void A_unit_has_at_most_one_serving_main_leader()
    {
        var unit = new Unit("东山街道", UnitKind.StreetOrTownship);
        unit.AddPerson("张明", "党工委书记", PersonRole.MainLeader);

        Assert.Throws<DomainException>(() => unit.AddPerson("李华", "主任", PersonRole.MainLeader));
    }

    private static Unit UnitWithId(int id)
    {
        var unit = new Unit("单位" + id, UnitKind.StreetOrTownship, 1);
        typeof(Unit).BaseType!.BaseType!.GetProperty("Id")!.SetValue(unit, id);
        return unit;
    }
}
