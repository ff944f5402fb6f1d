using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Supervision;

/// <summary>Something that happened to a rectification order (整改通知).</summary>
public abstract record OrderEvent(RectificationOrder Order, string Summary) : IDomainEvent;

public sealed record OrderIssued(RectificationOrder Order) : OrderEvent(Order, $"下达整改通知，期限{Order.Deadline:yyyy-MM-dd}");

public sealed record OrderResponded(RectificationOrder Order) : OrderEvent(Order, "单位反馈整改情况");

public sealed record OrderDeadlineChanged(RectificationOrder Order) : OrderEvent(Order, $"整改期限调整为{Order.Deadline:yyyy-MM-dd}");

public sealed record ResurveyArranged(RectificationOrder Order) : OrderEvent(Order, "安排复测");

/// <summary>The closed re-survey's result was recorded. The summary never carries the rate: it may still be sealed.</summary>
public sealed record ResurveyResultRecorded(RectificationOrder Order) : OrderEvent(Order, "复测结束，整改通知已登记复测结果");

/// <summary>Something that happened to a flag on a unit.</summary>
public abstract record FlagEvent(UnitFlag Flag, string Summary) : IDomainEvent;

/// <summary>A flag was raised, by a supervisor or automatically (then the system is its author).</summary>
public sealed record FlagRaised(UnitFlag Flag) : FlagEvent(Flag, Flag.ChangeSummary);

public sealed record FlagCleared(UnitFlag Flag) : FlagEvent(Flag, "解除标记");
