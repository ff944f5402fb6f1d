using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Campaigns;

/// <summary>Reads campaigns and builds the overview: phases, milestones and every unit's standing.</summary>
public sealed class CampaignService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<IReadOnlyList<CampaignSummaryDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Set<Campaign>().AsNoTracking().OrderByDescending(c => c.StartDate).ToListAsync(cancellationToken);
        var unitCounts = await db.Set<CampaignUnit>().GroupBy(u => u.CampaignId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return campaigns.Select(c => ToSummary(c, unitCounts.GetValueOrDefault(c.Id))).ToList();
    }

    public async Task<CampaignOverviewDto> GetOverviewAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking()
            .Include("_phases").Include("_milestones").Include("_units")
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            ?? throw new NotFoundException("找不到该活动");

        var unitIds = campaign.Units.Select(u => u.UnitId).ToList();
        var units = await db.Set<Unit>().AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.ShortName, u.Kind }).ToListAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var milestoneIds = campaign.Milestones.Select(m => m.Id).ToList();
        var completions = await db.Set<MilestoneCompletion>().AsNoTracking()
            .Where(c => milestoneIds.Contains(c.MilestoneId))
            .ToDictionaryAsync(c => (c.MilestoneId, c.UnitId), cancellationToken);

        var today = clock.Today;
        var order = TreeOrder(tree, unitIds);
        var rows = units
            .OrderBy(u => order.GetValueOrDefault(u.Id, int.MaxValue))
            .Select(u => new UnitMilestoneRowDto(
                u.Id,
                u.ShortName ?? u.Name,
                u.Kind,
                tree.Depth(u.Id),
                campaign.Milestones.Select(m => Cell(m, u.Id, completions.GetValueOrDefault((m.Id, u.Id)), today)).ToList()))
            .ToList();

        return new CampaignOverviewDto(
            ToSummary(campaign, unitIds.Count),
            today,
            campaign.Phases.Select(p => new PhaseDto(p.Id, p.Name, p.Order, p.StartDate, p.EndDate)).ToList(),
            campaign.Milestones.Select(m => new MilestoneDto(m.Id, m.PhaseId, m.Title, m.Description, m.DueDate)).ToList(),
            rows);
    }

    /// <summary>The unit's cell, as the milestone judges it (not required of a unit outside its chosen set).</summary>
    internal static MilestoneCellDto Cell(Milestone milestone, int unitId, MilestoneCompletion? completion, DateOnly today) => new(
        milestone.Id,
        milestone.StateFor(unitId, completion?.MetOn, today),
        completion?.MetOn,
        completion?.Note,
        milestone.DaysOverdueFor(unitId, completion?.MetOn, today),
        completion?.Version);

    /// <summary>Depth-first order of the tree, so sub-units follow their parent.</summary>
    internal static Dictionary<int, int> TreeOrder(UnitTree tree, IReadOnlyCollection<int> include)
    {
        var order = new Dictionary<int, int>();
        var stack = new Stack<int>(tree.ChildrenOf(null).OrderByDescending(id => id));
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (include.Contains(id))
            {
                order[id] = order.Count;
            }

            foreach (var child in tree.ChildrenOf(id).OrderByDescending(c => c))
            {
                stack.Push(child);
            }
        }

        return order;
    }

    private static CampaignSummaryDto ToSummary(Campaign c, int unitCount) =>
        new(c.Id, c.Title, c.DocumentNumber, c.IssuingBody, c.IssuedOn, c.StartDate, c.EndDate, unitCount, c.Status);
}
