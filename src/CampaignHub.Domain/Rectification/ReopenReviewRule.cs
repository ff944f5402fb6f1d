using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Rectification;

/// <summary>How many different raters rated an item, and how many of them 不满意 (one rater key counts once).</summary>
public readonly record struct ReopenReviewTally(int DissatisfiedRaters, int Raters)
{
    /// <summary>The share of different raters who rated 不满意 (0 when nobody rated).</summary>
    public decimal DissatisfiedShare => Raters == 0 ? 0m : (decimal)DissatisfiedRaters / Raters;

    /// <summary>Counts different raters (<see cref="PublicRatingEntry.RaterIdentity"/>) among one item's ratings.</summary>
    public static ReopenReviewTally Of(IEnumerable<PublicRatingEntry> ratingsOfOneItem)
    {
        var entries = ratingsOfOneItem.ToList();
        return new ReopenReviewTally(
            PublicRatingEntry.DistinctRaters(entries, PublicRating.Unsatisfied),
            entries.Select(e => e.RaterIdentity).Distinct(StringComparer.Ordinal).Count());
    }
}

/// <summary>
/// When the public's 不满意 ratings send a completed item to the office's reopen review: at least
/// <see cref="MinimumDissatisfiedRaters"/> different raters (by rater key, never by click), and — when
/// <see cref="MinimumShare"/> is set — at least that share of everyone who rated it. One click never does.
/// </summary>
public sealed record ReopenReviewRule
{
    public ReopenReviewRule(int minimumDissatisfiedRaters, decimal? minimumShare = null)
    {
        if (minimumDissatisfiedRaters is < 1 or > MaximumRaters)
        {
            throw new DomainException(RatersOutOfRange);
        }

        if (minimumShare is < 0m or > 1m)
        {
            throw new DomainException(ShareOutOfRange);
        }

        MinimumDissatisfiedRaters = minimumDissatisfiedRaters;
        MinimumShare = minimumShare is 0m ? null : minimumShare;
    }

    public const int DefaultMinimumRaters = 3;
    public const decimal DefaultMinimumShare = 0.30m;
    public const int MaximumRaters = 10_000;
    public const string RatersOutOfRange = "复核所需的不满意人数必须在1到10000之间";
    public const string ShareOutOfRange = "复核所需的不满意比例必须在0%到100%之间";

    /// <summary>
    /// A new campaign's rule, the one place it lives: three different raters, who are at least 30% of everyone who
    /// rated the item. Each campaign may set its own (<see cref="Campaigns.CampaignRules.ReopenReview"/>).
    /// </summary>
    public static ReopenReviewRule Default { get; } = new(DefaultMinimumRaters, DefaultMinimumShare);

    public int MinimumDissatisfiedRaters { get; }

    public decimal? MinimumShare { get; }

    public bool IsMet(ReopenReviewTally tally) =>
        tally.DissatisfiedRaters >= MinimumDissatisfiedRaters && (MinimumShare is not { } share || tally.DissatisfiedShare >= share);

    /// <summary>The rule as the office's review page states it.</summary>
    public string Description => MinimumShare is { } share
        ? $"已完成并公示的整改事项，有至少{MinimumDissatisfiedRaters}位不同的群众评价“不满意”，且占全部评价人数的{SatisfactionPercent(share)}以上时，进入重新整改复核（同一评价来源只计一次）"
        : $"已完成并公示的整改事项，有至少{MinimumDissatisfiedRaters}位不同的群众评价“不满意”时，进入重新整改复核（同一评价来源只计一次）";

    private static string SatisfactionPercent(decimal share) => Satisfaction.SatisfactionRate.FormatPercent(share);
}
