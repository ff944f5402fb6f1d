using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>Units with store-assigned ids, as they come back from the database.</summary>
public static class UnitBuilder
{
    public static Unit WithId(int id, string? name = null, int? parentId = 1, UnitKind kind = UnitKind.StreetOrTownship)
    {
        var unit = new Unit(name ?? "单位" + id, kind, parentId);
        typeof(Unit).BaseType!.BaseType!.GetProperty("Id")!.SetValue(unit, id);
        return unit;
    }

    public static PersonDetails Person(string name = "张三", PersonRole role = PersonRole.OtherLeader, string? phone = null, PersonGrade grade = PersonGrade.TownshipOrSection) =>
        new(name, "副主任", role, grade, phone);
}
