using CampaignHub.Data;
using CampaignHub.Features.Campaigns;

namespace CampaignHub.Features.Public;

/// <summary>The campaign a service uses when none is named: <see cref="CampaignSelection.Default"/>'s rule.</summary>
public static class CurrentCampaign
{
    public static Task<int?> IdAsync(CampaignHubDbContext db, DateOnly today, CancellationToken cancellationToken = default) =>
        CampaignSelection.DefaultIdAsync(db, today, cancellationToken);
}
