using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Briefings;

/// <summary>
/// Who does what with 工作动态、典型事迹 and the 简报: a unit's coordinator reports for their own unit and those below it
/// (the office may enter one for a unit too); only the office (区委学教办) returns, selects, compiles and issues.
/// Everyone on the staff reads issued 简报.
/// </summary>
public static class BriefingAccess
{
    public static ActionAnswer WhyCannotReport(Actor actor, int unitId, UnitTree tree) => ActionAnswer.FirstOf(
        UnitAccess.WhyCannotRecordUnitWork(actor),
        ActionAnswer.When(UnitAccess.CanEdit(actor, unitId, tree), ActionAnswer.NotPermitted("您只能为本单位及下属单位报送稿件")));

    public static ActionAnswer WhyCannotEdit(Actor actor) =>
        ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("只有区委学教办可以处理稿件和编发简报"));

    /// <summary>Drafts of a 简报 are the office's working papers; issued ones every staff member reads.</summary>
    public static bool CanRead(Actor actor, Briefing briefing) => briefing.Status == BriefingStatus.Issued || actor.IsOffice;
}
