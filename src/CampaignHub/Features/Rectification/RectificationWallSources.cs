using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Wall;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Rectification;

/// <summary>Rectification items on the wall: problems solved / in progress / not started, and the overdue ones.</summary>
public sealed class RectificationWallSource : IWallSource
{
    public string Key => "rectification";

    public IReadOnlySet<ChangeKind> Kinds { get; } = new HashSet<ChangeKind> { ChangeKind.Rectification, ChangeKind.Campaign };

    public async Task<IReadOnlyDictionary<int, WallSlice>> LoadAsync(CampaignHubDbContext db, int campaignId, int? unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var units = await db.Set<CampaignUnit>().Where(u => u.CampaignId == campaignId && (unitId == null || u.UnitId == unitId)).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var items = await db.Set<RectificationItem>().AsNoTracking()
            .Where(r => r.CampaignId == campaignId && (unitId == null || r.UnitId == unitId))
            .Select(r => new { r.Id, r.UnitId, r.Title, r.Status, r.Deadline })
            .ToListAsync(cancellationToken);
        var byUnit = items.ToLookup(i => i.UnitId);
        return units.ToDictionary(id => id, id =>
        {
            var own = byUnit[id].ToList();
            return new WallSlice
            {
                Problems = ProgressBuckets.Of(own.Select(i => (ProgressBucket?)i.Status.ProgressBucket())),
                Overdue = own
                    .Select(i => (i, days: Overdue.DaysOverdue(i.Deadline, i.Status.IsFinished(), today)))
                    .Where(x => x.days > 0)
                    .Select(x => new WallOverdueItem(OverdueKinds.Rectification, id, x.i.Title, x.days, $"rectification/{x.i.Id}"))
                    .ToList(),
            };
        });
    }
}

/// <summary>Commitments on the wall: the three checks (with the public's ratings of done ones) and the overdue ones.</summary>
public sealed class CommitmentWallSource : IWallSource
{
    public string Key => "commitments";

    public IReadOnlySet<ChangeKind> Kinds { get; } = new HashSet<ChangeKind> { ChangeKind.Commitment, ChangeKind.Campaign };

    public async Task<IReadOnlyDictionary<int, WallSlice>> LoadAsync(CampaignHubDbContext db, int campaignId, int? unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var units = await db.Set<CampaignUnit>().Where(u => u.CampaignId == campaignId && (unitId == null || u.UnitId == unitId)).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var commitments = await db.Set<Commitment>().AsNoTracking()
            .Where(c => c.CampaignId == campaignId && (unitId == null || c.ResponsibleUnitId == unitId))
            .ToListAsync(cancellationToken);
        var byUnit = commitments.ToLookup(c => c.ResponsibleUnitId);
        return units.ToDictionary(id => id, id =>
        {
            var own = byUnit[id].ToList();
            var summary = ThreeChecks.Summarise(own);
            return new WallSlice
            {
                Commitments = summary.Buckets,
                ThreeChecks = new WallThreeChecks(summary.Buckets, summary.DoneRatings.Satisfied + summary.DoneRatings.BasicallySatisfied, summary.DoneRatings.Rated),
                Overdue = own
                    .Select(c => (c, days: c.DaysOverdue(today)))
                    .Where(x => x.days > 0)
                    .Select(x => new WallOverdueItem(OverdueKinds.Commitment, id, x.c.Content, x.days, "commitments"))
                    .ToList(),
            };
        });
    }
}
