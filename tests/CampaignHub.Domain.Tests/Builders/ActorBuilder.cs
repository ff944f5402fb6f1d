using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Tests.Builders;

public static class ActorBuilder
{
    public static Actor Office() => new("office", "活动办", new HashSet<string> { Roles.Office }, null);

    public static Actor Coordinator(int unitId) => new("unit", "联络员", new HashSet<string> { Roles.Coordinator }, unitId);

    public static Actor Leader() => new("leader", "领导", new HashSet<string> { Roles.Leader }, null);

    /// <summary>A supervisor whose group supervises units 10, 11 and 12 (the units the supervision tests act on).</summary>
    public static Actor Supervisor() => SupervisorOf(10, 11, 12);

    /// <summary>A supervisor whose groups supervise exactly these units.</summary>
    public static Actor SupervisorOf(params int[] supervisedUnitIds) =>
        new("supervisor", "督导组", new HashSet<string> { Roles.Supervisor }, null, supervisedUnitIds.ToHashSet());
}

public static class Clocks
{
    /// <summary>A clock at the given China local date and time.</summary>
    public static FixedClock AtChina(int year, int month, int day, int hour = 12, int minute = 0) =>
        new(new DateTimeOffset(year, month, day, hour, minute, 0, ChinaTime.Offset));
}
