using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Events;

public class SupervisionEventTests
{
    private static readonly FixedClock Clock = Clocks.AtChina(2014, 7, 1);

    [Fact]
    public void Issuing_an_order_raises_OrderIssued_with_its_deadline()
    {
        var order = RectificationOrder.Issue(1, 12, "满意率偏低，限期整改", new DateOnly(2014, 8, 31), ActorBuilder.Supervisor(), Clock);

        Assert.Equal("下达整改通知，期限2014-08-31", Assert.IsType<OrderIssued>(Assert.Single(order.DomainEvents)).Summary);
    }

    [Fact]
    public void Responding_to_an_order_raises_OrderResponded()
    {
        var order = RectificationOrder.Issue(1, 12, "满意率偏低，限期整改", new DateOnly(2014, 8, 31), ActorBuilder.Supervisor(), Clock);
        order.ClearDomainEvents();

        order.ReportBack("已增设窗口", null, null, ActorBuilder.Coordinator(12), new UnitTree([(12, (int?)null)]), Clock);

        Assert.Equal("提交第1轮整改反馈", Assert.IsType<OrderResponded>(Assert.Single(order.DomainEvents)).Summary);
    }

    [Fact]
    public void Flagging_and_clearing_a_unit_raise_their_events()
    {
        var flag = UnitFlag.RaiseManual(1, 12, "群众反映强烈", ActorBuilder.Supervisor(), Clock);
        Assert.Equal("督导标记：群众反映强烈", Assert.IsType<FlagRaised>(Assert.Single(flag.DomainEvents)).Summary);
        flag.ClearDomainEvents();

        flag.Clear("已整改", ActorBuilder.Supervisor(), Clock);

        Assert.IsType<FlagCleared>(Assert.Single(flag.DomainEvents));
    }
}
