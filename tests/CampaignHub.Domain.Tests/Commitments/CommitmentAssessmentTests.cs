using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Commitments;

/// <summary>
/// The three-level assessment of a commitment (三级考核: 党员互评, 党组织点评, 群众测评) and the year-end grade it gives,
/// with the 三查三看 result beside it.
/// </summary>
public sealed class CommitmentAssessmentTests
{
    private static readonly FixedClock Clock = Clocks.AtChina(2014, 12, 20);

    private static Commitment DonePublic(params PublicRating[] ratings)
    {
        var commitment = CommitmentBuilder.InStatus(CommitmentStatus.Done, isPublic: true);
        var earlier = new List<PublicRatingEntry>();
        foreach (var (rating, index) in ratings.Select((r, i) => (r, i)))
        {
            earlier.Add(PublicRatingEntry.Rate(commitment, $"device-{index}", rating, Clock, earlier));
        }

        return commitment;
    }

    [Fact]
    public void Year_end_grade_weights_peer_30_organisation_30_and_public_40_percent()
    {
        var commitment = DonePublic(PublicRating.Satisfied, PublicRating.Satisfied, PublicRating.BasicallySatisfied, PublicRating.Unsatisfied);
        commitment.RecordPeerReview(90, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build());
        commitment.RecordOrganisationReview(80, "兑现及时", ActorBuilder.Office(), DemoTree.Build());

        var assessment = commitment.Assessment;

        Assert.Equal(75m, assessment.PublicScore);
        Assert.Equal(81m, assessment.WeightedScore);
        Assert.Equal(YearEndGrade.Good, assessment.Grade);
        Assert.Equal("良好（81分）", assessment.GradeText);
    }

    [Theory]
    [InlineData(90, YearEndGrade.Excellent)]
    [InlineData(89.9, YearEndGrade.Good)]
    [InlineData(75, YearEndGrade.Good)]
    [InlineData(60, YearEndGrade.Pass)]
    [InlineData(59.9, YearEndGrade.Fail)]
    public void Grade_bands_are_90_75_and_60(decimal score, YearEndGrade grade) =>
        Assert.Equal(grade, CommitmentAssessment.GradeOf(score));

    [Fact]
    public void Public_assessment_counts_only_from_three_ratings()
    {
        var commitment = DonePublic(PublicRating.Satisfied, PublicRating.Satisfied);
        commitment.RecordPeerReview(90, null, ActorBuilder.Office(), DemoTree.Build());
        commitment.RecordOrganisationReview(90, "好", ActorBuilder.Office(), DemoTree.Build());

        Assert.Null(commitment.Assessment.PublicScore);
        Assert.Null(commitment.Assessment.Grade);
        Assert.Equal("待群众测评（已评2人，需3人）", commitment.Assessment.GradeText);
    }

    [Fact]
    public void The_grade_names_every_level_still_missing()
    {
        var commitment = DonePublic();

        Assert.Equal([AssessmentLevel.PeerReview, AssessmentLevel.OrganisationReview, AssessmentLevel.PublicAssessment], commitment.Assessment.Missing);
        Assert.StartsWith("待党员互评、党组织点评、群众测评", commitment.Assessment.GradeText);
    }

    [Fact]
    public void Commitment_is_assessed_only_once_done()
    {
        var commitment = CommitmentBuilder.InStatus(CommitmentStatus.InProgress);

        var answer = commitment.WhyCannot(CommitmentVerb.PeerReview, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build());
        var error = Assert.Throws<DomainException>(() => commitment.RecordPeerReview(90, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build()));

        Assert.Equal(RefusalKind.Blocked, answer.Refusal);
        Assert.Equal("承诺事项办结后才能进行三级考核", error.Message);
    }

    [Fact]
    public void Organisation_review_comes_from_above_never_from_the_responsible_unit_itself()
    {
        var commitment = DonePublic();
        var tree = DemoTree.Build();

        Assert.Throws<AccessDeniedException>(() => commitment.RecordOrganisationReview(95, "自评很好", ActorBuilder.Coordinator(DemoTree.Street), tree));
        Assert.True(commitment.WhyCannot(CommitmentVerb.OrganisationReview, ActorBuilder.Coordinator(DemoTree.District), tree).IsAllowed);
        Assert.False(commitment.WhyCannot(CommitmentVerb.OrganisationReview, ActorBuilder.Coordinator(DemoTree.Agency), tree).IsAllowed);
        commitment.RecordOrganisationReview(85, "措施得力", ActorBuilder.Office(), tree);
        Assert.Equal(85, commitment.OrganisationReviewScore);
    }

    [Fact]
    public void Peer_review_is_recorded_by_the_responsible_unit_not_by_another()
    {
        var commitment = DonePublic();

        Assert.Throws<AccessDeniedException>(() => commitment.RecordPeerReview(90, null, ActorBuilder.Coordinator(DemoTree.Agency), DemoTree.Build()));
        commitment.RecordPeerReview(90, "互评良好", ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build());
        Assert.Equal(90, commitment.PeerReviewScore);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_score_outside_0_to_100_is_refused(int score)
    {
        var commitment = DonePublic();

        var error = Assert.Throws<DomainException>(() => commitment.RecordPeerReview(score, null, ActorBuilder.Office(), DemoTree.Build()));

        Assert.Equal("评分须为0到100之间的整数", error.Message);
    }

    [Fact]
    public void Organisation_review_needs_its_comment()
    {
        var commitment = DonePublic();

        Assert.Throws<DomainException>(() => commitment.RecordOrganisationReview(80, "  ", ActorBuilder.Office(), DemoTree.Build()));
    }

    [Fact]
    public void Three_checks_result_beside_the_grade_is_the_nearest_scopes_judgement_of_the_commitments_bucket()
    {
        var summary = ThreeChecks.Summarise([]);
        var districtWide = ThreeChecksReview.Record(DemoTree.CampaignId, null, ThreeChecksBucket.Done, summary, true, null, ActorBuilder.Office(), Clock);
        var street = ThreeChecksReview.Record(DemoTree.CampaignId, DemoTree.Street, ThreeChecksBucket.Done, summary, false, "群众反映不一", ActorBuilder.Office(), Clock);
        var tree = DemoTree.Build();

        Assert.Equal("已办结 · 群众不满意", ThreeChecks.ResultText(CommitmentStatus.Done, DemoTree.Community, tree, [districtWide, street]));
        Assert.Equal("已办结 · 群众满意", ThreeChecks.ResultText(CommitmentStatus.Done, DemoTree.Agency, tree, [districtWide, street]));
        Assert.Equal("正在办理 · 尚未评议", ThreeChecks.ResultText(CommitmentStatus.InProgress, DemoTree.Agency, tree, [districtWide, street]));
        Assert.Equal("已取消，不参加三查三看", ThreeChecks.ResultText(CommitmentStatus.Cancelled, DemoTree.Agency, tree, []));
    }
}
