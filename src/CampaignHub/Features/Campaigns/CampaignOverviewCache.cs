using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Campaigns;

/// <summary>
/// Every open overview of a campaign shows the same figures (each unit against each milestone), so they are built
/// once per change and shared, as the wall shares its snapshot: a change of the campaign drops its overview
/// (synchronously, inside the feed's publish, before any page hears of the change), and the next reader rebuilds it
/// for everyone who asks meanwhile.
/// </summary>
public sealed class CampaignOverviewCache : IDisposable
{
    private readonly IDbContextFactory<CampaignHubDbContext> _dbFactory;
    private readonly IClock _clock;
    private readonly IDisposable _observation;
    private readonly Lock _lock = new();
    private readonly Dictionary<int, (Task<CampaignOverviewDto> Build, DateOnly Today)> _overviews = [];

    public CampaignOverviewCache(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, IChangeFeed feed)
    {
        _dbFactory = dbFactory;
        _clock = clock;
        _observation = feed.Observe(Invalidate);
    }

    /// <summary>The campaign's overview as of the latest change; callers waiting together share one build.</summary>
    public Task<CampaignOverviewDto> GetAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        var today = _clock.Today;
        lock (_lock)
        {
            if (_overviews.TryGetValue(campaignId, out var cached) && cached.Today == today && !cached.Build.IsFaulted && !cached.Build.IsCanceled)
            {
                return cached.Build.WaitAsync(cancellationToken);
            }

            // Built on the thread pool and not cancelled with this caller: other circuits may be waiting for it too.
            var build = Task.Run(() => new CampaignService(_dbFactory, _clock).GetOverviewAsync(campaignId, CancellationToken.None));
            _overviews[campaignId] = (build, today);
            return build.WaitAsync(cancellationToken);
        }
    }

    private void Invalidate(ChangeEvent change)
    {
        lock (_lock)
        {
            if (change.CampaignId is { } campaignId)
            {
                _overviews.Remove(campaignId);
            }
            else
            {
                _overviews.Clear();
            }
        }
    }

    public void Dispose() => _observation.Dispose();
}
