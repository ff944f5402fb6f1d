using CampaignHub.Domain.Units;
using CampaignHub.Features.Accounts;
using CampaignHub.Features.Organisation;

namespace CampaignHub.Features.People;

/// <summary>A person on the people page, with the account that belongs to them (if any). The phone is masked unless the viewer administers.</summary>
public sealed record PersonRowDto(
    int Id,
    int UnitId,
    string UnitName,
    string Name,
    string? Title,
    PersonRole Role,
    PersonGrade Grade,
    string? Phone,
    DateOnly? JoinedOn,
    DateOnly? LeftOn,
    IReadOnlyList<AccountDto> Accounts)
{
    public bool InPost => LeftOn is null;
}

/// <summary>What an administrator enters for a person.</summary>
public sealed class PersonInput
{
    public int? UnitId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Title { get; set; }

    public PersonRole Role { get; set; } = PersonRole.Staff;

    public PersonGrade Grade { get; set; } = PersonGrade.Other;

    public string? Phone { get; set; }

    public DateOnly? JoinedOn { get; set; }

    public PersonDetails ToDetails() => new(Name, Title, Role, Grade, Phone);
}

/// <summary>A checked row of a people-and-accounts import: the person, and the account to open for them (if any).</summary>
public sealed record PersonImportRow(int Row, string UnitName, PersonDetails Person, string? UserName, string? Role, string? ScopeUnitName);

public sealed record PeopleImportPreview(IReadOnlyList<PersonImportRow> Rows, IReadOnlyList<RowError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;
}

/// <summary>What an import saved; the one-time passwords of the accounts it opened, to be handed over once.</summary>
public sealed record PeopleImportResult(int People, IReadOnlyList<IssuedPassword> Passwords);
