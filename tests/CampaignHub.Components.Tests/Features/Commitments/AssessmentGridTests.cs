using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Commitments;
using CampaignHub.Features.Commitments.Components;

namespace CampaignHub.Components.Tests.Features.Commitments;

/// <summary>The 三级考核 grid shows each level's score, the grade and the 三查三看 result, with buttons from the domain's answers.</summary>
public sealed class AssessmentGridTests : ComponentTestContext
{
    private static readonly UnitTree Tree = new([(1, null), (12, 1), (13, 12)]);
    private static readonly Actor Office = new("office", "活动办", new HashSet<string> { Roles.Office }, null);
    private static readonly Actor Street = new("unit", "东山街道联络员", new HashSet<string> { Roles.Coordinator }, 12);

    private static AssessmentRowDto Row(bool done, Actor viewer, int unitId = 12)
    {
        var clock = new FixedClock(new DateTimeOffset(2014, 3, 1, 9, 0, 0, ChinaTime.Offset));
        var commitment = Commitment.File(1, unitId, CommitmentKind.AdHoc, "小区路灯和道路维修", "一月内修复", new DateOnly(2014, 4, 30), "华志刚", "每月巡查", PromisedTo.LocalPublic, Office, Tree, clock);
        commitment.Start(Office, Tree);
        if (done)
        {
            commitment.MarkDone(null, Office, Tree, clock);
            commitment.RecordPeerReview(88, "互评良好", Office, Tree);
        }

        var assessment = commitment.Assessment;
        var row = new CommitmentRowDto(
            1, 1, unitId, "上坊社区", commitment.Kind, commitment.Content, commitment.Goal, commitment.Deadline, "华志刚", "每月巡查", PromisedTo.LocalPublic,
            commitment.Status, 100, true, new DateOnly(2014, 3, 1), null, null, null, 0, new PublicRatingCounts(0, 0, 0), true)
        {
            Actions = CommitmentRowDto.AnswersFor(commitment, viewer, Tree),
        };
        return new AssessmentRowDto(row, assessment.PeerScore, commitment.PeerReviewNote, null, null, null, assessment.PublicScore, 0, assessment.WeightedScore, assessment.Grade, assessment.GradeText, "已办结 · 尚未评议");
    }

    private IRenderedComponent<AssessmentGrid> RenderGrid(AssessmentRowDto row, List<AssessmentRequest>? requests = null) =>
        Render<AssessmentGrid>(p => p.Add(c => c.Rows, [row]).Add(c => c.OnReview, (AssessmentRequest r) => requests?.Add(r)));

    [Fact]
    public void Grid_shows_the_scores_what_is_missing_for_the_grade_and_the_three_checks_result()
    {
        var grid = RenderGrid(Row(done: true, Street, unitId: 13));

        Assert.Equal("88", grid.Find("[data-testid=assessment-peer]").TextContent);
        Assert.Equal("—", grid.Find("[data-testid=assessment-organisation]").TextContent);
        Assert.Equal("待党组织点评、群众测评（已评0人，需3人）", grid.Find("[data-testid=assessment-grade]").TextContent);
        Assert.Equal("已办结 · 尚未评议", grid.Find("[data-testid=assessment-three-checks]").TextContent);
        Assert.Equal("即时承诺", grid.Find("[data-testid=assessment-kind]").TextContent);
    }

    [Fact]
    public void An_unfinished_commitment_shows_its_assessment_buttons_disabled_with_the_reason()
    {
        var grid = RenderGrid(Row(done: false, Office));

        var peer = grid.Find("[data-testid=assessment-peer-review]");
        Assert.True(peer.HasAttribute("disabled"));
        Assert.Equal("承诺事项办结后才能进行三级考核", peer.GetAttribute("title"));
    }

    [Fact]
    public void The_responsible_unit_is_not_offered_its_own_organisation_review_but_the_unit_above_is()
    {
        var own = RenderGrid(Row(done: true, Street));
        Assert.Empty(own.FindAll("[data-testid=assessment-organisation-review]"));

        var requests = new List<AssessmentRequest>();
        var above = RenderGrid(Row(done: true, Street, unitId: 13), requests);
        above.Find("[data-testid=assessment-organisation-review]").Click();
        Assert.Equal(AssessmentLevel.OrganisationReview, Assert.Single(requests).Level);
    }
}
