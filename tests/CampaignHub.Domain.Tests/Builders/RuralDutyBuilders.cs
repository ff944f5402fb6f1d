using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using static CampaignHub.Domain.Tests.Builders.ContactDutyBuilders;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>Rural points, 三送 and 结对共建 for the contact-duty tests: unit 2 helps a village in 2014, today 2014-04-10.</summary>
public static class RuralDutyBuilders
{
    public static Actor Coordinator => ActorBuilder.Coordinator(UnitId);

    public static FixedClock Today => Clocks.AtChina(2014, 4, 10);

    public static RuralPoint Point(string village = "淳化街道新建村", int year = 2014) =>
        RuralPoint.Designate(UnitId, year, village, null, [], Coordinator, Tree(), Today);

    /// <summary>A cadre of unit 2, in post since 2010.</summary>
    public static Person Cadre(string name = "王明", int id = 21)
    {
        var unit = UnitBuilder.WithId(UnitId, "区民政局", kind: UnitKind.Agency);
        return unit.AddPerson(name, "科员", PersonRole.Staff, new DateOnly(2010, 1, 1)).WithId(id);
    }

    /// <summary>Unit 2 is an agency (机关); unit 4 a village in the tree.</summary>
    public static Unit Agency => UnitBuilder.WithId(UnitId, "区民政局", kind: UnitKind.Agency);

    public static Unit Village => UnitBuilder.WithId(4, "新建村", parentId: 1, kind: UnitKind.VillageOrCommunity);

    public static UnitTree TreeWithVillage() => new([(1, null), (UnitId, 1), (OtherUnitId, 1), (4, 1)]);
}
