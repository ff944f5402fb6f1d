using CampaignHub.Data;
using CampaignHub.Live;

namespace CampaignHub.Features.Wall;

/// <summary>
/// One feature's contribution to the wall. The cache asks a source for all units of a campaign when
/// cold, and for just the changed unit when one of <see cref="Kinds"/> changes for that unit — so the
/// wall's aggregates are maintained incrementally instead of re-counted on every save.
/// </summary>
public interface IWallSource
{
    /// <summary>A stable key for the cache.</summary>
    string Key { get; }

    /// <summary>The kinds of change that make this source's slices stale.</summary>
    IReadOnlySet<ChangeKind> Kinds { get; }

    /// <summary>The source's slices for the campaign's units: all of them, or only <paramref name="unitId"/>.</summary>
    Task<IReadOnlyDictionary<int, WallSlice>> LoadAsync(CampaignHubDbContext db, int campaignId, int? unitId, DateOnly today, CancellationToken cancellationToken);
}
