using CampaignHub.Domain.Units;

namespace CampaignHub.Features.Organisation;

/// <summary>A unit of the organisation page, in tree order (parents first, siblings by display order).</summary>
public sealed record OrganisationUnitDto(
    int Id,
    string Name,
    string? ShortName,
    UnitKind Kind,
    int? ParentId,
    string? ParentName,
    int Depth,
    int DisplayOrder,
    DateOnly? RetiredOn,
    int PeopleInPost,
    bool HasRecords,
    int Version)
{
    public bool IsRetired => RetiredOn is not null;
}

/// <summary>What an administrator enters for a unit (add or edit).</summary>
public sealed class UnitInput
{
    public string Name { get; set; } = string.Empty;

    public string? ShortName { get; set; }

    public UnitKind Kind { get; set; } = UnitKind.Agency;

    public int? ParentId { get; set; }

    public int DisplayOrder { get; set; }
}

/// <summary>A unit in a picker: units in use only, indented by depth.</summary>
public sealed record UnitPickDto(int Id, string Name, string IndentedName);

/// <summary>One problem in an import file: the row, the column, what is wrong (Chinese).</summary>
public sealed record RowError(int Row, string Column, string Message);

/// <summary>A row of a unit import that passed every check.</summary>
public sealed record UnitImportRow(int Row, string Name, string? ParentName, UnitKind Kind, int DisplayOrder);

public sealed record UnitImportPreview(IReadOnlyList<UnitImportRow> Rows, IReadOnlyList<RowError> Errors)
{
    public bool IsValid => Errors.Count == 0 && Rows.Count > 0;
}
