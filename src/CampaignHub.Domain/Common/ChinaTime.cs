namespace CampaignHub.Domain.Common;

/// <summary>
/// The campaigns run on Beijing time (UTC+8, no daylight saving). Every "today", deadline and
/// year boundary is computed here, never from the server's local zone.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToChina(instant).DateTime);

    /// <summary>The instant a China calendar day starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>The instant cut to the whole minute: anonymous records keep no finer time, so it cannot pair them with a visit log.</summary>
    public static DateTimeOffset ToMinute(DateTimeOffset instant) =>
        new(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerMinute), instant.Offset);
}

/// <summary>The clock, injected so rules about "today" can be tested.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }

    /// <summary>Today's date in China.</summary>
    DateOnly Today { get; }
}

public sealed class SystemClock : IClock
{
    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    public DateOnly Today => ChinaTime.DateOf(UtcNow);
}

/// <summary>A clock for tests and for the demo, which can be set and advanced.</summary>
public sealed class FixedClock(DateTimeOffset utcNow) : IClock
{
    public DateTimeOffset UtcNow { get; private set; } = utcNow;

    public DateOnly Today => ChinaTime.DateOf(UtcNow);

    public void Set(DateTimeOffset utcNow) => UtcNow = utcNow;

    public void Advance(TimeSpan by) => UtcNow += by;
}

/// <summary>
/// The demo's clock: real time passing, shifted so that "today" is a chosen day inside the demo
/// campaign (the Jiangning campaign ran in 2014). Only used when demo mode sets a demo date.
/// </summary>
public sealed class ShiftedClock(DateOnly today, DateTimeOffset realUtcNow) : IClock
{
    private readonly TimeSpan _shift = ChinaTime.StartOf(today) - ChinaTime.StartOf(ChinaTime.DateOf(realUtcNow));

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow + _shift;

    public DateOnly Today => ChinaTime.DateOf(UtcNow);
}
