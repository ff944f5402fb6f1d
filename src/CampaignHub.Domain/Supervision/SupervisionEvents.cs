using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Supervision;

/// <summary>Something that happened to a rectification order (整改通知).</summary>
public abstract record OrderEvent(RectificationOrder Order, string Summary) : IDomainEvent;

public sealed record OrderIssued(RectificationOrder Order) : OrderEvent(Order, $"下达整改通知，期限{Order.Deadline:yyyy-MM-dd}");

/// <summary>整改反馈: a round of measures (with its evidence) was reported.</summary>
public sealed record OrderResponded(RectificationOrder Order, OrderFeedback Round)
    : OrderEvent(Order, Round.Evidence.Count == 0 ? $"提交第{Round.Round}轮整改反馈" : $"提交第{Round.Round}轮整改反馈（附佐证材料{Round.Evidence.Count}份）");

/// <summary>验收: the waiting report was accepted and the order closed.</summary>
public sealed record OrderFeedbackAccepted(RectificationOrder Order, OrderFeedback Round) : OrderEvent(Order, $"验收第{Round.Round}轮整改反馈，整改通知办结");

/// <summary>退回: the waiting report was returned with a reason; the unit reports again.</summary>
public sealed record OrderFeedbackReturned(RectificationOrder Order, OrderFeedback Round) : OrderEvent(Order, $"退回第{Round.Round}轮整改反馈");

public sealed record OrderDeadlineChanged(RectificationOrder Order) : OrderEvent(Order, $"整改期限调整为{Order.Deadline:yyyy-MM-dd}");

public sealed record ResurveyArranged(RectificationOrder Order) : OrderEvent(Order, "安排复测");

/// <summary>The closed re-survey's result was recorded. The summary never carries the rate: it may still be sealed.</summary>
public sealed record ResurveyResultRecorded(RectificationOrder Order) : OrderEvent(Order, "复测结束，整改通知已登记复测结果");

/// <summary>Something that happened to a flag on a unit.</summary>
public abstract record FlagEvent(UnitFlag Flag, string Summary) : IDomainEvent;

/// <summary>A flag was raised, by a supervisor or automatically (then the system is its author).</summary>
public sealed record FlagRaised(UnitFlag Flag) : FlagEvent(Flag, Flag.ChangeSummary);

public sealed record FlagCleared(UnitFlag Flag) : FlagEvent(Flag, "解除标记");

/// <summary>Something that happened to a supervision group (督导组).</summary>
public abstract record SupervisionGroupEvent(SupervisionGroup Group, string Summary) : IDomainEvent;

public sealed record SupervisionGroupCreated(SupervisionGroup Group) : SupervisionGroupEvent(Group, $"新建督导组“{Group.Name}”");

public sealed record SupervisionGroupRevised(SupervisionGroup Group) : SupervisionGroupEvent(Group, $"修改督导组“{Group.Name}”");

public sealed record SupervisionGroupDissolved(SupervisionGroup Group) : SupervisionGroupEvent(Group, $"撤销督导组“{Group.Name}”");
