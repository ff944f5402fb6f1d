using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.StageTwoFixtures;

namespace CampaignHub.Domain.Tests.StageTwo;

public class TalkCoverageTests
{
    private static readonly TeamPerson DepartmentHead = new(41, "周科长");

    [Fact]
    public void Talk_coverage_lists_the_missing_required_pairs()
    {
        var coverage = TalkCoverage.Compute(Roster(new Oversight(MemberA, DepartmentHead)), [new TalkPair(Principal.Id, MemberA.Id)]);

        Assert.Equal(4, coverage.Required.Count);
        Assert.Equal(["王书记—张委员", "李副主任—张委员", "李副主任—周科长"], coverage.Missing.Select(p => p.Label));
        Assert.False(coverage.IsComplete);
        Assert.Equal("以下必谈对象尚未谈心谈话：王书记—张委员、李副主任—张委员、李副主任—周科长", coverage.WhatIsMissing());
    }

    [Fact]
    public void Required_pairs_are_principal_with_each_member_members_with_each_other_and_members_with_the_heads_they_oversee()
    {
        var coverage = TalkCoverage.Compute(Roster(new Oversight(MemberB, DepartmentHead)), []);

        Assert.Equal(
            [RequiredPairKind.PrincipalWithMember, RequiredPairKind.PrincipalWithMember, RequiredPairKind.MemberWithMember, RequiredPairKind.MemberWithDepartmentHead],
            coverage.Required.Select(p => p.Kind));
    }

    [Fact]
    public void A_talk_counts_whichever_side_is_recorded_first()
    {
        var coverage = TalkCoverage.Compute(Roster(), [new TalkPair(MemberA.Id, Principal.Id), new TalkPair(MemberB.Id, Principal.Id), new TalkPair(MemberB.Id, MemberA.Id)]);

        Assert.True(coverage.IsComplete);
        Assert.Null(coverage.WhatIsMissing());
    }

    [Fact]
    public void A_team_without_a_principal_leader_is_never_complete()
    {
        var coverage = TalkCoverage.Compute(new TeamRoster(null, [MemberA], []), []);

        Assert.False(coverage.IsComplete);
        Assert.Contains("主要负责同志", coverage.WhatIsMissing());
    }

    [Fact]
    public void A_talk_needs_two_different_people_and_a_date_not_in_the_future()
    {
        var clock = Clock();
        Assert.Throws<DomainException>(() => HeartToHeartTalk.Record(CampaignId, Street, new TalkRecord(21, 21, clock.Today, "谈心", null, null), Keeper(), clock));
        Assert.Throws<DomainException>(() => HeartToHeartTalk.Record(CampaignId, Street, new TalkRecord(21, 22, clock.Today.AddDays(1), "谈心", null, null), Keeper(), clock));
        Assert.Throws<AccessDeniedException>(() => HeartToHeartTalk.Record(CampaignId, Street, new TalkRecord(21, 22, clock.Today, "谈心", null, null), ActorBuilder.Coordinator(Agency), clock));

        var talk = HeartToHeartTalk.Record(CampaignId, Street, new TalkRecord(21, 22, clock.Today, "查摆四风", "会议过多", "下基层少"), Keeper(), clock);

        Assert.Equal("会议过多", talk.OpinionsToFirst);
        Assert.True(talk.Pair.Is(22, 21));
    }
}
