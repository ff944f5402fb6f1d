using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Commitments;

/// <summary>
/// A campaign's commitment ledger (办实事台账): the office sets the date by which every unit must have
/// filed ("4月底报机关党委", 002). One per campaign (the store keeps it unique).
/// </summary>
public sealed class CommitmentLedger : AggregateRoot
{
    private CommitmentLedger()
    {
        SetBy = string.Empty;
    }

    private CommitmentLedger(int campaignId, DateOnly dueDate, string setBy)
    {
        CampaignId = campaignId;
        DueDate = dueDate;
        SetBy = setBy;
    }

    public int CampaignId { get; private set; }

    /// <summary>The last day (China time) on which filing is on time.</summary>
    public DateOnly DueDate { get; private set; }

    public string SetBy { get; private set; }

    public static CommitmentLedger Open(int campaignId, DateOnly dueDate, Actor actor)
    {
        EnsureOffice(actor);
        var ledger = new CommitmentLedger(campaignId, dueDate, actor.UserName);
        ledger.Raise(new LedgerDueDateSet(ledger));
        return ledger;
    }

    public void SetDueDate(DateOnly dueDate, Actor actor)
    {
        EnsureOffice(actor);
        DueDate = dueDate;
        SetBy = actor.UserName;
        Raise(new LedgerDueDateSet(this));
    }

    /// <summary>Only the office sets (and changes) the ledger's due date.</summary>
    public static ActionAnswer WhyCannotSetDueDate(Actor actor) =>
        ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("只有活动办可以设置台账报送时限"));

    private static void EnsureOffice(Actor actor) => WhyCannotSetDueDate(actor).Ensure();
}

/// <summary>A unit's filing against the ledger's due date; the state reuses the milestone rule.</summary>
public sealed record UnitFiling(int UnitId, int Count, DateOnly? FirstFiledOn, MilestoneState State)
{
    public bool FiledByDueDate => State == MilestoneState.MetOnTime;
}

/// <summary>How many commitments one unit filed and the date of its first.</summary>
public sealed record UnitFiled(int UnitId, int Count, DateOnly FirstFiledOn);

/// <summary>Which units have filed commitments, pure.</summary>
public static class LedgerFiling
{
    /// <summary>
    /// For each participating unit: how many commitments it filed and whether its first one came by
    /// the due date. A cancelled commitment still counts as filed: the ledger was reported.
    /// </summary>
    public static IReadOnlyList<UnitFiling> Evaluate(DateOnly dueDate, IEnumerable<int> unitIds, IEnumerable<Commitment> commitments, DateOnly today) =>
        EvaluateFiled(dueDate, unitIds, commitments.GroupBy(c => c.ResponsibleUnitId).Select(g => new UnitFiled(g.Key, g.Count(), g.Min(c => c.FiledOn))), today);

    /// <summary>
    /// The same rule from each unit's count and first filing date (what a database can group and count without
    /// loading every commitment).
    /// </summary>
    public static IReadOnlyList<UnitFiling> EvaluateFiled(DateOnly dueDate, IEnumerable<int> unitIds, IEnumerable<UnitFiled> filedByUnit, DateOnly today)
    {
        var byUnit = filedByUnit.ToDictionary(f => f.UnitId);
        return unitIds.Distinct().Select(unitId =>
        {
            var filed = byUnit.GetValueOrDefault(unitId);
            DateOnly? first = filed?.FirstFiledOn;
            return new UnitFiling(unitId, filed?.Count ?? 0, first, MilestoneStatus.Evaluate(dueDate, first, today));
        }).ToList();
    }

    /// <summary>The units with no commitment filed on or before the due date (late filers included).</summary>
    public static IReadOnlyList<int> UnitsNotFiled(DateOnly dueDate, IEnumerable<int> unitIds, IEnumerable<Commitment> commitments, DateOnly today) =>
        Evaluate(dueDate, unitIds, commitments, today).Where(f => !f.FiledByDueDate).Select(f => f.UnitId).ToList();
}
