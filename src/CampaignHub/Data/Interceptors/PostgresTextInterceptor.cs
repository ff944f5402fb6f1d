using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampaignHub.Data.Interceptors;

/// <summary>
/// PostgreSQL text cannot hold U+0000, and UTF-8 cannot encode a lone surrogate; SQLite stores both. Hostile or
/// pasted input must still save (never a 500), so on PostgreSQL every text about to be written drops NUL and turns
/// a lone surrogate into U+FFFD — the characters the Excel export would clean away anyway. Registered last, so the
/// audit rows written by <see cref="VersionAndAuditInterceptor"/> are cleaned too.
/// </summary>
public sealed class PostgresTextInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Clean(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Clean(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Clean(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties.Where(p => p.Metadata.ClrType == typeof(string)))
            {
                if (property.CurrentValue is string text && NeedsCleaning(text))
                {
                    property.CurrentValue = CleanText(text);
                }
            }
        }
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (c == '\0' || char.IsSurrogate(c))
            {
                return true; // surrogates are checked pair by pair in CleanText
            }
        }

        return false;
    }

    public static string CleanText(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                cleaned.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return cleaned.ToString();
    }
}
