using CampaignHub.Data;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Admin;

public sealed record AuditPage(IReadOnlyList<AuditEntry> Rows, int Total);

/// <summary>Reads the audit trail. Admin only.</summary>
public sealed class AuditService(IDbContextFactory<CampaignHubDbContext> dbFactory)
{
    public async Task<AuditPage> SearchAsync(Actor actor, string? entityType, string? userName, int skip, int take, CancellationToken cancellationToken = default)
    {
        if (!actor.IsIn(Roles.Admin))
        {
            throw new AccessDeniedException("只有管理员可以查看审计日志");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(a => a.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(userName))
        {
            query = query.Where(a => a.UserName.Contains(userName));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.Id).Skip(skip).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        return new AuditPage(rows, total);
    }
}
