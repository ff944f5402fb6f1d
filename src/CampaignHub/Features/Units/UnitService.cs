using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Units;

public sealed class UnitService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<IReadOnlyList<UnitTreeNodeDto>> ListTreeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking()
            .Select(u => new { u.Id, u.Name, u.ShortName, u.Kind, u.ParentId, People = u.People.Count(p => p.LeftOn == null) })
            .ToListAsync(cancellationToken);
        var tree = new UnitTree(units.Select(u => (u.Id, u.ParentId)));
        var order = CampaignService.TreeOrder(tree, units.Select(u => u.Id).ToHashSet());
        return units.OrderBy(u => order[u.Id])
            .Select(u => new UnitTreeNodeDto(u.Id, u.ShortName ?? u.Name, u.Kind, tree.Depth(u.Id), u.ParentId, u.People))
            .ToList();
    }

    public async Task<UnitDetailDto> GetAsync(Actor actor, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unit = await db.Set<Unit>().AsNoTracking().Include(u => u.People).FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            ?? throw new NotFoundException("找不到该单位");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var related = tree.Ancestors(unitId).Concat(tree.ChildrenOf(unitId)).ToList();
        var names = await db.Set<Unit>().AsNoTracking().Where(u => related.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new UnitRefDto(u.Id, u.ShortName ?? u.Name, u.Kind), cancellationToken);

        var campaignIds = await db.Set<CampaignUnit>().Where(c => c.UnitId == unitId).Select(c => c.CampaignId).ToListAsync(cancellationToken);
        var campaigns = await db.Set<Campaign>().AsNoTracking().Include("_milestones").Where(c => campaignIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var completions = await db.Set<MilestoneCompletion>().AsNoTracking().Where(c => c.UnitId == unitId).ToDictionaryAsync(c => c.MilestoneId, cancellationToken);

        var today = clock.Today;
        var campaignDtos = campaigns.Select(c => new UnitCampaignDto(
            c.Id,
            c.Title,
            c.Milestones.Select(m => new MilestoneDto(m.Id, m.PhaseId, m.Title, m.Description, m.DueDate)).ToList(),
            new UnitMilestoneRowDto(unit.Id, unit.DisplayName, unit.Kind, tree.Depth(unit.Id), c.Milestones.Select(m => CampaignService.Cell(m, completions.GetValueOrDefault(m.Id), today)).ToList())))
            .ToList();

        return new UnitDetailDto(
            unit.Id,
            unit.Name,
            unit.ShortName,
            unit.Kind,
            tree.Ancestors(unitId).Reverse().Select(id => names[id]).ToList(),
            tree.ChildrenOf(unitId).Where(names.ContainsKey).Select(id => names[id]).OrderBy(u => u.Id).ToList(),
            unit.People.OrderBy(p => p.Role).ThenBy(p => p.Id).Select(p => new PersonDto(p.Id, p.Name, p.Title, p.Role, p.JoinedOn, p.LeftOn)).ToList(),
            campaignDtos,
            UnitAccess.CanEdit(actor, unitId, tree),
            today);
    }
}
