using System.Globalization;
using CampaignHub.Data;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Common;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Admin;

/// <summary>One audit row as people read it: Chinese entity, field and enum names, display names for login names.</summary>
public sealed record AuditRowDto(long Id, DateTimeOffset At, string Person, string Entity, string EntityId, string Field, string? OldValue, string? NewValue);

public sealed record AuditPage(IReadOnlyList<AuditRowDto> Rows, int Total);

/// <summary>An entity type the trail holds, for the filter: its code name and its Chinese name.</summary>
public sealed record AuditEntityOption(string EntityType, string Name);

/// <summary>Reads the audit trail. Admin only.</summary>
public sealed class AuditService(IDbContextFactory<CampaignHubDbContext> dbFactory)
{
    /// <summary>The most rows one export holds (newest first); the sheet's title says when more matched.</summary>
    public const int MaxExportRows = 50_000;

    /// <summary>
    /// The newest rows first. <paramref name="entityType"/> is the code name (from <see cref="EntityTypesAsync"/>);
    /// <paramref name="person"/> matches a person's display name or login name.
    /// </summary>
    public async Task<AuditPage> SearchAsync(Actor actor, string? entityType, string? person, int skip, int take, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await DisplayNamesAsync(db, cancellationToken);
        var query = Filtered(db, names, entityType, person);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.Id).Skip(Math.Max(skip, 0)).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        return new AuditPage(rows.Select(r => Describe(db, names, r)).ToList(), total);
    }

    /// <summary>The entity types the trail holds, by Chinese name.</summary>
    public async Task<IReadOnlyList<AuditEntityOption>> EntityTypesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().ToListAsync(cancellationToken);
        return types.Select(t => new AuditEntityOption(t, AuditLabels.Entity(t)))
            .OrderBy(o => o.Name, StringComparer.Create(CultureInfo.GetCultureInfo("zh-CN"), false))
            .ToList();
    }

    /// <summary>
    /// The trail as .xlsx with the page's filter and columns, newest first, at most <paramref name="maxRows"/>
    /// (default <see cref="MaxExportRows"/>) rows; times in China time to the second.
    /// </summary>
    public async Task<byte[]> ExportAsync(Actor actor, string? entityType, string? person, int maxRows = MaxExportRows, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await DisplayNamesAsync(db, cancellationToken);
        var query = Filtered(db, names, entityType, person);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderByDescending(a => a.Id).Take(Math.Max(maxRows, 1)).ToListAsync(cancellationToken);
        var rows = entries.Select(r => Describe(db, names, r)).ToList();
        total = Math.Max(total, rows.Count); // entries written between the count and the read
        var columns = new List<XlsxColumn<AuditRowDto>>
        {
            new("时间", a => ChinaTime.ToChina(a.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), 20),
            new("操作人", a => a.Person, 20),
            new("对象", a => a.Entity, 20),
            new("编号", a => a.EntityId, 10),
            new("字段", a => a.Field, 20),
            new("原值", a => a.OldValue, 40),
            new("新值", a => a.NewValue, 40),
        };
        var filter = new List<string>();
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            filter.Add($"对象：{AuditLabels.Entity(entityType.Trim())}");
        }

        if (!string.IsNullOrWhiteSpace(person))
        {
            filter.Add($"操作人包含：{person.Trim()}");
        }

        var title = "审计日志" + (filter.Count == 0 ? string.Empty : $"（{string.Join("；", filter)}）")
            + (total > rows.Count ? $"：共 {total} 条，仅导出最近 {rows.Count} 条" : $"：共 {total} 条");
        return new XlsxWriter().AddSheet("审计日志", rows, columns, title).ToBytes();
    }

    private static AuditRowDto Describe(CampaignHubDbContext db, IReadOnlyDictionary<string, string> names, AuditEntry entry)
    {
        string? Value(string? raw) =>
            AuditLabels.HoldsUserName(entry.Field) && raw is not null
                ? AuditLabels.Person(names, raw)
                : AuditLabels.Value(db.Model, entry.EntityType, entry.Field, raw);

        return new AuditRowDto(
            entry.Id,
            entry.At,
            AuditLabels.Person(names, entry.UserName),
            AuditLabels.Entity(entry.EntityType),
            entry.EntityId,
            AuditLabels.Field(entry.EntityType, entry.Field),
            Value(entry.OldValue),
            Value(entry.NewValue));
    }

    private static async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(CampaignHubDbContext db, CancellationToken cancellationToken) =>
        (await db.Users.AsNoTracking().Where(u => u.UserName != null).Select(u => new { u.UserName, u.DisplayName }).ToListAsync(cancellationToken))
            .ToDictionary(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal);

    private static void EnsureAdmin(Actor actor)
    {
        if (!actor.IsIn(Roles.Admin))
        {
            throw new AccessDeniedException("只有管理员可以查看审计日志");
        }
    }

    private static IQueryable<AuditEntry> Filtered(CampaignHubDbContext db, IReadOnlyDictionary<string, string> names, string? entityType, string? person)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            var type = entityType.Trim();
            query = query.Where(a => a.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(person))
        {
            // Whoever's display name (or login name, or the Chinese name of a non-account actor) holds the text.
            var text = person.Trim();
            var logins = names.Where(n => n.Value.Contains(text, StringComparison.Ordinal) || n.Key.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(n => n.Key)
                .Concat(AuditLabels.SpecialActors.Where(s => s.Value.Contains(text, StringComparison.Ordinal)).Select(s => s.Key))
                .Distinct()
                .ToList();
            query = query.Where(a => logins.Contains(a.UserName) || a.UserName.Contains(text));
        }

        return query;
    }
}
