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
    /// <summary>Why the actor cannot do this now, or null when they can: first who they are, then the order's state.</summary>
    public static string? WhyCannot(OrderAction action, OrderFacts order, Actor actor, UnitTree tree) =>
        RightsProblem(action, order, actor, tree) ?? StateProblem(action, order);

    public static string? RightsProblem(OrderAction action, OrderFacts order, Actor actor, UnitTree tree) => action switch
    {
        OrderAction.ReportBack => OrderAccess.CanAnswerFor(actor, order.UnitId, tree) ? null : "只有被责成整改单位（或其上级单位）的联络员可以反馈整改情况",
        OrderAction.Accept or OrderAction.Return => OrderAccess.Manages(actor) ? null : "只有督导组或活动办可以验收或退回整改反馈",
        OrderAction.ArrangeResurvey => OrderAccess.Manages(actor) ? null : "只有督导组或活动办可以安排复测",
        OrderAction.ChangeDeadline => OrderAccess.Manages(actor) ? null : "只有督导组或活动办可以调整整改期限",
        _ => "无效的操作",
    };

    public static string? StateProblem(OrderAction action, OrderFacts order) => action switch
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
