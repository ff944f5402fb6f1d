using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Wall.Sources;

/// <summary>Milestones not met on time show as overdue items of their unit (only of the units each applies to).</summary>
public sealed class MilestoneWallSource : IWallSource
{
    public string Key => "milestones";

    public IReadOnlySet<ChangeKind> Kinds { get; } = new HashSet<ChangeKind> { ChangeKind.Milestone, ChangeKind.Campaign };

    public async Task<IReadOnlyDictionary<int, WallSlice>> LoadAsync(CampaignHubDbContext db, int campaignId, int? unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var milestones = await db.Set<Milestone>().AsNoTracking().Where(m => m.CampaignId == campaignId).ToListAsync(cancellationToken);
        var units = await db.Set<CampaignUnit>().Where(u => u.CampaignId == campaignId && (unitId == null || u.UnitId == unitId)).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var milestoneIds = milestones.Select(m => m.Id).ToList();
        var met = await db.Set<MilestoneCompletion>().AsNoTracking()
            .Where(c => milestoneIds.Contains(c.MilestoneId) && (unitId == null || c.UnitId == unitId))
            .Select(c => new { c.MilestoneId, c.UnitId, c.MetOn })
            .ToListAsync(cancellationToken);
        var metOn = met.ToDictionary(c => (c.MilestoneId, c.UnitId), c => (DateOnly?)c.MetOn);

        return units.ToDictionary(id => id, id => new WallSlice
        {
            Overdue = milestones
                .Select(m => (m, days: m.DaysOverdueFor(id, metOn.GetValueOrDefault((m.Id, id)), today)))
                .Where(x => x.days > 0)
                .Select(x => new WallOverdueItem(OverdueKinds.Milestone, id, x.m.Title, x.days, $"units/{id}"))
                .ToList(),
            DueSoon = milestones
                .Where(m => m.IsOutstandingFor(id, metOn.GetValueOrDefault((m.Id, id))) && DueSoonWindow.Contains(m.DueDate, today))
                .Select(m => new WallDueItem("时间节点", id, m.Title, m.DueDate, $"units/{id}"))
                .ToList(),
        });
    }
}
