using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Supervision;

namespace CampaignHub.Components.Tests.Features.Supervision;

/// <summary>Orders, flags and people as the supervision pages receive them.</summary>
internal static class SupervisionTestData
{
    public const int ChengguanId = 12;

    /// <summary>A supervisor whose group supervises the flagged unit (区城管局).</summary>
    public static readonly Actor Supervisor = new("supervisor", "区委第一督导组", new HashSet<string> { Roles.Supervisor }, null, new HashSet<int> { ChengguanId });

    /// <summary>A supervisor of another group: reads the flag but may not act on it.</summary>
    public static readonly Actor OtherGroupSupervisor = new("supervisor2", "区委第二督导组", new HashSet<string> { Roles.Supervisor }, null, new HashSet<int> { 99 });
    public static readonly Actor Office = new("office", "区活动办", new HashSet<string> { Roles.Office }, null);
    public static readonly Actor Leader = new("leader", "区委领导", new HashSet<string> { Roles.Leader }, null);
    public static readonly Actor ChengguanCoordinator = new("chengguan", "城管局联络员", new HashSet<string> { Roles.Coordinator }, ChengguanId);
    public static readonly Actor OtherCoordinator = new("unit", "东山街道联络员", new HashSet<string> { Roles.Coordinator }, 99);

    /// <summary>区城管局 (12) and another unit (99) under the district (1).</summary>
    public static readonly UnitTree Tree = new([(1, null), (ChengguanId, 1), (99, 1)]);

    /// <summary>The order as the service hands it to this viewer: with the domain's answer on what they may do.</summary>
    public static OrderDto For(Actor viewer, OrderDto order)
    {
        var facts = new OrderFacts(order.UnitId, order.Status, HasPendingFeedback: order.Status == RectificationOrderStatus.Responded);
        return order with { Answers = Enum.GetValues<OrderAction>().ToDictionary(a => a, a => OrderRules.WhyCannot(a, facts, viewer, Tree)) };
    }

    public static OrderDto Order(RectificationOrderStatus status, string? response = null, int? resurveyId = null) => new(
        Id: 7,
        Version: 3,
        CampaignId: 1,
        UnitId: ChengguanId,
        UnitName: "区城管局",
        Reason: "一季度满意率低于80%，限期整改并复测",
        Deadline: new DateOnly(2014, 4, 30),
        Status: status,
        StatusText: status.ToChinese(),
        Overdue: false,
        DaysOverdue: 0,
        IssuedBy: "区委第一督导组",
        IssuedAt: new DateTimeOffset(2014, 4, 7, 10, 0, 0, TimeSpan.FromHours(8)),
        ResponseText: response,
        RectificationItemIds: response is null ? [] : [12, 15],
        ResurveyId: resurveyId,
        ResurveyTitle: resurveyId is null ? null : "区城管局整改复测（4月10日）",
        LastResurveyRate: null,
        Steps: [new OrderStepDto("已下达", "下达整改通知，期限2014-04-30", "区委第一督导组", new DateTimeOffset(2014, 4, 7, 10, 0, 0, TimeSpan.FromHours(8)))]);

    public static FlagDto Flag(UnitFlagKind kind = UnitFlagKind.Automatic, bool active = true, bool hasOpenOrder = false, string raisedBy = "系统") => new(
        Id: 3,
        CampaignId: 1,
        UnitId: ChengguanId,
        UnitName: "区城管局",
        Kind: kind,
        KindText: kind.ToChinese(),
        Reason: "满意率低于阈值80.0%",
        Rate: 0.725m,
        RaisedBy: raisedBy,
        RaisedAt: new DateTimeOffset(2014, 4, 6, 10, 0, 0, TimeSpan.FromHours(8)),
        Active: active,
        ClearNote: active ? null : "复测达标",
        ClearedAt: active ? null : new DateTimeOffset(2014, 4, 9, 10, 0, 0, TimeSpan.FromHours(8)),
        HasOpenOrder: hasOpenOrder);
}
