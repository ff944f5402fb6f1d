using CampaignHub.Domain.ContactDuties;

namespace CampaignHub.Features.ContactDuties;

public sealed record ResearchTopicDto(int Id, string Title, string? ReportTitle, string? ReportSummary, DateOnly? ReportFiledOn);

/// <summary>One leader's research for the year: the plan (if any), its topics and reports, and the domain's standing.</summary>
public sealed record LeaderResearchDto(
    int PersonId,
    string PersonName,
    string? Title,
    int UnitId,
    string UnitName,
    int? PlanId,
    int PlanVersion,
    DateOnly? FiledOn,
    IReadOnlyList<ResearchTopicDto> Topics,
    ResearchStanding Standing,
    bool CanEdit);

public sealed record ExchangeDto(int Id, DateOnly HeldOn, string Place, string Summary, IReadOnlyList<string> Reports);

/// <summary>A unit's yearly research exchange: held meetings and the domain's standing.</summary>
public sealed record UnitExchangeDto(int UnitId, string UnitName, IReadOnlyList<ExchangeDto> Exchanges, ExchangeStanding Standing, bool CanRecord);

/// <summary>A finished report a unit's exchange may discuss.</summary>
public sealed record ReportOptionDto(int TopicId, int UnitId, string Label);

public sealed record ResearchBoardDto(
    int Year,
    int CurrentYear,
    DateOnly Today,
    IReadOnlyList<LeaderResearchDto> Leaders,
    IReadOnlyList<UnitExchangeDto> Units,
    IReadOnlyList<PersonOptionDto> PlanCandidates,
    IReadOnlyList<ReportOptionDto> Reports)
{
    public int FlaggedLeaders => Leaders.Count(l => l.Standing.IsFlagged);

    public int FlaggedUnits => Units.Count(u => u.Standing.IsFlagged);
}

public sealed record FileResearchPlanRequest(int PersonId, int Year, IReadOnlyList<string> Topics);

public sealed record FileResearchReportRequest(int TopicId, string Title, string Summary, DateOnly FiledOn, int Version);

public sealed record HoldResearchExchangeRequest(int UnitId, DateOnly HeldOn, string Place, string Summary, IReadOnlyList<int> TopicIds);
