using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.StageTwoFixtures;

namespace CampaignHub.Domain.Tests.StageTwo;

public class StageTwoProgressTests
{
    [Fact]
    public void A_unit_with_no_records_has_not_started()
    {
        var progress = StageTwoProgress.Of([], TalkCoverage.Compute(new TeamRoster(null, [], []), []), 0, null);

        Assert.Equal(StageTwoProgress.NotStarted, progress);
        Assert.Equal("未开始", progress.StageText);
    }

    [Fact]
    public void Progress_counts_the_passed_material_complete_talks_held_meeting_and_briefing()
    {
        var material = new MaterialBuilder().In(MaterialStatus.SentOut).Build();
        var meeting = new MeetingBuilder().Held().Build();
        meeting.HoldBriefing(new BriefingRecord(Clock().Today, "全体", "修改稿"), true, Keeper(), Clock());

        var progress = StageTwoProgress.Of([material], Ready().Talks, 3, meeting);

        Assert.Equal(4, progress.StepsDone);
        Assert.True(progress.Finished);
        Assert.Equal("已召开情况通报会", progress.StageText);
    }

    [Fact]
    public void A_returned_material_does_not_count_as_passed()
    {
        var progress = StageTwoProgress.Of([new MaterialBuilder().In(MaterialStatus.Returned).Build()], Ready().Talks, 3, null);

        Assert.False(progress.MaterialPassed);
        Assert.True(progress.TalksComplete);
        Assert.Equal("会前准备中", progress.StageText);
    }

    [Fact]
    public void A_village_without_a_team_material_rests_on_its_heads_material()
    {
        var head = SelfExaminationMaterial.Draft(CampaignId, Community, MaterialKind.VillageHead, CommunityHead.Id, FullText(), ActorBuilder.Coordinator(Community), Clock());

        Assert.Same(head, StageTwoRules.PrincipalMaterial([head]));
    }

    [Fact]
    public void A_team_with_an_open_redo_shows_in_redo_as_the_fifth_column()
    {
        var redo = EvaluationBuilder.Redo(CampaignHub.Domain.Evaluation.RedoStatus.Rectifying);

        var progress = StageTwoProgress.Of([new MaterialBuilder().In(MaterialStatus.SentOut).Build()], Ready().Talks, 3, null, [redo]);

        Assert.True(progress.InRedo);
        Assert.False(StageTwoProgress.Of([], Ready().Talks, 0, null).InRedo);
    }
}
