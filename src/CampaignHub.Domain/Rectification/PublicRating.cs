using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Rectification;

/// <summary>The public's rating of a completed, disclosed item (群众评价).</summary>
public enum PublicRating
{
    /// <summary>满意.</summary>
    Satisfied = 1,

    /// <summary>基本满意.</summary>
    BasicallySatisfied = 2,

    /// <summary>不满意 — from enough different raters (<see cref="ReopenReviewRule"/>) puts a rectification item on the office's reopen-review list.</summary>
    Unsatisfied = 3,
}

public static class PublicRatingNames
{
    public static string ToChinese(this PublicRating rating) => rating switch
    {
        PublicRating.Satisfied => "满意",
        PublicRating.BasicallySatisfied => "基本满意",
        PublicRating.Unsatisfied => "不满意",
        _ => rating.ToString(),
    };
}

/// <summary>
/// Rating counts of one item or of a group of items. The satisfaction rate is
/// (满意 + 基本满意) / 已评价, the formula DOMAIN.md asks the UI to state.
/// </summary>
public readonly record struct PublicRatingCounts(int Satisfied, int BasicallySatisfied, int Unsatisfied)
{
    public const string Formula = "满意率 =（满意 + 基本满意）÷ 评价总数";

    public int Rated => Satisfied + BasicallySatisfied + Unsatisfied;

    /// <summary>Between 0 and 1; null when nobody has rated yet (not the same as 0%).</summary>
    public decimal? SatisfactionRate => Rated == 0 ? null : (decimal)(Satisfied + BasicallySatisfied) / Rated;

    public static PublicRatingCounts operator +(PublicRatingCounts a, PublicRatingCounts b) =>
        new(a.Satisfied + b.Satisfied, a.BasicallySatisfied + b.BasicallySatisfied, a.Unsatisfied + b.Unsatisfied);

    public PublicRatingCounts Add(PublicRating rating) => rating switch
    {
        PublicRating.Satisfied => this with { Satisfied = Satisfied + 1 },
        PublicRating.BasicallySatisfied => this with { BasicallySatisfied = BasicallySatisfied + 1 },
        PublicRating.Unsatisfied => this with { Unsatisfied = Unsatisfied + 1 },
        _ => throw new DomainException("评价结果无效"),
    };
}

/// <summary>What kind of item a public rating is about.</summary>
public enum RatedItemKind
{
    /// <summary>整改事项.</summary>
    RectificationItem = 1,

    /// <summary>承诺事项/办实事.</summary>
    Commitment = 2,
}

public static class RatedItemKindNames
{
    public static string ToChinese(this RatedItemKind kind) => kind switch
    {
        RatedItemKind.RectificationItem => "整改事项",
        RatedItemKind.Commitment => "承诺事项",
        _ => kind.ToString(),
    };
}

/// <summary>
/// Implemented by items the public may rate. <see cref="ApplyPublicRating"/> refuses an item that is
/// not completed or not disclosed; the counts live on the item so the public page reads them cheaply.
/// </summary>
public interface IPubliclyRatable
{
    int Id { get; }

    RatedItemKind RatedKind { get; }

    PublicRatingCounts PublicRatings { get; }

    void ApplyPublicRating(PublicRating rating);

    /// <summary>After a 不满意 rating: what the item does with the rated tally (a rectification item may go to reopen review).</summary>
    void ConsiderReopenReview(ReopenReviewTally tally, ReopenReviewRule rule)
    {
    }
}

/// <summary>
/// One device's rating of one item. Once per item per device: the store enforces a unique index on
/// (ItemKind, ItemId, DeviceId); the domain makes sure the item may be rated at all and that the
/// client's and the item's daily quotas (<see cref="PublicRatingQuota"/>) are not exceeded.
/// </summary>
public sealed class PublicRatingEntry : AggregateRoot
{
    /// <summary>Length of a client key: a hex HMAC of the client's network address, never the address.</summary>
    public const int ClientKeyLength = 64;

    private PublicRatingEntry()
    {
        DeviceId = string.Empty;
    }

    private PublicRatingEntry(RatedItemKind itemKind, int itemId, string deviceId, string? clientKey, PublicRating rating, DateTimeOffset ratedAt)
    {
        ItemKind = itemKind;
        ItemId = itemId;
        DeviceId = deviceId;
        ClientKey = clientKey;
        Rating = rating;
        RatedAt = ratedAt;
    }

    public RatedItemKind ItemKind { get; private set; }

    public int ItemId { get; private set; }

    /// <summary>An opaque per-device token (e.g. a random cookie value), never personal data.</summary>
    public string DeviceId { get; private set; }

    /// <summary>
    /// Who rated, as far as the server can tell: a salted, keyed hash of the client's network address
    /// (never the address itself). Null on ratings recorded before keys were kept.
    /// </summary>
    public string? ClientKey { get; private set; }

    public PublicRating Rating { get; private set; }

    public DateTimeOffset RatedAt { get; private set; }

    /// <summary>The rater as counted by the reopen review: the client key, or the device for older ratings.</summary>
    public string RaterIdentity => ClientKey ?? "device:" + DeviceId;

    /// <summary>Applies the rating to the item's counts and returns the entry to store; <paramref name="earlierRatings"/> are the item's ratings so far.</summary>
    public static PublicRatingEntry Rate(IPubliclyRatable item, string deviceId, PublicRating rating, IClock clock, IEnumerable<PublicRatingEntry>? earlierRatings = null) =>
        Rate(item, deviceId, null, rating, PublicRatingQuota.Unlimited, default, clock, earlierRatings, ReopenReviewRule.Default);

    /// <summary>
    /// Applies the rating to the item's counts and returns the entry to store, once the quota allows it
    /// given what this client and this item have already received today. A 不满意 rating then lets the item
    /// weigh all its ratings (<paramref name="earlierRatings"/> plus this one) against the reopen-review rule:
    /// different raters count, not clicks.
    /// </summary>
    public static PublicRatingEntry Rate(
        IPubliclyRatable item,
        string deviceId,
        string? clientKey,
        PublicRating rating,
        PublicRatingQuota quota,
        PublicRatingsToday today,
        IClock clock,
        IEnumerable<PublicRatingEntry>? earlierRatings = null,
        ReopenReviewRule? reviewRule = null)
    {
        var device = Guard.Required(deviceId, "设备标识", 100);
        if (clientKey is not null && clientKey.Length != ClientKeyLength)
        {
            throw new DomainException("评价来源标识无效");
        }

        if (!Enum.IsDefined(rating))
        {
            throw new DomainException("评价结果无效");
        }

        quota.EnsureAllows(today);
        item.ApplyPublicRating(rating);
        var entry = new PublicRatingEntry(item.RatedKind, item.Id, device, clientKey, rating, clock.UtcNow);
        if (rating == PublicRating.Unsatisfied)
        {
            var ofThisItem = (earlierRatings ?? []).Where(e => e.ItemKind == item.RatedKind && e.ItemId == item.Id).Append(entry);
            item.ConsiderReopenReview(ReopenReviewTally.Of(ofThisItem), reviewRule ?? ReopenReviewRule.Default);
        }

        return entry;
    }

    /// <summary>How many different raters gave <paramref name="rating"/>: ratings from one client key count once.</summary>
    public static int DistinctRaters(IEnumerable<PublicRatingEntry> entries, PublicRating rating) =>
        entries.Where(e => e.Rating == rating).Select(e => e.RaterIdentity).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>What one client (by its key) and one item have received today, China time.</summary>
public readonly record struct PublicRatingsToday(int ByClient, int OfItem);

/// <summary>
/// Daily caps on public ratings, so a cookie cleared between posts cannot stuff an item: one client
/// (network address) may rate at most <see cref="PerClientPerDay"/> times a day, and one item receives
/// at most <see cref="PerItemPerDay"/> ratings a day. Days are China days.
/// </summary>
public sealed record PublicRatingQuota(int PerClientPerDay, int PerItemPerDay)
{
    public static readonly PublicRatingQuota Unlimited = new(int.MaxValue, int.MaxValue);

    public const string ClientLimitMessage = "您今天的评价次数已达上限，请明天再试";

    public const string ItemLimitMessage = "该事项今天收到的评价已达上限，请明天再试";

    public void EnsureAllows(PublicRatingsToday today)
    {
        if (today.ByClient >= PerClientPerDay)
        {
            throw new DomainException(ClientLimitMessage);
        }

        if (today.OfItem >= PerItemPerDay)
        {
            throw new DomainException(ItemLimitMessage);
        }
    }
}
