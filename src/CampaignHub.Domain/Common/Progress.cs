namespace CampaignHub.Domain.Common;

/// <summary>Which of the three progress buckets a thing is in.</summary>
public enum ProgressBucket
{
    /// <summary>未启动.</summary>
    NotStarted = 0,

    /// <summary>推进中.</summary>
    InProgress = 1,

    /// <summary>已完成.</summary>
    Done = 2,
}

/// <summary>
/// Done / in progress / not started counts, the shape every progress chart shares, and the one rule that counts
/// them: each kind of item says which bucket its status is in (null = left out, e.g. cancelled), and
/// <see cref="Of"/> counts. Work items, rectification items and commitments all go through it.
/// </summary>
public readonly record struct ProgressBuckets(int Done, int InProgress, int NotStarted)
{
    public int Total => Done + InProgress + NotStarted;

    public static ProgressBuckets operator +(ProgressBuckets a, ProgressBuckets b) =>
        new(a.Done + b.Done, a.InProgress + b.InProgress, a.NotStarted + b.NotStarted);

    /// <summary>Counts the buckets; nulls (things left out of progress) are skipped.</summary>
    public static ProgressBuckets Of(IEnumerable<ProgressBucket?> buckets)
    {
        int done = 0, inProgress = 0, notStarted = 0;
        foreach (var bucket in buckets)
        {
            switch (bucket)
            {
                case ProgressBucket.Done: done++; break;
                case ProgressBucket.InProgress: inProgress++; break;
                case ProgressBucket.NotStarted: notStarted++; break;
            }
        }

        return new ProgressBuckets(done, inProgress, notStarted);
    }
}
