using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Commitments;

/// <summary>
/// The buckets of the year-end review (三查三看, 002): 查承诺的实事项目解决了多少，看群众满意不满意；
/// 查正在办理的项目有多少，看措施得力不得力；查未启动的项目有多少，看条件成熟不成熟.
/// </summary>
public enum ThreeChecksBucket
{
    /// <summary>已办结 — are people satisfied?</summary>
    Done = 1,

    /// <summary>正在办理 — are the measures adequate?</summary>
    InProgress = 2,

    /// <summary>未启动 — are the conditions ready?</summary>
    NotStarted = 3,
}

public static class ThreeChecksBucketNames
{
    public static string ToChinese(this ThreeChecksBucket bucket) => bucket switch
    {
        ThreeChecksBucket.Done => "已办结",
        ThreeChecksBucket.InProgress => "正在办理",
        ThreeChecksBucket.NotStarted => "未启动",
        _ => bucket.ToString(),
    };

    /// <summary>The question the office answers for the bucket.</summary>
    public static string Question(this ThreeChecksBucket bucket) => bucket switch
    {
        ThreeChecksBucket.Done => "群众满意不满意",
        ThreeChecksBucket.InProgress => "措施得力不得力",
        ThreeChecksBucket.NotStarted => "条件成熟不成熟",
        _ => bucket.ToString(),
    };

    /// <summary>The judgement as words: 满意 / 不满意, 措施得力 / 措施不得力, 条件成熟 / 条件不成熟.</summary>
    public static string JudgementText(this ThreeChecksBucket bucket, bool positive) => bucket switch
    {
        ThreeChecksBucket.Done => positive ? "群众满意" : "群众不满意",
        ThreeChecksBucket.InProgress => positive ? "措施得力" : "措施不得力",
        ThreeChecksBucket.NotStarted => positive ? "条件成熟" : "条件不成熟",
        _ => bucket.ToString(),
    };
}

/// <summary>The three buckets and the public's ratings of the done ones.</summary>
public readonly record struct ThreeChecksSummary(ProgressBuckets Buckets, PublicRatingCounts DoneRatings)
{
    /// <summary>(满意 + 基本满意) / 已评价 over the done commitments; null when none was rated.</summary>
    public decimal? DoneSatisfactionRate => DoneRatings.SatisfactionRate;

    public int CountOf(ThreeChecksBucket bucket) => bucket switch
    {
        ThreeChecksBucket.Done => Buckets.Done,
        ThreeChecksBucket.InProgress => Buckets.InProgress,
        ThreeChecksBucket.NotStarted => Buckets.NotStarted,
        _ => 0,
    };

    public static ThreeChecksSummary operator +(ThreeChecksSummary a, ThreeChecksSummary b) =>
        new(a.Buckets + b.Buckets, a.DoneRatings + b.DoneRatings);
}

/// <summary>Pure bucketing of commitments for a unit or a whole campaign. Cancelled ones are left out.</summary>
public static class ThreeChecks
{
    public static ThreeChecksBucket? BucketOf(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Done => ThreeChecksBucket.Done,
        CommitmentStatus.InProgress => ThreeChecksBucket.InProgress,
        CommitmentStatus.NotStarted => ThreeChecksBucket.NotStarted,
        _ => null,
    };

    public static ProgressBuckets Count(IEnumerable<CommitmentStatus> statuses) =>
        ProgressBuckets.Of(statuses.Select(s => BucketOf(s) switch
        {
            ThreeChecksBucket.Done => ProgressBucket.Done,
            ThreeChecksBucket.InProgress => ProgressBucket.InProgress,
            ThreeChecksBucket.NotStarted => (ProgressBucket?)ProgressBucket.NotStarted,
            _ => null,
        }));

    public static ThreeChecksSummary Summarise(IEnumerable<Commitment> commitments)
    {
        var list = commitments as IReadOnlyCollection<Commitment> ?? commitments.ToList();
        var ratings = list
            .Where(c => c.Status == CommitmentStatus.Done)
            .Aggregate(default(PublicRatingCounts), (sum, c) => sum + c.PublicRatings);
        return new ThreeChecksSummary(Count(list.Select(c => c.Status)), ratings);
    }

    /// <summary>Per responsible unit; units without commitments are absent.</summary>
    public static IReadOnlyDictionary<int, ThreeChecksSummary> SummariseByUnit(IEnumerable<Commitment> commitments) =>
        commitments.GroupBy(c => c.ResponsibleUnitId).ToDictionary(g => g.Key, g => Summarise(g));

    /// <summary>
    /// The 三查三看 result of one commitment, shown beside its year-end grade: its bucket and the office's judgement of
    /// that bucket for the nearest scope that holds the commitment's unit (the unit, then each unit above it, then the
    /// whole campaign). Cancelled commitments are not reviewed.
    /// </summary>
    public static string ResultText(CommitmentStatus status, int unitId, UnitTree tree, IReadOnlyCollection<ThreeChecksReview> reviews)
    {
        if (BucketOf(status) is not { } bucket)
        {
            return "已取消，不参加三查三看";
        }

        int? scope = unitId;
        while (true)
        {
            if (reviews.FirstOrDefault(r => r.Bucket == bucket && r.UnitId == scope) is { } review)
            {
                return $"{bucket.ToChinese()} · {review.JudgementText}";
            }

            if (scope is null)
            {
                return $"{bucket.ToChinese()} · 尚未评议";
            }

            scope = tree.Contains(scope.Value) ? tree.ParentOf(scope.Value) : null;
        }
    }

    /// <summary>
    /// A suggestion for the done bucket's judgement: satisfied when the rate reaches the campaign's
    /// threshold; null when nobody rated, so the office judges from its own survey.
    /// </summary>
    public static bool? SuggestSatisfied(ThreeChecksSummary summary, decimal threshold) =>
        summary.DoneSatisfactionRate is { } rate ? rate >= threshold : null;
}
