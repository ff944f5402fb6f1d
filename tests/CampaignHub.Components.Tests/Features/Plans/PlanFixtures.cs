using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Plans;

namespace CampaignHub.Components.Tests.Features.Plans;

/// <summary>
/// Plans built through the real domain (draft → submit → return/approve) and shown to a viewer the way
/// <c>PlanService</c> does: every action answered by <see cref="ImplementationPlan.WhyCannot(PlanAction, Actor, int, PlanStatus?, UnitTree?, ExperienceReport?)"/>.
/// </summary>
internal static class PlanFixtures
{
    public const int CampaignId = 1;
    public const int UnitId = 12;
    public const int OtherUnitId = 13;

    public static readonly UnitTree Tree = new([(1, null), (UnitId, 1), (OtherUnitId, 1)]);
    public static readonly IClock Clock = new ShiftedClock(new DateOnly(2014, 4, 10), DateTimeOffset.UtcNow);

    public static readonly Actor Office = new("office", "活动办张主任", new HashSet<string> { Roles.Office }, null);
    public static readonly Actor Coordinator = new("unit", "竹山社区联络员", new HashSet<string> { Roles.Coordinator }, UnitId);
    public static readonly Actor OtherCoordinator = new("unit2", "上坊社区联络员", new HashSet<string> { Roles.Coordinator }, OtherUnitId);

    public static readonly PlanText Complete = new("指导思想", "主要内容", "时间安排", "组织领导");

    /// <summary>A plan in the given state (null: none written yet), as the viewer would receive it.</summary>
    public static PlanDto PlanAs(Actor viewer, PlanStatus? status, int experiences = 4)
    {
        ImplementationPlan? plan = null;
        if (status is not null)
        {
            plan = ImplementationPlan.Draft(CampaignId, UnitId, Complete, Coordinator, Tree, Clock);
            if (status != PlanStatus.Draft)
            {
                plan.Submit(Coordinator, Tree, Clock, Experience(4));
            }

            if (status == PlanStatus.Returned)
            {
                plan.Return("指导思想未结合社区实际", Office, Clock);
            }
            else if (status == PlanStatus.Approved)
            {
                plan.Approve(null, Office, Clock, Experience(4));
            }
        }

        return new PlanDto(
            plan?.Id,
            CampaignId,
            "“为民务实清廉”活动",
            UnitId,
            "竹山社区",
            plan?.Status,
            plan?.Text ?? PlanText.Empty,
            plan?.Version,
            plan?.ReturnReason,
            plan is null ? null : Coordinator.DisplayName,
            plan?.UpdatedAt,
            plan?.Versions.Select(v => new PlanVersionDto(v.Number, v.Text, v.SubmittedByName, v.SubmittedAt, v.Decision, v.DecisionComment, v.DecidedByName, v.DecidedAt)).ToList() ?? [],
            Experience(experiences),
            PlanDto.AnswersFor(viewer, UnitId, plan?.Status, Tree, Experience(experiences)));
    }

    public static ExperienceReport Experience(int count, int awaiting = 0) =>
        new(count, awaiting, count - awaiting, FrontlineExperienceRule.Verdict(count), FrontlineExperienceRule.Message(count));

    /// <summary>What the office may do with a row of the review list, as the overview service asks the domain.</summary>
    public static (ActionAnswer Approve, ActionAnswer Return) ReviewAnswers(int unitId, PlanStatus? status, int experiences) =>
        (ImplementationPlan.WhyCannot(PlanAction.Approve, Office, unitId, status, Tree, Experience(experiences)),
         ImplementationPlan.WhyCannot(PlanAction.Return, Office, unitId, status, Tree, Experience(experiences)));
}
