using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Commitments;

public class ThreeChecksTests
{
    private static readonly FixedClock Clock = Clocks.AtChina(2014, 11, 5);

    [Fact]
    public void Commitments_fall_into_done_in_progress_and_not_started_and_cancelled_ones_are_left_out()
    {
        var buckets = ThreeChecks.Count([
            CommitmentStatus.Done, CommitmentStatus.Done, CommitmentStatus.InProgress,
            CommitmentStatus.NotStarted, CommitmentStatus.NotStarted, CommitmentStatus.NotStarted,
            CommitmentStatus.Cancelled,
        ]);

        Assert.Equal(new ProgressBuckets(2, 1, 3), buckets);
        Assert.Equal(6, buckets.Total);
    }

    [Fact]
    public void The_done_bucket_carries_the_publics_satisfaction_with_the_done_items()
    {
        var doneA = CommitmentBuilder.InStatus(CommitmentStatus.Done, isPublic: true);
        var doneB = CommitmentBuilder.InStatus(CommitmentStatus.Done, isPublic: true);
        PublicRatingEntry.Rate(doneA, "d1", PublicRating.Satisfied, Clock);
        PublicRatingEntry.Rate(doneA, "d2", PublicRating.Unsatisfied, Clock);
        PublicRatingEntry.Rate(doneB, "d1", PublicRating.BasicallySatisfied, Clock);
        PublicRatingEntry.Rate(doneB, "d3", PublicRating.Satisfied, Clock);

        var summary = ThreeChecks.Summarise([doneA, doneB, CommitmentBuilder.InStatus(CommitmentStatus.InProgress)]);

        Assert.Equal(new ProgressBuckets(2, 1, 0), summary.Buckets);
        Assert.Equal(new PublicRatingCounts(2, 1, 1), summary.DoneRatings);
        Assert.Equal(0.75m, summary.DoneSatisfactionRate);
        Assert.True(ThreeChecks.SuggestSatisfied(summary, 0.70m));
        Assert.False(ThreeChecks.SuggestSatisfied(summary, 0.80m));
    }

    [Fact]
    public void Without_ratings_the_satisfaction_is_unknown_not_zero()
    {
        var summary = ThreeChecks.Summarise([CommitmentBuilder.InStatus(CommitmentStatus.Done)]);

        Assert.Null(summary.DoneSatisfactionRate);
        Assert.Null(ThreeChecks.SuggestSatisfied(summary, 0.80m));
    }

    [Fact]
    public void Buckets_are_given_per_unit_and_add_up_to_the_campaign()
    {
        Commitment[] all =
        [
            CommitmentBuilder.InStatus(CommitmentStatus.Done, DemoTree.Street),
            CommitmentBuilder.InStatus(CommitmentStatus.NotStarted, DemoTree.Street),
            CommitmentBuilder.InStatus(CommitmentStatus.InProgress, DemoTree.Agency),
            CommitmentBuilder.InStatus(CommitmentStatus.Cancelled, DemoTree.Community),
        ];

        var byUnit = ThreeChecks.SummariseByUnit(all);

        Assert.Equal(new ProgressBuckets(1, 0, 1), byUnit[DemoTree.Street].Buckets);
        Assert.Equal(new ProgressBuckets(0, 1, 0), byUnit[DemoTree.Agency].Buckets);
        Assert.Equal(0, byUnit[DemoTree.Community].Buckets.Total);
        Assert.Equal(ThreeChecks.Summarise(all).Buckets, byUnit.Values.Aggregate((a, b) => a + b).Buckets);
    }

    [Fact]
    public void The_office_records_a_judgement_per_bucket_with_the_counts_at_the_time()
    {
        var summary = new ThreeChecksSummary(new ProgressBuckets(4, 3, 2), new PublicRatingCounts(8, 1, 1));

        var done = ThreeChecksReview.Record(DemoTree.CampaignId, DemoTree.Street, ThreeChecksBucket.Done, summary, true, null, ActorBuilder.Office(), Clock);
        var inProgress = ThreeChecksReview.Record(DemoTree.CampaignId, DemoTree.Street, ThreeChecksBucket.InProgress, summary, false, "资金未落实", ActorBuilder.Office(), Clock);
        var campaignWide = ThreeChecksReview.Record(DemoTree.CampaignId, null, ThreeChecksBucket.NotStarted, summary, true, null, ActorBuilder.Office(), Clock);

        Assert.Equal(4, done.ItemCount);
        Assert.Equal(0.9m, done.SatisfactionRate);
        Assert.Equal("群众满意", done.JudgementText);
        Assert.Equal(3, inProgress.ItemCount);
        Assert.Null(inProgress.SatisfactionRate);
        Assert.Equal("措施不得力", inProgress.JudgementText);
        Assert.Null(campaignWide.UnitId);
        Assert.Equal("条件成熟", campaignWide.JudgementText);
    }

    [Fact]
    public void A_negative_judgement_needs_a_comment_and_only_the_office_judges()
    {
        var summary = new ThreeChecksSummary(new ProgressBuckets(0, 0, 2), default);

        var error = Assert.Throws<DomainException>(() => ThreeChecksReview.Record(DemoTree.CampaignId, DemoTree.Street, ThreeChecksBucket.NotStarted, summary, false, null, ActorBuilder.Office(), Clock));
        Assert.Equal("评议为“条件不成熟”时请填写意见", error.Message);
        Assert.Throws<AccessDeniedException>(() => ThreeChecksReview.Record(DemoTree.CampaignId, DemoTree.Street, ThreeChecksBucket.NotStarted, summary, true, null, ActorBuilder.Coordinator(DemoTree.Street), Clock));
    }

    [Fact]
    public void A_judgement_can_be_revised()
    {
        var review = ThreeChecksReview.Record(DemoTree.CampaignId, DemoTree.Street, ThreeChecksBucket.InProgress, new ThreeChecksSummary(new ProgressBuckets(0, 2, 0), default), false, "措施空泛", ActorBuilder.Office(), Clock);

        review.Judge(new ThreeChecksSummary(new ProgressBuckets(1, 1, 0), default), true, null, ActorBuilder.Office(), Clock);

        Assert.True(review.Positive);
        Assert.Equal(1, review.ItemCount);
        Assert.Null(review.Comment);
    }
}
