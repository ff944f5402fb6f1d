using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Supervision;

/// <summary>The facts of an order its rules depend on: whose it is, its status, whether a report waits for a decision.</summary>
public sealed record OrderFacts(int UnitId, RectificationOrderStatus Status, bool HasPendingFeedback);

/// <summary>
/// The one home of "who may do what with a rectification order, and why not". <see cref="RectificationOrder"/>
/// enforces it in its verbs and answers <see cref="RectificationOrder.WhyCannot"/> from it; the pages render their
/// buttons from that answer.
/// </summary>
public static class OrderRules
{
    /// <summary>What the actor may do now, and why not: first who they are (not permitted), then the order's state.</summary>
    public static ActionAnswer WhyCannot(OrderAction action, OrderFacts order, Actor actor, UnitTree tree) =>
        ActionAnswer.FirstOf(RightsProblem(action, order, actor, tree), StateProblem(action, order));

    /// <summary>Whether the action is the actor's business at all: refused as access denied.</summary>
    public static ActionAnswer RightsProblem(OrderAction action, OrderFacts order, Actor actor, UnitTree tree) => (action switch
    {
        OrderAction.ReportBack => OrderAccess.CanAnswerFor(actor, order.UnitId, tree) ? null : "只有被责成整改单位（或其上级单位）的联络员可以反馈整改情况",
        OrderAction.Accept or OrderAction.Return => OrderAccess.Manages(actor) ? null : "只有督导组或活动办可以验收或退回整改反馈",
        OrderAction.ArrangeResurvey => OrderAccess.Manages(actor) ? null : "只有督导组或活动办可以安排复测",
        OrderAction.ChangeDeadline => OrderAccess.Manages(actor) ? null : "只有督导组或活动办可以调整整改期限",
        _ => "无效的操作",
    }) is { } reason ? ActionAnswer.NotPermitted(reason) : ActionAnswer.Allowed;

    /// <summary>Whether the order's state lets the action happen now: not offered, refused as a domain error.</summary>
    public static ActionAnswer StateProblem(OrderAction action, OrderFacts order) => StateReason(action, order) is { } reason
        ? ActionAnswer.NotApplicable(reason)
        : ActionAnswer.Allowed;

    private static string? StateReason(OrderAction action, OrderFacts order) => action switch
    {
        OrderAction.ReportBack when order.Status == RectificationOrderStatus.Closed => "整改通知已办结，不能再反馈",
        OrderAction.ReportBack when order.Status == RectificationOrderStatus.ResurveyPending => "已安排复测，等待复测结果",
        OrderAction.Accept or OrderAction.Return when order.Status == RectificationOrderStatus.Closed => "整改通知已办结",
        OrderAction.Accept or OrderAction.Return when !order.HasPendingFeedback || order.Status != RectificationOrderStatus.Responded => "单位尚未提交待验收的整改反馈",
        OrderAction.ArrangeResurvey when order.Status is not (RectificationOrderStatus.Responded or RectificationOrderStatus.ResurveyPending) => "单位反馈整改情况后才能安排复测",
        OrderAction.ChangeDeadline when order.Status == RectificationOrderStatus.Closed => "已办结的整改通知不能调整期限",
        _ => null,
    };
}
