using CampaignHub.Features.ContactDuties;
using CampaignHub.Live;

namespace CampaignHub.Features.Wall;

/// <summary>
/// The contact-duty summary the wall shows, computed once and shared by every open wall; a contact-duty
/// change marks it stale (inside the feed's publish, so the next read sees the change).
/// </summary>
public sealed class ContactWallSummaryCache : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IDisposable _observation;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _stale = true;
    private ContactWallDto? _summary;

    public ContactWallSummaryCache(IServiceScopeFactory scopes, IChangeFeed feed)
    {
        _scopes = scopes;
        _observation = feed.Observe(change =>
        {
            if (change.Kind is ChangeKind.ContactDuty or ChangeKind.Unit)
            {
                _stale = true;
            }
        });
    }

    public async Task<ContactWallDto> GetAsync(CancellationToken cancellationToken = default)
    {
        if (!_stale && _summary is { } ready)
        {
            return ready;
        }

        // On the thread pool: a caller's circuit torn down mid-call must not keep the shared lock.
        return await Task.Run(() => ReloadAsync(cancellationToken), cancellationToken);
    }

    private async Task<ContactWallDto> ReloadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_stale || _summary is null)
            {
                _stale = false;
                await using var scope = _scopes.CreateAsyncScope();
                _summary = await scope.ServiceProvider.GetRequiredService<ComplianceService>().GetWallSummaryAsync(null, cancellationToken).ConfigureAwait(false);
            }

            return _summary;
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
