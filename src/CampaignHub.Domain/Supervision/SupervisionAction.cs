using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Supervision;

/// <summary>
/// One piece of a supervision group's work on a unit (督导活动): reviewing its plans and materials, a spot check,
/// attending a meeting, or a look-back (回头看), on a day inside the campaign, with what was examined and what was
/// found. Recorded by a member of a group that supervises the unit. Each finding is followed to a close: the unit
/// answers it, the group closes it or returns it and the unit answers again. A look-back is closed only when the
/// group concludes it, which it may do once every finding is closed; other actions are closed when their findings are.
/// </summary>
public sealed class SupervisionAction : AggregateRoot
{
    /// <summary>Findings per action: what one visit turns up, not a ledger.</summary>
    public const int MaxFindings = 20;

    private readonly List<SupervisionFinding> _findings = [];

    private SupervisionAction()
    {
        Examined = string.Empty;
        RecordedBy = string.Empty;
        RecordedByName = string.Empty;
    }

    private SupervisionAction(int campaignId, int unitId, int? supervisionGroupId, SupervisionActionType type, DateOnly date, string examined, string? summary, Actor actor, IClock clock)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        SupervisionGroupId = supervisionGroupId;
        Type = type;
        Date = date;
        Examined = examined;
        Summary = summary;
        RecordedBy = actor.UserName;
        RecordedByName = actor.DisplayName;
        RecordedAt = clock.UtcNow;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    /// <summary>The group whose member recorded it (its workload); null once the group is dissolved.</summary>
    public int? SupervisionGroupId { get; private set; }

    public SupervisionActionType Type { get; private set; }

    /// <summary>The day the supervision took place (China date).</summary>
    public DateOnly Date { get; private set; }

    /// <summary>What was examined: the materials reviewed, what was checked, the meeting attended, the matter looked back on.</summary>
    public string Examined { get; private set; }

    /// <summary>The group's overall view (optional).</summary>
    public string? Summary { get; private set; }

    public string RecordedBy { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>When a look-back was concluded (办结).</summary>
    public DateTimeOffset? ConcludedAt { get; private set; }

    public string? ConcludedByName { get; private set; }

    public IReadOnlyList<SupervisionFinding> Findings => _findings.OrderBy(f => f.Number).ToList();

    public int OpenFindings => _findings.Count(f => f.Status != FindingStatus.Closed);

    /// <summary>
    /// Closed: a look-back once concluded (which needs every finding closed first); any other action once every
    /// finding is closed (at once when nothing was found).
    /// </summary>
    public bool IsClosed => Type == SupervisionActionType.LookBack ? ConcludedAt is not null : OpenFindings == 0;

    public string StatusText => IsClosed
        ? "已办结"
        : OpenFindings > 0 ? $"跟踪中（{OpenFindings}个问题未办结）" : "待办结";

    public SupervisionActionFacts Facts => new(UnitId, Type, ConcludedAt is not null, OpenFindings);

    /// <summary>
    /// A member of a group supervising the unit records what they did on a day inside the campaign (not in the
    /// future), with what was examined and any findings (one problem each).
    /// </summary>
    public static SupervisionAction Record(
        int campaignId, DateRange campaignPeriod, int unitId, int? supervisionGroupId, SupervisionActionType type, DateOnly date,
        string examined, string? summary, IEnumerable<string> findings, Actor actor, IClock clock)
    {
        SupervisionActionRules.WhoRecords(actor, unitId).Ensure();
        if (!Enum.IsDefined(type))
        {
            throw new DomainException("请选择督导方式");
        }

        if (!campaignPeriod.Contains(date))
        {
            throw new DomainException($"督导日期必须在活动期间内（{campaignPeriod.Start:yyyy-MM-dd}至{campaignPeriod.End:yyyy-MM-dd}）");
        }

        if (date > clock.Today)
        {
            throw new DomainException("督导日期不能晚于今天");
        }

        var action = new SupervisionAction(campaignId, unitId, supervisionGroupId, type, date, Guard.Required(examined, type.ExaminedLabel(), 1000), Guard.Optional(summary, "督导意见", 2000), actor, clock);
        foreach (var problem in findings.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            action.Append(problem, clock);
        }

        action.Raise(new SupervisionActionRecorded(action));
        return action;
    }

    /// <summary>What the actor may do with the action now, and why not (<see cref="SupervisionActionRules"/>).</summary>
    public ActionAnswer WhyCannot(SupervisionActionStep step, Actor actor) => SupervisionActionRules.WhyCannot(step, Facts, actor);

    /// <summary>What the actor may do with one finding now, and why not.</summary>
    public ActionAnswer WhyCannot(FindingAction action, int findingNumber, Actor actor, UnitTree tree) =>
        SupervisionActionRules.WhyCannot(action, FactsOf(Finding(findingNumber)), actor, tree);

    /// <summary>补充发现问题: a later finding of the same action (not after a look-back is concluded).</summary>
    public SupervisionFinding AddFinding(string problem, Actor actor, IClock clock)
    {
        WhyCannot(SupervisionActionStep.AddFinding, actor).Ensure();
        var finding = Append(problem, clock);
        Raise(new SupervisionFindingAdded(this, finding));
        return finding;
    }

    /// <summary>整改反馈: a coordinator of the unit (or of a unit above it) answers an open finding.</summary>
    public void RespondToFinding(int findingNumber, string response, Actor actor, UnitTree tree, IClock clock)
    {
        var finding = Finding(findingNumber);
        WhyCannot(FindingAction.Respond, findingNumber, actor, tree).Ensure();
        finding.Respond(Guard.Required(response, "整改情况", 2000), actor, clock);
        Raise(new SupervisionFindingResponded(this, finding));
    }

    /// <summary>办结: the group accepts the unit's answer.</summary>
    public void CloseFinding(int findingNumber, string? note, Actor actor, UnitTree tree, IClock clock)
    {
        var finding = Finding(findingNumber);
        WhyCannot(FindingAction.Close, findingNumber, actor, tree).Ensure();
        finding.Close(Guard.Optional(note, "办结意见", 500), actor, clock);
        Raise(new SupervisionFindingClosed(this, finding));
    }

    /// <summary>退回: the group returns the unit's answer with a reason; the finding is open again.</summary>
    public void ReturnFinding(int findingNumber, string reason, Actor actor, UnitTree tree, IClock clock)
    {
        var finding = Finding(findingNumber);
        WhyCannot(FindingAction.Return, findingNumber, actor, tree).Ensure();
        finding.Return(Guard.Required(reason, "退回原因", 500));
        Raise(new SupervisionFindingReturned(this, finding));
    }

    /// <summary>办结回头看: a member of the unit's group concludes a look-back once every finding is closed.</summary>
    public void ConcludeLookBack(Actor actor, IClock clock)
    {
        WhyCannot(SupervisionActionStep.ConcludeLookBack, actor).Ensure();
        ConcludedAt = clock.UtcNow;
        ConcludedByName = actor.DisplayName;
        Raise(new LookBackConcluded(this));
    }

    private SupervisionFinding Finding(int number) =>
        _findings.FirstOrDefault(f => f.Number == number) ?? throw new NotFoundException("找不到该发现问题");

    private FindingFacts FactsOf(SupervisionFinding finding) => new(UnitId, finding.Status);

    private SupervisionFinding Append(string problem, IClock clock)
    {
        if (_findings.Count >= MaxFindings)
        {
            throw new DomainException($"每次督导最多记录{MaxFindings}个发现问题");
        }

        var finding = new SupervisionFinding(_findings.Count + 1, Guard.Required(problem, "发现问题", 1000), clock.UtcNow);
        _findings.Add(finding);
        return finding;
    }
}

/// <summary>A problem a supervision action found (发现问题), followed until the group closes it.</summary>
public sealed class SupervisionFinding : Entity
{
    private SupervisionFinding()
    {
        Problem = string.Empty;
    }

    internal SupervisionFinding(int number, string problem, DateTimeOffset foundAt)
    {
        Number = number;
        Problem = problem;
        FoundAt = foundAt;
        Status = FindingStatus.Open;
    }

    public int SupervisionActionId { get; private set; }

    /// <summary>1, 2, 3… within its action: how the finding is addressed.</summary>
    public int Number { get; private set; }

    public string Problem { get; private set; }

    public DateTimeOffset FoundAt { get; private set; }

    public FindingStatus Status { get; private set; }

    /// <summary>The unit's latest answer.</summary>
    public string? Response { get; private set; }

    public string? RespondedByName { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    /// <summary>Why the group returned the last answer; cleared by the next answer.</summary>
    public string? ReturnReason { get; private set; }

    public int Returns { get; private set; }

    public string? CloseNote { get; private set; }

    public string? ClosedByName { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>"待整改", "已退回", "待验收" or "已办结".</summary>
    public string StatusText => Status == FindingStatus.Open && ReturnReason is not null ? "已退回" : Status.ToChinese();

    internal void Respond(string response, Actor actor, IClock clock)
    {
        Response = response;
        RespondedByName = actor.DisplayName;
        RespondedAt = clock.UtcNow;
        ReturnReason = null;
        Status = FindingStatus.Responded;
    }

    internal void Close(string? note, Actor actor, IClock clock)
    {
        CloseNote = note;
        ClosedByName = actor.DisplayName;
        ClosedAt = clock.UtcNow;
        Status = FindingStatus.Closed;
    }

    internal void Return(string reason)
    {
        ReturnReason = reason;
        Returns++;
        Status = FindingStatus.Open;
    }
}
