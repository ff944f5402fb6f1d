using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;

namespace CampaignHub.Domain.Supervision;

/// <summary>
/// An order to a unit to rectify within a time limit (责成整改 / 限期整改, 000, 001), typically after a
/// low-satisfaction flag. Issued by a supervisor or the office; answered by the unit's coordinator; closed only
/// when a re-survey of the unit reaches the campaign threshold. A re-survey still below the threshold sends the
/// order back to <see cref="RectificationOrderStatus.Issued"/> (the unit must respond again; the deadline stays
/// unless a new one is given). Every step is kept in <see cref="Steps"/> for the unit's history.
/// </summary>
public sealed class RectificationOrder : AggregateRoot
{
    private readonly List<RectificationOrderStep> _steps = [];
    private readonly List<RectificationOrderItemLink> _itemLinks = [];

    private RectificationOrder()
    {
        Reason = string.Empty;
        IssuedBy = string.Empty;
    }

    private RectificationOrder(int campaignId, int unitId, int? unitFlagId, string reason, DateOnly deadline, string issuedBy, DateTimeOffset issuedAt)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        UnitFlagId = unitFlagId;
        Reason = reason;
        Deadline = deadline;
        IssuedBy = issuedBy;
        IssuedAt = issuedAt;
        Status = RectificationOrderStatus.Issued;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    /// <summary>The flag that led to the order, if any.</summary>
    public int? UnitFlagId { get; private set; }

    public string Reason { get; private set; }

    /// <summary>Last day (China time, inclusive) by which the order must be closed.</summary>
    public DateOnly Deadline { get; private set; }

    public string IssuedBy { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public RectificationOrderStatus Status { get; private set; }

    /// <summary>The unit's latest response (plain text until rectification items exist).</summary>
    public string? ResponseText { get; private set; }

    public string? RespondedBy { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    /// <summary>The re-survey currently deciding the order.</summary>
    public int? ResurveyId { get; private set; }

    /// <summary>The rate of the last recorded re-survey.</summary>
    public decimal? LastResurveyRate { get; private set; }

    /// <summary>How many re-surveys were recorded (including ones that sent the order back).</summary>
    public int ResurveyRounds { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<int> LinkedRectificationItemIds => _itemLinks.Select(l => l.RectificationItemId).ToList();

    public IReadOnlyList<RectificationOrderStep> Steps => _steps.OrderBy(s => s.At).ThenBy(s => s.Sequence).ToList();

    public static RectificationOrder Issue(int campaignId, int unitId, string reason, DateOnly deadline, Actor actor, IClock clock, int? unitFlagId = null)
    {
        EnsureSupervisorOrOffice(actor, "只有督导组或活动办可以下达整改通知");
        UnitFlag.EnsureSupervisesUnit(actor, unitId);
        if (deadline < clock.Today)
        {
            throw new DomainException("整改期限不能早于今天");
        }

        var order = new RectificationOrder(campaignId, unitId, unitFlagId, Guard.Required(reason, "整改原因", 1000), deadline, actor.UserName, clock.UtcNow);
        order.Log(RectificationOrderStatus.Issued, $"下达整改通知，期限{deadline:yyyy-MM-dd}", actor, clock);
        order.Raise(new OrderIssued(order));
        return order;
    }

    /// <summary>
    /// The unit's coordinator answers (again, while still Responded, to amend it). Only the coordinator of the
    /// ordered unit itself may answer.
    /// </summary>
    public void Respond(string responseText, IEnumerable<int>? rectificationItemIds, Actor actor, IClock clock)
    {
        WhyCannot(OrderAction.Respond, actor).Ensure();

        ResponseText = Guard.Required(responseText, "整改情况", 4000);
        _itemLinks.Clear();
        foreach (var itemId in (rectificationItemIds ?? []).Distinct())
        {
            _itemLinks.Add(new RectificationOrderItemLink(itemId));
        }

        RespondedBy = actor.UserName;
        RespondedAt = clock.UtcNow;
        Status = RectificationOrderStatus.Responded;
        Log(RectificationOrderStatus.Responded, "单位反馈整改情况", actor, clock);
        Raise(new OrderResponded(this));
    }

    /// <summary>
    /// A supervisor or the office schedules the re-survey of the unit after its response. From
    /// <see cref="RectificationOrderStatus.ResurveyPending"/> it replaces the scheduled re-survey (e.g. one that
    /// ended with too few answers).
    /// </summary>
    public void RequestResurvey(SatisfactionSurvey resurvey, Actor actor, IClock clock)
    {
        WhyCannot(OrderAction.ArrangeResurvey, actor).Ensure();

        if (resurvey.CampaignId != CampaignId || !resurvey.Targets(UnitId))
        {
            throw new DomainException("复测必须属于同一活动并以该单位为测评对象");
        }

        ResurveyId = resurvey.Id;
        Status = RectificationOrderStatus.ResurveyPending;
        Log(RectificationOrderStatus.ResurveyPending, $"安排复测“{resurvey.Title}”", actor, clock);
        Raise(new ResurveyArranged(this));
    }

    /// <summary>
    /// Records the unit's rate in the closed re-survey. At or above the threshold the order closes; below it the
    /// order goes back to Issued (optionally with a new deadline). Too few answers decide nothing.
    /// </summary>
    public void RecordResurveyResult(SatisfactionSurvey resurvey, RateResult unitRate, decimal threshold, Actor actor, IClock clock, DateOnly? newDeadline = null)
    {
        EnsureSupervisorOrOffice(actor, "只有督导组或活动办可以登记复测结果");
        if (Status != RectificationOrderStatus.ResurveyPending)
        {
            throw new DomainException("只有待复测的整改通知才能登记复测结果");
        }

        if (resurvey.Id != ResurveyId || !resurvey.Targets(UnitId))
        {
            throw new DomainException("复测与整改通知不符");
        }

        if (resurvey.Status != SurveyStatus.Closed)
        {
            throw new DomainException("复测尚未结束，不能登记结果");
        }

        if (unitRate.SampleInsufficient)
        {
            throw new DomainException("复测样本不足，不能据此销号或退回");
        }

        ResurveyRounds++;
        LastResurveyRate = unitRate.Rate;
        Raise(new ResurveyResultRecorded(this));
        if (LowSatisfaction.MeetsThreshold(unitRate, threshold))
        {
            Status = RectificationOrderStatus.Closed;
            ClosedAt = clock.UtcNow;
            Log(RectificationOrderStatus.Closed, $"复测满意率{unitRate.Display}达到阈值{SatisfactionRate.FormatPercent(threshold)}，销号", actor, clock);
            return;
        }

        if (newDeadline is { } deadline)
        {
            SetDeadline(deadline, clock);
        }

        ResurveyId = null;
        Status = RectificationOrderStatus.Issued;
        Log(RectificationOrderStatus.Issued, $"复测满意率{unitRate.Display}仍低于阈值{SatisfactionRate.FormatPercent(threshold)}，退回继续整改", actor, clock);
    }

    /// <summary>A supervisor or the office extends (or moves) the deadline of an order that is not closed.</summary>
    public void ChangeDeadline(DateOnly deadline, string reason, Actor actor, IClock clock)
    {
        WhyCannot(OrderAction.ChangeDeadline, actor).Ensure();

        var why = Guard.Required(reason, "调整原因", 500);
        SetDeadline(deadline, clock);
        Log(Status, $"整改期限调整为{deadline:yyyy-MM-dd}：{why}", actor, clock);
        Raise(new OrderDeadlineChanged(this));
    }

    /// <summary>Overdue: the deadline (China date) has passed and the order is not closed.</summary>
    /// <summary>What the actor may do with this order now, and why not (<see cref="SupervisionPermissions"/>).</summary>
    public ActionAnswer WhyCannot(OrderAction action, Actor actor) => SupervisionPermissions.WhyCannot(action, actor, UnitId, Status);

    public bool IsOverdue(DateOnly today) => Common.Overdue.IsOverdue(Deadline, isFinished: Status == RectificationOrderStatus.Closed, today);

    public int DaysOverdue(DateOnly today) => Common.Overdue.DaysOverdue(Deadline, isFinished: Status == RectificationOrderStatus.Closed, today);

    /// <summary>The status as the UI shows it, with overdue, e.g. "已下达（逾期3天）".</summary>
    public string StatusText(DateOnly today) =>
        Common.Overdue.Describe(DaysOverdue(today)) is { } overdue ? $"{Status.ToChinese()}（{overdue}）" : Status.ToChinese();

    public bool IsOpen => Status != RectificationOrderStatus.Closed;

    private void SetDeadline(DateOnly deadline, IClock clock)
    {
        if (deadline < clock.Today)
        {
            throw new DomainException("整改期限不能早于今天");
        }

        Deadline = deadline;
    }

    private void Log(RectificationOrderStatus status, string note, Actor actor, IClock clock) =>
        _steps.Add(new RectificationOrderStep(_steps.Count + 1, status, note, actor.UserName, actor.DisplayName, clock.UtcNow));

    private static void EnsureSupervisorOrOffice(Actor actor, string message)
    {
        if (!actor.IsSupervisor && !actor.IsOffice)
        {
            throw new AccessDeniedException(message);
        }
    }
}

/// <summary>One step in an order's history: what happened, by whom, when.</summary>
public sealed class RectificationOrderStep : Entity
{
    private RectificationOrderStep()
    {
        Note = string.Empty;
        By = string.Empty;
        ByName = string.Empty;
    }

    internal RectificationOrderStep(int sequence, RectificationOrderStatus status, string note, string by, string byName, DateTimeOffset at)
    {
        Sequence = sequence;
        Status = status;
        Note = note;
        By = by;
        ByName = byName;
        At = at;
    }

    public int RectificationOrderId { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>The status after this step.</summary>
    public RectificationOrderStatus Status { get; private set; }

    public string Note { get; private set; }

    public string By { get; private set; }

    public string ByName { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>A rectification item (整改事项) the unit cites in its response.</summary>
public sealed class RectificationOrderItemLink
{
    private RectificationOrderItemLink()
    {
    }

    internal RectificationOrderItemLink(int rectificationItemId) => RectificationItemId = rectificationItemId;

    public int RectificationOrderId { get; private set; }

    public int RectificationItemId { get; private set; }
}
