using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Tests.Common;

public class DemoClockTests
{
    private static readonly DateOnly DemoDay = new(2014, 4, 10);

    /// <summary>Real time a test moves by hand.</summary>
    private sealed class RealTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Theory]
    [InlineData(0)]  // 08:59 in China
    [InlineData(15)] // 23:59 in China, a minute before real midnight there
    [InlineData(23)] // 07:59 in China
    public void The_demo_day_lasts_fifteen_hours_whatever_the_real_time_of_day_the_app_starts(int startUtcHour)
    {
        var start = new DateTimeOffset(2026, 12, 2, startUtcHour, 59, 0, TimeSpan.Zero);
        var real = new RealTime(start);
        var clock = new ShiftedClock(DemoDay, start, real);

        Assert.Equal(DemoDay, clock.Today);
        real.Now = start + TimeSpan.FromHours(14) + TimeSpan.FromMinutes(59);
        Assert.Equal(DemoDay, clock.Today);
        real.Now = start + TimeSpan.FromHours(15);
        Assert.Equal(DemoDay.AddDays(1), clock.Today);
    }

    [Fact]
    public void The_demo_clock_starts_at_nine_in_China_and_runs_with_real_time()
    {
        var start = new DateTimeOffset(2026, 12, 2, 15, 30, 0, TimeSpan.Zero);
        var real = new RealTime(start);
        var clock = new ShiftedClock(DemoDay, start, real);

        Assert.Equal(new DateTimeOffset(2014, 4, 10, 9, 0, 0, ChinaTime.Offset), clock.UtcNow);
        real.Now = start + TimeSpan.FromSeconds(90);
        Assert.Equal(new DateTimeOffset(2014, 4, 10, 9, 1, 30, ChinaTime.Offset), clock.UtcNow);
    }

    [Fact]
    public void Two_nodes_given_the_same_origin_agree_on_the_time_though_they_started_apart()
    {
        var origin = new DateTimeOffset(2026, 12, 2, 15, 30, 0, TimeSpan.Zero);
        var real = new RealTime(origin + TimeSpan.FromSeconds(40));
        var nodeA = new ShiftedClock(DemoDay, origin, real);
        real.Now += TimeSpan.FromSeconds(25);
        var nodeB = new ShiftedClock(DemoDay, origin, real);

        Assert.Equal(nodeA.UtcNow, nodeB.UtcNow);
    }
}
