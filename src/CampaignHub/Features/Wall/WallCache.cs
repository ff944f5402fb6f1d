using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Campaigns;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Wall;

/// <summary>
/// The wall's aggregates, kept in memory per campaign and maintained incrementally: a change marks
/// only its source's slice for its unit stale (synchronously, inside the feed's publish), and the
/// next read reloads just those slices. Every open wall shares the same immutable snapshot.
/// </summary>
public sealed class WallCache : IDisposable
{
    private readonly IDbContextFactory<CampaignHubDbContext> _dbFactory;
    private readonly IReadOnlyList<IWallSource> _sources;
    private readonly IClock _clock;
    private readonly IChangeFeed _feed;
    private readonly IDisposable _observation;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<int, CampaignState> _campaigns = [];
    private readonly Lock _stateLock = new();
    private readonly Infrastructure.Telemetry.CampaignHubMetrics? _metrics;

    public WallCache(IDbContextFactory<CampaignHubDbContext> dbFactory, IEnumerable<IWallSource> sources, IClock clock, IChangeFeed feed, Infrastructure.Telemetry.CampaignHubMetrics? metrics = null)
    {
        _dbFactory = dbFactory;
        _sources = sources.ToList();
        _clock = clock;
        _feed = feed;
        _metrics = metrics;
        _observation = feed.Observe(Invalidate);
    }

    private sealed class CampaignState
    {
        public Dictionary<string, Dictionary<int, WallSlice>> Slices { get; } = [];

        public HashSet<(string Source, int? UnitId)> Dirty { get; } = [];

        public bool BaseDirty { get; set; } = true;

        /// <summary>Bumped by every change; a snapshot is fresh only if it was built from the latest generation.</summary>
        public long Generation { get; set; } = 1;

        public long SnapshotGeneration { get; set; }

        public bool SnapshotStale => SnapshotGeneration != Generation;

        public DateOnly Today { get; set; }

        public CampaignOverviewBase? Base { get; set; }

        public WallSnapshot? Snapshot { get; set; }

        public PendingReload? Pending { get; set; }
    }

    /// <summary>A reload under way, and the change generation it is sure to include.</summary>
    private sealed record PendingReload(Task<WallSnapshot> Task, long Covers, DateOnly Today);

    private sealed record CampaignOverviewBase(CampaignSummaryDto Summary, decimal Threshold, IReadOnlyList<PhaseDto> Phases, IReadOnlyList<MilestoneDto> Milestones, IReadOnlyList<(int Id, string Name, int Depth)> Units);

    private void Invalidate(ChangeEvent change)
    {
        lock (_stateLock)
        {
            foreach (var (campaignId, state) in _campaigns)
            {
                if (change.CampaignId is { } id && id != campaignId)
                {
                    continue;
                }

                state.Generation++;
                if (change.Kind is ChangeKind.Campaign or ChangeKind.Unit)
                {
                    state.BaseDirty = true;
                }

                foreach (var source in _sources.Where(s => s.Kinds.Contains(change.Kind)))
                {
                    state.Dirty.Add((source.Key, change.UnitId));
                }
            }
        }
    }

    /// <remarks>
    /// Every await here uses ConfigureAwait(false): the cache is shared by all circuits and holds a lock while
    /// it reloads, so it must never wait for a caller's synchronization context (a circuit being torn down
    /// would never run the continuation, and the lock would never be released).
    /// Callers share one reload: after an edit a hundred walls ask at once, and each awaiting the same task (rather
    /// than taking the lock in turn to find the snapshot fresh) lets them all render as soon as it is built.
    /// </remarks>
    public Task<WallSnapshot> GetAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        var today = _clock.Today;
        lock (_stateLock)
        {
            if (!_campaigns.TryGetValue(campaignId, out var state))
            {
                state = new CampaignState();
                _campaigns[campaignId] = state;
            }

            if (state is { SnapshotStale: false, Snapshot: { } snapshot } && state.Today == today)
            {
                return Task.FromResult(snapshot);
            }

            // A reload already under way serves this caller if it will include every change made so far (it takes
            // the changes when it starts, so one queued after the latest change includes it).
            if (state.Pending is { } pending && pending.Covers >= state.Generation && pending.Today == today && !pending.Task.IsFaulted && !pending.Task.IsCanceled)
            {
                return pending.Task.WaitAsync(cancellationToken);
            }

            // Otherwise the next reload is queued behind the current one, on the thread pool (see remarks). It is not
            // cancelled with this caller: other walls may be waiting for it too.
            var previous = state.Pending?.Task ?? Task.CompletedTask;
            var reload = Task.Run(async () =>
            {
                await previous.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
                return await ReloadAsync(campaignId, today, CancellationToken.None).ConfigureAwait(false);
            });
            state.Pending = new PendingReload(reload, state.Generation, today);
            return reload.WaitAsync(cancellationToken);
        }
    }

    private async Task<WallSnapshot> ReloadAsync(int campaignId, DateOnly today, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CampaignState state;
            List<(string Source, int? UnitId)> dirty;
            bool baseDirty;
            long generation;
            lock (_stateLock)
            {
                if (!_campaigns.TryGetValue(campaignId, out state!))
                {
                    state = new CampaignState();
                    _campaigns[campaignId] = state;
                }

                if (state is { SnapshotStale: false, Snapshot: { } fresh } && state.Today == today)
                {
                    return fresh;
                }

                if (state.Today != today)
                {
                    state.Slices.Clear(); // overdue depends on the day: recompute everything
                    state.Today = today;
                }

                dirty = state.Dirty.ToList();
                state.Dirty.Clear();
                baseDirty = state.BaseDirty;
                state.BaseDirty = false;

                // Readers keep waiting (on the gate) until this reload has published its snapshot: marking the state
                // fresh before the reload finished let them take the old snapshot and miss the change.
                generation = state.Generation;
            }

            WallSnapshot snapshot;
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var full = state.Slices.Count == 0;
                snapshot = await RefreshAsync(state, campaignId, today, dirty, baseDirty, cancellationToken).ConfigureAwait(false);
                _metrics?.WallReloaded(System.Diagnostics.Stopwatch.GetElapsedTime(started), full);
            }
            catch
            {
                // Nothing is lost on a failed reload (a cancelled request, a busy database): the next reader retries it.
                lock (_stateLock)
                {
                    state.Dirty.UnionWith(dirty);
                    state.BaseDirty |= baseDirty;
                }

                throw;
            }

            lock (_stateLock)
            {
                state.Snapshot = snapshot;
                state.SnapshotGeneration = generation;
            }

            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reloads the dirty slices (all of a source when it has none yet) and assembles a new snapshot.</summary>
    private async Task<WallSnapshot> RefreshAsync(CampaignState state, int campaignId, DateOnly today, List<(string Source, int? UnitId)> dirty, bool baseDirty, CancellationToken cancellationToken)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (baseDirty || state.Base is null)
        {
            state.Base = await LoadBaseAsync(db, campaignId, cancellationToken).ConfigureAwait(false);
        }

        foreach (var source in _sources)
        {
            if (!state.Slices.TryGetValue(source.Key, out var slices) || dirty.Contains((source.Key, null)))
            {
                state.Slices[source.Key] = new Dictionary<int, WallSlice>(await source.LoadAsync(db, campaignId, null, today, cancellationToken).ConfigureAwait(false));
                continue;
            }

            foreach (var unitId in dirty.Where(d => d.Source == source.Key && d.UnitId is not null).Select(d => d.UnitId!.Value).Distinct())
            {
                var reloaded = await source.LoadAsync(db, campaignId, unitId, today, cancellationToken).ConfigureAwait(false);
                slices.Remove(unitId);
                foreach (var (id, slice) in reloaded)
                {
                    slices[id] = slice;
                }
            }
        }

        var assembled = Assemble(state.Base, state.Slices.Values, today, _feed.Recent(50).Where(c => c.CampaignId is null || c.CampaignId == campaignId).Take(15).ToList());
        return assembled with { Views = WallViews.Build(assembled).ReuseUnchanged(state.Snapshot?.Views) };
    }

    private static async Task<CampaignOverviewBase> LoadBaseAsync(CampaignHubDbContext db, int campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().Include("_phases").Include("_milestones").Include("_units").AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("找不到该活动");
        var enrolled = campaign.Units.Select(u => u.UnitId).ToHashSet();
        var units = await db.Set<Unit>().AsNoTracking().Select(u => new { u.Id, u.Name, u.ShortName, u.ParentId }).ToListAsync(cancellationToken);
        var tree = new UnitTree(units.Select(u => (u.Id, u.ParentId)));
        var order = CampaignService.TreeOrder(tree, enrolled);
        var rows = units.Where(u => enrolled.Contains(u.Id)).OrderBy(u => order.GetValueOrDefault(u.Id, int.MaxValue))
            .Select(u => (u.Id, u.ShortName ?? u.Name, tree.Depth(u.Id))).ToList();
        return new CampaignOverviewBase(
            new CampaignSummaryDto(campaign.Id, campaign.Title, campaign.DocumentNumber, campaign.IssuingBody, campaign.IssuedOn, campaign.StartDate, campaign.EndDate, enrolled.Count),
            campaign.Rules.SatisfactionThreshold,
            campaign.Phases.Select(p => new PhaseDto(p.Id, p.Name, p.Order, p.StartDate, p.EndDate)).ToList(),
            campaign.Milestones.Select(m => new MilestoneDto(m.Id, m.PhaseId, m.Title, m.Description, m.DueDate)).ToList(),
            rows);
    }

    private WallSnapshot Assemble(CampaignOverviewBase campaign, IEnumerable<Dictionary<int, WallSlice>> sources, DateOnly today, IReadOnlyList<ChangeEvent> recent)
    {
        var byUnit = sources.SelectMany(s => s).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Select(kv => kv.Value).ToList());
        var rows = new List<WallUnitRow>();
        var overdue = new List<WallOverdueItem>();
        var flags = new List<WallFlag>();
        var dueSoon = new List<WallDueItem>();
        var alerts = new List<WallAlert>();
        var orders = new List<WallOrder>();
        ProgressBuckets? threeChecks = null;
        int ratedPositive = 0, rated = 0;
        foreach (var (id, name, depth) in campaign.Units)
        {
            var slices = byUnit.GetValueOrDefault(id) ?? [];
            var unitOverdue = slices.SelectMany(s => s.Overdue).ToList();
            var unitFlags = slices.SelectMany(s => s.Flags).ToList();
            overdue.AddRange(unitOverdue);
            flags.AddRange(unitFlags);
            orders.AddRange(slices.SelectMany(s => s.Orders));
            dueSoon.AddRange(slices.SelectMany(s => s.DueSoon));
            alerts.AddRange(slices.SelectMany(s => s.Alerts));
            foreach (var check in slices.Select(s => s.ThreeChecks).OfType<WallThreeChecks>())
            {
                threeChecks = (threeChecks ?? default) + check.Buckets;
                ratedPositive += check.RatedPositive;
                rated += check.Rated;
            }

            rows.Add(new WallUnitRow(
                id,
                name,
                depth,
                Sum(slices.Select(s => s.Problems)),
                Sum(slices.Select(s => s.Commitments)),
                Sum(slices.Select(s => s.WorkItems)),
                slices.Select(s => s.Rate).OfType<WallRate>().FirstOrDefault(),
                unitOverdue.Count,
                unitFlags.Count > 0,
                slices.Select(s => s.Duties).OfType<WallDutyCounts>().FirstOrDefault()));
        }

        var district = WallRate.District(rows.Select(r => r.Rate));
        var headline = new WallHeadline(
            rows.Sum(r => r.Problems.Done),
            rows.Sum(r => r.Problems.Total),
            district.Rate,
            district.Respondents,
            overdue.Count,
            rows.Sum(r => r.Commitments.Done),
            rows.Sum(r => r.Commitments.Total),
            flags.Select(f => f.UnitId).Distinct().Count(),
            orders.Count,
            district.Label)
        {
            TwoSatisfactions = WallRate.DistrictTwo(rows.Select(r => r.Rate)),
        };

        return new WallSnapshot(
            campaign.Summary,
            today,
            _clock.UtcNow,
            campaign.Threshold,
            campaign.Phases,
            campaign.Milestones,
            headline,
            rows,
            overdue.OrderByDescending(o => o.DaysOverdue).ToList(),
            dueSoon.OrderBy(d => d.DueDate).ToList(),
            alerts,
            flags,
            orders.OrderByDescending(o => o.IsOverdue).ThenBy(o => o.Deadline).ToList(),
            threeChecks is { } buckets ? new WallThreeChecks(buckets, ratedPositive, rated) : null,
            recent);
    }

    private static ProgressBuckets Sum(IEnumerable<ProgressBuckets?> buckets) =>
        buckets.OfType<ProgressBuckets>().Aggregate(default(ProgressBuckets), (a, b) => a + b);

    public void Dispose()
    {
        _observation.Dispose();
        _gate.Dispose();
    }
}
