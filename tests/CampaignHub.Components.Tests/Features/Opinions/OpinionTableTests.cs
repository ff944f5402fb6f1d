using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Opinions;
using CampaignHub.Identity;

namespace CampaignHub.Components.Tests.Features.Opinions;

public sealed class OpinionTableTests : ComponentTestContext
{
    private static readonly UnitTree Tree = new([(1, null), (3, 1), (12, 1), (13, 1)]);
    private static readonly Actor Handler = new("dongshan", "东山街道联络员", new HashSet<string> { Roles.Coordinator }, 12);
    private static readonly Actor Outsider = new("shangfang", "上坊社区联络员", new HashSet<string> { Roles.Coordinator }, 13);

    private readonly List<IReadOnlyList<OpinionRowDto>> _linked = [];

    private static OpinionRowDto Row(int id, OpinionStatus status, string content, bool canHandle = true, int daysOverdue = 0, bool rootedAbove = false, string? answer = null, int? linkedItemId = null) => new(
        id, 1, $"YJ20140405-{id:D8}", OpinionSource.Visit, OpinionCategory.Bureaucratism, content, new DateOnly(2014, 4, 5), null, null, false, false, status,
        rootedAbove, rootedAbove ? "东山街道" : null, rootedAbove ? "区城管局" : null, rootedAbove ? 3 : null,
        rootedAbove ? "渣土车夜间运输审批权在区城管局，街道无权调整运输时段，需由上级统一协调交警和环保部门" : null,
        status is OpinionStatus.Claimed or OpinionStatus.Answered ? 12 : null, status is OpinionStatus.Claimed or OpinionStatus.Answered ? "东山街道" : null,
        "东山街道", 12, new DateOnly(2014, 4, 7), daysOverdue, null, null, answer, null, canHandle)
    {
        // As the service sends it: the domain's answers for the viewer (the handling unit's coordinator, or an outsider).
        Actions = OpinionRowDto.AnswersFor(
            new OpinionFacts(status, 12, rootedAbove ? 3 : null, status is OpinionStatus.Claimed or OpinionStatus.Answered ? 12 : null, linkedItemId),
            canHandle ? Handler : Outsider,
            Tree),
    };

    private IRenderedComponent<OpinionTable> RenderTable(params OpinionRowDto[] rows)
    {
        RenderDialogHost();
        return Render<OpinionTable>(p => p
            .Add(c => c.Rows, rows)
            .Add(c => c.OnAction, (OpinionActionRequest _) => { })
            .Add(c => c.OnLink, (IReadOnlyList<OpinionRowDto> chosen) => _linked.Add(chosen)));
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Checkboxes(IRenderedComponent<OpinionTable> table) =>
        table.FindAll("[data-testid=opinion-grid] tbody input[type=checkbox]");

    [Fact]
    public void Ticking_a_claimed_opinion_shows_the_link_bar_at_once()
    {
        var table = RenderTable(Row(1, OpinionStatus.Claimed, "窗口排队太长"), Row(2, OpinionStatus.Claimed, "办事要跑好几趟"));
        Assert.Empty(table.FindAll("[data-testid=op-link]"));

        Checkboxes(table)[0].Change(true);

        Assert.Contains("已选 1 条同类意见", table.Find("[data-testid=op-selection-bar]").TextContent, StringComparison.Ordinal);
        Assert.Equal("关联到整改事项", table.Find("[data-testid=op-link]").TextContent.Trim());
    }

    [Fact]
    public void The_link_bar_hands_over_the_ticked_opinions_and_clearing_hides_it()
    {
        var table = RenderTable(Row(1, OpinionStatus.Claimed, "窗口排队太长"), Row(2, OpinionStatus.Claimed, "办事要跑好几趟"));
        Checkboxes(table)[0].Change(true);
        Checkboxes(table)[1].Change(true);

        table.Find("[data-testid=op-link]").Click();
        Assert.Equal([1, 2], Assert.Single(_linked).Select(r => r.Id));

        table.Find("[data-testid=op-clear]").Click();
        Assert.Empty(table.FindAll("[data-testid=op-selection-bar]"));
    }

    [Fact]
    public void Only_claimed_unlinked_opinions_the_viewer_handles_can_be_ticked()
    {
        var table = RenderTable(
            Row(1, OpinionStatus.Claimed, "窗口排队太长"),
            Row(2, OpinionStatus.New, "路灯不亮"),
            Row(3, OpinionStatus.Claimed, "别的单位的意见", canHandle: false));

        var boxes = Checkboxes(table);
        Assert.Equal(3, boxes.Count);
        Assert.False(boxes[0].HasAttribute("disabled"));
        Assert.True(boxes[1].HasAttribute("disabled"));
        Assert.True(boxes[2].HasAttribute("disabled"));
    }

    [Fact]
    public void Overdue_text_rooted_above_reason_and_reply_are_shown_in_full()
    {
        var reply = "已协调区城管局调整渣土车运输时段，晚上十点后禁止进入居民区，请继续监督。";
        var table = RenderTable(Row(1, OpinionStatus.Claimed, "渣土车夜间噪音扰民", daysOverdue: 3, rootedAbove: true, answer: reply));

        Assert.Equal("逾期3天", table.Find("[data-testid=op-overdue]").TextContent.Trim());
        var rooted = table.Find("[data-testid=op-rooted]");
        Assert.Contains("需由上级统一协调交警和环保部门", rooted.TextContent, StringComparison.Ordinal);
        Assert.Contains("ch-wrap", rooted.ClassName, StringComparison.Ordinal);
        Assert.Contains(reply, table.Find("[data-testid=op-answer-text]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_opinion_offers_claim_and_escalation_but_no_answer_or_close()
    {
        var table = RenderTable(Row(1, OpinionStatus.New, "路灯不亮"));

        Assert.Single(table.FindAll("[data-testid=op-claim]"));
        Assert.Single(table.FindAll("[data-testid=op-escalate]"));
        Assert.Empty(table.FindAll("[data-testid=op-answer]"));
        Assert.Empty(table.FindAll("[data-testid=op-close]"));
    }

    [Fact]
    public void An_answered_opinion_offers_a_new_answer_and_closing_only()
    {
        var table = RenderTable(Row(1, OpinionStatus.Answered, "窗口排队太长", answer: "已增设窗口"));

        Assert.Single(table.FindAll("[data-testid=op-answer]"));
        Assert.Single(table.FindAll("[data-testid=op-close]"));
        Assert.Empty(table.FindAll("[data-testid=op-claim]"));
        Assert.Empty(table.FindAll("[data-testid=op-escalate]"));
        Assert.Empty(table.FindAll("[data-testid=op-unlink]"));
    }

    [Fact]
    public void A_linked_claimed_opinion_offers_unlinking_and_cannot_be_ticked_again()
    {
        var table = RenderTable(Row(1, OpinionStatus.Claimed, "窗口排队太长", linkedItemId: 7));

        Assert.Single(table.FindAll("[data-testid=op-unlink]"));
        Assert.True(Checkboxes(table)[0].HasAttribute("disabled"));
    }

    [Fact]
    public void An_opinion_outside_the_viewers_reach_offers_no_action()
    {
        var table = RenderTable(Row(1, OpinionStatus.New, "别的单位的意见", canHandle: false));

        Assert.Empty(table.FindAll("[data-testid=opinion-grid] .ch-row-actions button"));
    }

    [Fact]
    public void An_opinion_waiting_for_an_upper_units_claim_says_which_unit()
    {
        var table = RenderTable(Row(1, OpinionStatus.Escalated, "渣土车夜间噪音扰民", rootedAbove: true) with { SitsWith = "待区城管局认领" });

        Assert.Contains("待区城管局认领", table.Find("[data-testid=opinion-grid] tbody").TextContent, StringComparison.Ordinal);
    }
}
