using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.StageTwoFixtures;

namespace CampaignHub.Domain.Tests.StageTwo;

public class DemocraticLifeMeetingTests
{
    private readonly FixedClock _clock = Clock();

    [Fact]
    public void Democratic_life_meeting_cannot_be_held_before_the_team_material_is_passed()
    {
        var meeting = new MeetingBuilder().Build();
        var readiness = StageTwoRules.Readiness([new MaterialBuilder().In(MaterialStatus.Submitted).Build()], Ready().Talks);

        var answer = meeting.WhyCannot(MeetingAction.Hold, Keeper(), readiness);

        Assert.Equal(RefusalKind.Blocked, answer.Refusal);
        Assert.Equal("暂不能召开：领导班子对照检查材料尚未经上级审核通过", answer.Reason);
        var error = Assert.Throws<DomainException>(() => meeting.Hold(_clock.Today, readiness, Keeper(), _clock));
        Assert.Equal(answer.Reason, error.Message);
        Assert.False(meeting.IsHeld);
    }

    [Fact]
    public void Democratic_life_meeting_cannot_be_held_while_required_talks_are_missing_and_says_which()
    {
        var meeting = new MeetingBuilder().Build();
        var readiness = new MeetingReadiness(true, TalkCoverage.Compute(Roster(), [new TalkPair(Principal.Id, MemberA.Id)]));

        var error = Assert.Throws<DomainException>(() => meeting.Hold(_clock.Today, readiness, Keeper(), _clock));

        Assert.Equal("暂不能召开：以下必谈对象尚未谈心谈话：王书记—张委员、李副主任—张委员", error.Message);
    }

    [Fact]
    public void Democratic_life_meeting_is_held_with_the_material_passed_and_the_talks_complete()
    {
        var meeting = new MeetingBuilder().Build();
        var readiness = StageTwoRules.Readiness([new MaterialBuilder().In(MaterialStatus.Passed).Build()], Ready().Talks);

        meeting.Hold(_clock.Today, readiness, Keeper(), _clock);

        Assert.True(meeting.IsHeld);
        Assert.Contains(meeting.DomainEvents, e => e is MeetingHeld);
    }

    [Fact]
    public void A_meeting_is_scheduled_with_an_upper_leader_and_a_supervision_group()
    {
        Assert.Throws<DomainException>(() => DemocraticLifeMeeting.Schedule(CampaignId, Street, MeetingKind.SpecialDemocraticLife, Arrangement() with { UpperLeaderName = " " }, Keeper(), _clock));
        Assert.Throws<DomainException>(() => DemocraticLifeMeeting.Schedule(CampaignId, Street, MeetingKind.SpecialDemocraticLife, Arrangement() with { SupervisionGroupId = null }, Keeper(), _clock));
        Assert.Throws<DomainException>(() => DemocraticLifeMeeting.Schedule(CampaignId, Street, MeetingKind.SpecialDemocraticLife, Arrangement() with { ScheduledOn = _clock.Today.AddDays(-1) }, Keeper(), _clock));
    }

    [Fact]
    public void The_record_keeps_each_members_self_criticism_criticism_received_and_response_to_the_public()
    {
        var meeting = new MeetingBuilder().Held().Build();

        meeting.RecordContribution(Principal.Id, new ContributionRecord("带头查摆：调研不深入", "下基层少", "对群众反映的停车难作出回应"), Keeper());
        meeting.RecordContribution(Principal.Id, new ContributionRecord("带头查摆：调研不深入、不经常", null, null), Keeper());

        var contribution = Assert.Single(meeting.Contributions);
        Assert.Equal("带头查摆：调研不深入、不经常", contribution.SelfCriticism);
        Assert.Throws<DomainException>(() => meeting.RecordContribution(MemberA.Id, new ContributionRecord("", null, null), Keeper()));
    }

    [Fact]
    public void Only_the_supervision_group_of_the_unit_writes_the_review_after_the_meeting()
    {
        var scheduled = new MeetingBuilder().Build();
        Assert.Equal(RefusalKind.NotApplicable, scheduled.WhyCannot(MeetingAction.WriteReview, GroupSupervisor()).Refusal);

        var meeting = new MeetingBuilder().Held().Build();
        Assert.Equal(RefusalKind.NotPermitted, meeting.WhyCannot(MeetingAction.WriteReview, Keeper()).Refusal);
        Assert.Throws<AccessDeniedException>(() => meeting.WriteReview("点评", ActorBuilder.SupervisorOf(Agency)));

        meeting.WriteReview("批评有辣味，整改措施具体", GroupSupervisor());

        Assert.Equal("批评有辣味，整改措施具体", meeting.SupervisionReview);
    }

    [Fact]
    public void Party_members_are_appraised_only_at_an_organisational_life_meeting()
    {
        var special = new MeetingBuilder().Held().Build();
        Assert.Equal(RefusalKind.NotApplicable, special.WhyCannot(MeetingAction.RecordAppraisal, Keeper()).Refusal);

        var organisational = new MeetingBuilder().Organisational().Held().Build();
        organisational.RecordAppraisal(CommunityHead.Id, AppraisalResult.Qualified, Keeper());
        organisational.RecordAppraisal(CommunityHead.Id, AppraisalResult.Excellent, Keeper());

        Assert.Equal(AppraisalResult.Excellent, Assert.Single(organisational.Appraisals).Result);
    }

    [Fact]
    public void Briefing_is_held_only_after_the_meeting()
    {
        var meeting = new MeetingBuilder().Build();

        var answer = meeting.WhyCannot(MeetingAction.HoldBriefing, Keeper(), materialSentOut: true);

        Assert.Equal(RefusalKind.Blocked, answer.Refusal);
        Assert.Contains("召开后", answer.Reason);
    }

    [Fact]
    public void Briefing_is_held_only_after_the_material_is_sent_out()
    {
        var meeting = new MeetingBuilder().Held().Build();
        var record = new BriefingRecord(_clock.Today, "班子成员、中层干部、党员群众代表45人", "领导班子对照检查材料（修改稿）");

        var error = Assert.Throws<DomainException>(() => meeting.HoldBriefing(record, materialSentOut: false, Keeper(), _clock));
        Assert.Contains("印发", error.Message);

        meeting.HoldBriefing(record, materialSentOut: true, Keeper(), _clock);
        Assert.True(meeting.BriefingHeld);
        Assert.Equal("领导班子对照检查材料（修改稿）", meeting.BriefingMaterial);
    }
}
