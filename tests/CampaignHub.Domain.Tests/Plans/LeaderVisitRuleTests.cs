using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Plans;

public class LeaderVisitRuleTests
{
    private const int Zhang = 11;
    private const int Li = 12;
    private const int Wang = 13;

    private static WorkItemSnapshot Visit(int leader, GrassrootsVisitTheme theme, WorkItemStatus status = WorkItemStatus.Done) =>
        WorkItemBuilder.Snapshot(2, status, kind: WorkItemKind.GrassrootsVisit, leaderId: leader, theme: theme);

    [Fact]
    public void Three_done_visits_covering_both_themes_fulfil_the_rule()
    {
        var summary = LeaderVisitRule.Summarise(
            [Zhang],
            [Visit(Zhang, GrassrootsVisitTheme.FindProblems), Visit(Zhang, GrassrootsVisitTheme.FindProblems), Visit(Zhang, GrassrootsVisitTheme.AskResults)]).Single();

        Assert.Equal((3, 3, 2, 1), (summary.Planned, summary.Done, summary.FindProblems, summary.AskResults));
        Assert.True(summary.Fulfilled);
        Assert.True(summary.MeetsRuleInPlan);
        Assert.Equal("已下基层3次，“找问题”“问成效”均已覆盖", summary.Message);
    }

    [Fact]
    public void Three_visits_on_one_theme_do_not_meet_the_rule()
    {
        var summary = LeaderVisitRule.Summarise(
            [Li],
            [Visit(Li, GrassrootsVisitTheme.FindProblems), Visit(Li, GrassrootsVisitTheme.FindProblems), Visit(Li, GrassrootsVisitTheme.FindProblems)]).Single();

        Assert.False(summary.MeetsRuleInPlan);
        Assert.False(summary.CoversAskResults);
        Assert.Contains("缺少“问成效”主题", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Planned_visits_meet_the_rule_in_the_plan_but_are_not_yet_fulfilled()
    {
        var summary = LeaderVisitRule.Summarise(
            [Zhang],
            [
                Visit(Zhang, GrassrootsVisitTheme.FindProblems),
                Visit(Zhang, GrassrootsVisitTheme.AskResults, WorkItemStatus.Planned),
                Visit(Zhang, GrassrootsVisitTheme.AskResults, WorkItemStatus.InProgress),
            ]).Single();

        Assert.True(summary.MeetsRuleInPlan);
        Assert.False(summary.Fulfilled);
        Assert.Equal("已安排3次，已完成1次，安排符合要求", summary.Message);
    }

    [Fact]
    public void Cancelled_visits_and_other_kinds_do_not_count_and_leaders_without_visits_are_listed()
    {
        var items = new[]
        {
            Visit(Zhang, GrassrootsVisitTheme.FindProblems, WorkItemStatus.Cancelled),
            Visit(Zhang, GrassrootsVisitTheme.AskResults),
            WorkItemBuilder.Snapshot(2, WorkItemStatus.Done, kind: WorkItemKind.LinkageGrassroots, leaderId: Zhang),
        };

        var summaries = LeaderVisitRule.Summarise([Zhang, Wang], items);

        Assert.Equal([Zhang, Wang], summaries.Select(s => s.PersonId));
        Assert.Equal(1, summaries[0].Planned);
        Assert.Equal(0, summaries[1].Planned);
        Assert.Equal("已安排0次，已完成0次；还需安排3次，缺少“找问题”主题，缺少“问成效”主题（要求下基层3次，分别以“找问题”“问成效”为内容）", summaries[1].Message);
    }
}
