using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Rectification;

public class PublicRatingTests
{
    private static readonly FixedClock Clock = ItemBuilder.Clock();

    /// <summary>不满意 from three different devices: what the default reopen-review rule asks for.</summary>
    private static void RateUnsatisfiedByThreeRaters(RectificationItem item)
    {
        var entries = new List<PublicRatingEntry>();
        foreach (var device in new[] { "device-a", "device-b", "device-c" })
        {
            entries.Add(PublicRatingEntry.Rate(item, device, PublicRating.Unsatisfied, Clock, entries));
        }
    }

    [Fact]
    public void A_completed_public_item_can_be_rated_and_the_counts_add_up()
    {
        var item = ItemBuilder.Completed(isPublic: true).WithId(42);

        var entry = PublicRatingEntry.Rate(item, "device-a", PublicRating.Satisfied, Clock);
        PublicRatingEntry.Rate(item, "device-b", PublicRating.BasicallySatisfied, Clock);

        Assert.Equal(new PublicRatingCounts(1, 1, 0), item.PublicRatings);
        Assert.Equal(RatedItemKind.RectificationItem, entry.ItemKind);
        Assert.Equal(42, entry.ItemId);
        Assert.Equal("device-a", entry.DeviceId);
        Assert.False(item.NeedsReopenReview);
    }

    [Fact]
    public void An_item_not_completed_cannot_be_rated()
    {
        var item = ItemBuilder.Started();
        item.SetPublic(true, ActorBuilder.Office(), DemoTree.Build());

        var error = Assert.Throws<DomainException>(() => PublicRatingEntry.Rate(item, "device-a", PublicRating.Satisfied, Clock));
        Assert.Equal("只能评价已完成的事项", error.Message);
        Assert.Equal(0, item.PublicRatings.Rated);
    }

    [Fact]
    public void An_item_not_disclosed_cannot_be_rated()
    {
        var item = ItemBuilder.Completed(isPublic: false);

        var error = Assert.Throws<DomainException>(() => PublicRatingEntry.Rate(item, "device-a", PublicRating.Satisfied, Clock));
        Assert.Equal("只能评价已公示的事项", error.Message);
    }

    [Fact]
    public void A_rating_needs_a_device_id()
    {
        var item = ItemBuilder.Completed(isPublic: true);

        Assert.Throws<DomainException>(() => PublicRatingEntry.Rate(item, " ", PublicRating.Satisfied, Clock));
        Assert.Equal(0, item.PublicRatings.Rated);
    }

    [Fact]
    public void Unsatisfied_ratings_from_three_different_raters_put_the_item_on_the_reopen_review_list()
    {
        var item = ItemBuilder.Completed(isPublic: true);

        RateUnsatisfiedByThreeRaters(item);

        Assert.True(item.NeedsReopenReview);
        Assert.Equal(3, item.PublicRatings.Unsatisfied);
    }

    [Fact]
    public void One_dissatisfied_click_does_not_send_an_item_to_reopen_review()
    {
        var item = ItemBuilder.Completed(isPublic: true).WithId(9);

        var first = PublicRatingEntry.Rate(item, "device-a", PublicRating.Unsatisfied, Clock);

        Assert.False(item.NeedsReopenReview);
        Assert.Equal(1, item.PublicRatings.Unsatisfied);

        // Nor do more clicks from the same rater (one client key counts once, whatever the device).
        var key = new string('k', PublicRatingEntry.ClientKeyLength);
        var entries = new List<PublicRatingEntry> { first };
        for (var i = 0; i < 5; i++)
        {
            entries.Add(PublicRatingEntry.Rate(item, $"cleared-cookie-{i}", key, PublicRating.Unsatisfied, PublicRatingQuota.Unlimited, default, Clock, entries));
        }

        Assert.False(item.NeedsReopenReview);
        Assert.Equal(new ReopenReviewTally(2, 2), ReopenReviewTally.Of(entries));
    }

    [Fact]
    public void The_reopen_review_rule_is_a_parameter_and_may_ask_for_a_share_of_raters()
    {
        var rule = new ReopenReviewRule(2, minimumShare: 0.5m);

        Assert.False(rule.IsMet(new ReopenReviewTally(DissatisfiedRaters: 2, Raters: 5)));
        Assert.True(rule.IsMet(new ReopenReviewTally(DissatisfiedRaters: 3, Raters: 6)));
        Assert.Equal("已完成并公示的整改事项，有至少2位不同的群众评价“不满意”，且占全部评价人数的50.0%以上时，进入重新整改复核（同一评价来源只计一次）", rule.Description);
        Assert.Equal("已完成并公示的整改事项，有至少3位不同的群众评价“不满意”时，进入重新整改复核（同一评价来源只计一次）", new ReopenReviewRule(3).Description);
        Assert.Throws<DomainException>(() => new ReopenReviewRule(0));

        var item = ItemBuilder.Completed(isPublic: true).WithId(11);
        var one = PublicRatingEntry.Rate(item, "device-a", null, PublicRating.Unsatisfied, PublicRatingQuota.Unlimited, default, Clock, [], new ReopenReviewRule(1));
        Assert.True(item.NeedsReopenReview);
        Assert.Equal(PublicRating.Unsatisfied, one.Rating);
    }

    [Theory]
    [InlineData(2, 2, false)] // two raters are never enough, whatever their share
    [InlineData(3, 10, true)] // three of ten: 30%
    [InlineData(3, 11, false)] // three of eleven: 27%, under the share
    [InlineData(12, 40, true)]
    public void A_new_campaign_reopens_on_three_different_raters_who_are_at_least_30_percent_of_all_raters(int dissatisfied, int raters, bool reviewed)
    {
        Assert.Equal(reviewed, ReopenReviewRule.Default.IsMet(new ReopenReviewTally(dissatisfied, raters)));
        Assert.Equal(ReopenReviewRule.Default, CampaignRules.Default.ReopenReview());
    }

    [Fact]
    public void A_campaign_reopen_rule_is_the_one_its_rules_set()
    {
        var rules = CampaignRules.Default with { ReopenMinimumRaters = 5, ReopenMinimumShare = 0m };

        Assert.False(rules.ReopenReview().IsMet(new ReopenReviewTally(4, 4)));
        Assert.True(rules.ReopenReview().IsMet(new ReopenReviewTally(5, 500)));
        Assert.Contains("至少5位", rules.ReopenReview().Description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_office_may_keep_the_item_closed_which_clears_the_review_flag()
    {
        var item = ItemBuilder.Completed(isPublic: true);
        RateUnsatisfiedByThreeRaters(item);

        item.DecideReopenReview(reopen: false, null, ActorBuilder.Office());

        Assert.False(item.NeedsReopenReview);
        Assert.Equal(RectificationStatus.Completed, item.Status);
    }

    [Fact]
    public void The_office_may_reopen_the_item_from_the_review_list()
    {
        var item = ItemBuilder.Completed(isPublic: true);
        RateUnsatisfiedByThreeRaters(item);

        item.DecideReopenReview(reopen: true, "群众评价不满意，重新整改", ActorBuilder.Office());

        Assert.False(item.NeedsReopenReview);
        Assert.Equal(RectificationStatus.Reopened, item.Status);
        Assert.Equal("群众评价不满意，重新整改", item.LastReopenReason);
    }

    [Fact]
    public void Only_the_office_decides_a_reopen_review_and_only_for_listed_items()
    {
        var item = ItemBuilder.Completed(isPublic: true);
        Assert.Throws<DomainException>(() => item.DecideReopenReview(false, null, ActorBuilder.Office()));

        RateUnsatisfiedByThreeRaters(item);
        Assert.Throws<AccessDeniedException>(() => item.DecideReopenReview(false, null, ActorBuilder.Supervisor()));
        Assert.Throws<AccessDeniedException>(() => item.DecideReopenReview(false, null, ActorBuilder.Coordinator(DemoTree.Street)));
        Assert.True(item.NeedsReopenReview);
    }

    [Fact]
    public void A_done_public_commitment_can_be_rated_but_an_unfinished_one_cannot()
    {
        var done = CommitmentBuilder.InStatus(CommitmentStatus.Done, isPublic: true);
        PublicRatingEntry.Rate(done, "device-a", PublicRating.Unsatisfied, Clock);
        Assert.Equal(1, done.PublicRatings.Unsatisfied);

        var inProgress = CommitmentBuilder.InStatus(CommitmentStatus.InProgress, isPublic: true);
        Assert.Throws<DomainException>(() => PublicRatingEntry.Rate(inProgress, "device-a", PublicRating.Satisfied, Clock));
    }

    [Fact]
    public void The_satisfaction_rate_is_satisfied_plus_basically_satisfied_over_rated()
    {
        Assert.Equal(0.75m, new PublicRatingCounts(2, 1, 1).SatisfactionRate);
        Assert.Null(default(PublicRatingCounts).SatisfactionRate);
        Assert.Equal(0m, new PublicRatingCounts(0, 0, 3).SatisfactionRate);
    }
}
