using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Evaluation;

/// <summary>
/// Who takes part in a unit's final evaluation (民主评议), its redo (返工补课) and the records of its principal leader
/// (一把手). The office organises the evaluation, enters the anonymous ballots, closes it, sets and judges the redo,
/// and records the principal leader's 专项述职, 约谈 and 群众评议 (the upper organisation's checks on the 一把手). The
/// unit (its coordinator, or the office) does the redo work and reports on it. The supervision group of the unit
/// comments, as it does on the unit's stage two. Reading follows stage two: overseers every unit, a coordinator
/// their own tree.
/// </summary>
public static class EvaluationAccess
{
    public static ActionAnswer WhyCannotOrganise(Actor actor) =>
        ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("只有活动办可以组织民主评议、验收返工补课和记录一把手情况"));

    /// <summary>The redo's work and report: the unit's own keeper.</summary>
    public static ActionAnswer WhyCannotRedo(Actor actor, int unitId) =>
        ActionAnswer.When(StageTwoAccess.Keeps(actor, unitId), ActionAnswer.NotPermitted("只有本单位联络员或活动办可以填报返工补课情况"));

    /// <summary>The supervision group's comment, as on the unit's stage two.</summary>
    public static ActionAnswer WhyCannotComment(Actor actor, int unitId) => StageTwoAccess.WhyCannotSuperviseAsGroup(actor, unitId);

    public static bool CanRead(Actor actor, int unitId, UnitTree tree) => StageTwoAccess.CanRead(actor, unitId, tree);

    public static void EnsureCanRead(Actor actor, int unitId, UnitTree tree)
    {
        if (!CanRead(actor, unitId, tree))
        {
            throw new AccessDeniedException("您只能查看本单位及下属单位的民主评议和返工补课情况");
        }
    }
}
