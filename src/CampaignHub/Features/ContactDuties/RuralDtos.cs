using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;

namespace CampaignHub.Features.ContactDuties;

public sealed record RuralContributionDto(int Id, RuralContributionKind Kind, DateOnly Date, string Text);

/// <summary>A unit's rural point for the year, its contributions, and the domain's “三个一” standing.</summary>
public sealed record RuralPointDto(
    int Id,
    int Version,
    int UnitId,
    string UnitName,
    int Year,
    string VillageName,
    IReadOnlyList<RuralContributionDto> Contributions,
    ThreeOnesStanding Standing,
    ActionAnswer Record);

public sealed record ThreeSendsDto(
    int Id,
    int UnitId,
    string UnitName,
    string SenderName,
    ThreeSendsKind Kind,
    SendRecipientKind RecipientKind,
    string RecipientName,
    DateOnly SentOn,
    string Content);

/// <summary>A unit's “三送” in the year, counted by kind.</summary>
public sealed record UnitThreeSendsDto(int UnitId, string UnitName, ThreeSendsCount Count);

public sealed record JointActivityDto(int Id, DateOnly HeldOn, string Content);

public sealed record PartyPairingDto(
    int Id,
    int Version,
    int OfficeUnitId,
    string OfficeUnitName,
    string OfficeOrganisationName,
    string RuralOrganisationName,
    RuralOrganisationKind RuralKind,
    DateOnly StartedOn,
    DateOnly? EndedOn,
    IReadOnlyList<JointActivityDto> Activities,
    ActionAnswer RecordActivity,
    ActionAnswer End);

/// <summary>The 三送、三个一 and 结对共建 board for a year: every unit's records, and what the actor may record.</summary>
public sealed record RuralBoardDto(
    int Year,
    int CurrentYear,
    DateOnly Today,
    IReadOnlyList<string> Requirements,
    string Source,
    IReadOnlyList<RuralPointDto> Points,
    IReadOnlyList<UnitThreeSendsDto> SendUnits,
    IReadOnlyList<ThreeSendsDto> Sends,
    IReadOnlyList<PartyPairingDto> Pairings,
    IReadOnlyList<OptionDto> RecordableUnits,
    IReadOnlyList<PersonOptionDto> Senders,
    IReadOnlyList<OptionDto> Villages)
{
    public int PointsMet => Points.Count(p => p.Standing.IsMet);

    public int PointsShort => Points.Count(p => !p.Standing.IsMet);
}

/// <summary>A rural point's village and its “三个一” standing, for the compliance pages and the year-end report.</summary>
public sealed record RuralPointSummaryDto(int PointId, string VillageName, ThreeOnesStanding Standing);

/// <summary>One unit's 三个一, 三送 and 结对共建 for a year, as the dashboards and the year-end report show them.</summary>
public sealed record UnitRuralDutiesDto(int UnitId, string UnitName, IReadOnlyList<RuralPointSummaryDto> Points, ThreeSendsCount Sends, int ActivePairings, int JointActivities)
{
    public bool HasAny => Points.Count > 0 || Sends.Total > 0 || ActivePairings > 0;

    public int PointsShort => Points.Count(p => !p.Standing.IsMet);
}

public sealed record DesignateRuralPointRequest(int UnitId, int Year, string VillageName, int? VillageUnitId);

/// <summary>One contribution towards the 三个一: the fields of its kind are required, the others ignored.</summary>
public sealed record RuralContributionRequest(RuralContributionKind Kind, DateOnly Date, string? InstructorName, decimal? AmountYuan, string? VoucherNumber, int? ComputerCount, int Version);

public sealed record RecordThreeSendsRequest(int UnitId, int SenderPersonId, ThreeSendsKind Kind, SendRecipientKind RecipientKind, string RecipientName, DateOnly SentOn, string Content);

public sealed record FormPairingRequest(int OfficeUnitId, string OfficeOrganisationName, int? RuralUnitId, string RuralOrganisationName, RuralOrganisationKind RuralKind, DateOnly StartedOn);

public sealed record JointActivityRequest(DateOnly HeldOn, string Content, int Version);

public sealed record EndPairingRequest(DateOnly EndedOn, int Version);
