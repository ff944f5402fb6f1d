using System.Globalization;
using CampaignHub.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CampaignHub.Data.Auditing;

/// <summary>
/// Turns tracked changes into audit rows. Captured before the save (to know old values), completed
/// after it (to know the ids of created rows).
/// </summary>
internal static class AuditTrail
{
    // Identity's own bookkeeping (security stamps, lockout counters) is not business data.
    // Secrets, bookkeeping, and the public rater key (a pseudonym of the client address that must never be copied).
    private static readonly HashSet<string> IgnoredProperties = ["Version", "ConcurrencyStamp", "SecurityStamp", "PasswordHash", "AccessFailedCount", "LockoutEnd", "ClientKey"];

    internal sealed record Pending(EntityEntry Entry, string EntityType, EntityState State, List<(string Field, string? Old, string? New)> Fields);

    /// <summary>Anonymous records (<see cref="IAnonymousRecord"/>) get no rows: the operation creating them is audited instead.</summary>
    public static List<Pending> Capture(ChangeTracker tracker)
    {
        var result = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is IAnonymousRecord || entry.Metadata.IsOwned() || !AuditScope.Covers(entry.Metadata.ClrType))
            {
                continue;
            }

            var name = entry.Metadata.ClrType.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    result.Add(new Pending(entry, name, EntityState.Added, [("*", null, "创建")]));
                    break;
                case EntityState.Deleted:
                    result.Add(new Pending(entry, name, EntityState.Deleted, [("*", Describe(entry), "删除")]));
                    break;
                case EntityState.Modified:
                    // A value object's fields (a campaign's rule parameters) are audited like the entity's own.
                    var fields = entry.Properties.Concat(entry.ComplexProperties.SelectMany(c => c.Properties))
                        .Where(p => p.IsModified && !IgnoredProperties.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue))
                        .Select(p => (p.Metadata.Name, Format(p.OriginalValue), Format(p.CurrentValue)))
                        .ToList();
                    if (fields.Count > 0)
                    {
                        result.Add(new Pending(entry, name, EntityState.Modified, fields));
                    }

                    break;
            }
        }

        return result;
    }

    public static IEnumerable<AuditEntry> Complete(List<Pending> pending, string actor, DateTimeOffset at) =>
        from p in pending
        from f in p.Fields
        select new AuditEntry
        {
            At = at,
            UserName = actor,
            EntityType = p.EntityType,
            EntityId = KeyOf(p.Entry),
            Field = f.Field,
            OldValue = Truncate(f.Old),
            NewValue = Truncate(f.New),
        };

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()?.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)) ?? []);

    private static string Describe(EntityEntry entry) => KeyOf(entry);

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => ChinaTime.ToChina(t).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Truncate(string? value) => value is { Length: > 1000 } ? value[..1000] + "…" : value;
}
