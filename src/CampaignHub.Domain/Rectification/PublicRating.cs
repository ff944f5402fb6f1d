using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Rectification;

/// <summary>The public's rating of a completed, disclosed item (群众评价).</summary>
public enum PublicRating
{
    /// <summary>满意.</summary>
    Satisfied = 1,

    /// <summary>基本满意.</summary>
    BasicallySatisfied = 2,

    /// <summary>不满意 — puts a rectification item on the office's reopen-review list.</summary>
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
}

/// <summary>
/// One device's rating of one item. Once per item per device: the store enforces a unique index on
/// (ItemKind, ItemId, DeviceId); the domain only makes sure the item may be rated at all.
/// </summary>
public sealed class PublicRatingEntry : AggregateRoot
{
    private PublicRatingEntry()
    {
        DeviceId = string.Empty;
    }

    private PublicRatingEntry(RatedItemKind itemKind, int itemId, string deviceId, PublicRating rating, DateTimeOffset ratedAt)
    {
        ItemKind = itemKind;
        ItemId = itemId;
        DeviceId = deviceId;
        Rating = rating;
        RatedAt = ratedAt;
    }

    public RatedItemKind ItemKind { get; private set; }

    public int ItemId { get; private set; }

    /// <summary>An opaque per-device token (e.g. a random cookie value), never personal data.</summary>
    public string DeviceId { get; private set; }

    public PublicRating Rating { get; private set; }

    public DateTimeOffset RatedAt { get; private set; }

    /// <summary>Applies the rating to the item's counts and returns the entry to store.</summary>
    public static PublicRatingEntry Rate(IPubliclyRatable item, string deviceId, PublicRating rating, IClock clock)
    {
        var device = Guard.Required(deviceId, "设备标识", 100);
        if (!Enum.IsDefined(rating))
        {
            throw new DomainException("评价结果无效");
        }

        item.ApplyPublicRating(rating);
        return new PublicRatingEntry(item.RatedKind, item.Id, device, rating, clock.UtcNow);
    }
}
