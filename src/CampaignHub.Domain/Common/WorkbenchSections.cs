namespace CampaignHub.Domain.Common;

/// <summary>The sections of a person's 工作台 (my dashboard).</summary>
[Flags]
public enum WorkbenchSection
{
    None = 0,

    /// <summary>The own unit's and sub-units' overdue and due-soon items (a coordinator's tree).</summary>
    OwnUnitDeadlines = 1,

    /// <summary>Reminders to act on (returned plans, missing filings…).</summary>
    Alerts = 2,

    /// <summary>Units late on milestones, listed with the reminders (those who oversee the whole campaign).</summary>
    LateUnits = 4,

    /// <summary>Flagged units and rectification orders.</summary>
    FlagsAndOrders = 8,

    /// <summary>Units whose satisfaction is low or falling.</summary>
    LowSatisfaction = 16,

    /// <summary>Units whose concentrated education period is under the three-month minimum (those who oversee the whole campaign).</summary>
    ShortEducationPeriods = 32,
}

/// <summary>
/// Which 工作台 sections a person has, by what they answer for: a coordinator their unit tree's deadlines, reminders
/// and orders; a supervisor flags, orders and low satisfaction; the office (and the leaders, who read what it reads)
/// the late units, reminders, orders and low satisfaction.
/// </summary>
public static class WorkbenchSections
{
    public static WorkbenchSection For(bool coordinator, bool supervisor, bool overseesCampaign)
    {
        var sections = WorkbenchSection.None;
        if (coordinator)
        {
            sections |= WorkbenchSection.OwnUnitDeadlines | WorkbenchSection.Alerts | WorkbenchSection.FlagsAndOrders;
        }

        if (supervisor)
        {
            sections |= WorkbenchSection.FlagsAndOrders | WorkbenchSection.LowSatisfaction;
        }

        if (overseesCampaign)
        {
            sections |= WorkbenchSection.Alerts | WorkbenchSection.LateUnits | WorkbenchSection.FlagsAndOrders | WorkbenchSection.LowSatisfaction | WorkbenchSection.ShortEducationPeriods;
        }

        return sections;
    }

    /// <summary>The office and the leaders oversee the whole campaign on their 工作台.</summary>
    public static bool OverseesCampaign(Actor actor) => actor.IsOffice || actor.IsIn(Roles.Leader);

    public static WorkbenchSection For(Actor actor) => For(actor.IsCoordinator, actor.IsSupervisor, OverseesCampaign(actor));
}
