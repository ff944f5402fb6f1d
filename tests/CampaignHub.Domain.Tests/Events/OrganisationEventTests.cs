using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Events;

public class OrganisationEventTests
{
    [Fact]
    public void Adding_a_unit_raises_UnitAdded_and_later_edits_in_the_same_step_add_nothing()
    {
        var unit = new Unit("东山街道", UnitKind.StreetOrTownship, 1);
        unit.Rename("东山街道办事处", "东山街道");
        unit.SetDisplayOrder(3);

        Assert.Equal("新增单位“东山街道”", Assert.IsType<UnitAdded>(Assert.Single(unit.DomainEvents)).Summary);
    }

    [Fact]
    public void Editing_a_unit_through_several_verbs_raises_one_UnitRevised()
    {
        var unit = new Unit("东山街道", UnitKind.StreetOrTownship, 1);
        unit.ClearDomainEvents();

        unit.Rename("东山街道办事处", null);
        unit.ChangeKind(UnitKind.StreetOrTownship);
        unit.SetDisplayOrder(2);

        Assert.Equal("修改单位“东山街道办事处”", Assert.IsType<UnitRevised>(Assert.Single(unit.DomainEvents)).Summary);
    }

    [Fact]
    public void Retiring_reinstating_and_deleting_a_unit_raise_their_events()
    {
        var unit = new Unit("竹山社区", UnitKind.VillageOrCommunity, 2);
        unit.ClearDomainEvents();

        unit.Retire(new DateOnly(2014, 5, 1), unitsInUseBelow: 0);
        unit.Reinstate(parent: null);
        unit.Delete(new UnitRecords());

        Assert.Equal(
            ["撤销单位“竹山社区”", "恢复单位“竹山社区”", "删除单位“竹山社区”"],
            unit.DomainEvents.Cast<UnitEvent>().Select(e => e.Summary));
    }

    [Fact]
    public void A_unit_with_records_cannot_be_deleted_and_raises_nothing()
    {
        var unit = new Unit("竹山社区", UnitKind.VillageOrCommunity, 2);
        unit.ClearDomainEvents();

        Assert.Throws<DomainException>(() => unit.Delete(new UnitRecords { WorkItems = 3 }));

        Assert.Empty(unit.DomainEvents);
    }

    [Fact]
    public void People_joining_changing_and_leaving_post_raise_person_events_on_their_unit()
    {
        var unit = new Unit("区民政局", UnitKind.Agency, 1);
        unit.ClearDomainEvents();

        var person = unit.AddPerson("赵德明", "局长", PersonRole.MainLeader);
        unit.RenamePerson(person.Id, "赵德明", "党组书记、局长");
        unit.PersonLeaves(person.Id, new DateOnly(2014, 6, 30));

        Assert.Equal(
            ["区民政局新增人员赵德明", "修改人员赵德明", "赵德明离任"],
            unit.DomainEvents.Cast<PersonEvent>().Select(e => e.Summary));
    }

    [Fact]
    public void A_supervision_group_raises_one_event_per_step()
    {
        var tree = new UnitTree([(1, (int?)null), (2, 1), (3, 1)]);
        var group = new SupervisionGroup("区委第一督导组", 1);
        group.Supervise([2], tree);
        group.SetMembers(["u1"]);
        Assert.IsType<SupervisionGroupCreated>(Assert.Single(group.DomainEvents));
        group.ClearDomainEvents();

        group.Rename("区委第二督导组");
        group.Supervise([2, 3], tree);
        Assert.Equal("修改督导组“区委第二督导组”", Assert.IsType<SupervisionGroupRevised>(Assert.Single(group.DomainEvents)).Summary);
        group.ClearDomainEvents();

        group.Dissolve();
        Assert.IsType<SupervisionGroupDissolved>(Assert.Single(group.DomainEvents));
    }
}
