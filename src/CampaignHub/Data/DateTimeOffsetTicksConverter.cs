using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CampaignHub.Data;

/// <summary>Stores instants as UTC ticks so SQLite can sort and compare them.</summary>
public sealed class DateTimeOffsetTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

/// <summary>
/// Stores instants in PostgreSQL's timestamptz, which keeps no offset and accepts only UTC values from Npgsql:
/// an instant written in China time (+08:00) is stored, and read back, as the same moment in UTC.
/// </summary>
public sealed class DateTimeOffsetUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    stored => stored.ToUniversalTime());
