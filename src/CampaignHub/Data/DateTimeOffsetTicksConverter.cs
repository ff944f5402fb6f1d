using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CampaignHub.Data;

/// <summary>Stores instants as UTC ticks so SQLite can sort and compare them.</summary>
public sealed class DateTimeOffsetTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
