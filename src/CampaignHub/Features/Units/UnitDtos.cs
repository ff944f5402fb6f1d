using CampaignHub.Features.Units;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Campaigns;

namespace CampaignHub.Features.Units;

public sealed record UnitRefDto(int Id, string Name, UnitKind Kind);

public sealed record PersonDto(int Id, string Name, string? Title, PersonRole Role, DateOnly? JoinedOn, DateOnly? LeftOn);

/// <summary>A row of the unit list: <see cref="Name"/> is the name shown (the short name if any).</summary>
public sealed record UnitTreeNodeDto(int Id, string Name, UnitKind Kind, int Depth, int? ParentId, int PeopleCount, string FullName, string? ShortName);

public sealed record UnitCampaignDto(int CampaignId, string Title, IReadOnlyList<MilestoneDto> Milestones, UnitMilestoneRowDto Row);

public sealed record UnitDetailDto(
    int Id,
    string Name,
    string? ShortName,
    UnitKind Kind,
    IReadOnlyList<UnitRefDto> Ancestors,
    IReadOnlyList<UnitRefDto> Children,
    IReadOnlyList<PersonDto> People,
    IReadOnlyList<UnitCampaignDto> Campaigns,
    bool CanEdit,
    DateOnly Today);

/// <summary>A unit in a picker; <see cref="IndentedName"/> shows its depth in the tree.</summary>
public sealed record UnitOptionDto(int Id, string Name, string IndentedName)
{
    public UnitOptionDto(int id, string name)
        : this(id, name, name)
    {
    }
}
