using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Supervision;

/// <summary>
/// An order to a unit to rectify within a time limit (责成整改 / 限期整改, 000, 001), typically after a
/// low-satisfaction flag. Issued by a supervisor or the office; answered (整改反馈: measures and evidence) by a
/// coordinator of the unit or of a unit above it. The supervisor then accepts the report (the order closes, 已验收)
/// or returns it with a reason (back to <see cref="RectificationOrderStatus.Issued"/>; the unit reports again), or
/// arranges a re-survey: at the threshold the order closes (已销号), below it the order goes back to Issued (the
/// deadline stays unless a new one is given). Every round is kept in <see cref="Feedback"/> and every step in
/// <see cref="Steps"/> for the unit's history.
/// </summary>
public sealed class RectificationOrder : AggregateRoot
{
    private readonly List<RectificationOrderStep> _steps = [];
    private readonly List<RectificationOrderItemLink> _itemLinks = [];
    private readonly List<OrderFeedback> _feedback = [];

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

    /// <summary>The measures of the unit's latest report back (each round is kept in <see cref="Feedback"/>).</summary>
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

    /// <summary>How a closed order was closed: its report accepted, or a re-survey at the threshold.</summary>
    public OrderClosure? Closure { get; private set; }

    /// <summary>Every round of 整改反馈, oldest first, with the decision on each.</summary>
    public IReadOnlyList<OrderFeedback> Feedback => _feedback.OrderBy(f => f.Round).ToList();

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
    /// 整改反馈: a coordinator of the ordered unit, or of a unit above it, reports the measures taken with their
    /// evidence (and optionally the rectification items that carry them). Allowed while the order is in progress
    /// and, to send a fuller report, while the last one still waits for a decision (that one is kept as 已补充).
    /// </summary>
    public void ReportBack(string measures, IEnumerable<int>? rectificationItemIds, IEnumerable<FeedbackFile>? evidence, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(OrderAction.ReportBack, actor, tree);
        var round = new OrderFeedback(_feedback.Count + 1, measures, evidence ?? [], actor, clock.UtcNow);
        if (PendingFeedback is { } earlier)
        {
            earlier.Decide(FeedbackDecision.Superseded, null, actor, clock.UtcNow);
        }

        _feedback.Add(round);
        ResponseText = round.Measures;
        _itemLinks.Clear();
        foreach (var itemId in (rectificationItemIds ?? []).Distinct())
        {
            _itemLinks.Add(new RectificationOrderItemLink(itemId));
        }

        RespondedBy = actor.UserName;
        RespondedAt = clock.UtcNow;
        Status = RectificationOrderStatus.Responded;
        var files = round.Evidence.Count == 0 ? "未附佐证材料" : $"附佐证材料{round.Evidence.Count}份";
        Log(RectificationOrderStatus.Responded, $"提交第{round.Round}轮整改反馈（{files}）", actor, clock);
        Raise(new OrderResponded(this, round));
    }

    /// <summary>验收: a supervisor or the office accepts the waiting report; the order is closed for good.</summary>
    public void AcceptFeedback(string? comment, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(OrderAction.Accept, actor, tree);
        var note = Guard.Optional(comment, "验收意见", 500);
        var round = PendingFeedback!;
        round.Decide(FeedbackDecision.Accepted, note, actor, clock.UtcNow);
        Status = RectificationOrderStatus.Closed;
        Closure = OrderClosure.Accepted;
        ClosedAt = clock.UtcNow;
        Log(RectificationOrderStatus.Closed, note is null ? $"验收第{round.Round}轮整改反馈，整改通知办结" : $"验收第{round.Round}轮整改反馈，整改通知办结：{note}", actor, clock);
        Raise(new OrderFeedbackAccepted(this, round));
    }

    /// <summary>退回: a supervisor or the office returns the waiting report with a reason; the unit reports again.</summary>
    public void ReturnFeedback(string reason, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(OrderAction.Return, actor, tree);
        var why = Guard.Required(reason, "退回原因", 500);
        var round = PendingFeedback!;
        round.Decide(FeedbackDecision.Returned, why, actor, clock.UtcNow);
        Status = RectificationOrderStatus.Issued;
        Log(RectificationOrderStatus.Issued, $"退回第{round.Round}轮整改反馈：{why}", actor, clock);
        Raise(new OrderFeedbackReturned(this, round));
    }

    /// <summary>
    /// What the actor may do with the order now, and why not (<see cref="OrderRules"/>). Pages render their buttons
    /// from this answer; the verbs refuse with the same words.
    /// </summary>
    public ActionAnswer WhyCannot(OrderAction action, Actor actor, UnitTree tree) => OrderRules.WhyCannot(action, Facts, actor, tree);

    /// <summary>The round waiting for a decision, if any.</summary>
    public OrderFeedback? PendingFeedback => _feedback.LastOrDefault(f => f.Decision == FeedbackDecision.Pending);

    /// <summary>The reason of the last return while the unit has not reported again: what the coordinator must fix.</summary>
    public string? OpenReturnReason =>
        Status == RectificationOrderStatus.Issued && Feedback.LastOrDefault() is { Decision: FeedbackDecision.Returned } last ? last.DecisionNote : null;

    /// <summary>
    /// A supervisor or the office schedules the re-survey of the unit after its response. From
    /// <see cref="RectificationOrderStatus.ResurveyPending"/> it replaces the scheduled re-survey (e.g. one that
    /// ended with too few answers).
    /// </summary>
    public void RequestResurvey(SatisfactionSurvey resurvey, Actor actor, IClock clock)
    {
        EnsureSupervisorOrOffice(actor, "只有督导组或活动办可以安排复测");
        OrderRules.StateProblem(OrderAction.ArrangeResurvey, Facts).Ensure();

        if (resurvey.CampaignId != CampaignId || !resurvey.Targets(UnitId))
        {
            throw new DomainException("复测必须属于同一活动并以该单位为测评对象");
        }

        PendingFeedback?.Decide(FeedbackDecision.Resurvey, resurvey.Title, actor, clock.UtcNow);
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
        if (LowSatisfaction.MeetsThreshold(unitRate, threshold))
        {
            Status = RectificationOrderStatus.Closed;
            Closure = OrderClosure.Resurvey;
            ClosedAt = clock.UtcNow;
            Log(RectificationOrderStatus.Closed, $"复测满意率{unitRate.Display}达到阈值{SatisfactionRate.FormatPercent(threshold)}，销号", actor, clock);
            Raise(new ResurveyResultRecorded(this));
            return;
        }

        if (newDeadline is { } deadline)
        {
            SetDeadline(deadline, clock);
        }

        ResurveyId = null;
        Status = RectificationOrderStatus.Issued;
        Log(RectificationOrderStatus.Issued, $"复测满意率{unitRate.Display}仍低于阈值{SatisfactionRate.FormatPercent(threshold)}，退回继续整改", actor, clock);
        Raise(new ResurveyResultRecorded(this));
    }

    /// <summary>A supervisor or the office extends (or moves) the deadline of an order that is not closed.</summary>
    public void ChangeDeadline(DateOnly deadline, string reason, Actor actor, IClock clock)
    {
        EnsureSupervisorOrOffice(actor, "只有督导组或活动办可以调整整改期限");
        OrderRules.StateProblem(OrderAction.ChangeDeadline, Facts).Ensure();

        var why = Guard.Required(reason, "调整原因", 500);
        SetDeadline(deadline, clock);
        Log(Status, $"整改期限调整为{deadline:yyyy-MM-dd}：{why}", actor, clock);
        Raise(new OrderDeadlineChanged(this));
    }

    /// <summary>Overdue: the deadline (China date) has passed and the order is not closed.</summary>
    public bool IsOverdue(DateOnly today) => Common.Overdue.IsOverdue(Deadline, isFinished: Status == RectificationOrderStatus.Closed, today);

    public int DaysOverdue(DateOnly today) => Common.Overdue.DaysOverdue(Deadline, isFinished: Status == RectificationOrderStatus.Closed, today);

    /// <summary>
    /// The status as the UI shows it, with overdue, e.g. "已下达（逾期3天）": a closed order says how it closed
    /// (已验收 or 已销号 by re-survey), a returned one that it waits for a new report (已退回).
    /// </summary>
    public string StatusText(DateOnly today)
    {
        var status = Status switch
        {
            RectificationOrderStatus.Closed when Closure == OrderClosure.Accepted => "已验收",
            RectificationOrderStatus.Issued when OpenReturnReason is not null => "已退回",
            _ => Status.ToChinese(),
        };
        return Common.Overdue.Describe(DaysOverdue(today)) is { } overdue ? $"{status}（{overdue}）" : status;
    }

    public bool IsOpen => Status != RectificationOrderStatus.Closed;

    /// <summary>
    /// Refuses an actor who may not do this with the order at all, before anything about its state is told (the
    /// services call it before comparing versions).
    /// </summary>
    public void EnsureAllowed(OrderAction action, Actor actor, UnitTree tree) => OrderRules.RightsProblem(action, Facts, actor, tree).Ensure();

    private void Ensure(OrderAction action, Actor actor, UnitTree tree) => WhyCannot(action, actor, tree).Ensure();

    /// <summary>What the rules of <see cref="OrderRules"/> read from the order.</summary>
    public OrderFacts Facts => new(UnitId, Status, PendingFeedback is not null);

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
