using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>Something that happened to a leader's contact activity; the feed names the leader first.</summary>
public abstract record ContactActivityEvent(ContactActivity Activity, string Summary) : IDomainEvent;

public sealed record ContactActivityRecorded(ContactActivity Activity) : ContactActivityEvent(Activity, $"登记{Activity.DutyType.ToChinese()}");

public sealed record ContactActivityCorrected(ContactActivity Activity) : ContactActivityEvent(Activity, $"更正{Activity.DutyType.ToChinese()}记录");

public sealed record ContactActivityOpinionNoted(ContactActivity Activity) : ContactActivityEvent(Activity, "记录群众意见");

public sealed record ContactActivityEvidenceAdded(ContactActivity Activity) : ContactActivityEvent(Activity, "上传实物资料");

/// <summary>A secondment was registered (the feed names the person) or reviewed at its end.</summary>
public abstract record SecondmentEvent(Secondment Secondment, string Summary, bool NamesPerson) : IDomainEvent;

public sealed record SecondmentStarted(Secondment Secondment) : SecondmentEvent(Secondment, $"挂职{Secondment.HostUnitName}", NamesPerson: true);

public sealed record SecondmentReviewed(Secondment Secondment) : SecondmentEvent(Secondment, "挂职期满考核", NamesPerson: false);

/// <summary>A leader's published reception day (接访日).</summary>
public abstract record ReceptionDayEvent(ScheduledReception Reception, string Summary, bool NamesLeader) : IDomainEvent;

public sealed record ReceptionDayScheduled(ScheduledReception Reception) : ReceptionDayEvent(Reception, $"公布接访日 {Reception.Date:M月d日}", NamesLeader: true);

public sealed record ReceptionDayCancelled(ScheduledReception Reception) : ReceptionDayEvent(Reception, $"取消接访日 {Reception.Date:M月d日}", NamesLeader: false);

/// <summary>A case received at a reception (接访事项), handled by the receiving unit.</summary>
public abstract record ReceptionCaseEvent(ReceptionCase Case, string Summary, bool NamesLeader) : IDomainEvent;

public sealed record ReceptionCaseOpened(ReceptionCase Case) : ReceptionCaseEvent(Case, "登记接访事项", NamesLeader: true);

public sealed record ReceptionCaseStarted(ReceptionCase Case) : ReceptionCaseEvent(Case, "接访事项开始办理", NamesLeader: false);

public sealed record ReceptionCaseOwnerAssigned(ReceptionCase Case) : ReceptionCaseEvent(Case, "指定包案领导", NamesLeader: false);

public sealed record ReceptionReplyWritten(ReceptionCase Case) : ReceptionCaseEvent(Case, "起草答复意见书", NamesLeader: false);

public sealed record ReceptionReplySigned(ReceptionCase Case) : ReceptionCaseEvent(Case, "接访领导签署答复意见书", NamesLeader: true);

public sealed record ReceptionCaseSettled(ReceptionCase Case) : ReceptionCaseEvent(Case, "接访事项案结事了", NamesLeader: false);

/// <summary>An administrator changed an assessment quota (target, measure, period, or whether it applies).</summary>
public sealed record QuotaRuleChanged(QuotaRule Rule) : IDomainEvent
{
    public string Summary => $"修改考核指标：{Rule.Description}";
}
