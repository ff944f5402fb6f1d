using CampaignHub.Domain.Common;
using CampaignHub.Domain.Linkage;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Linkage;

/// <summary>点对点下基层3次, themed 找问题 and 问成效, by April 5; problems 表现在下、根子在上 claimed.</summary>
public class GrassrootsTests
{
    private static readonly UnitTree Tree = DemoTree.Build();
    private static readonly DateOnly April6 = new(2014, 4, 6);

    [Fact]
    public void Grassroots_linkage_needs_three_visits_covering_both_themes()
    {
        var oneTheme = GrassrootsRule.Evaluate([(new DateOnly(2014, 3, 28), GrassrootsTheme.FindProblems), (new DateOnly(2014, 3, 30), GrassrootsTheme.FindProblems), (new DateOnly(2014, 4, 1), GrassrootsTheme.FindProblems)], LinkageBuilder.April5, new DateOnly(2014, 4, 2));
        var twoVisits = GrassrootsRule.Evaluate([(new DateOnly(2014, 3, 28), GrassrootsTheme.FindProblems), (new DateOnly(2014, 3, 30), GrassrootsTheme.AskResults)], LinkageBuilder.April5, new DateOnly(2014, 4, 2));
        var met = GrassrootsRule.Evaluate([(new DateOnly(2014, 3, 28), GrassrootsTheme.FindProblems), (new DateOnly(2014, 3, 30), GrassrootsTheme.FindProblems), (new DateOnly(2014, 4, 4), GrassrootsTheme.AskResults)], LinkageBuilder.April5, new DateOnly(2014, 4, 10));

        Assert.Equal(GrassrootsState.InProgress, oneTheme.State);
        Assert.Equal("未以“问成效”为内容", oneTheme.Missing);
        Assert.Equal("还差1次", twoVisits.Missing);
        Assert.Equal(GrassrootsState.OnTime, met.State);
        Assert.Equal(new DateOnly(2014, 4, 4), met.MetOn);
        Assert.Null(met.Missing);
    }

    [Fact]
    public void Grassroots_linkage_not_met_by_April_5_is_overdue()
    {
        var onTheDay = GrassrootsRule.Evaluate([(new DateOnly(2014, 3, 28), GrassrootsTheme.FindProblems)], LinkageBuilder.April5, LinkageBuilder.April5);
        var nextDay = GrassrootsRule.Evaluate([(new DateOnly(2014, 3, 28), GrassrootsTheme.FindProblems)], LinkageBuilder.April5, April6);

        Assert.Equal(GrassrootsState.InProgress, onTheDay.State);
        Assert.Equal(GrassrootsState.Overdue, nextDay.State);
        Assert.Equal("逾期未完成（逾期1天）", nextDay.Text);
        Assert.Equal("还差2次，未以“问成效”为内容", nextDay.Missing);
    }

    [Fact]
    public void Grassroots_linkage_met_after_April_5_is_late()
    {
        var standing = GrassrootsRule.Evaluate([(new DateOnly(2014, 3, 28), GrassrootsTheme.FindProblems), (new DateOnly(2014, 4, 2), GrassrootsTheme.AskResults), (April6, GrassrootsTheme.AskResults)], LinkageBuilder.April5, new DateOnly(2014, 4, 10));

        Assert.Equal(GrassrootsState.Late, standing.State);
        Assert.True(standing.IsMet);
    }

    [Fact]
    public void A_unit_complies_when_every_leader_does()
    {
        var met = GrassrootsRule.Evaluate([(new DateOnly(2014, 3, 28), GrassrootsTheme.FindProblems), (new DateOnly(2014, 3, 30), GrassrootsTheme.AskResults), (new DateOnly(2014, 4, 1), GrassrootsTheme.AskResults)], LinkageBuilder.April5, April6);
        var short_ = GrassrootsRule.Evaluate([], LinkageBuilder.April5, April6);

        Assert.True(GrassrootsRule.UnitComplies([met]));
        Assert.False(GrassrootsRule.UnitComplies([met, short_]));
        Assert.False(GrassrootsRule.UnitComplies([]));
        Assert.False(GrassrootsRule.Owes(UnitKind.VillageOrCommunity));
        Assert.False(GrassrootsRule.Owes(UnitKind.District));
        Assert.True(GrassrootsRule.Owes(UnitKind.StreetOrTownship));
    }

    [Fact]
    public void The_visiting_leader_is_a_leader_of_the_unit_and_the_visit_has_a_theme()
    {
        var otherUnitsLeader = LinkageBuilder.Leader(DemoTree.Agency, 9);

        Assert.Equal("下基层的领导必须是本单位的领导班子成员", Assert.Throws<DomainException>(() => Record(otherUnitsLeader, LinkageBuilder.Grassroots(new DateOnly(2014, 4, 1), GrassrootsTheme.FindProblems))).Message);
        Assert.Equal("请选择下基层主题（找问题或问成效）", Assert.Throws<DomainException>(() => Record(StreetLeader, new GrassrootsVisitDetails(new DateOnly(2014, 4, 1), "上坊社区", null, "居民反映办事难"))).Message);
        Assert.Equal("发现的问题和听取的意见不能为空", Assert.Throws<DomainException>(() => Record(StreetLeader, new GrassrootsVisitDetails(new DateOnly(2014, 4, 1), "上坊社区", GrassrootsTheme.AskResults, ""))).Message);
    }

    [Fact]
    public void A_rooted_above_claim_links_only_an_opinion_sent_up_to_the_unit()
    {
        var sentUp = OpinionBuilder.EnteredBy(DemoTree.Community).WithId(21);
        sentUp.EscalateAsRootedAbove(DemoTree.Street, "管网改造须纳入街道计划", ActorBuilder.Office(), Tree, DemoTree.Kinds, ItemBuilder.Clock());
        var notRootedAbove = OpinionBuilder.ClaimedBy(DemoTree.Street).WithId(22);

        var visit = Record(StreetLeader, LinkageBuilder.Grassroots(new DateOnly(2014, 4, 1), GrassrootsTheme.FindProblems), [new RootedAboveClaimDraft("老旧小区管网改造", sentUp, null)]);
        var error = Assert.Throws<DomainException>(() => Record(StreetLeader, LinkageBuilder.Grassroots(new DateOnly(2014, 4, 1), GrassrootsTheme.FindProblems), [new RootedAboveClaimDraft("办事跑多趟", notRootedAbove, null)]));

        Assert.Equal(21, Assert.Single(visit.Claims).OpinionId);
        Assert.Equal("只能关联上报本单位、“表现在下、根子在上”的意见", error.Message);
    }

    [Fact]
    public void A_claimed_problem_goes_into_the_units_own_rectification_item()
    {
        var own = ItemBuilder.Bare(DemoTree.Street).WithId(31);
        var another = ItemBuilder.Bare(DemoTree.Agency).WithId(32);

        var visit = Record(StreetLeader, LinkageBuilder.Grassroots(new DateOnly(2014, 4, 1), GrassrootsTheme.FindProblems), [new RootedAboveClaimDraft("窗口排长队", null, own)]);

        Assert.Equal(31, Assert.Single(visit.Claims).RectificationItemId);
        Assert.Equal("只能关联本单位本次活动的整改事项", Assert.Throws<DomainException>(() => Record(StreetLeader, LinkageBuilder.Grassroots(new DateOnly(2014, 4, 1), GrassrootsTheme.FindProblems), [new RootedAboveClaimDraft("窗口排长队", null, another)])).Message);
        Assert.Equal("认领的问题不能为空", Assert.Throws<DomainException>(() => Record(StreetLeader, LinkageBuilder.Grassroots(new DateOnly(2014, 4, 1), GrassrootsTheme.FindProblems), [new RootedAboveClaimDraft(null, null, own)])).Message);
    }

    [Fact]
    public void A_coordinator_records_only_their_own_units_grassroots_visits()
    {
        var details = LinkageBuilder.Grassroots(new DateOnly(2014, 4, 1), GrassrootsTheme.FindProblems);

        Assert.Throws<AccessDeniedException>(() => GrassrootsVisit.Record(DemoTree.CampaignId, DemoTree.Street, StreetLeader, details, [], ActorBuilder.Coordinator(DemoTree.Agency), Tree, LinkageBuilder.Clock()));
    }

    private static Person StreetLeader { get; } = LinkageBuilder.Leader(DemoTree.Street, 11);

    private static GrassrootsVisit Record(Person leader, GrassrootsVisitDetails details, IReadOnlyList<RootedAboveClaimDraft>? claims = null) =>
        GrassrootsVisit.Record(DemoTree.CampaignId, DemoTree.Street, leader, details, claims ?? [], ActorBuilder.Coordinator(DemoTree.Street), Tree, LinkageBuilder.Clock());
}
