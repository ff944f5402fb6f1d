using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Supervision;
using CampaignHub.Features.Supervision.Components;

namespace CampaignHub.Components.Tests.Features.Supervision;

/// <summary>The findings list offers each viewer the buttons the domain answers, and hands the page what they wrote.</summary>
public sealed class FindingListTests : ComponentTestContext
{
    private const int Street = 2;
    private const int Community = 3;
    private const int OtherStreet = 4;
    private static readonly UnitTree Tree = new([(1, null), (Street, 1), (Community, Street), (OtherStreet, 1)]);
    private static readonly Actor GroupMember = new("supervisor", "韩立群", new HashSet<string> { Roles.Supervisor }, null, new HashSet<int> { Street, Community, OtherStreet });
    private static readonly Actor StreetCoordinator = new("unit", "严晓", new HashSet<string> { Roles.Coordinator }, Street);
    private static readonly Actor OtherCoordinator = new("renshe", "冯磊", new HashSet<string> { Roles.Coordinator }, OtherStreet);

    /// <summary>A look-back finding at the community, with the domain's answers for the viewer.</summary>
    private static FindingDto Finding(Actor viewer, FindingStatus status, string? returnReason = null) =>
        new(5, 1, 1, Community, "上坊社区", SupervisionActionType.LookBack, new DateOnly(2014, 4, 9), "一季度整改落实", "公示栏未更新", status,
            returnReason is null ? status.ToChinese() : "已退回", status == FindingStatus.Responded ? "已更新公示栏" : null, status == FindingStatus.Responded ? "严晓" : null, null, returnReason, null, null, null)
        {
            Answers = Enum.GetValues<FindingAction>().ToDictionary(a => a, a => SupervisionActionRules.WhyCannot(a, new FindingFacts(Community, status), viewer, Tree)),
        };

    private IRenderedComponent<FindingList> RenderFor(Actor viewer, FindingStatus status, string? returnReason = null, Action<FindingText>? onRespond = null) =>
        Render<FindingList>(p => p
            .Add(c => c.Findings, [Finding(viewer, status, returnReason)])
            .Add(c => c.OnRespond, (FindingText t) => onRespond?.Invoke(t)));

    [Fact]
    public void The_parent_units_coordinator_is_offered_the_answer_of_an_open_finding_and_nothing_else()
    {
        var list = RenderFor(StreetCoordinator, FindingStatus.Open);

        Assert.Single(list.FindAll("[data-testid=finding-respond]"));
        Assert.Empty(list.FindAll("[data-testid=finding-close]"));
        Assert.Empty(list.FindAll("[data-testid=finding-return]"));
        Assert.Equal("待整改", list.Find("[data-testid=finding-status]").TextContent.Trim());
        Assert.Contains("回头看", list.Markup);
    }

    [Fact]
    public void The_group_closes_or_returns_an_answered_finding_and_does_not_answer_it()
    {
        var list = RenderFor(GroupMember, FindingStatus.Responded);

        Assert.Single(list.FindAll("[data-testid=finding-close]"));
        Assert.Single(list.FindAll("[data-testid=finding-return]"));
        Assert.Empty(list.FindAll("[data-testid=finding-respond]"));
        Assert.Contains("已更新公示栏", list.Find("[data-testid=finding-response]").TextContent);
    }

    [Fact]
    public void Another_units_coordinator_is_offered_nothing_and_a_closed_finding_offers_nothing()
    {
        Assert.Empty(RenderFor(OtherCoordinator, FindingStatus.Open).FindAll("button"));
        Assert.Empty(RenderFor(GroupMember, FindingStatus.Closed).FindAll("button"));
        Assert.Empty(RenderFor(StreetCoordinator, FindingStatus.Closed).FindAll("button"));
    }

    [Fact]
    public void A_returned_finding_shows_the_reason_to_the_unit()
    {
        var list = RenderFor(StreetCoordinator, FindingStatus.Open, "请补充公示照片");

        Assert.Equal("已退回", list.Find("[data-testid=finding-status]").TextContent.Trim());
        Assert.Contains("退回原因：请补充公示照片", list.Find("[data-testid=finding-return-reason]").TextContent);
    }

    [Fact]
    public async Task Answering_asks_for_the_text_in_Chinese_and_hands_it_to_the_page()
    {
        var host = RenderDialogHost();
        FindingText? answered = null;
        var list = RenderFor(StreetCoordinator, FindingStatus.Open, onRespond: t => answered = t);

        var clicked = list.Find("[data-testid=finding-respond]").ClickAsync(new());
        host.WaitForElement("[data-testid=prompt-ok]");
        Assert.Contains("整改情况", host.Markup);
        host.Find("[data-testid=prompt-text]").Input("公示栏已更新并拍照存档");
        host.Find("[data-testid=prompt-ok]").Click();

        await clicked;
        Assert.NotNull(answered);
        Assert.Equal("公示栏已更新并拍照存档", answered!.Text);
        Assert.Equal(1, answered.Finding.Number);
    }
}
