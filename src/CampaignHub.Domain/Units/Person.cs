using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Units;

/// <summary>A person of a unit: a leader or the coordinator. Part of the <see cref="Unit"/> aggregate.</summary>
public sealed class Person : Entity
{
    private Person()
    {
        Name = string.Empty;
    }

    internal Person(int unitId, PersonDetails details, DateOnly? joinedOn)
    {
        UnitId = unitId;
        Name = string.Empty;
        Edit(details);
        JoinedOn = joinedOn;
    }

    public int UnitId { get; private set; }

    public string Name { get; private set; }

    public string? Title { get; private set; }

    public PersonRole Role { get; private set; }

    public PersonGrade Grade { get; private set; }

    /// <summary>Contact phone; personal data, shown masked to everyone but the administrators.</summary>
    public string? Phone { get; private set; }

    /// <summary>When the person took up the post; null when they held it before the records start.</summary>
    public DateOnly? JoinedOn { get; private set; }

    /// <summary>When the person left the post; null while in post.</summary>
    public DateOnly? LeftOn { get; private set; }

    public bool IsActiveOn(DateOnly day) => (JoinedOn is null || JoinedOn <= day) && (LeftOn is null || LeftOn >= day);

    internal void Leave(DateOnly on)
    {
        if (JoinedOn is { } joined && on < joined)
        {
            throw new DomainException("离任日期不能早于到任日期");
        }

        LeftOn = on;
    }

    internal void Rename(string name, string? title)
    {
        Name = Guard.Required(name, "姓名", 50);
        Title = Guard.Optional(title, "职务", 100);
    }

    internal void Edit(PersonDetails details)
    {
        Rename(details.Name, details.Title);
        Role = Enum.IsDefined(details.Role) ? details.Role : throw new DomainException("请选择班子角色");
        Grade = Enum.IsDefined(details.Grade) ? details.Grade : throw new DomainException("请选择职级");
        Phone = PersonDetails.CheckPhone(details.Phone);
    }
}
