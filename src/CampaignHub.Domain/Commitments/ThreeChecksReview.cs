using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Commitments;

/// <summary>
/// The office's judgement on one bucket of the three checks, for one unit or (UnitId null) for the
/// whole campaign. One per (campaign, unit, bucket); the store keeps it unique. The counts at the
/// time of judgement are kept so a later change does not silently rewrite what was judged.
/// </summary>
public sealed class ThreeChecksReview : AggregateRoot
{
    private ThreeChecksReview()
    {
        ReviewedBy = string.Empty;
    }

    private ThreeChecksReview(int campaignId, int? unitId, ThreeChecksBucket bucket)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Bucket = Enum.IsDefined(bucket) ? bucket : throw new DomainException("三查三看类别无效");
        ReviewedBy = string.Empty;
    }

    public int CampaignId { get; private set; }

    /// <summary>The unit reviewed; null for the campaign as a whole.</summary>
    public int? UnitId { get; private set; }

    public ThreeChecksBucket Bucket { get; private set; }

    /// <summary>
    /// The answer to the bucket's question: done → people satisfied; in progress → measures adequate;
    /// not started → conditions ready.
    /// </summary>
    public bool Positive { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>How many commitments were in the bucket when judged.</summary>
    public int ItemCount { get; private set; }

    /// <summary>For the done bucket: the public's satisfaction rate when judged (null if none rated).</summary>
    public decimal? SatisfactionRate { get; private set; }

    public string ReviewedBy { get; private set; }

    public DateTimeOffset ReviewedAt { get; private set; }

    public string JudgementText => Bucket.JudgementText(Positive);

    public static ThreeChecksReview Record(int campaignId, int? unitId, ThreeChecksBucket bucket, ThreeChecksSummary summary, bool positive, string? comment, Actor actor, IClock clock)
    {
        var review = new ThreeChecksReview(campaignId, unitId, bucket);
        review.Judge(summary, positive, comment, actor, clock);
        return review;
    }

    /// <summary>Records or revises the judgement. A negative judgement needs a comment saying why.</summary>
    public void Judge(ThreeChecksSummary summary, bool positive, string? comment, Actor actor, IClock clock)
    {
        if (!actor.IsOffice)
        {
            throw new AccessDeniedException("只有活动办可以填写三查三看评议");
        }

        var text = Guard.Optional(comment, "评议意见", 1000);
        if (!positive && text is null)
        {
            throw new DomainException($"评议为“{Bucket.JudgementText(false)}”时请填写意见");
        }

        Positive = positive;
        Comment = text;
        ItemCount = summary.CountOf(Bucket);
        SatisfactionRate = Bucket == ThreeChecksBucket.Done ? summary.DoneSatisfactionRate : null;
        ReviewedBy = actor.UserName;
        ReviewedAt = clock.UtcNow;
        Raise(new ThreeChecksJudged(this));
    }
}
