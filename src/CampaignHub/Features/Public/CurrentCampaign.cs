using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Public;

/// <summary>The campaign a page shows when none is named: the one running today, else the latest.</summary>
public static class CurrentCampaign
{
    public static async Task<int?> IdAsync(CampaignHubDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        var campaigns = await db.Set<Campaign>().AsNoTracking()
            .Select(c => new { c.Id, c.StartDate, c.EndDate }).ToListAsync(cancellationToken);
        return campaigns.Where(c => c.StartDate <= today && today <= c.EndDate).OrderByDescending(c => c.StartDate).Select(c => (int?)c.Id).FirstOrDefault()
            ?? campaigns.OrderByDescending(c => c.StartDate).Select(c => (int?)c.Id).FirstOrDefault();
    }
}
