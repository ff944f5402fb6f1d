using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Campaigns;
using CampaignHub.Infrastructure.Excel;
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
            .Select(u => new UnitTreeNodeDto(u.Id, u.ShortName ?? u.Name, u.Kind, tree.Depth(u.Id), u.ParentId, u.People, u.Name, u.ShortName))
            .ToList();
    }

    /// <summary>The unit list as .xlsx, in the page's tree order: the rows of <see cref="ListTreeAsync"/> with full and short names and the parent.</summary>
    public async Task<byte[]> ExportAsync(CancellationToken cancellationToken = default)
    {
        var rows = await ListTreeAsync(cancellationToken);
        var shown = rows.ToDictionary(r => r.Id, r => r.Name);
        var index = 0;
        var columns = new List<XlsxColumn<UnitTreeNodeDto>>
        {
            new("序号", _ => ++index, 6),
            new("单位", r => r.Name, 18),
            new("单位全称", r => r.FullName, 32),
            new("简称", r => r.ShortName, 14),
            new("上级单位", r => r.ParentId is { } parent ? shown.GetValueOrDefault(parent) : null, 18),
            new("类别", r => r.Kind.ToChinese(), 24),
            new("层级", r => r.Depth + 1, 6),
            new("在任人员", r => r.PeopleCount, 10),
        };
        return new XlsxWriter().AddSheet("单位", rows, columns, $"单位名录（{clock.Today:yyyy-MM-dd}）").ToBytes();
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
            new UnitMilestoneRowDto(unit.Id, unit.DisplayName, unit.Kind, tree.Depth(unit.Id), c.Milestones.Select(m => CampaignService.Cell(m, unit.Id, completions.GetValueOrDefault(m.Id), today)).ToList())))
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
