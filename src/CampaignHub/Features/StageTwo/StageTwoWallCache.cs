using System.Collections.Concurrent;
using CampaignHub.Domain.Common;
using CampaignHub.Live;

namespace CampaignHub.Features.StageTwo;

/// <summary>
/// The units' stage-two progress the wall shows, computed once per campaign (by the domain's progress rule, through
/// <see cref="StageTwoService.OverviewAsync"/>) and shared by every open wall; a stage-two, evaluation (返工补课) or unit change marks it
/// stale inside the feed's publish, so the next read sees the change.
/// </summary>
public sealed class StageTwoWallCache : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IDisposable _observation;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<int, StageTwoOverviewDto> _byCampaign = new();

    public StageTwoWallCache(IServiceScopeFactory scopes, IChangeFeed feed)
    {
        _scopes = scopes;
        _observation = feed.Observe(change =>
        {
            if (change.Kind is ChangeKind.StageTwo or ChangeKind.Evaluation or ChangeKind.Unit or ChangeKind.Campaign)
            {
                _byCampaign.Clear();
            }
        });
    }

    public async Task<StageTwoOverviewDto> GetAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        if (_byCampaign.TryGetValue(campaignId, out var ready))
        {
            return ready;
        }

        // On the thread pool: a caller's circuit torn down mid-call must not keep the shared lock.
        return await Task.Run(() => ReloadAsync(campaignId, cancellationToken), cancellationToken);
    }

    private async Task<StageTwoOverviewDto> ReloadAsync(int campaignId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_byCampaign.TryGetValue(campaignId, out var ready))
            {
                return ready;
            }

            await using var scope = _scopes.CreateAsyncScope();
            var overview = await scope.ServiceProvider.GetRequiredService<StageTwoService>().OverviewAsync(Actor.System, campaignId, cancellationToken).ConfigureAwait(false);
            _byCampaign[campaignId] = overview;
            return overview;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _observation.Dispose();
        _gate.Dispose();
    }
}
