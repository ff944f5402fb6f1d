using CampaignHub.Data;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Units;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Infrastructure.Lookups;

/// <summary>
/// Every unit as a picker option, in tree order and indented by depth: read once per change of the unit tree and
/// shared by every page, filter and dialog that offers units. A province has thousands of units; a list per
/// circuit, rendered as thousands of select items, was most of what a list page held in memory.
/// </summary>
public sealed class UnitDirectory : IDisposable
{
    /// <summary>How many matches a search-as-you-type picker offers at once.</summary>
    public const int MaxSuggestions = 50;

    private readonly IDbContextFactory<CampaignHubDbContext> _dbFactory;
    private readonly IDisposable _observation;
    private readonly Lock _lock = new();
    private Task<Snapshot>? _snapshot;

    public UnitDirectory(IDbContextFactory<CampaignHubDbContext> dbFactory, IChangeFeed feed)
    {
        _dbFactory = dbFactory;
        _observation = feed.Observe(change =>
        {
            if (change.Kind == ChangeKind.Unit)
            {
                lock (_lock)
                {
                    _snapshot = null;
                }
            }
        });
    }

    /// <summary>All units in tree order. The list is shared: callers must not change it.</summary>
    public async Task<IReadOnlyList<UnitOptionDto>> OptionsAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).Options;

    /// <summary>The option for one unit, or null when there is no such unit.</summary>
    public async Task<UnitOptionDto?> FindAsync(int? unitId, CancellationToken cancellationToken = default) =>
        unitId is { } id && (await SnapshotAsync(cancellationToken)).ById.TryGetValue(id, out var option) ? option : null;

    /// <summary>
    /// Units whose name contains <paramref name="text"/> (all of them when it is blank), in tree order, at most
    /// <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<UnitOptionDto>> SearchAsync(string? text, int limit, CancellationToken cancellationToken = default)
    {
        var options = (await SnapshotAsync(cancellationToken)).Options;
        var term = text?.Trim();
        return (string.IsNullOrEmpty(term) ? options : options.Where(o => o.Name.Contains(term, StringComparison.OrdinalIgnoreCase)))
            .Take(limit)
            .ToList();
    }

    private Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_snapshot is null || _snapshot.IsFaulted || _snapshot.IsCanceled)
            {
                // Not cancelled with this caller: other circuits may be waiting for the same read.
                _snapshot = Task.Run(ReadAsync);
            }

            return _snapshot.WaitAsync(cancellationToken);
        }
    }

    private async Task<Snapshot> ReadAsync()
    {
        await using var db = await _dbFactory.CreateDbContextAsync();
        var tree = await db.LoadUnitTreeAsync();
        var units = await db.Set<Unit>().AsNoTracking().Select(u => new { u.Id, Name = u.ShortName ?? u.Name }).ToListAsync();
        var order = Features.Campaigns.CampaignService.TreeOrder(tree, units.Select(u => u.Id).ToHashSet());
        var options = units.OrderBy(u => order.GetValueOrDefault(u.Id, int.MaxValue))
            .Select(u => new UnitOptionDto(u.Id, u.Name, new string('\u3000', tree.Depth(u.Id)) + u.Name))
            .ToList();
        return new Snapshot(options, options.ToDictionary(o => o.Id));
    }

    public void Dispose() => _observation.Dispose();

    private sealed record Snapshot(IReadOnlyList<UnitOptionDto> Options, IReadOnlyDictionary<int, UnitOptionDto> ById);
}
