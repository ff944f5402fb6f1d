using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Supervision;

/// <summary>
/// A supervision group (督导组): sent by a unit (e.g. the district committee), with supervisor accounts as members
/// and the units it supervises. Groups supervise one level down (下沉一级): a group's units lie below the unit that
/// sent it, never beside or above it.
/// </summary>
public sealed class SupervisionGroup : AggregateRoot
{
    private readonly List<SupervisionGroupMember> _members = [];
    private readonly List<SupervisedUnit> _units = [];

    private SupervisionGroup()
    {
        Name = string.Empty;
    }

    public SupervisionGroup(string name, int unitId)
    {
        Name = Guard.Required(name, "督导组名称", 50);
        UnitId = unitId;
        Raise(new SupervisionGroupCreated(this));
    }

    public string Name { get; private set; }

    /// <summary>The unit that sent the group; it supervises units below this one.</summary>
    public int UnitId { get; private set; }

    public IReadOnlyList<SupervisionGroupMember> Members => _members;

    public IReadOnlyList<SupervisedUnit> Units => _units;

    public void Rename(string name)
    {
        Name = Guard.Required(name, "督导组名称", 50);
        Revised();
    }

    /// <summary>Sets the supervised units. Each must lie below the group's own unit (supervision one level down).</summary>
    public void Supervise(IEnumerable<int> unitIds, UnitTree tree)
    {
        var wanted = unitIds.Distinct().ToList();
        foreach (var unitId in wanted)
        {
            if (!tree.Contains(unitId))
            {
                throw new NotFoundException("找不到该单位");
            }

            if (unitId == UnitId || !tree.IsAncestorOrSelf(UnitId, unitId))
            {
                throw new DomainException("督导组只能督导派出单位以下的单位（下沉一级督导）");
            }
        }

        _units.RemoveAll(u => !wanted.Contains(u.UnitId));
        foreach (var unitId in wanted.Where(id => _units.All(u => u.UnitId != id)))
        {
            _units.Add(new SupervisedUnit(unitId));
        }

        Revised();
    }

    /// <summary>Sets the members: supervisor accounts, by account id (the caller checks they are supervisors).</summary>
    public void SetMembers(IEnumerable<string> userIds)
    {
        var wanted = userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        _members.RemoveAll(m => !wanted.Contains(m.UserId));
        foreach (var userId in wanted.Where(id => _members.All(m => m.UserId != id)))
        {
            _members.Add(new SupervisionGroupMember(userId));
        }

        Revised();
    }

    public bool Supervises(int unitId) => _units.Any(u => u.UnitId == unitId);

    /// <summary>Dissolves the group (撤销); the store then removes it. Its supervisors keep their accounts.</summary>
    public void Dissolve() => Raise(new SupervisionGroupDissolved(this));

    /// <summary>Name, members and units are set by several verbs in one edit; open screens hear of it once.</summary>
    private void Revised()
    {
        if (!DomainEvents.Any(e => e is SupervisionGroupCreated))
        {
            RaiseInstead<SupervisionGroupRevised>(new SupervisionGroupRevised(this));
        }
    }
}

/// <summary>A supervisor account in a group.</summary>
public sealed class SupervisionGroupMember
{
    private SupervisionGroupMember()
    {
        UserId = string.Empty;
    }

    internal SupervisionGroupMember(string userId) => UserId = userId;

    public int Id { get; private set; }

    public int SupervisionGroupId { get; private set; }

    public string UserId { get; private set; }
}

/// <summary>A unit a group supervises.</summary>
public sealed class SupervisedUnit
{
    private SupervisedUnit()
    {
    }

    internal SupervisedUnit(int unitId) => UnitId = unitId;

    public int Id { get; private set; }

    public int SupervisionGroupId { get; private set; }

    public int UnitId { get; private set; }
}
