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
/// The demo's clock: the chosen demo day (the Jiangning campaign ran in 2014), starting at
/// <see cref="StartsAt"/> China time when the clock is made and running on with real time.
/// Starting from a fixed hour, not the real time of day, keeps "today" on the demo day for
/// fifteen hours whenever the app starts; mapping the real time of day rolled the demo over
/// to the next day at real midnight in China, in the middle of a demo or a test run.
/// Only used when demo mode sets a demo date.
/// </summary>
public sealed class ShiftedClock : IClock
{
    /// <summary>The China time of day the demo day starts at: the start of an office day.</summary>
    public static readonly TimeSpan StartsAt = TimeSpan.FromHours(9);

    private readonly TimeProvider _real;
    private readonly TimeSpan _shift;

    /// <param name="today">The demo day.</param>
    /// <param name="origin">The real instant that counts as <see cref="StartsAt"/> on the demo day; nodes of one demo cluster pass the same.</param>
    /// <param name="real">Real time; the system's unless a test passes its own.</param>
    public ShiftedClock(DateOnly today, DateTimeOffset origin, TimeProvider? real = null)
    {
        _real = real ?? TimeProvider.System;
        _shift = ChinaTime.StartOf(today) + StartsAt - origin;
    }

    public DateTimeOffset UtcNow => _real.GetUtcNow() + _shift;

    public DateOnly Today => ChinaTime.DateOf(UtcNow);
}
