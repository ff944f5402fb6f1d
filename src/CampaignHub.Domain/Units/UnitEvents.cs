using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Units;

/// <summary>Something that happened to a unit of the organisation tree or to the people in it.</summary>
public abstract record UnitEvent(Unit Unit, string Summary) : IDomainEvent;

public sealed record UnitAdded(Unit Unit) : UnitEvent(Unit, $"新增单位“{Unit.Name}”");

/// <summary>Name, kind, order or place in the tree changed (one event however many of them changed at once).</summary>
public sealed record UnitRevised(Unit Unit) : UnitEvent(Unit, $"修改单位“{Unit.Name}”");

public sealed record UnitRetired(Unit Unit) : UnitEvent(Unit, $"撤销单位“{Unit.Name}”");

public sealed record UnitReinstated(Unit Unit) : UnitEvent(Unit, $"恢复单位“{Unit.Name}”");

public sealed record UnitDeleted(Unit Unit) : UnitEvent(Unit, $"删除单位“{Unit.Name}”");

/// <summary>Something that happened to a person in post in the unit.</summary>
public abstract record PersonEvent(Unit Unit, Person Person, string Summary) : UnitEvent(Unit, Summary);

public sealed record PersonJoined(Unit Unit, Person Person) : PersonEvent(Unit, Person, $"{Unit.Name}新增人员{Person.Name}");

public sealed record PersonEdited(Unit Unit, Person Person) : PersonEvent(Unit, Person, $"修改人员{Person.Name}");

public sealed record PersonLeft(Unit Unit, Person Person) : PersonEvent(Unit, Person, $"{Person.Name}离任");
