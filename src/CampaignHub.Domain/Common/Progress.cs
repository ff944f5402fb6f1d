namespace CampaignHub.Domain.Common;

/// <summary>Done / in progress / not started counts, the shape every progress chart shares.</summary>
public readonly record struct ProgressBuckets(int Done, int InProgress, int NotStarted)
{
    public int Total => Done + InProgress + NotStarted;

    public static ProgressBuckets operator +(ProgressBuckets a, ProgressBuckets b) =>
        new(a.Done + b.Done, a.InProgress + b.InProgress, a.NotStarted + b.NotStarted);
}
