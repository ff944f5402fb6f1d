using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Features.StageTwo.Components;

namespace CampaignHub.Components.Tests.Features.StageTwo;

/// <summary>The talk coverage grid shows each required pair of a team as 已谈 or 未谈, and says what is missing.</summary>
public sealed class TalkCoverageGridTests : ComponentTestContext
{
    private static readonly TeamPerson Principal = new(1, "孔繁荣");
    private static readonly TeamPerson Deputy = new(2, "曹丽");
    private static readonly TeamPerson Member = new(3, "严明");
    private static readonly TeamPerson WindowHead = new(4, "谢伟");

    private IRenderedComponent<TalkCoverageGrid> RenderWith(params TalkPair[] talks) =>
        Render<TalkCoverageGrid>(p => p.Add(x => x.Coverage, TalkCoverage.Compute(new TeamRoster(Principal, [Deputy, Member], [new Oversight(Deputy, WindowHead)]), talks)));

    [Fact]
    public void Grid_marks_talked_and_missing_pairs_of_the_team_in_both_directions()
    {
        var cut = RenderWith(new TalkPair(1, 2));

        Assert.Equal("已谈", cut.Find("[data-pair='1-2']").TextContent);
        Assert.Equal("已谈", cut.Find("[data-pair='2-1']").TextContent);
        Assert.Equal("未谈", cut.Find("[data-pair='1-3']").TextContent);
        Assert.Equal("未谈", cut.Find("[data-pair='2-3']").TextContent);
        Assert.Equal(string.Empty, cut.Find("[data-pair='1-1']").TextContent);
        Assert.Equal(3, cut.FindAll("[data-testid=coverage-grid] tbody tr").Count);
    }

    [Fact]
    public void Grid_lists_the_missing_pairs_including_the_department_heads_a_member_oversees()
    {
        var cut = RenderWith(new TalkPair(1, 2));

        Assert.Equal("以下必谈对象尚未谈心谈话：孔繁荣—严明、曹丽—严明、曹丽—谢伟", cut.Find("[data-testid=coverage-missing]").TextContent);
        Assert.Contains("曹丽—谢伟：未谈", cut.Find("[data-testid=coverage-departments]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=coverage-complete]"));
    }

    [Fact]
    public void Grid_says_every_required_talk_is_done_when_coverage_is_complete()
    {
        var cut = RenderWith(new TalkPair(1, 2), new TalkPair(3, 1), new TalkPair(2, 3), new TalkPair(4, 2));

        Assert.Contains("必谈对象已全部谈心谈话（共4对）", cut.Find("[data-testid=coverage-complete]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=coverage-missing]"));
        Assert.Empty(cut.FindAll(".ch-coverage-missing"));
    }
}
