using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

public enum ReceptionCaseStatus
{
    /// <summary>已登记: recorded at the reception, not yet being handled.</summary>
    Open = 0,

    /// <summary>办理中.</summary>
    InProgress = 1,

    /// <summary>案结事了.</summary>
    Settled = 2,
}

public static class ReceptionCaseStatusNames
{
    public static string ToChinese(this ReceptionCaseStatus status) => status switch
    {
        ReceptionCaseStatus.Open => "已登记",
        ReceptionCaseStatus.InProgress => "办理中",
        ReceptionCaseStatus.Settled => "案结事了",
        _ => status.ToString(),
    };
}

/// <summary>Pure overdue rules for reception cases (限时办结, China calendar days).</summary>
public static class ReceptionCaseDeadline
{
    /// <summary>Overdue the day after the deadline (China date) while not settled.</summary>
    public static bool IsOverdue(ReceptionCaseStatus status, DateOnly deadline, DateOnly today) =>
        Common.Overdue.IsOverdue(deadline, isFinished: status == ReceptionCaseStatus.Settled, today);

    public static int DaysOverdue(ReceptionCaseStatus status, DateOnly deadline, DateOnly today) =>
        Common.Overdue.DaysOverdue(deadline, isFinished: status == ReceptionCaseStatus.Settled, today);
}

/// <summary>
/// The record of a matter raised at a reception (接访事项纪要, 003 四.3): the matter, the measures,
/// the responsible unit and the time limit. It stays open until settled (案结事了) under
/// first-contact responsibility (首接负责制; 002 "谁受理事项、谁就负责协调、谁全程办结"):
/// only the receiving unit may settle it, even when another unit does the work.
/// A named leader owns the case to closure (包案负责制, <see cref="CaseOwnerPersonId"/>); it closes only on a
/// written reply (答复意见书) signed by the receiving leader in person.
/// The visitor's details are personal data and never appear on public pages.
/// </summary>
public sealed class ReceptionCase : AggregateRoot
{
    private ReceptionCase()
    {
        VisitorName = string.Empty;
        Matter = string.Empty;
        Measures = string.Empty;
        RecordedBy = string.Empty;
    }

    private ReceptionCase(int receivingUnitId, int receivingLeaderPersonId, DateOnly receivedOn, Actor actor, IClock clock)
        : this()
    {
        ReceivingUnitId = receivingUnitId;
        ReceivingLeaderPersonId = receivingLeaderPersonId;
        ReceivedOn = receivedOn;
        RecordedBy = actor.UserName;
        RecordedAt = clock.UtcNow;
        Status = ReceptionCaseStatus.Open;
    }

    /// <summary>The unit that received the visitor (首接单位): it alone settles the case.</summary>
    public int ReceivingUnitId { get; private set; }

    /// <summary>The leader who received the visitor and signs the reply.</summary>
    public int ReceivingLeaderPersonId { get; private set; }

    /// <summary>The leader named to own the case (包案), when not the receiving leader.</summary>
    public int? AssignedCaseOwnerPersonId { get; private set; }

    /// <summary>包案领导: the leader who owns the case until it is settled; the receiving leader unless another is named.</summary>
    public int CaseOwnerPersonId => AssignedCaseOwnerPersonId ?? ReceivingLeaderPersonId;

    /// <summary>The scheduled reception it came from, if any.</summary>
    public int? ScheduledReceptionId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string VisitorName { get; private set; }

    public string? VisitorContact { get; private set; }

    public string Matter { get; private set; }

    public string Measures { get; private set; }

    /// <summary>The unit (department) that carries out the measures.</summary>
    public int ResponsibleUnitId { get; private set; }

    /// <summary>解决时限, inclusive China date.</summary>
    public DateOnly Deadline { get; private set; }

    public ReceptionCaseStatus Status { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateOnly? SettledOn { get; private set; }

    /// <summary>答复意见书: the written reply to the visitor, drafted by the receiving unit.</summary>
    public string? Reply { get; private set; }

    /// <summary>接访领导签署意见 ("信访人的答复意见书须有接访领导的签署意见"); cleared whenever the reply is redrafted.</summary>
    public string? LeaderSignOff { get; private set; }

    /// <summary>When the receiving leader signed the current reply; null while unsigned.</summary>
    public DateTimeOffset? ReplySignedAt { get; private set; }

    public bool IsReplySigned => ReplySignedAt is not null;

    /// <summary>The case is being handled (or closed) and no 答复意见书 has been drafted: the record lacks its reply.</summary>
    public bool ReplyMissing => Status != ReceptionCaseStatus.Open && Reply is null;

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsOverdue(DateOnly today) => ReceptionCaseDeadline.IsOverdue(Status, Deadline, today);

    public int DaysOverdue(DateOnly today) => ReceptionCaseDeadline.DaysOverdue(Status, Deadline, today);

    public static ReceptionCase Open(
        int receivingUnitId, int receivingLeaderPersonId, DateOnly receivedOn, int? scheduledReceptionId,
        string visitorName, string? visitorContact, string matter, string measures, int responsibleUnitId, DateOnly deadline,
        Actor actor, UnitTree tree, IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, receivingUnitId, tree);
        if (receivedOn > clock.Today)
        {
            throw new DomainException("接访日期不能晚于今天");
        }

        var receptionCase = new ReceptionCase(receivingUnitId, receivingLeaderPersonId, receivedOn, actor, clock)
        {
            ScheduledReceptionId = scheduledReceptionId,
            VisitorName = Guard.Required(visitorName, "来访人", 50),
            VisitorContact = Guard.Optional(visitorContact, "联系方式", 100),
            Matter = Guard.Required(matter, "反映事项", 4000),
        };
        receptionCase.ApplyPlan(measures, responsibleUnitId, deadline);
        receptionCase.Raise(new ReceptionCaseOpened(receptionCase));
        return receptionCase;
    }

    /// <summary>Changes measures, responsible unit or deadline while the case is not settled.</summary>
    public void Replan(string measures, int responsibleUnitId, DateOnly deadline, Actor actor)
    {
        EnsureReceivingUnit(actor, "只有首接单位才能调整办理措施");
        if (Status == ReceptionCaseStatus.Settled)
        {
            throw new DomainException("已办结的接访事项不能再调整");
        }

        ApplyPlan(measures, responsibleUnitId, deadline);
    }

    /// <summary>Open → InProgress: the receiving or the responsible unit starts handling it.</summary>
    public void Start(Actor actor, IClock clock)
    {
        if (!ContactAccess.IsOfUnit(actor, ReceivingUnitId) && !ContactAccess.IsOfUnit(actor, ResponsibleUnitId) && !actor.IsOffice)
        {
            throw new AccessDeniedException("只有首接单位或责任单位才能开始办理该接访事项");
        }

        if (Status != ReceptionCaseStatus.Open)
        {
            throw new DomainException("只有已登记的接访事项才能开始办理");
        }

        Status = ReceptionCaseStatus.InProgress;
        StartedAt = clock.UtcNow;
        Raise(new ReceptionCaseStarted(this));
    }

    /// <summary>包案: names the leader who owns the case to closure; the receiving unit decides, until the case is settled.</summary>
    public void AssignCaseOwner(int leaderPersonId, Actor actor)
    {
        EnsureReceivingUnit(actor, "只有首接单位才能指定包案领导");
        if (Status == ReceptionCaseStatus.Settled)
        {
            throw new DomainException("已办结的接访事项不能再更换包案领导");
        }

        if (leaderPersonId <= 0)
        {
            throw new DomainException("请指定包案领导");
        }

        AssignedCaseOwnerPersonId = leaderPersonId == ReceivingLeaderPersonId ? null : leaderPersonId;
        Raise(new ReceptionCaseOwnerAssigned(this));
    }

    /// <summary>Whether the actor may draft or redraft the written reply now.</summary>
    public ActionAnswer CanWriteReply(Actor actor) => ActionAnswer.FirstOf(
        ActionAnswer.When(ContactAccess.IsOfUnit(actor, ReceivingUnitId), ActionAnswer.NotPermitted("只有首接单位才能起草答复意见书")),
        ActionAnswer.When(Status == ReceptionCaseStatus.InProgress, ActionAnswer.NotApplicable("只有办理中的接访事项才能起草答复意见书")));

    /// <summary>Whether the person signed in may sign the reply now: only the receiving leader in person.</summary>
    public ActionAnswer CanSignReply(int? signerPersonId) => ActionAnswer.FirstOf(
        ActionAnswer.When(signerPersonId == ReceivingLeaderPersonId, ActionAnswer.NotPermitted("答复意见书只能由接访领导本人签署")),
        ActionAnswer.When(Status == ReceptionCaseStatus.InProgress, ActionAnswer.NotApplicable("只有办理中的接访事项才能签署答复意见书")),
        ActionAnswer.When(Reply is not null, ActionAnswer.Blocked("请先起草答复意见书")),
        ActionAnswer.When(!IsReplySigned, ActionAnswer.NotApplicable("答复意见书已签署")));

    /// <summary>
    /// Whether the actor may settle the case now (案结事了): the receiving unit, or the receiving leader in person
    /// (<paramref name="actingPersonId"/>, the person behind the account), on a signed reply.
    /// </summary>
    public ActionAnswer CanSettle(Actor actor, int? actingPersonId) => ActionAnswer.FirstOf(
        ActionAnswer.When(ContactAccess.IsOfUnit(actor, ReceivingUnitId) || actingPersonId == ReceivingLeaderPersonId, ActionAnswer.NotPermitted("只有首接单位才能办结该接访事项（首接负责制）")),
        ActionAnswer.When(Status == ReceptionCaseStatus.InProgress, ActionAnswer.NotApplicable("只有办理中的接访事项才能办结")),
        ActionAnswer.When(IsReplySigned, ActionAnswer.Blocked("答复意见书尚未经接访领导签署，不能办结")));

    /// <summary>The receiving unit drafts the 答复意见书; a redrafted reply needs the leader's signature again.</summary>
    public void WriteReply(string reply, Actor actor)
    {
        CanWriteReply(actor).Ensure();
        Reply = Guard.Required(reply, "答复意见书", 4000);
        LeaderSignOff = null;
        ReplySignedAt = null;
        Raise(new ReceptionReplyWritten(this));
    }

    /// <summary>The receiving leader, in person, signs the reply with an opinion (签署意见).</summary>
    public void SignReply(string signOff, int? signerPersonId, IClock clock)
    {
        CanSignReply(signerPersonId).Ensure();
        LeaderSignOff = Guard.Required(signOff, "接访领导签署意见", 1000);
        ReplySignedAt = clock.UtcNow;
        Raise(new ReceptionReplySigned(this));
    }

    /// <summary>InProgress → Settled (案结事了), by the receiving unit or leader only, once the reply is signed.</summary>
    public void Settle(Actor actor, int? actingPersonId, IClock clock)
    {
        CanSettle(actor, actingPersonId).Ensure();
        Status = ReceptionCaseStatus.Settled;
        SettledOn = clock.Today;
        Raise(new ReceptionCaseSettled(this));
    }

    private void ApplyPlan(string measures, int responsibleUnitId, DateOnly deadline)
    {
        if (deadline < ReceivedOn)
        {
            throw new DomainException("解决时限不能早于接访日期");
        }

        if (responsibleUnitId <= 0)
        {
            throw new DomainException("请指定责任单位");
        }

        Measures = Guard.Required(measures, "办理措施", 4000);
        ResponsibleUnitId = responsibleUnitId;
        Deadline = deadline;
    }

    private void EnsureReceivingUnit(Actor actor, string message)
    {
        if (!ContactAccess.IsOfUnit(actor, ReceivingUnitId))
        {
            throw new AccessDeniedException(message);
        }
    }
}
