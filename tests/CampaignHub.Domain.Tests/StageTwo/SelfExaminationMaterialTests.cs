using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.StageTwoFixtures;

namespace CampaignHub.Domain.Tests.StageTwo;

public class SelfExaminationMaterialTests
{
    private readonly FixedClock _clock = Clock();
    private readonly CampaignHub.Domain.Units.UnitTree _tree = Tree();

    [Fact]
    public void Material_cannot_be_submitted_with_an_empty_roots_section()
    {
        var material = new MaterialBuilder().WithText(FullText(roots: "  ")).In(MaterialStatus.Circulating).Build();

        var error = Assert.Throws<DomainException>(() => material.Submit(Keeper(), _tree, _clock));

        Assert.Contains("根源剖析", error.Message);
        Assert.Contains("不能为空", error.Message);
        Assert.Equal(MaterialStatus.Circulating, material.Status);
        Assert.Empty(material.Versions);
    }

    [Theory]
    [InlineData(MaterialSection.FourWindsProblems, "“四风”问题")]
    [InlineData(MaterialSection.ConductStatement, "“三公”经费")]
    [InlineData(MaterialSection.DirectionAndMeasures, "努力方向和整改措施")]
    public void Material_cannot_be_submitted_with_any_empty_section_and_the_message_names_it(MaterialSection section, string named)
    {
        var full = FullText();
        var text = section switch
        {
            MaterialSection.FourWindsProblems => full with { FourWindsProblems = null },
            MaterialSection.ConductStatement => full with { ConductStatement = "" },
            _ => full with { DirectionAndMeasures = null },
        };
        var material = new MaterialBuilder().Personal().WithText(text).Build();

        var error = Assert.Throws<DomainException>(() => material.Submit(Keeper(), _tree, _clock));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Team_material_must_be_circulated_for_comment_before_it_is_submitted()
    {
        var material = new MaterialBuilder().Build();

        var answer = material.WhyCannot(MaterialAction.Submit, Keeper(), _tree);

        Assert.Equal(RefusalKind.Blocked, answer.Refusal);
        Assert.Contains("征求意见", answer.Reason);
        Assert.Throws<DomainException>(() => material.Submit(Keeper(), _tree, _clock));
    }

    [Fact]
    public void A_members_personal_material_goes_to_review_without_circulation()
    {
        var material = new MaterialBuilder().Personal().Build();

        material.Submit(Keeper(), _tree, _clock);

        Assert.Equal(MaterialStatus.Submitted, material.Status);
    }

    [Fact]
    public void Comments_on_a_circulated_material_are_kept_with_the_commenters_role()
    {
        var material = new MaterialBuilder().In(MaterialStatus.Circulating).Build();

        material.Comment("典型事例不够具体", GroupSupervisor(), _tree, _clock);
        material.Comment("补充公务用车情况", Keeper(), _tree, _clock);

        Assert.Equal(["典型事例不够具体", "补充公务用车情况"], material.Comments.Select(c => c.Text));
        Assert.Equal("督导组", material.Comments[0].ByRole);
        Assert.Contains(material.DomainEvents, e => e is MaterialCommented);
    }

    [Fact]
    public void A_supervisor_of_another_unit_may_not_comment()
    {
        var material = new MaterialBuilder().In(MaterialStatus.Circulating).Build();

        Assert.Equal(RefusalKind.NotPermitted, material.WhyCannot(MaterialAction.Comment, ActorBuilder.SupervisorOf(Agency), _tree).Refusal);
        Assert.Throws<AccessDeniedException>(() => material.Comment("意见", ActorBuilder.SupervisorOf(Agency), _tree, _clock));
    }

    [Fact]
    public void Only_the_upper_organisation_reviews_the_material()
    {
        var material = new MaterialBuilder().In(MaterialStatus.Submitted).Build();

        Assert.Equal(RefusalKind.NotPermitted, material.WhyCannot(MaterialAction.Pass, Keeper(), _tree).Refusal);
        Assert.Equal(RefusalKind.NotPermitted, material.WhyCannot(MaterialAction.Pass, GroupSupervisor(), _tree).Refusal);
        Assert.True(material.WhyCannot(MaterialAction.Pass, Reviewer(), _tree).IsAllowed);
        Assert.True(material.WhyCannot(MaterialAction.Pass, ActorBuilder.Office(), _tree).IsAllowed);
        Assert.Throws<AccessDeniedException>(() => material.Pass(null, Keeper(), _tree, _clock));
    }

    [Fact]
    public void A_returned_material_carries_the_reason_and_is_revised_and_submitted_again_as_a_new_version()
    {
        var material = new MaterialBuilder().In(MaterialStatus.Returned).Build();
        Assert.Equal("根源剖析不深", material.ReturnReason);
        Assert.Throws<DomainException>(() => material.Return("", Reviewer(), _tree, _clock));

        material.Save(FullText(roots: "理想信念、宗旨意识、党性修养、政治纪律逐项剖析"), Keeper(), _tree, _clock);
        material.Submit(Keeper(), _tree, _clock);

        Assert.Equal([1, 2], material.Versions.Select(v => v.Number));
        Assert.Equal(MaterialDecision.Returned, material.Versions[0].Decision);
        Assert.Equal(MaterialDecision.Pending, material.Versions[1].Decision);
    }

    [Fact]
    public void A_submitted_material_is_not_edited_directly()
    {
        var material = new MaterialBuilder().In(MaterialStatus.Submitted).Build();

        Assert.Equal(RefusalKind.NotApplicable, material.WhyCannot(MaterialAction.Save, Keeper(), _tree).Refusal);
        Assert.Throws<DomainException>(() => material.Save(FullText(), Keeper(), _tree, _clock));
    }

    [Fact]
    public void Material_is_revised_only_after_the_meeting_is_held()
    {
        var material = new MaterialBuilder().In(MaterialStatus.Passed).Build();

        var answer = material.WhyCannot(MaterialAction.ReviseAfterMeeting, Keeper(), _tree, meetingHeld: false);

        Assert.Equal(RefusalKind.Blocked, answer.Refusal);
        Assert.Throws<DomainException>(() => material.ReviseAfterMeeting(FullText(), meetingHeld: false, Keeper(), _tree, _clock));
        material.ReviseAfterMeeting(FullText(), meetingHeld: true, Keeper(), _tree, _clock);
        Assert.Equal(MaterialStatus.Revised, material.Status);
        Assert.Equal(MaterialVersionKind.RevisedAfterMeeting, material.LatestVersion!.Kind);
    }

    [Fact]
    public void Material_is_sent_out_only_once_revised_after_the_meeting()
    {
        var passed = new MaterialBuilder().In(MaterialStatus.Passed).Build();
        Assert.Equal(RefusalKind.Blocked, passed.WhyCannot(MaterialAction.SendOut, Keeper(), _tree).Refusal);

        var sent = new MaterialBuilder().In(MaterialStatus.SentOut).Build();
        Assert.Equal(MaterialStatus.SentOut, sent.Status);
        Assert.Equal(_clock.Today, sent.SentOutOn);
        Assert.True(sent.IsPassed);
    }

    [Fact]
    public void Every_version_is_kept_and_compared_section_by_section()
    {
        var material = new MaterialBuilder().In(MaterialStatus.Revised).Build();

        var diff = MaterialDiff.Compare(material.Versions[1], material.Versions[0]);

        Assert.Equal(1, diff.OlderNumber);
        var measures = Assert.Single(diff.Sections, s => s.HasChanges);
        Assert.Equal(MaterialSection.DirectionAndMeasures, measures.Section);
        Assert.Contains(measures.Lines, l => l.Kind == DiffLineKind.Added && l.Text.Contains("会议审批制度", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_units_coordinator_may_not_draft_its_material()
    {
        Assert.Throws<AccessDeniedException>(() =>
            SelfExaminationMaterial.Draft(CampaignId, Street, MaterialKind.Team, Principal.Id, FullText(), ActorBuilder.Coordinator(Agency), _clock));
    }
}
