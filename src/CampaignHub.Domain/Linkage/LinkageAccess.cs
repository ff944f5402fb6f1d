using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Linkage;

/// <summary>
/// Who keeps a unit's 双联动 records (visits to upper departments, visits to the grassroots): the office for any unit,
/// a coordinator for their own unit and those below it. Those who oversee the campaign read every unit's records.
/// </summary>
public static class LinkageAccess
{
    public static ActionAnswer WhyCannotRecord(Actor actor, int unitId, UnitTree tree) => ActionAnswer.FirstOf(
        UnitAccess.WhyCannotRecordUnitWork(actor),
        ActionAnswer.When(UnitAccess.CanEdit(actor, unitId, tree), ActionAnswer.NotPermitted("您只能登记本单位及下属单位的联动情况")));

    public static bool CanRead(Actor actor, int unitId, UnitTree tree) => UnitAccess.CanReadWorkOf(actor, unitId, tree);
}
