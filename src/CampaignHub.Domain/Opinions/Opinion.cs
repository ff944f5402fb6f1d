using System.Text.RegularExpressions;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Opinions;

/// <summary>
/// An opinion or appeal raised by the public or an upper body (意见建议 / 群众诉求). A unit claims it
/// and, having accepted it, coordinates and closes it (谁受理、谁协调、谁办结), or it is handed to a unit with a
/// time limit (统一交办、限时办结). One rooted above (表现在下、根子在上) is escalated to the upper or district
/// unit the claimer names (<see cref="RootedAboveTargets"/>), which must claim it. Opinions heard during a leader's
/// contact activity enter here too, linked back to the activity (<see cref="RaisedAtContactActivity"/>).
/// </summary>
public sealed partial class Opinion : AggregateRoot
{
    public const int MaxContentLength = 2000;

    private Opinion()
    {
        Content = string.Empty;
        ReceiptNumber = string.Empty;
    }

    private Opinion(int campaignId, OpinionSource source, OpinionCategory category, string content, DateOnly raisedOn, string? name, string? phone, IClock clock)
    {
        if (!Enum.IsDefined(source))
        {
            throw new DomainException("意见来源无效");
        }

        if (!Enum.IsDefined(category))
        {
            throw new DomainException("意见类别无效");
        }

        if (raisedOn > clock.Today)
        {
            throw new DomainException("提出日期不能晚于今天");
        }

        CampaignId = campaignId;
        Source = source;
        Category = category;
        Content = Guard.Required(content, "意见内容", MaxContentLength);
        RaisedOn = raisedOn;
        RaisedByName = Guard.Optional(name, "姓名", 50);
        RaisedByPhone = ValidPhone(phone);
        ReceiptNumber = Opinions.ReceiptNumber.New(clock.Today);
        CreatedAt = clock.UtcNow;
        Status = OpinionStatus.New;
    }

    public int CampaignId { get; private set; }

    public OpinionSource Source { get; private set; }

    public OpinionCategory Category { get; private set; }

    public string Content { get; private set; }

    public DateOnly RaisedOn { get; private set; }

    /// <summary>Personal data: shown unmasked only as <see cref="OpinionPrivacy"/> allows.</summary>
    public string? RaisedByName { get; private set; }

    /// <summary>Personal data: shown unmasked only as <see cref="OpinionPrivacy"/> allows.</summary>
    public string? RaisedByPhone { get; private set; }

    /// <summary>True when a member of the public submitted it through the public form.</summary>
    public bool SubmittedByPublic { get; private set; }

    /// <summary>The unit whose staff entered it; null when submitted by the public or entered by the office.</summary>
    public int? EnteredByUnitId { get; private set; }

    /// <summary>The account that entered it; null when submitted by the public.</summary>
    public string? EnteredBy { get; private set; }

    public string ReceiptNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public OpinionStatus Status { get; private set; }

    /// <summary>表现在下、根子在上: found below, caused above.</summary>
    public bool RootedAbove { get; private set; }

    /// <summary>The unit where the problem showed and that first escalated it.</summary>
    public int? RootedAboveFromUnitId { get; private set; }

    /// <summary>The upper unit that must claim it while <see cref="OpinionStatus.Escalated"/>.</summary>
    public int? EscalatedToUnitId { get; private set; }

    /// <summary>The unit that sent it up last (for a second escalation not the unit where it first showed).</summary>
    public int? EscalatedFromUnitId { get; private set; }

    /// <summary>The account that sent it up last.</summary>
    public string? EscalatedBy { get; private set; }

    public string? EscalationReason { get; private set; }

    public DateOnly? EscalatedOn { get; private set; }

    /// <summary>The handling unit: it coordinates and closes the opinion.</summary>
    public int? ClaimedByUnitId { get; private set; }

    public string? ClaimedBy { get; private set; }

    public DateOnly? ClaimedOn { get; private set; }

    /// <summary>限时办结: the day by which it should be answered; optional on a claim, required when handed to a unit.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>交办: who handed it to the handling unit (null when the unit claimed it itself).</summary>
    public string? AssignedBy { get; private set; }

    public DateOnly? AssignedOn { get; private set; }

    /// <summary>The contact activity (下基层、接访、调研…) during which a leader heard it.</summary>
    public int? ContactActivityId { get; private set; }

    /// <summary>The leader who heard it during that activity.</summary>
    public int? ReceivedByPersonId { get; private set; }

    /// <summary>The leader's name as it was when the opinion was noted.</summary>
    public string? ReceivedByName { get; private set; }

    /// <summary>The rectification item that answers this opinion together with similar ones.</summary>
    public int? RectificationItemId { get; private set; }

    /// <summary>The reply, shown on the submitter's receipt.</summary>
    public string? Answer { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Entered by the office or a unit's coordinator (from a visit, form, hotline...).</summary>
    public static Opinion Enter(
        int campaignId,
        OpinionSource source,
        OpinionCategory category,
        string content,
        DateOnly raisedOn,
        string? raisedByName,
        string? raisedByPhone,
        int? enteredByUnitId,
        Actor actor,
        UnitTree tree,
        IClock clock)
    {
        OpinionRules.WhyCannotEnter(actor).Ensure();
        if (source == OpinionSource.Volunteer)
        {
            throw new DomainException("义务监督员的监督意见由监督员本人提交");
        }

        if (enteredByUnitId is { } unitId)
        {
            UnitAccess.EnsureCanEdit(actor, unitId, tree);
        }
        else if (!OpinionRules.MayEnterWithoutUnit(actor))
        {
            throw new AccessDeniedException("请选择录入意见的单位");
        }

        var opinion = new Opinion(campaignId, source, category, content, raisedOn, raisedByName, raisedByPhone, clock)
        {
            EnteredByUnitId = enteredByUnitId,
            EnteredBy = actor.UserName,
        };
        opinion.Raise(new OpinionEntered(opinion));
        return opinion;
    }

    /// <summary>
    /// An opinion a leader heard during a contact activity: source 联系走访, raised on the activity's (last) day,
    /// entered for the leader's unit, the leader as the one who received it, linked back to the activity. Whoever
    /// may record the activity may record what was heard there.
    /// </summary>
    public static Opinion RaisedAtContactActivity(
        int campaignId,
        ContactActivity activity,
        string leaderName,
        OpinionCategory category,
        string content,
        string? raisedByName,
        string? raisedByPhone,
        Actor actor,
        UnitTree tree,
        IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, activity.UnitId, tree);
        if (activity.Id == 0)
        {
            throw new DomainException("请先保存活动记录");
        }

        var opinion = new Opinion(campaignId, OpinionSource.ContactVisit, category, content, activity.EndDate, raisedByName, raisedByPhone, clock)
        {
            EnteredByUnitId = activity.UnitId,
            EnteredBy = actor.UserName,
            ContactActivityId = activity.Id,
            ReceivedByPersonId = activity.PersonId,
            ReceivedByName = Guard.Required(leaderName, "接待领导", 50),
        };
        opinion.Raise(new OpinionHeardAtContactActivity(opinion));
        return opinion;
    }

    /// <summary>Submitted by anyone through a public form (no login): the opinion form (网上) or the 监督信箱.</summary>
    /// <param name="source">Which public form it came through: the opinion form (网上) or the 监督信箱.</param>
    public static Opinion SubmitByPublic(int campaignId, OpinionCategory category, string content, string? name, string? phone, IClock clock, OpinionSource source = OpinionSource.Online)
    {
        if (source is not (OpinionSource.Online or OpinionSource.SupervisionMailbox))
        {
            throw new DomainException("群众只能通过网上意见表或监督信箱提交");
        }

        var opinion = new Opinion(campaignId, source, category, content, clock.Today, name, phone, clock)
        {
            SubmittedByPublic = true,
        };
        opinion.Raise(new OpinionSubmittedByPublic(opinion));
        return opinion;
    }

    public int DaysOverdue(DateOnly today) => Overdue.DaysOverdue(DueOn, Status.IsAnswered(), today);

    /// <summary>What the submitter sees when following up with the receipt number: no personal data, no content.</summary>
    public OpinionReceipt ToReceipt() => new(ReceiptNumber, RaisedOn, Category, Status, Answer, AnsweredOn);

    /// <summary>Where the opinion sits and whether it is linked: what its rules (<see cref="OpinionRules"/>) read.</summary>
    public OpinionFacts Facts => new(Status, EnteredByUnitId, EscalatedToUnitId, ClaimedByUnitId, RectificationItemId, Source == OpinionSource.UpperDepartment);

    /// <summary>
    /// What the actor may do with this opinion now, and why not (<see cref="OpinionRules"/>). The verbs refuse with
    /// exactly this answer, so the list's buttons and the server never disagree.
    /// </summary>
    public ActionAnswer WhyCannot(OpinionAction action, Actor actor, UnitTree tree) => OpinionRules.WhyCannot(action, Facts, actor, tree);

    /// <summary>
    /// A unit accepts the opinion and becomes its handling unit. The actor must be able to act on the
    /// opinion where it sits (<see cref="OpinionAccess"/>) and to edit the claiming unit. An escalated
    /// opinion can only be claimed by the upper unit it was escalated to.
    /// </summary>
    public void Claim(int unitId, DateOnly? dueOn, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(OpinionAction.Claim, actor, tree).Ensure();
        UnitAccess.EnsureCanEdit(actor, unitId, tree);
        if (OpinionRules.ClaimingUnitIsFixed(Facts) && unitId != EscalatedToUnitId)
        {
            throw new DomainException("该意见“表现在下、根子在上”，须由上级单位认领");
        }

        if (dueOn is { } due && due < clock.Today)
        {
            throw new DomainException("办结时限不能早于今天");
        }

        ClaimedByUnitId = unitId;
        ClaimedBy = actor.UserName;
        ClaimedOn = clock.Today;
        DueOn = dueOn;
        AssignedBy = null;
        AssignedOn = null;
        Status = OpinionStatus.Claimed;
        Raise(new OpinionClaimed(this));
    }

    /// <summary>
    /// 交办: hands a new opinion to a unit, which becomes its handling unit, with the day by which it must be
    /// answered (限时办结). The office hands to any unit; a coordinator within their own tree.
    /// </summary>
    public void HandTo(int unitId, DateOnly? dueOn, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(OpinionAction.HandOver, actor, tree).Ensure();
        if (!tree.Contains(unitId))
        {
            throw new DomainException("找不到承办单位");
        }

        if (!OpinionAccess.CanHandTo(actor, unitId, tree))
        {
            throw new AccessDeniedException("只能交办给本单位或下级单位");
        }

        var due = dueOn ?? throw new DomainException("交办须明确办结时限");
        if (due < clock.Today)
        {
            throw new DomainException("办结时限不能早于今天");
        }

        ClaimedByUnitId = unitId;
        ClaimedBy = actor.UserName;
        ClaimedOn = clock.Today;
        DueOn = due;
        AssignedBy = actor.UserName;
        AssignedOn = clock.Today;
        Status = OpinionStatus.Claimed;
        Raise(new OpinionHandedTo(this));
    }

    /// <summary>
    /// Marks the opinion rooted above and sends it to the unit where its root lies, named by the claimer with a
    /// reason: an ancestor of the unit where it showed, or a district department (<see cref="RootedAboveTargets"/>).
    /// The unit where it showed is the handling unit if claimed, else <paramref name="foundAtUnitId"/> or the
    /// entering unit. That unit loses it: the receiving unit must claim it, and only then can it be answered.
    /// </summary>
    public void EscalateAsRootedAbove(int toUnitId, string reason, Actor actor, UnitTree tree, IReadOnlyDictionary<int, UnitKind> kinds, IClock clock, int? foundAtUnitId = null)
    {
        WhyCannot(OpinionAction.Escalate, actor, tree).Ensure();
        int from;
        switch (Status)
        {
            case OpinionStatus.Claimed:
                from = ClaimedByUnitId!.Value;
                break;
            case OpinionStatus.New:
                from = foundAtUnitId ?? EnteredByUnitId
                    ?? throw new DomainException("请指明问题表现在哪个单位");
                break;
            default:
                throw new DomainException("只有待受理或办理中的意见才能上报上级");
        }

        UnitAccess.EnsureCanEdit(actor, from, tree);
        if (RootedAboveTargets.WhyNot(from, toUnitId, tree, kinds) is { } problem)
        {
            throw new DomainException(problem);
        }

        EscalationReason = Guard.Required(reason, "上报原因", 500);
        RootedAbove = true;
        RootedAboveFromUnitId ??= from;
        EscalatedFromUnitId = from;
        EscalatedBy = actor.UserName;
        EscalatedToUnitId = toUnitId;
        EscalatedOn = clock.Today;
        ClaimedByUnitId = null;
        ClaimedBy = null;
        ClaimedOn = null;
        DueOn = null;
        AssignedBy = null;
        AssignedOn = null;
        RectificationItemId = null; // the lower unit's item no longer answers it
        Status = OpinionStatus.Escalated;
        Raise(new OpinionEscalated(this));
    }

    /// <summary>Groups this opinion with similar ones under one of the handling unit's rectification items.</summary>
    public void LinkToRectification(RectificationItem item, Actor actor, UnitTree tree)
    {
        WhyCannot(OpinionAction.Link, actor, tree).Ensure();

        if (item.CampaignId != CampaignId)
        {
            throw new DomainException("只能关联本次活动的整改事项");
        }

        if (item.UnitId != ClaimedByUnitId)
        {
            throw new DomainException("只能关联受理单位自己的整改事项");
        }

        if (item.Status.IsFinished())
        {
            throw new DomainException("不能关联已完成的整改事项");
        }

        // No event of its own: the item records the grouping once for all the opinions linked with it
        // (RectificationItem.RecordLinkedOpinions).
        RectificationItemId = item.Id;
    }

    public void UnlinkFromRectification(Actor actor, UnitTree tree)
    {
        WhyCannot(OpinionAction.Unlink, actor, tree).Ensure();

        RectificationItemId = null;
        Raise(new OpinionUnlinkedFromRectification(this));
    }

    /// <summary>The handling unit replies. A reply may be amended until the opinion is closed.</summary>
    public void AnswerWith(string answer, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(OpinionAction.Answer, actor, tree).Ensure();

        Answer = Guard.Required(answer, "答复内容", 2000);
        AnsweredOn = clock.Today;
        Status = OpinionStatus.Answered;
        Raise(new OpinionAnswered(this));
    }

    /// <summary>The handling unit closes it (办结) once answered.</summary>
    public void Close(Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(OpinionAction.Close, actor, tree).Ensure();

        Status = OpinionStatus.Closed;
        ClosedOn = clock.Today;
        Raise(new OpinionClosed(this));
    }

    /// <summary>
    /// Takes the answer of the linked item: answered when the item is completed, closed when it is
    /// verified. The actor was checked on the item; see <see cref="OpinionAnswers"/>.
    /// </summary>
    internal void TakeAnswerFrom(RectificationItem item, IClock clock)
    {
        if (RectificationItemId != item.Id)
        {
            throw new DomainException("该意见未关联此整改事项");
        }

        if (!item.Status.IsFinished() || item.Answer is null)
        {
            throw new DomainException("整改事项尚未完成或没有答复内容");
        }

        Answer = item.Answer;
        AnsweredOn ??= clock.Today;
        if (item.Status == RectificationStatus.Verified)
        {
            Status = OpinionStatus.Closed;
            ClosedOn ??= clock.Today;
        }
        else if (Status != OpinionStatus.Closed)
        {
            Status = OpinionStatus.Answered;
        }
    }

    private static string? ValidPhone(string? phone)
    {
        var value = Guard.Optional(phone, "联系电话", 20);
        if (value is not null && !PhonePattern().IsMatch(value))
        {
            throw new DomainException("联系电话格式不正确");
        }

        return value;
    }

    [GeneratedRegex(@"^[0-9+\-() ]{5,20}$")]
    private static partial Regex PhonePattern();
}

/// <summary>What the public receipt page shows.</summary>
public sealed record OpinionReceipt(string ReceiptNumber, DateOnly RaisedOn, OpinionCategory Category, OpinionStatus Status, string? Answer, DateOnly? AnsweredOn);
