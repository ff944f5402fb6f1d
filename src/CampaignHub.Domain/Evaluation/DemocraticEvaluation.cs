using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;

namespace CampaignHub.Domain.Evaluation;

/// <summary>
/// One round of the campaign-end 民主评议 of a unit's leadership team and its members (活动结束时召开总结大会，重点评议
/// 改进作风、解决问题情况): the office opens it with its date and the 总结大会's, enters the anonymous ballots (each rates
/// the team, and optionally each member, on the two focus points), and closes it once it has at least
/// <see cref="MinimumBallots"/>. Closing judges the team's <see cref="Recognition"/> against the campaign's redo
/// threshold: below it, the team goes into 返工补课 (<see cref="RedoOrder"/>) with the deadline the office sets. A round
/// opened for a redo is its re-evaluation: passing it closes the redo, failing it keeps the team in redo.
/// </summary>
public sealed class DemocraticEvaluation : AggregateRoot
{
    /// <summary>The fewest ballots before an evaluation may close: a unit's cadres' and masses' representatives, at least ten.</summary>
    public const int MinimumBallots = 10;

    private readonly List<EvaluationBallot> _ballots = [];

    private DemocraticEvaluation()
    {
    }

    private DemocraticEvaluation(int campaignId, int unitId, int round, int? redoOrderId)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Round = round;
        RedoOrderId = redoOrderId;
        Status = EvaluationStatus.Open;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    /// <summary>1 for the campaign-end evaluation; 2, 3 … for re-evaluations (复评) after a redo.</summary>
    public int Round { get; private set; }

    /// <summary>The redo this round re-evaluates; null for the campaign-end evaluation.</summary>
    public int? RedoOrderId { get; private set; }

    /// <summary>民主评议的日期.</summary>
    public DateOnly HeldOn { get; private set; }

    /// <summary>总结大会的日期 (a re-evaluation may be held without one).</summary>
    public DateOnly? SummaryMeetingOn { get; private set; }

    public EvaluationStatus Status { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The redo threshold the team was judged against, kept as it was when the evaluation closed.</summary>
    public decimal? Threshold { get; private set; }

    public EvaluationOutcome? Outcome { get; private set; }

    public IReadOnlyList<EvaluationBallot> Ballots => _ballots.OrderBy(b => b.Number).ToList();

    public bool IsClosed => Status == EvaluationStatus.Closed;

    public bool IsReEvaluation => RedoOrderId is not null;

    /// <summary>The team's 认可度: every ballot's ratings of 改进作风 and 解决问题 together.</summary>
    public Recognition TeamRecognition => Recognition.Of(_ballots.SelectMany(b => new[] { b.Conduct, b.ProblemSolving }));

    /// <summary>改进作风 alone.</summary>
    public Recognition ConductRecognition => Recognition.Of(_ballots.Select(b => b.Conduct));

    /// <summary>解决问题 alone.</summary>
    public Recognition ProblemSolvingRecognition => Recognition.Of(_ballots.Select(b => b.ProblemSolving));

    /// <summary>Each member rated on some ballot, with their 认可度 over both focus points.</summary>
    public IReadOnlyDictionary<int, Recognition> MemberRecognition =>
        _ballots.SelectMany(b => b.MemberRatings)
            .GroupBy(r => r.PersonId)
            .ToDictionary(g => g.Key, g => Recognition.Of(g.SelectMany(r => new[] { r.Conduct, r.ProblemSolving })));

    /// <summary>Whether closing now against <paramref name="threshold"/> would put the team into (or keep it in) redo.</summary>
    public bool WouldGoIntoRedo(decimal threshold) => TeamRecognition.IsBelow(threshold);

    /// <summary>Whether the actor may open a unit's campaign-end evaluation: the office, once per unit and campaign.</summary>
    public static ActionAnswer WhyCannotOpen(Actor actor, bool alreadyEvaluated) =>
        ActionAnswer.FirstOf(
            EvaluationAccess.WhyCannotOrganise(actor),
            ActionAnswer.When(!alreadyEvaluated, ActionAnswer.NotApplicable("本单位已组织民主评议；认可度低于阈值的，在返工补课验收后组织复评")));

    /// <summary>Opens the campaign-end evaluation of a unit (<paramref name="alreadyEvaluated"/>: it has one).</summary>
    public static DemocraticEvaluation Open(int campaignId, int unitId, EvaluationArrangement arrangement, Actor actor, IClock clock, bool alreadyEvaluated = false)
    {
        WhyCannotOpen(actor, alreadyEvaluated).Ensure();
        if (campaignId <= 0 || unitId <= 0)
        {
            throw new DomainException("民主评议必须属于一个活动和一个单位");
        }

        if (arrangement.SummaryMeetingOn is null)
        {
            throw new DomainException("请填写总结大会日期");
        }

        var evaluation = new DemocraticEvaluation(campaignId, unitId, 1, null);
        evaluation.Arrange(arrangement, clock);
        evaluation.Raise(new EvaluationOpened(evaluation));
        return evaluation;
    }

    /// <summary>Opens the re-evaluation (复评) of a redo whose report the office has accepted.</summary>
    public static DemocraticEvaluation OpenReEvaluation(RedoOrder redo, EvaluationArrangement arrangement, Actor actor, IClock clock, bool reEvaluationOpen = false)
    {
        redo.WhyCannot(RedoAction.OpenReEvaluation, actor, reEvaluationOpen).Ensure();
        var evaluation = new DemocraticEvaluation(redo.CampaignId, redo.UnitId, redo.ReEvaluations + 2, redo.Id);
        evaluation.Arrange(arrangement, clock);
        evaluation.Raise(new EvaluationOpened(evaluation));
        return evaluation;
    }

    /// <summary>
    /// Enters one anonymous ballot (a paper ballot, or one the office recorded): the team rated on both focus points,
    /// and any members rated on both. <paramref name="teamMemberIds"/> are the people of the unit's leadership team.
    /// </summary>
    public EvaluationBallot RecordBallot(BallotInput input, IReadOnlyCollection<int> teamMemberIds, Actor actor)
    {
        Ensure(EvaluationAction.RecordBallot, actor);
        if (!Enum.IsDefined(input.RaterKind))
        {
            throw new DomainException("请选择评议人类别");
        }

        var conduct = Rating(input.Conduct, "班子“改进作风”");
        var solving = Rating(input.ProblemSolving, "班子“解决问题”");
        var members = new List<BallotMemberRating>();
        foreach (var member in input.Members ?? [])
        {
            if (!teamMemberIds.Contains(member.PersonId))
            {
                throw new DomainException("被评议的班子成员必须是本单位领导班子成员");
            }

            if (members.Any(m => m.PersonId == member.PersonId))
            {
                throw new DomainException("同一张评议票不能重复评议同一位班子成员");
            }

            members.Add(new BallotMemberRating(member.PersonId, Rating(member.Conduct, "班子成员“改进作风”"), Rating(member.ProblemSolving, "班子成员“解决问题”")));
        }

        var ballot = new EvaluationBallot(_ballots.Count == 0 ? 1 : _ballots.Max(b => b.Number) + 1, input.RaterKind, conduct, solving, members);
        _ballots.Add(ballot);
        RaiseInstead<BallotsRecorded>(new BallotsRecorded(this));
        return ballot;
    }

    /// <summary>The most identical paper ballots entered in one go.</summary>
    public const int MaximumCopies = 200;

    /// <summary>Enters <paramref name="copies"/> identical paper ballots at once (counted from a pile marked alike).</summary>
    public void RecordBallots(BallotInput input, int copies, IReadOnlyCollection<int> teamMemberIds, Actor actor)
    {
        Ensure(EvaluationAction.RecordBallot, actor);
        if (copies is < 1 or > MaximumCopies)
        {
            throw new DomainException($"份数必须在1到{MaximumCopies}之间");
        }

        for (var i = 0; i < copies; i++)
        {
            RecordBallot(input, teamMemberIds, actor);
        }
    }

    /// <summary>Removes a ballot entered by mistake, while the evaluation is open.</summary>
    public void RemoveBallot(int number, Actor actor)
    {
        Ensure(EvaluationAction.RemoveBallot, actor);
        var ballot = _ballots.FirstOrDefault(b => b.Number == number) ?? throw new NotFoundException($"找不到第{number}号评议票");
        _ballots.Remove(ballot);
        Raise(new BallotsRecorded(this));
    }

    /// <summary>
    /// 结束评议: the team's 认可度 is judged against <paramref name="threshold"/>. Below it, a campaign-end evaluation puts
    /// the team into 返工补课 (the returned redo, to be saved) and a re-evaluation keeps <paramref name="redo"/> open with
    /// a new deadline; at or above it, a re-evaluation closes <paramref name="redo"/>. A deadline is needed only below.
    /// </summary>
    public RedoOrder? Close(DateOnly? redoDeadline, decimal threshold, RedoOrder? redo, Actor actor, IClock clock)
    {
        Ensure(EvaluationAction.Close, actor, clock.Today);
        if (RedoOrderId is { } redoId && redo?.Id != redoId)
        {
            throw new ArgumentException("a re-evaluation closes with the redo it re-evaluates", nameof(redo));
        }

        var below = WouldGoIntoRedo(threshold);
        if (below)
        {
            if (redoDeadline is not { } deadline)
            {
                throw new DomainException($"班子认可度{TeamRecognition.Display}低于返工补课阈值{SatisfactionRate.FormatPercent(threshold)}，须返工补课，请填写返工补课期限");
            }

            if (deadline <= clock.Today)
            {
                throw new DomainException("返工补课期限必须晚于今天");
            }
        }

        Status = EvaluationStatus.Closed;
        ClosedOn = clock.Today;
        Threshold = threshold;
        Outcome = below ? EvaluationOutcome.BelowThreshold : EvaluationOutcome.Passed;
        Raise(new EvaluationClosed(this));
        if (redo is not null)
        {
            redo.ApplyReEvaluation(this, redoDeadline, actor, clock);
            return null;
        }

        return below ? RedoOrder.Order(this, redoDeadline!.Value, actor, clock) : null;
    }

    /// <summary>What the actor may do with the evaluation now, and why not. <paramref name="today"/> decides closing.</summary>
    public ActionAnswer WhyCannot(EvaluationAction action, Actor actor, DateOnly today)
    {
        if (action == EvaluationAction.Comment)
        {
            return EvaluationAccess.WhyCannotComment(actor, UnitId);
        }

        if (EvaluationAccess.WhyCannotOrganise(actor) is { IsAllowed: false } notOffice)
        {
            return notOffice;
        }

        if (IsClosed)
        {
            return ActionAnswer.NotApplicable("民主评议已结束");
        }

        return action switch
        {
            EvaluationAction.RecordBallot => ActionAnswer.Allowed,
            EvaluationAction.RemoveBallot => ActionAnswer.When(_ballots.Count > 0, ActionAnswer.NotApplicable("还没有录入评议票")),
            EvaluationAction.Close when today < HeldOn => ActionAnswer.Blocked($"民主评议定于{HeldOn:yyyy-MM-dd}，当天起才能结束评议"),
            EvaluationAction.Close => ActionAnswer.When(_ballots.Count >= MinimumBallots, ActionAnswer.Blocked($"至少录入{MinimumBallots}张评议票才能结束评议，目前{_ballots.Count}张")),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    private void Ensure(EvaluationAction action, Actor actor, DateOnly today = default) =>
        WhyCannot(action, actor, action == EvaluationAction.Close ? today : DateOnly.MaxValue).Ensure();

    private void Arrange(EvaluationArrangement arrangement, IClock clock)
    {
        if (arrangement.HeldOn is not { } heldOn)
        {
            throw new DomainException("请填写民主评议日期");
        }

        if (arrangement.SummaryMeetingOn is { } summary && heldOn < summary)
        {
            throw new DomainException("民主评议在总结大会上或会后进行，日期不能早于总结大会");
        }

        if (heldOn < clock.Today.AddYears(-1) || heldOn > clock.Today.AddYears(1))
        {
            throw new DomainException("民主评议日期须在今天前后一年之内");
        }

        HeldOn = heldOn;
        SummaryMeetingOn = arrangement.SummaryMeetingOn;
    }

    private static EvaluationRating Rating(EvaluationRating? rating, string what) =>
        rating is { } r && Enum.IsDefined(r) ? r : throw new DomainException($"请选择{what}的评价（满意、基本满意或不满意）");
}

/// <summary>What the office enters to open an evaluation.</summary>
public sealed record EvaluationArrangement(DateOnly? HeldOn, DateOnly? SummaryMeetingOn);

/// <summary>One ballot as entered: the rater's kind, the team's two ratings and any members'.</summary>
public sealed record BallotInput(RaterKind RaterKind, EvaluationRating? Conduct, EvaluationRating? ProblemSolving, IReadOnlyList<MemberRatingInput>? Members);

public sealed record MemberRatingInput(int PersonId, EvaluationRating? Conduct, EvaluationRating? ProblemSolving);

/// <summary>One anonymous ballot: numbered, never linked to the rater.</summary>
public sealed class EvaluationBallot : Entity, IAnonymousRecord
{
    private readonly List<BallotMemberRating> _memberRatings = [];

    private EvaluationBallot()
    {
    }

    internal EvaluationBallot(int number, RaterKind raterKind, EvaluationRating conduct, EvaluationRating problemSolving, List<BallotMemberRating> memberRatings)
    {
        Number = number;
        RaterKind = raterKind;
        Conduct = conduct;
        ProblemSolving = problemSolving;
        _memberRatings = memberRatings;
    }

    public int DemocraticEvaluationId { get; private set; }

    public int Number { get; private set; }

    public RaterKind RaterKind { get; private set; }

    /// <summary>改进作风.</summary>
    public EvaluationRating Conduct { get; private set; }

    /// <summary>解决问题.</summary>
    public EvaluationRating ProblemSolving { get; private set; }

    public IReadOnlyList<BallotMemberRating> MemberRatings => _memberRatings;
}

/// <summary>One member's two ratings on a ballot.</summary>
public sealed class BallotMemberRating : Entity, IAnonymousRecord
{
    private BallotMemberRating()
    {
    }

    internal BallotMemberRating(int personId, EvaluationRating conduct, EvaluationRating problemSolving)
    {
        PersonId = personId;
        Conduct = conduct;
        ProblemSolving = problemSolving;
    }

    public int EvaluationBallotId { get; private set; }

    public int PersonId { get; private set; }

    public EvaluationRating Conduct { get; private set; }

    public EvaluationRating ProblemSolving { get; private set; }
}
