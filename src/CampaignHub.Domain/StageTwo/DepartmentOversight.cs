using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.StageTwo;

/// <summary>
/// 分管: a member of a unit's leadership team oversees a department (a unit below it) in this campaign, so the
/// member must talk with that department's head. Kept by the unit.
/// </summary>
public sealed class DepartmentOversight : AggregateRoot
{
    private DepartmentOversight()
    {
    }

    private DepartmentOversight(int campaignId, int unitId, int memberPersonId, int departmentUnitId)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        MemberPersonId = memberPersonId;
        DepartmentUnitId = departmentUnitId;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public int MemberPersonId { get; private set; }

    public int DepartmentUnitId { get; private set; }

    /// <summary>
    /// Records that the member oversees the department. <paramref name="isDepartmentBelow"/>: the department is a unit
    /// directly or indirectly below the team's unit (the caller reads the unit tree).
    /// </summary>
    public static DepartmentOversight Assign(int campaignId, int unitId, int memberPersonId, int departmentUnitId, bool isDepartmentBelow, Actor actor)
    {
        StageTwoAccess.WhyCannotKeep(actor, unitId).Ensure();
        if (memberPersonId <= 0 || departmentUnitId <= 0)
        {
            throw new DomainException("请选择班子成员和分管部门");
        }

        if (!isDepartmentBelow)
        {
            throw new DomainException("分管部门必须是本单位的下属单位");
        }

        var oversight = new DepartmentOversight(campaignId, unitId, memberPersonId, departmentUnitId);
        oversight.Raise(new OversightAssigned(oversight));
        return oversight;
    }

    public void Remove(Actor actor)
    {
        StageTwoAccess.WhyCannotKeep(actor, UnitId).Ensure();
        Raise(new OversightRemoved(this));
    }
}
