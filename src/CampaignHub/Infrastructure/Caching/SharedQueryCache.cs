using CampaignHub.Live;

namespace CampaignHub.Infrastructure.Caching;

/// <summary>
/// Read results shared by every circuit that asks the same question, until a change of the kinds the answer
/// depends on. A save used to make each open list re-run the same counts and the same first page once per circuit;
/// with this they run once per change. Only answers that do not depend on who asks may be kept here: the key must
/// hold everything the answer depends on (campaign, filter, page, today).
/// </summary>
public sealed class SharedQueryCache : IDisposable
{
    /// <summary>More distinct questions than this between two changes and the cache starts again, so it stays small.</summary>
    public const int MaxEntries = 2000;

    private readonly IDisposable _observation;
    private readonly Lock _lock = new();
    private readonly Dictionary<object, Entry> _entries = [];

    public SharedQueryCache(IChangeFeed feed) => _observation = feed.Observe(Invalidate);

    /// <summary>
    /// The answer to <paramref name="key"/>, read by <paramref name="read"/> once for all callers until a change of one
    /// of <paramref name="dependsOn"/> in <paramref name="campaignId"/> (or in no particular campaign).
    /// </summary>
    public Task<T> GetAsync<T>(object key, int? campaignId, IReadOnlyCollection<ChangeKind> dependsOn, Func<Task<T>> read, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var cached) && cached.Answer is Task<T> answer && !answer.IsFaulted && !answer.IsCanceled)
            {
                return answer.WaitAsync(cancellationToken);
            }

            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            // Not cancelled with this caller: other circuits may be waiting for the same answer.
            var task = Task.Run(read);
            _entries[key] = new Entry(task, campaignId, dependsOn);
            return task.WaitAsync(cancellationToken);
        }
    }

    private void Invalidate(ChangeEvent change)
    {
        lock (_lock)
        {
            foreach (var (key, entry) in _entries)
            {
                if (entry.DependsOn.Contains(change.Kind) && (entry.CampaignId is null || change.CampaignId is null || entry.CampaignId == change.CampaignId))
                {
                    _entries.Remove(key);
                }
            }
        }
    }

    public void Dispose() => _observation.Dispose();

    private sealed record Entry(Task Answer, int? CampaignId, IReadOnlyCollection<ChangeKind> DependsOn);
}
