using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Opinions;

/// <summary>
/// Where a rooted-above opinion (表现在下、根子在上) may be sent. The root of a problem found below is usually not
/// the direct parent but the district department that sets the rule (江宁群办发〔2014〕8号: "对需要上级部门共同解决
/// 的问题，要及时向区相关部门……报告"). So the claimer names the unit:
/// <list type="bullet">
/// <item>any unit above the one where the problem showed (its ancestors, up to the district itself), or</item>
/// <item>a district-level department: a unit directly under the district whose kind is 区委/区政府部门,
/// 执法监管部门和窗口单位 or 直属单位 (e.g. 区人社局, 区城管局). Streets and townships, communities, hospitals and
/// non-public organisations are not departments that set rules for others, and a department's own sub-units are
/// not district level.</item>
/// </list>
/// Never the unit itself or anything below it: that would not be "above".
/// </summary>
public static class RootedAboveTargets
{
    /// <summary>The kinds of unit that count as departments when they sit directly under the district.</summary>
    public static readonly IReadOnlySet<UnitKind> DepartmentKinds = new HashSet<UnitKind>
    {
        UnitKind.Agency,
        UnitKind.LawEnforcementOrServiceWindow,
        UnitKind.DirectlyAffiliated,
    };

    public static bool IsDistrictDepartment(int unitId, UnitTree tree, IReadOnlyDictionary<int, UnitKind> kinds) =>
        kinds.TryGetValue(unitId, out var kind) && DepartmentKinds.Contains(kind)
        && tree.ParentOf(unitId) is { } parent && kinds.TryGetValue(parent, out var parentKind) && parentKind == UnitKind.District;

    /// <summary>Why the opinion found at <paramref name="fromUnitId"/> cannot go to <paramref name="targetUnitId"/>, or null.</summary>
    public static string? WhyNot(int fromUnitId, int targetUnitId, UnitTree tree, IReadOnlyDictionary<int, UnitKind> kinds)
    {
        if (!tree.Contains(targetUnitId))
        {
            return "找不到接收单位";
        }

        if (tree.Contains(fromUnitId) && tree.ParentOf(fromUnitId) is null)
        {
            return "该单位没有上级单位，无法上报";
        }

        if (targetUnitId == fromUnitId)
        {
            return "不能上报给本单位";
        }

        if (tree.Contains(fromUnitId) && tree.IsAncestorOrSelf(fromUnitId, targetUnitId))
        {
            return "不能上报给本单位的下级单位";
        }

        if (tree.Contains(fromUnitId) && tree.Ancestors(fromUnitId).Contains(targetUnitId))
        {
            return null;
        }

        return IsDistrictDepartment(targetUnitId, tree, kinds) ? null : "只能上报给上级单位或区级部门";
    }

    /// <summary>Every unit the opinion found at <paramref name="fromUnitId"/> may go to: ancestors first (nearest first), then the departments.</summary>
    public static IReadOnlyList<int> For(int fromUnitId, UnitTree tree, IReadOnlyDictionary<int, UnitKind> kinds)
    {
        var ancestors = tree.Contains(fromUnitId) ? tree.Ancestors(fromUnitId).ToList() : [];
        var departments = kinds.Keys.Where(id => !ancestors.Contains(id) && WhyNot(fromUnitId, id, tree, kinds) is null).OrderBy(id => id);
        return ancestors.Concat(departments).ToList();
    }
}
