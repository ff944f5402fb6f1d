using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.RectificationPlans;

/// <summary>What a unit files to answer its problems.</summary>
public enum RectificationPlanKind
{
    /// <summary>整改方案: the leadership team's plan.</summary>
    TeamPlan = 0,

    /// <summary>个人整改措施: one team member's own measures.</summary>
    PersonalMeasures = 1,

    /// <summary>问题清单: a grassroots organisation's list of problems with their measures, in place of a plan.</summary>
    ProblemList = 2,
}

public static class RectificationPlanKindNames
{
    public static readonly IReadOnlyList<RectificationPlanKind> All = [RectificationPlanKind.TeamPlan, RectificationPlanKind.PersonalMeasures, RectificationPlanKind.ProblemList];

    public static string ToChinese(this RectificationPlanKind kind) => kind switch
    {
        RectificationPlanKind.TeamPlan => "整改方案",
        RectificationPlanKind.PersonalMeasures => "个人整改措施",
        RectificationPlanKind.ProblemList => "问题清单",
        _ => kind.ToString(),
    };

    /// <summary>Whether filing the kind names a team member (personal measures do).</summary>
    public static bool NamesAMember(this RectificationPlanKind kind) => kind == RectificationPlanKind.PersonalMeasures;

    /// <summary>What the plan's summary is called: a problem list states its measures, a plan its goals and measures.</summary>
    public static string SummaryLabel(this RectificationPlanKind kind) => kind == RectificationPlanKind.ProblemList ? "整改措施概要" : "方案概要";

    /// <summary>Whether the kind stands for the unit as a whole (one per unit in a campaign) rather than for one member.</summary>
    public static bool IsTheUnits(this RectificationPlanKind kind) => kind is RectificationPlanKind.TeamPlan or RectificationPlanKind.ProblemList;
}

/// <summary>
/// Which unit files what. A leadership team makes a 整改方案 and each of its members personal measures; villages,
/// communities, non-public and social organisations — the grassroots — may list their problems (问题清单) with the
/// measures instead of a full plan. Other units may not: their team's plan is required.
/// </summary>
public static class RectificationPlanRules
{
    public static bool IsGrassroots(UnitKind kind) => kind is UnitKind.VillageOrCommunity or UnitKind.NonPublicOrganisation;

    /// <summary>The kinds a unit of this kind may file, in the order a page offers them.</summary>
    public static IReadOnlyList<RectificationPlanKind> KindsFor(UnitKind unitKind) =>
        IsGrassroots(unitKind)
            ? [RectificationPlanKind.ProblemList, RectificationPlanKind.TeamPlan, RectificationPlanKind.PersonalMeasures]
            : [RectificationPlanKind.TeamPlan, RectificationPlanKind.PersonalMeasures];

    public static ActionAnswer WhyCannotFile(RectificationPlanKind kind, UnitKind unitKind) => kind switch
    {
        RectificationPlanKind.ProblemList => ActionAnswer.When(IsGrassroots(unitKind), ActionAnswer.NotApplicable(
            "只有村、社区和非公有制经济组织、社会组织等基层组织可以列出问题清单，其他单位领导班子须制定整改方案")),
        RectificationPlanKind.TeamPlan or RectificationPlanKind.PersonalMeasures => ActionAnswer.Allowed,
        _ => ActionAnswer.NotApplicable("请选择整改方案类别"),
    };

    /// <summary>
    /// Personal measures are a team member's own: a leader (主要领导 or 其他领导) in post in the unit.
    /// </summary>
    public static ActionAnswer WhyNotTeamMember(PlanMember? member, int unitId) =>
        member is { } m && m.UnitId == unitId && m.Role.IsLeader() && m.InPost
            ? ActionAnswer.Allowed
            : ActionAnswer.NotApplicable("个人整改措施须由本单位在任的领导班子成员制定");
}

/// <summary>The person whose personal measures these are, as the unit's records show them today.</summary>
public sealed record PlanMember(int PersonId, int UnitId, string Name, PersonRole Role, bool InPost);
