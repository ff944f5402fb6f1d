using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Rectification;

public class PublicRatingQuotaTests
{
    private static readonly FixedClock Clock = ItemBuilder.Clock();
    private static readonly PublicRatingQuota Quota = new(PerClientPerDay: 3, PerItemPerDay: 5);
    private static string Key(char c) => new(c, PublicRatingEntry.ClientKeyLength);

    [Fact]
    public void A_client_past_its_daily_quota_is_refused_and_the_item_is_not_counted()
    {
        var item = ItemBuilder.Completed(isPublic: true).WithId(7);

        var error = Assert.Throws<DomainException>(() => PublicRatingEntry.Rate(item, "device-x", Key('a'), PublicRating.Unsatisfied, Quota, new PublicRatingsToday(ByClient: 3, OfItem: 0), Clock));

        Assert.Equal(PublicRatingQuota.ClientLimitMessage, error.Message);
        Assert.Equal(default, item.PublicRatings);
        Assert.False(item.NeedsReopenReview);
    }

    [Fact]
    public void An_item_past_its_daily_quota_is_refused_whoever_rates()
    {
        var item = ItemBuilder.Completed(isPublic: true).WithId(7);

        var error = Assert.Throws<DomainException>(() => PublicRatingEntry.Rate(item, "device-y", Key('b'), PublicRating.Satisfied, Quota, new PublicRatingsToday(ByClient: 0, OfItem: 5), Clock));

        Assert.Equal(PublicRatingQuota.ItemLimitMessage, error.Message);
        Assert.Equal(default, item.PublicRatings);
    }

    [Fact]
    public void Within_both_quotas_the_rating_counts_and_keeps_the_client_key()
    {
        var item = ItemBuilder.Completed(isPublic: true).WithId(7);

        var entry = PublicRatingEntry.Rate(item, "device-z", Key('c'), PublicRating.Satisfied, Quota, new PublicRatingsToday(ByClient: 2, OfItem: 4), Clock);

        Assert.Equal(Key('c'), entry.ClientKey);
        Assert.Equal(1, item.PublicRatings.Satisfied);
    }

    [Fact]
    public void A_client_key_that_is_not_a_key_is_refused()
    {
        var item = ItemBuilder.Completed(isPublic: true).WithId(7);

        Assert.Throws<DomainException>(() => PublicRatingEntry.Rate(item, "device-z", "203.0.113.9", PublicRating.Satisfied, Quota, default, Clock));
    }

    [Fact]
    public void The_reopen_review_counts_distinct_raters_not_posts()
    {
        var item = ItemBuilder.Completed(isPublic: true).WithId(7);
        var entries = new List<PublicRatingEntry>();
        for (var i = 0; i < 30; i++)
        {
            // 30 posts, each from a new device, from 10 addresses.
            entries.Add(PublicRatingEntry.Rate(item, $"device-{i}", Key((char)('a' + (i % 10))), PublicRating.Unsatisfied, PublicRatingQuota.Unlimited, default, Clock, entries));
        }

        entries.Add(PublicRatingEntry.Rate(item, "old-device", PublicRating.Unsatisfied, Clock)); // recorded before keys: counted by device
        entries.Add(PublicRatingEntry.Rate(item, "device-ok", Key('z'), PublicRating.Satisfied, PublicRatingQuota.Unlimited, default, Clock));

        Assert.Equal(11, PublicRatingEntry.DistinctRaters(entries, PublicRating.Unsatisfied));
        Assert.Equal(1, PublicRatingEntry.DistinctRaters(entries, PublicRating.Satisfied));
        Assert.True(item.NeedsReopenReview);
    }
}
