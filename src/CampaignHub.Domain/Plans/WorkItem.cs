using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Plans;

/// <summary>
/// A planned activity of a unit in a campaign (工作事项/体验活动): Planned → Approved → InProgress → Done,
/// or Cancelled. Nothing starts before the unit's plan is approved (seed 001). Frontline experience items
/// are approved one by one by the office before they run (seed 000); other kinds are approved together
/// with the plan and start straight from Planned. Its own aggregate so rows of a grid save independently.
/// </summary>
public sealed class WorkItem : AggregateRoot
{
    private readonly List<WorkItemEvidence> _evidence = [];

    private WorkItem()
    {
        Title = string.Empty;
        CreatedBy = string.Empty;
        UpdatedBy = string.Empty;
    }

    private WorkItem(int campaignId, int unitId, Actor actor, DateTimeOffset now)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Title = string.Empty;
        Status = WorkItemStatus.Planned;
        CreatedBy = actor.UserName;
        CreatedAt = now;
        UpdatedBy = actor.UserName;
        UpdatedAt = now;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public string Title { get; private set; }

    public WorkItemKind Kind { get; private set; }

    public int? PhaseId { get; private set; }

    public int? MilestoneId { get; private set; }

    /// <summary>The last day on which the item is on time (China calendar).</summary>
    public DateOnly PlannedDate { get; private set; }

    /// <summary>The responsible leader (a <see cref="Person"/> of the unit).</summary>
    public int? ResponsiblePersonId { get; private set; }

    /// <summary>Set only for <see cref="WorkItemKind.GrassrootsVisit"/>.</summary>
    public GrassrootsVisitTheme? VisitTheme { get; private set; }

    public WorkItemStatus Status { get; private set; }

    public int ProgressPercent { get; private set; }

    public string? Notes { get; private set; }

    public string? CancelReason { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<WorkItemEvidence> Evidence => _evidence;

    public WorkItemDetails Details => new(Title, Kind, PlannedDate, PhaseId, MilestoneId, ResponsiblePersonId, VisitTheme, Notes);

    /// <summary>The values the pure computations (overdue, roll-up, 3–5 rule, leader visits) read.</summary>
    public WorkItemSnapshot Snapshot => new(Id, UnitId, Kind, Status, ProgressPercent, PlannedDate, ResponsiblePersonId, VisitTheme);

    /// <summary>Adds an item to a unit's list. Only someone who may edit the unit may.</summary>
    public static WorkItem Plan(int campaignId, int unitId, WorkItemDetails details, Actor actor, UnitTree tree, IClock clock)
    {
        if (campaignId <= 0 || unitId <= 0)
        {
            throw new DomainException("工作事项必须属于一个活动和一个单位");
        }

        UnitAccess.EnsureCanEdit(actor, unitId, tree);
        details.EnsureValid();
        var item = new WorkItem(campaignId, unitId, actor, clock.UtcNow);
        item.Apply(details);
        item.Raise(new WorkItemPlanned(item));
        return item;
    }

    /// <summary>
    /// Adds a whole imported list at once (all rows already valid). The unit's list changed once: the items record one
    /// import rather than one addition per row.
    /// </summary>
    public static IReadOnlyList<WorkItem> Import(int campaignId, int unitId, IReadOnlyList<WorkItemDetails> rows, Actor actor, UnitTree tree, IClock clock)
    {
        var items = rows.Select(details => Plan(campaignId, unitId, details, actor, tree, clock)).ToList();
        foreach (var item in items)
        {
            item.ClearDomainEvents();
        }

        if (items.Count > 0)
        {
            items[0].Raise(new WorkItemsImported(campaignId, unitId, items.Count));
        }

        return items;
    }

    /// <summary>
    /// The inline edit: every editable field in one call. Progress is entered only while the item runs.
    /// Changing what an approved experience item is (title, kind, date) sends it back for approval.
    /// </summary>
    public void Edit(WorkItemDetails details, int progressPercent, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(WorkItemAction.Edit, actor, tree, unitPlanStatus: null).Ensure();
        details.EnsureValid();
        Guard.Percent(progressPercent);

        if (Status == WorkItemStatus.InProgress && details.Kind != Kind)
        {
            throw new DomainException("事项开始后不能更改类型");
        }

        if (progressPercent != ProgressPercent)
        {
            WhyCannot(WorkItemAction.EnterProgress, actor, tree, unitPlanStatus: null).Ensure();
        }

        var substanceChanged = details.Title?.Trim() != Title || details.Kind != Kind || details.PlannedDate != PlannedDate;
        if (Status == WorkItemStatus.Approved && substanceChanged && (Kind.RequiresItemApproval() || details.Kind.RequiresItemApproval()))
        {
            Status = WorkItemStatus.Planned;
            ApprovedBy = null;
            ApprovedAt = null;
        }

        Apply(details);
        ProgressPercent = progressPercent;
        Touch(actor, clock);
        Raise(new WorkItemProgressed(this, progressPercent));
    }

    /// <summary>Updates only the progress of a running item.</summary>
    public void UpdateProgress(int progressPercent, Actor actor, UnitTree tree, IClock clock) =>
        Edit(Details, progressPercent, actor, tree, clock);

    /// <summary>The office approves the item. Required for frontline experience items before they run.</summary>
    public void Approve(Actor actor, IClock clock)
    {
        WhyCannot(WorkItemAction.Approve, actor, tree: null, unitPlanStatus: null).Ensure();

        Status = WorkItemStatus.Approved;
        ApprovedBy = actor.UserName;
        ApprovedAt = clock.UtcNow;
        Touch(actor, clock);
        Raise(new WorkItemApproved(this));
    }

    /// <summary>
    /// What the actor may do with this item now, and why not (<see cref="WorkItemActionRules"/>). The verbs refuse with
    /// exactly this answer, so the grid's buttons and the server never disagree. <paramref name="unitPlanStatus"/> is
    /// the unit's plan status, read from the plan by the caller (it matters for starting and completing).
    /// </summary>
    public ActionAnswer WhyCannot(WorkItemAction action, Actor actor, UnitTree? tree, PlanStatus? unitPlanStatus) =>
        WorkItemActionRules.WhyCannot(action, new WorkItemFacts(UnitId, Kind, Status, _evidence.Count, unitPlanStatus), actor, tree);

    /// <summary>Starts the item. The unit's plan status is passed in by the caller, read from the plan.</summary>
    public void Start(PlanStatus? unitPlanStatus, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(WorkItemAction.Start, actor, tree, unitPlanStatus).Ensure();

        Status = WorkItemStatus.InProgress;
        StartedOn = clock.Today;
        Touch(actor, clock);
        Raise(new WorkItemStarted(this));
    }

    /// <summary>Completes a running item: progress becomes 100. At least one evidence file is required (seed 000).</summary>
    public void Complete(PlanStatus? unitPlanStatus, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(WorkItemAction.Complete, actor, tree, unitPlanStatus).Ensure();

        Status = WorkItemStatus.Done;
        ProgressPercent = 100;
        CompletedOn = clock.Today;
        Touch(actor, clock);
        Raise(new WorkItemCompleted(this));
    }

    /// <summary>Cancels an open item, with a reason. Cancelled items leave every count and roll-up.</summary>
    public void Cancel(string reason, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(WorkItemAction.Cancel, actor, tree, unitPlanStatus: null).Ensure();
        CancelReason = Guard.Required(reason, "取消原因", 500);
        Status = WorkItemStatus.Cancelled;
        Touch(actor, clock);
        Raise(new WorkItemCancelled(this));
    }

    /// <summary>
    /// Deleting a row is allowed only while nobody has approved or started it; later it must be cancelled,
    /// so the record of what was planned survives.
    /// </summary>
    public void EnsureCanDelete(Actor actor, UnitTree tree)
    {
        WhyCannot(WorkItemAction.Delete, actor, tree, unitPlanStatus: null).Ensure();
    }

    /// <summary>Deletes a row nobody has approved or started yet; the store removes it on save.</summary>
    public void Delete(Actor actor, UnitTree tree)
    {
        EnsureCanDelete(actor, tree);
        Raise(new WorkItemDeleted(this));
    }

    public WorkItemEvidence AddEvidence(string fileName, string storedPath, string contentType, long sizeBytes, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(WorkItemAction.AddEvidence, actor, tree, unitPlanStatus: null).Ensure();

        EvidenceRules.EnsureAcceptable(fileName, contentType, sizeBytes);
        var evidence = new WorkItemEvidence(
            fileName.Trim(),
            Guard.Required(storedPath, "存储路径", 500),
            contentType.Trim().ToLowerInvariant(),
            sizeBytes,
            actor.UserName,
            clock.UtcNow);
        _evidence.Add(evidence);
        Touch(actor, clock);
        Raise(new WorkItemEvidenceAdded(this, evidence.FileName));
        return evidence;
    }

    public void RemoveEvidence(int evidenceId, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(WorkItemAction.RemoveEvidence, actor, tree, unitPlanStatus: null).Ensure();
        var evidence = _evidence.FirstOrDefault(e => e.Id == evidenceId) ?? throw new DomainException("找不到该实物资料");

        _evidence.Remove(evidence);
        Touch(actor, clock);
        Raise(new WorkItemEvidenceRemoved(this));
    }

    public bool IsOverdueOn(DateOnly today) => WorkItemSchedule.IsOverdue(PlannedDate, Status, today);

    public int DaysOverdueOn(DateOnly today) => WorkItemSchedule.DaysOverdue(PlannedDate, Status, today);

    private void Apply(WorkItemDetails details)
    {
        Title = details.Title!.Trim();
        Kind = details.Kind;
        PlannedDate = details.PlannedDate;
        PhaseId = details.PhaseId;
        MilestoneId = details.MilestoneId;
        ResponsiblePersonId = details.ResponsiblePersonId;
        VisitTheme = details.VisitTheme;
        Notes = Guard.Optional(details.Notes, "备注", WorkItemDetails.NotesMaxLength);
    }

    private void Touch(Actor actor, IClock clock)
    {
        UpdatedBy = actor.UserName;
        UpdatedAt = clock.UtcNow;
    }
}
