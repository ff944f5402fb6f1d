using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Briefings;

/// <summary>What every briefing query needs: the campaign, the unit tree, unit names and the participating units.</summary>
internal sealed record BriefingScope(int CampaignId, string Title, string IssuingBody, UnitTree Tree, IReadOnlyDictionary<int, (string Name, int Order)> Units, IReadOnlyList<int> Participants)
{
    public string Name(int unitId) => Units.TryGetValue(unitId, out var unit) ? unit.Name : "（已删除单位）";

    public int Order(int unitId) => Units.TryGetValue(unitId, out var unit) ? unit.Order : int.MaxValue;

    public static async Task<BriefingScope> LoadAsync(CampaignHubDbContext db, int campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Title, c.IssuingBody }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking()
            .Select(u => new { u.Id, u.Name, u.ShortName, u.DisplayOrder })
            .ToDictionaryAsync(u => u.Id, u => (u.ShortName ?? u.Name, u.DisplayOrder), cancellationToken);
        var participants = (await db.Set<CampaignUnit>().AsNoTracking().Where(u => u.CampaignId == campaignId).Select(u => u.UnitId).ToListAsync(cancellationToken))
            .Where(units.ContainsKey)
            .OrderBy(id => units[id].DisplayOrder).ThenBy(id => id)
            .ToList();
        return new BriefingScope(campaignId, campaign.Title, campaign.IssuingBody, tree, units, participants);
    }
}
