using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;

namespace CampaignHub.Domain.Evaluation;

/// <summary>
/// 返工补课: a team whose 认可度 fell below the campaign's threshold at the final evaluation redoes its work by a
/// deadline, tracked like an order — put into redo (待整改), 整改中, its report submitted, then accepted or returned by
/// the office — and is then re-evaluated (复评). Only a re-evaluation at or above the threshold closes the redo; one
/// below it sends the team back to work with a new deadline. Every step is kept in <see cref="Steps"/>.
/// </summary>
public sealed class RedoOrder : AggregateRoot
{
    private readonly List<RedoStep> _steps = [];

    private RedoOrder()
    {
        Reason = string.Empty;
    }

    private RedoOrder(DemocraticEvaluation evaluation, DateOnly deadline, string reason)
    {
        CampaignId = evaluation.CampaignId;
        UnitId = evaluation.UnitId;
        EvaluationId = evaluation.Id;
        Deadline = deadline;
        Reason = reason;
        Status = RedoStatus.Ordered;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    /// <summary>The campaign-end evaluation that put the team into redo.</summary>
    public int EvaluationId { get; private set; }

    /// <summary>Why: the recognition against the threshold, as said when the evaluation closed.</summary>
    public string Reason { get; private set; }

    public DateOnly Deadline { get; private set; }

    public RedoStatus Status { get; private set; }

    /// <summary>The latest redo report (整改报告).</summary>
    public string? Report { get; private set; }

    public DateOnly? ReportSubmittedOn { get; private set; }

    /// <summary>The office's reason when it returned the latest report.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>How many re-evaluations the team has had (and failed, while the redo stays open).</summary>
    public int ReEvaluations { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public IReadOnlyList<RedoStep> Steps => _steps.OrderBy(s => s.At).ThenBy(s => s.Id).ToList();

    /// <summary>Still in redo: not yet closed by a passed re-evaluation.</summary>
    public bool IsOpen => Status != RedoStatus.Closed;

    /// <summary>The work is done and reported (or judged): the deadline no longer runs.</summary>
    public bool IsReported => Status is RedoStatus.Submitted or RedoStatus.Accepted or RedoStatus.Closed;

    public int DaysOverdue(DateOnly today) => Overdue.DaysOverdue(Deadline, IsReported, today);

    /// <summary>A team is in redo while any of its redos is open: the one rule the wall and the lists read.</summary>
    public static bool InRedo(IEnumerable<RedoOrder> redos) => redos.Any(r => r.IsOpen);

    /// <summary>Put into redo by an evaluation that closed below the threshold (only through <see cref="DemocraticEvaluation.Close"/>).</summary>
    internal static RedoOrder Order(DemocraticEvaluation evaluation, DateOnly deadline, Actor actor, IClock clock)
    {
        var reason = $"民主评议班子认可度{evaluation.TeamRecognition.Display}，低于返工补课阈值{SatisfactionRate.FormatPercent(evaluation.Threshold!.Value)}";
        var redo = new RedoOrder(evaluation, deadline, reason);
        redo.Step($"{reason}，转入返工补课，期限{deadline:yyyy-MM-dd}", actor, clock);
        redo.Raise(new RedoOrdered(redo));
        return redo;
    }

    /// <summary>整改中: the unit starts its redo work.</summary>
    public void StartRectifying(Actor actor, IClock clock)
    {
        Ensure(RedoAction.StartRectifying, actor);
        Status = RedoStatus.Rectifying;
        Step("开始整改", actor, clock);
        Raise(new RedoProgressed(this, "返工补课开始整改"));
    }

    /// <summary>报送整改报告: what was redone; a returned report is revised and submitted again.</summary>
    public void SubmitReport(string report, Actor actor, IClock clock)
    {
        Ensure(RedoAction.SubmitReport, actor);
        Report = Guard.Required(report, "整改报告", 5000);
        ReportSubmittedOn = clock.Today;
        ReturnReason = null;
        Status = RedoStatus.Submitted;
        Step("报送整改报告", actor, clock);
        Raise(new RedoProgressed(this, "报送返工补课整改报告"));
    }

    /// <summary>验收: the office accepts the report; the team then waits for its re-evaluation.</summary>
    public void Accept(string? note, Actor actor, IClock clock)
    {
        Ensure(RedoAction.Accept, actor);
        Status = RedoStatus.Accepted;
        Step(Guard.Optional(note, "验收意见", 1000) is { } text ? $"验收通过：{text}" : "验收通过，待复评", actor, clock);
        Raise(new RedoProgressed(this, "返工补课验收通过，待复评"));
    }

    /// <summary>退回: the office returns the report with a reason.</summary>
    public void Return(string reason, Actor actor, IClock clock)
    {
        Ensure(RedoAction.Return, actor);
        ReturnReason = Guard.Required(reason, "退回原因", 1000);
        Status = RedoStatus.Returned;
        Step($"退回：{ReturnReason}", actor, clock);
        Raise(new RedoProgressed(this, "返工补课整改报告被退回"));
    }

    /// <summary>
    /// The re-evaluation's verdict (only through <see cref="DemocraticEvaluation.Close"/>): passed, the redo closes;
    /// below the threshold again, the team goes back to work by <paramref name="newDeadline"/>.
    /// </summary>
    internal void ApplyReEvaluation(DemocraticEvaluation evaluation, DateOnly? newDeadline, Actor actor, IClock clock)
    {
        if (Status != RedoStatus.Accepted || evaluation.RedoOrderId != Id || !evaluation.IsClosed)
        {
            throw new DomainException("只有验收通过的返工补课才能复评");
        }

        if (evaluation.Outcome == EvaluationOutcome.Passed)
        {
            Status = RedoStatus.Closed;
            ClosedOn = clock.Today;
            Step($"复评班子认可度{evaluation.TeamRecognition.Display}，达到阈值，返工补课销号", actor, clock);
            Raise(new RedoProgressed(this, $"复评认可度{evaluation.TeamRecognition.Display}，返工补课销号"));
            return;
        }

        ReEvaluations++;
        Deadline = newDeadline ?? throw new DomainException("复评仍低于阈值，请填写新的返工补课期限");
        Status = RedoStatus.Rectifying;
        Report = null;
        ReportSubmittedOn = null;
        Step($"复评班子认可度{evaluation.TeamRecognition.Display}，仍低于阈值，继续返工补课，期限{Deadline:yyyy-MM-dd}", actor, clock);
        Raise(new RedoProgressed(this, $"复评认可度{evaluation.TeamRecognition.Display}，仍低于阈值，继续返工补课"));
    }

    /// <summary>
    /// What the actor may do with the redo now, and why not. Pages render from it; the verbs refuse with it.
    /// <paramref name="reEvaluationOpen"/>: a re-evaluation of this redo is under way (one at a time).
    /// </summary>
    public ActionAnswer WhyCannot(RedoAction action, Actor actor, bool reEvaluationOpen = false)
    {
        switch (action)
        {
            case RedoAction.Comment:
                return EvaluationAccess.WhyCannotComment(actor, UnitId);
            case RedoAction.StartRectifying or RedoAction.SubmitReport:
                if (EvaluationAccess.WhyCannotRedo(actor, UnitId) is { IsAllowed: false } notUnit)
                {
                    return notUnit;
                }

                return action == RedoAction.StartRectifying
                    ? ActionAnswer.When(Status == RedoStatus.Ordered, ActionAnswer.NotApplicable("返工补课已开始整改"))
                    : Status switch
                    {
                        RedoStatus.Rectifying or RedoStatus.Returned => ActionAnswer.Allowed,
                        RedoStatus.Ordered => ActionAnswer.Blocked("请先开始整改，再报送整改报告"),
                        _ => ActionAnswer.NotApplicable("整改报告已报送"),
                    };
            default:
                if (EvaluationAccess.WhyCannotOrganise(actor) is { IsAllowed: false } notOffice)
                {
                    return notOffice;
                }

                return action switch
                {
                    RedoAction.Accept or RedoAction.Return => Status switch
                    {
                        RedoStatus.Submitted => ActionAnswer.Allowed,
                        RedoStatus.Ordered or RedoStatus.Rectifying or RedoStatus.Returned => ActionAnswer.Blocked("单位报送整改报告后才能验收或退回"),
                        _ => ActionAnswer.NotApplicable("整改报告已验收"),
                    },
                    RedoAction.OpenReEvaluation => Status switch
                    {
                        RedoStatus.Accepted when reEvaluationOpen => ActionAnswer.NotApplicable("复评正在进行"),
                        RedoStatus.Accepted => ActionAnswer.Allowed,
                        RedoStatus.Closed => ActionAnswer.NotApplicable("返工补课已销号"),
                        _ => ActionAnswer.Blocked("整改报告验收通过后才能组织复评"),
                    },
                    _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
                };
        }
    }

    private void Ensure(RedoAction action, Actor actor) => WhyCannot(action, actor).Ensure();

    private void Step(string text, Actor actor, IClock clock) => _steps.Add(new RedoStep(text, actor.DisplayName, clock.UtcNow));
}

/// <summary>One step of a redo, as said at the time: who did what, when.</summary>
public sealed class RedoStep : Entity
{
    private RedoStep()
    {
        Text = string.Empty;
        ByName = string.Empty;
    }

    internal RedoStep(string text, string byName, DateTimeOffset at)
    {
        Text = text;
        ByName = byName;
        At = at;
    }

    public int RedoOrderId { get; private set; }

    public string Text { get; private set; }

    public string ByName { get; private set; }

    public DateTimeOffset At { get; private set; }
}
