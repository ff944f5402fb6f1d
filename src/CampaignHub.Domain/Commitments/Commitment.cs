using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Commitments;

/// <summary>
/// A practical matter a unit publicly promised (承诺事项 / 办实事), filed in the campaign's ledger
/// (台账). It carries the "four clears" (四明确: content; goal and deadline; responsible unit and
/// person; measures), all required, and is promised to service users and/or the local public.
/// </summary>
public sealed class Commitment : AggregateRoot, IPubliclyRatable
{
    private Commitment()
    {
        Content = string.Empty;
        Goal = string.Empty;
        ResponsiblePerson = string.Empty;
        Measures = string.Empty;
        FiledBy = string.Empty;
    }

    private Commitment(int campaignId, int responsibleUnitId, CommitmentKind kind, string filedBy, DateOnly filedOn)
    {
        CampaignId = campaignId;
        ResponsibleUnitId = responsibleUnitId;
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainException("承诺类型无效");
        FiledBy = filedBy;
        FiledOn = filedOn;
        Status = CommitmentStatus.NotStarted;
        Content = string.Empty;
        Goal = string.Empty;
        ResponsiblePerson = string.Empty;
        Measures = string.Empty;
    }

    public int CampaignId { get; private set; }

    public CommitmentKind Kind { get; private set; }

    /// <summary>明确内容.</summary>
    public string Content { get; private set; }

    /// <summary>明确目标.</summary>
    public string Goal { get; private set; }

    /// <summary>明确办理时限: the last day (China time) on which finishing is on time.</summary>
    public DateOnly Deadline { get; private set; }

    /// <summary>明确责任单位.</summary>
    public int ResponsibleUnitId { get; private set; }

    /// <summary>明确责任人.</summary>
    public string ResponsiblePerson { get; private set; }

    /// <summary>明确具体落实措施.</summary>
    public string Measures { get; private set; }

    public PromisedTo PromisedTo { get; private set; }

    public CommitmentStatus Status { get; private set; }

    public int ProgressPercent { get; private set; }

    /// <summary>Shown on the public page (公示) when true.</summary>
    public bool IsPublic { get; private set; }

    /// <summary>The day it entered the ledger (China time); the ledger's due date is checked against it.</summary>
    public DateOnly FiledOn { get; private set; }

    public string FiledBy { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public string? ResultNote { get; private set; }

    public string? CancelReason { get; private set; }

    public int RatedSatisfied { get; private set; }

    public int RatedBasicallySatisfied { get; private set; }

    public int RatedUnsatisfied { get; private set; }

    public PublicRatingCounts PublicRatings => new(RatedSatisfied, RatedBasicallySatisfied, RatedUnsatisfied);

    /// <summary>党员互评 score out of 100, recorded by the unit.</summary>
    public int? PeerReviewScore { get; private set; }

    public string? PeerReviewNote { get; private set; }

    /// <summary>党组织点评 score out of 100, recorded by the upper party organisation.</summary>
    public int? OrganisationReviewScore { get; private set; }

    public string? OrganisationReviewComment { get; private set; }

    public string? OrganisationReviewedBy { get; private set; }

    /// <summary>The three-level assessment (三级考核) and the year-end grade it gives.</summary>
    public CommitmentAssessment Assessment => new(PeerReviewScore, OrganisationReviewScore, PublicRatings);

    public RatedItemKind RatedKind => RatedItemKind.Commitment;

    public static Commitment File(
        int campaignId,
        int responsibleUnitId,
        CommitmentKind kind,
        string content,
        string goal,
        DateOnly deadline,
        string responsiblePerson,
        string measures,
        PromisedTo promisedTo,
        Actor actor,
        UnitTree tree,
        IClock clock)
    {
        UnitAccess.EnsureCanEdit(actor, responsibleUnitId, tree);
        var commitment = new Commitment(campaignId, responsibleUnitId, kind, actor.UserName, clock.Today);
        commitment.SetFourClears(content, goal, deadline, responsiblePerson, measures, promisedTo);
        commitment.Raise(new CommitmentFiled(commitment));
        return commitment;
    }

    public int DaysOverdue(DateOnly today) =>
        Overdue.DaysOverdue(Deadline, Status is CommitmentStatus.Done or CommitmentStatus.Cancelled, today);

    /// <summary>
    /// The one home of what an actor may do with this commitment now, and why not: the responsible unit's editors
    /// revise, start, report progress, close and publish it; only the office withdraws it. The verbs refuse with
    /// these answers; the ledger renders its buttons from them.
    /// </summary>
    public ActionAnswer WhyCannot(CommitmentVerb verb, Actor actor, UnitTree tree)
    {
        var editor = ActionAnswer.When(UnitAccess.CanEdit(actor, ResponsibleUnitId, tree), ActionAnswer.NotPermitted("您无权修改该单位的数据"));
        var open = Status is not (CommitmentStatus.Done or CommitmentStatus.Cancelled);
        return verb switch
        {
            CommitmentVerb.Revise => ActionAnswer.FirstOf(editor, ActionAnswer.When(open, ActionAnswer.NotApplicable("已办结或已取消的承诺事项不能修改"))),
            CommitmentVerb.Start => ActionAnswer.FirstOf(editor, ActionAnswer.When(Status == CommitmentStatus.NotStarted, ActionAnswer.NotApplicable("只有未启动的承诺事项才能开始办理"))),
            CommitmentVerb.UpdateProgress => ActionAnswer.FirstOf(editor, ActionAnswer.When(Status == CommitmentStatus.InProgress, ActionAnswer.NotApplicable("只有正在办理的承诺事项才能更新进度"))),
            CommitmentVerb.MarkDone => ActionAnswer.FirstOf(editor, ActionAnswer.When(Status == CommitmentStatus.InProgress, ActionAnswer.NotApplicable("只有正在办理的承诺事项才能办结"))),
            CommitmentVerb.SetPublic => ActionAnswer.FirstOf(editor, ActionAnswer.When(Status != CommitmentStatus.Cancelled, ActionAnswer.NotApplicable("已取消的承诺事项不能公示"))),
            CommitmentVerb.Cancel => ActionAnswer.FirstOf(
                ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("只有活动办可以取消承诺事项")),
                ActionAnswer.When(open, ActionAnswer.NotApplicable("已办结或已取消的承诺事项不能取消"))),
            CommitmentVerb.PeerReview => ActionAnswer.FirstOf(
                ActionAnswer.When(UnitAccess.CanEdit(actor, ResponsibleUnitId, tree), ActionAnswer.NotPermitted("党员互评结果由责任单位录入")),
                AssessedOnlyWhenDone()),
            CommitmentVerb.OrganisationReview => ActionAnswer.FirstOf(
                ActionAnswer.When(IsUpperOrganisation(actor, tree), ActionAnswer.NotPermitted("党组织点评由上级党组织（活动办或上级单位）填写，责任单位不能点评自己")),
                AssessedOnlyWhenDone()),
            _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
        };
    }

    public void Revise(string content, string goal, DateOnly deadline, string responsiblePerson, string measures, PromisedTo promisedTo, Actor actor, UnitTree tree)
    {
        WhyCannot(CommitmentVerb.Revise, actor, tree).Ensure();
        SetFourClears(content, goal, deadline, responsiblePerson, measures, promisedTo);
        Raise(new CommitmentRevised(this));
    }

    /// <summary>Records the result of the party members' mutual assessment (党员互评) of a done commitment.</summary>
    public void RecordPeerReview(int score, string? note, Actor actor, UnitTree tree)
    {
        WhyCannot(CommitmentVerb.PeerReview, actor, tree).Ensure();
        PeerReviewScore = CommitmentAssessment.ValidScore(score);
        PeerReviewNote = Guard.Optional(note, "互评说明", 500);
        Raise(new CommitmentAssessed(this, AssessmentLevel.PeerReview));
    }

    /// <summary>Records the upper party organisation's comment and score (党组织点评) of a done commitment.</summary>
    public void RecordOrganisationReview(int score, string comment, Actor actor, UnitTree tree)
    {
        WhyCannot(CommitmentVerb.OrganisationReview, actor, tree).Ensure();
        OrganisationReviewScore = CommitmentAssessment.ValidScore(score);
        OrganisationReviewComment = Guard.Required(comment, "点评意见", 500);
        OrganisationReviewedBy = actor.UserName;
        Raise(new CommitmentAssessed(this, AssessmentLevel.OrganisationReview));
    }

    public void SetPublic(bool isPublic, Actor actor, UnitTree tree)
    {
        UnitAccess.EnsureCanEdit(actor, ResponsibleUnitId, tree);
        IsPublic = isPublic;
        Raise(new CommitmentPublicitySet(this, isPublic));
    }

    public void Start(Actor actor, UnitTree tree)
    {
        WhyCannot(CommitmentVerb.Start, actor, tree).Ensure();

        Status = CommitmentStatus.InProgress;
        Raise(new CommitmentStarted(this));
    }

    public void UpdateProgress(int percent, Actor actor, UnitTree tree)
    {
        WhyCannot(CommitmentVerb.UpdateProgress, actor, tree).Ensure();

        ProgressPercent = Guard.Percent(percent);
        Raise(new CommitmentProgressed(this, ProgressPercent));
    }

    public void MarkDone(string? resultNote, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(CommitmentVerb.MarkDone, actor, tree).Ensure();

        ResultNote = Guard.Optional(resultNote, "办理结果", 1000);
        Status = CommitmentStatus.Done;
        ProgressPercent = 100;
        DoneOn = clock.Today;
        Raise(new CommitmentDone(this));
    }

    /// <summary>A public promise is withdrawn only by the office, with a reason.</summary>
    public void Cancel(string reason, Actor actor)
    {
        ActionAnswer.FirstOf(
            ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("只有活动办可以取消承诺事项")),
            ActionAnswer.When(Status is not (CommitmentStatus.Done or CommitmentStatus.Cancelled), ActionAnswer.NotApplicable("已办结或已取消的承诺事项不能取消"))).Ensure();

        CancelReason = Guard.Required(reason, "取消原因", 500);
        Status = CommitmentStatus.Cancelled;
        Raise(new CommitmentCancelled(this));
    }

    void IPubliclyRatable.ApplyPublicRating(PublicRating rating)
    {
        if (!IsPublic)
        {
            throw new DomainException("只能评价已公示的事项");
        }

        if (Status != CommitmentStatus.Done)
        {
            throw new DomainException("只能评价已完成的事项");
        }

        switch (rating)
        {
            case PublicRating.Satisfied:
                RatedSatisfied++;
                break;
            case PublicRating.BasicallySatisfied:
                RatedBasicallySatisfied++;
                break;
            case PublicRating.Unsatisfied:
                RatedUnsatisfied++;
                break;
            default:
                throw new DomainException("评价结果无效");
        }

        Raise(new PubliclyRated(this, rating));
    }

    /// <summary>The assessment weighs how a promise was kept, so it comes once the commitment is done.</summary>
    private ActionAnswer AssessedOnlyWhenDone() =>
        ActionAnswer.When(Status == CommitmentStatus.Done, ActionAnswer.Blocked("承诺事项办结后才能进行三级考核"));

    /// <summary>The office, or the coordinator of a unit above the responsible one: never the unit itself.</summary>
    private bool IsUpperOrganisation(Actor actor, UnitTree tree) =>
        actor.IsOffice || (actor.IsCoordinator && actor.UnitId is { } own && own != ResponsibleUnitId && UnitAccess.CanEdit(actor, ResponsibleUnitId, tree));

    private void SetFourClears(string content, string goal, DateOnly deadline, string responsiblePerson, string measures, PromisedTo promisedTo)
    {
        if (promisedTo is not (PromisedTo.ServiceUsers or PromisedTo.LocalPublic or PromisedTo.Both))
        {
            throw new DomainException("请选择承诺对象（服务对象、驻地群众）");
        }

        Content = Guard.Required(content, "承诺内容", 1000);
        Goal = Guard.Required(goal, "目标", 1000);
        ResponsiblePerson = Guard.Required(responsiblePerson, "责任人", 50);
        Measures = Guard.Required(measures, "落实措施", 2000);
        Deadline = deadline;
        PromisedTo = promisedTo;
    }

    private void EnsureOpen(Actor actor, UnitTree tree, string message)
    {
        UnitAccess.EnsureCanEdit(actor, ResponsibleUnitId, tree);
        if (Status is CommitmentStatus.Done or CommitmentStatus.Cancelled)
        {
            throw new DomainException(message);
        }
    }
}

/// <summary>What one may do with a commitment (承诺事项).</summary>
public enum CommitmentVerb
{
    /// <summary>修改.</summary>
    Revise,

    /// <summary>开始办理.</summary>
    Start,

    /// <summary>更新进度.</summary>
    UpdateProgress,

    /// <summary>办结.</summary>
    MarkDone,

    /// <summary>公示 / 取消公示.</summary>
    SetPublic,

    /// <summary>取消（活动办）.</summary>
    Cancel,

    /// <summary>党员互评.</summary>
    PeerReview,

    /// <summary>党组织点评.</summary>
    OrganisationReview,
}
