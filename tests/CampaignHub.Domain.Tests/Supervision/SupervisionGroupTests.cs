using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Supervision;

public class SupervisionGroupTests
{
    // 1 district → 2 street → 3 community, 4 community; 1 → 5 agency
    private static UnitTree Tree() => new([(1, null), (2, 1), (3, 2), (4, 2), (5, 1)]);

    [Fact]
    public void Supervision_group_supervises_only_units_below_its_own()
    {
        var group = new SupervisionGroup("东山街道督导组", unitId: 2);

        Assert.Equal("督导组只能督导派出单位以下的单位（下沉一级督导）", Assert.Throws<DomainException>(() => group.Supervise([5], Tree())).Message);
        Assert.Throws<DomainException>(() => group.Supervise([2], Tree()));
        Assert.Throws<DomainException>(() => group.Supervise([1], Tree()));

        group.Supervise([3, 4], Tree());
        Assert.Equal([3, 4], group.Units.Select(u => u.UnitId).Order());
    }

    [Fact]
    public void Supervised_units_are_replaced_not_duplicated()
    {
        var group = new SupervisionGroup("区委第一督导组", unitId: 1);
        group.Supervise([2, 3], Tree());

        group.Supervise([3, 3, 5], Tree());

        Assert.Equal([3, 5], group.Units.Select(u => u.UnitId).Order());
    }

    [Fact]
    public void Supervisor_flags_only_units_their_group_supervises()
    {
        var supervisor = ActorBuilder.SupervisorOf(3, 4);
        var clock = Clocks.AtChina(2014, 4, 10);

        var flag = UnitFlag.RaiseManual(1, 3, "走访发现问题", supervisor, clock);

        Assert.Equal(3, flag.UnitId);
        Assert.Equal("您所在的督导组不督导该单位", Assert.Throws<AccessDeniedException>(() => UnitFlag.RaiseManual(1, 5, "走访发现问题", supervisor, clock)).Message);
        Assert.Throws<AccessDeniedException>(() => RectificationOrder.Issue(1, 5, "原因", new DateOnly(2014, 5, 1), supervisor, clock));
    }

    [Fact]
    public void Office_orders_any_unit_without_a_group() =>
        RectificationOrder.Issue(1, 5, "原因", new DateOnly(2014, 5, 1), ActorBuilder.Office(), Clocks.AtChina(2014, 4, 10));

    [Fact]
    public void Supervisor_without_a_group_supervises_nothing() =>
        Assert.False(ActorBuilder.SupervisorOf().Supervises(3));
}
