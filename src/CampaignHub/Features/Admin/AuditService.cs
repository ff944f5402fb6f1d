using System.Globalization;
using CampaignHub.Data;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Common;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Admin;

public sealed record AuditPage(IReadOnlyList<AuditEntry> Rows, int Total);

/// <summary>Reads the audit trail. Admin only.</summary>
public sealed class AuditService(IDbContextFactory<CampaignHubDbContext> dbFactory)
{
    /// <summary>The most rows one export holds (newest first); the sheet's title says when more matched.</summary>
    public const int MaxExportRows = 50_000;

    public async Task<AuditPage> SearchAsync(Actor actor, string? entityType, string? userName, int skip, int take, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db, entityType, userName);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.Id).Skip(skip).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        return new AuditPage(rows, total);
    }

    /// <summary>
    /// The trail as .xlsx with the page's filter and columns, newest first, at most <paramref name="maxRows"/>
    /// (default <see cref="MaxExportRows"/>) rows; times in China time to the second.
    /// </summary>
    public async Task<byte[]> ExportAsync(Actor actor, string? entityType, string? userName, int maxRows = MaxExportRows, CancellationToken cancellationToken = default)
    {
        EnsureAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db, entityType, userName);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.Id).Take(Math.Max(maxRows, 1)).ToListAsync(cancellationToken);
        total = Math.Max(total, rows.Count); // entries written between the count and the read
        var columns = new List<XlsxColumn<AuditEntry>>
        {
            new("时间", a => ChinaTime.ToChina(a.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), 20),
            new("操作人", a => a.UserName, 14),
            new("对象", a => a.EntityType, 24),
            new("编号", a => a.EntityId, 10),
            new("字段", a => a.Field == "*" ? "（整条记录）" : a.Field, 20),
            new("原值", a => a.OldValue, 40),
            new("新值", a => a.NewValue, 40),
        };
        var filter = new List<string>();
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            filter.Add($"对象类型：{entityType.Trim()}");
        }

        if (!string.IsNullOrWhiteSpace(userName))
        {
            filter.Add($"操作人包含：{userName.Trim()}");
        }

        var title = "审计日志" + (filter.Count == 0 ? string.Empty : $"（{string.Join("；", filter)}）")
            + (total > rows.Count ? $"：共 {total} 条，仅导出最近 {rows.Count} 条" : $"：共 {total} 条");
        return new XlsxWriter().AddSheet("审计日志", rows, columns, title).ToBytes();
    }

    private static void EnsureAdmin(Actor actor)
    {
        if (!actor.IsIn(Roles.Admin))
        {
            throw new AccessDeniedException("只有管理员可以查看审计日志");
        }
    }

    private static IQueryable<AuditEntry> Filtered(CampaignHubDbContext db, string? entityType, string? userName)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(a => a.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(userName))
        {
            query = query.Where(a => a.UserName.Contains(userName));
        }

        return query;
    }
}
