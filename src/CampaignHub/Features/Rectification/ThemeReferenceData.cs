using CampaignHub.Data;
using CampaignHub.Domain.Rectification;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Rectification;

/// <summary>
/// The special rectification themes of 苏办发〔2014〕4号 are reference data, not demo data: every
/// installation (demo or not) gets them, added by name when missing, at start-up. The office may add
/// local themes next to them; existing rows are never changed.
/// </summary>
public static class ThemeReferenceData
{
    public static async Task EnsureAsync(CampaignHubDbContext db, CancellationToken cancellationToken = default)
    {
        var existing = await db.Set<SpecialRectificationTheme>().Select(t => t.Name).ToListAsync(cancellationToken);
        var missing = SpecialRectificationThemes.CreatePreloaded().Where(t => !existing.Contains(t.Name)).ToList();
        if (missing.Count > 0)
        {
            db.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

/// <summary>Runs <see cref="ThemeReferenceData"/> once the migrations have been applied.</summary>
public sealed class ThemeReferenceDataHostedService(IDbContextFactory<CampaignHubDbContext> dbFactory, Data.Cluster.IClusterLock clusterLock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Nodes starting together would each insert the missing rows.
        await using var lease = await clusterLock.AcquireAsync("theme-reference-data", cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ThemeReferenceData.EnsureAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
