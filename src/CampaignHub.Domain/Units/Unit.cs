using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Units;

/// <summary>
/// A participating organisation. Units form a tree (district → departments / streets → sub-units,
/// villages, communities). The tree's integrity (no unit its own ancestor) is checked by
/// <see cref="UnitTree"/>, which sees the whole tree.
/// </summary>
public sealed class Unit : AggregateRoot
{
    private readonly List<Person> _people = [];

    private Unit()
    {
        Name = string.Empty;
    }

    public Unit(string name, UnitKind kind, int? parentId = null, string? shortName = null, int displayOrder = 0)
    {
        Name = Guard.Required(name, "单位名称", NameMaxLength);
        ShortName = Guard.Optional(shortName, "简称", 30);
        Kind = kind;
        ParentId = parentId;
        DisplayOrder = GuardOrder(displayOrder);
        Raise(new UnitAdded(this));
    }

    public const int NameMaxLength = 100;

    /// <summary>Where the unit stands among its siblings (smaller first; ties by id).</summary>
    public int DisplayOrder { get; private set; }

    /// <summary>When the unit was retired (撤销); null while it exists. A retired unit keeps its history.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public bool IsRetired => RetiredOn is not null;

    public string Name { get; private set; }

    public string? ShortName { get; private set; }

    public UnitKind Kind { get; private set; }

    public int? ParentId { get; private set; }

    public IReadOnlyList<Person> People => _people;

    public string DisplayName => ShortName ?? Name;

    public Person AddPerson(string name, string? title, PersonRole role, DateOnly? joinedOn = null) =>
        AddPerson(new PersonDetails(name, title, role, PersonGrade.Other, null), joinedOn);

    /// <summary>A person takes up a post in this unit. A retired unit takes no one; a unit has one main leader in post.</summary>
    public Person AddPerson(PersonDetails details, DateOnly? joinedOn = null)
    {
        if (IsRetired)
        {
            throw new DomainException("该单位已撤销，不能再添加人员");
        }

        EnsureOneMainLeader(details.Role, exceptPersonId: null);
        var person = new Person(Id, details, joinedOn);
        _people.Add(person);
        Raise(new PersonJoined(this, person));
        return person;
    }

    public void PersonLeaves(int personId, DateOnly on)
    {
        var person = FindPerson(personId);
        person.Leave(on);
        Raise(new PersonLeft(this, person));
    }

    public void RenamePerson(int personId, string name, string? title)
    {
        var person = FindPerson(personId);
        person.Rename(name, title);
        Raise(new PersonEdited(this, person));
    }

    /// <summary>Changes a person's name, position, team role, grade and phone; still one main leader in post.</summary>
    public void EditPerson(int personId, PersonDetails details)
    {
        var person = FindPerson(personId);
        if (person.LeftOn is null)
        {
            EnsureOneMainLeader(details.Role, personId);
        }

        person.Edit(details);
        Raise(new PersonEdited(this, person));
    }

    public Person PersonById(int personId) => FindPerson(personId);

    public void Rename(string name, string? shortName)
    {
        Name = Guard.Required(name, "单位名称", NameMaxLength);
        ShortName = Guard.Optional(shortName, "简称", 30);
        Revised();
    }

    public void ChangeKind(UnitKind kind)
    {
        Kind = kind;
        Revised();
    }

    public void SetDisplayOrder(int displayOrder)
    {
        DisplayOrder = GuardOrder(displayOrder);
        Revised();
    }

    /// <summary>
    /// Retires the unit (撤销) from a day on: it leaves pickers and new enrolments but keeps its history. Units under
    /// it must be retired or moved first, so no unit in use hangs under a retired one.
    /// </summary>
    public void Retire(DateOnly on, int unitsInUseBelow)
    {
        if (IsRetired)
        {
            throw new DomainException("该单位已撤销");
        }

        if (unitsInUseBelow > 0)
        {
            throw new DomainException($"该单位下还有{unitsInUseBelow}个未撤销的下级单位，请先撤销或移走下级单位");
        }

        RetiredOn = on;
        Raise(new UnitRetired(this));
    }

    /// <summary>A retired unit joins no new campaign (its past enrolments stay).</summary>
    public void EnsureCanEnrol()
    {
        if (IsRetired)
        {
            throw new DomainException($"“{Name}”已撤销，不能参加新活动");
        }
    }

    /// <summary>Brings a retired unit back; its parent must be in use (a unit is not reinstated under a retired one).</summary>
    public void Reinstate(Unit? parent)
    {
        if (!IsRetired)
        {
            throw new DomainException("该单位未撤销");
        }

        if (parent is { IsRetired: true })
        {
            throw new DomainException($"上级单位“{parent.Name}”已撤销，请先恢复上级单位或把本单位移到其他单位下");
        }

        RetiredOn = null;
        Raise(new UnitReinstated(this));
    }

    /// <summary>
    /// Whether the unit may be deleted rather than retired: only a unit nothing refers to. A unit with records
    /// (enrolments, plans, work items, people, accounts, units under it …) is never deleted, only retired, so its
    /// history stays readable.
    /// </summary>
    public static void EnsureCanBeDeleted(UnitRecords records)
    {
        if (records.Any)
        {
            throw new DomainException($"该单位已有{records.Describe()}，不能删除，只能撤销（历史记录保留）");
        }
    }

    /// <summary>Deletes a unit nothing refers to (<see cref="EnsureCanBeDeleted"/>); the store then removes it.</summary>
    public void Delete(UnitRecords records)
    {
        EnsureCanBeDeleted(records);
        Raise(new UnitDeleted(this));
    }

    /// <summary>Moves the unit under another parent, which must be in use. The tree refuses a cycle.</summary>
    public void MoveUnder(Unit? newParent, UnitTree tree)
    {
        if (newParent is { IsRetired: true })
        {
            throw new DomainException($"上级单位“{newParent.Name}”已撤销，不能移到其下");
        }

        MoveUnder(newParent?.Id, tree);
    }

    /// <summary>Moves the unit under another parent. The tree refuses a cycle.</summary>
    public void MoveUnder(int? newParentId, UnitTree tree)
    {
        if (newParentId is { } parent)
        {
            if (parent == Id)
            {
                throw new DomainException("单位不能成为自己的上级");
            }

            if (tree.IsAncestorOrSelf(Id, parent))
            {
                throw new DomainException("不能把单位移到其下级单位之下");
            }
        }

        ParentId = newParentId;
        Revised();
    }

    /// <summary>An edit touches several fields through several verbs; open screens hear of it once.</summary>
    private void Revised()
    {
        if (!DomainEvents.Any(e => e is UnitAdded))
        {
            RaiseInstead<UnitRevised>(new UnitRevised(this));
        }
    }

    private void EnsureOneMainLeader(PersonRole role, int? exceptPersonId)
    {
        if (role == PersonRole.MainLeader && _people.Any(p => p.Id != exceptPersonId && p.Role == PersonRole.MainLeader && p.LeftOn is null))
        {
            throw new DomainException("该单位已有在任主要领导");
        }
    }

    private static int GuardOrder(int displayOrder) =>
        displayOrder is < 0 or > 99999 ? throw new DomainException("排序必须是0到99999之间的整数") : displayOrder;

    private Person FindPerson(int personId) =>
        _people.FirstOrDefault(p => p.Id == personId) ?? throw new DomainException("找不到该人员");
}
