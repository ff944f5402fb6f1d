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

    public Unit(string name, UnitKind kind, int? parentId = null, string? shortName = null)
    {
        Name = Guard.Required(name, "单位名称", 100);
        ShortName = Guard.Optional(shortName, "简称", 30);
        Kind = kind;
        ParentId = parentId;
    }

    public string Name { get; private set; }

    public string? ShortName { get; private set; }

    public UnitKind Kind { get; private set; }

    public int? ParentId { get; private set; }

    public IReadOnlyList<Person> People => _people;

    public string DisplayName => ShortName ?? Name;

    public Person AddPerson(string name, string? title, PersonRole role, DateOnly? joinedOn = null)
    {
        if (role == PersonRole.MainLeader && _people.Any(p => p.Role == PersonRole.MainLeader && p.LeftOn is null))
        {
            throw new DomainException("该单位已有在任主要领导");
        }

        var person = new Person(Id, name, title, role, joinedOn);
        _people.Add(person);
        return person;
    }

    public void PersonLeaves(int personId, DateOnly on) => FindPerson(personId).Leave(on);

    public void RenamePerson(int personId, string name, string? title) => FindPerson(personId).Rename(name, title);

    public void Rename(string name, string? shortName)
    {
        Name = Guard.Required(name, "单位名称", 100);
        ShortName = Guard.Optional(shortName, "简称", 30);
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
    }

    private Person FindPerson(int personId) =>
        _people.FirstOrDefault(p => p.Id == personId) ?? throw new DomainException("找不到该人员");
}
