using CampaignHub.Components.Shared;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Features.RectificationPlans.Components;

namespace CampaignHub.Features.RectificationPlans;

public sealed record PlanFilter(int? UnitId = null, RectificationPlanKind? Kind = null);

/// <summary>The office-wide list of plans, measures and problem lists the actor may read.</summary>
public sealed record PlanListDto(int CampaignId, string CampaignTitle, IReadOnlyList<PlanRowDto> Rows, IReadOnlyList<PlanUnitOption> Filing);

public sealed record PlanRowDto(int Id, int UnitId, string UnitName, RectificationPlanKind Kind, string KindText, string? PersonName, string Title, string Problems, DateOnly FiledOn, int ItemCount, int FinishedCount, int CommentCount);

/// <summary>A unit the actor may file for, with the kinds the domain allows it and its team members.</summary>
public sealed record PlanUnitOption(int UnitId, string UnitName, IReadOnlyList<RectificationPlanKind> Kinds, IReadOnlyList<PlanMemberOption> Members);

public sealed record PlanMemberOption(int PersonId, string Name);

public sealed record FilePlanInput(int UnitId, RectificationPlanKind Kind, int? PersonId, string? Title, string? Summary, string? Problems);

public sealed record RevisePlanInput(int Version, string? Title, string? Summary, string? Problems);


public sealed record LinkItemInput(int RectificationItemId);

/// <summary>A plan with its linked items as they stand now, its comments, and what the viewer may do.</summary>
public sealed record PlanDetailDto(
    int Id,
    int Version,
    int CampaignId,
    int UnitId,
    string UnitName,
    RectificationPlanKind Kind,
    string KindText,
    string? PersonName,
    string Title,
    string Summary,
    string Problems,
    DateOnly FiledOn,
    IReadOnlyList<PlanItemDto> Items,
    IReadOnlyList<CommentView> Comments,
    IReadOnlyList<PickOption> Linkable,
    IReadOnlyDictionary<PlanAction, ActionAnswer> Answers)
{
    public ActionAnswer Can(PlanAction action) => Answers.GetValueOrDefault(action) ?? ActionAnswer.NotPermitted("您无权执行该操作");
}

/// <summary>One linked rectification item, read live from the item itself.</summary>
public sealed record PlanItemDto(int Id, string Title, RectificationStatus Status, string StatusText, int ProgressPercent, string? ResponsiblePerson, DateOnly? Deadline, int DaysOverdue, string? MissingFourHaves, bool CreatedFromPlan);



/// <summary>Where a rectification item came from: the plan or measures that created or took it up.</summary>
public sealed record PlanOriginDto(int PlanId, string KindText, string Title, string? PersonName, bool CreatedFromPlan);
