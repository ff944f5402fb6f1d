using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Rectification;
using CampaignHub.Features.Rectification.Components;
using static CampaignHub.Components.Tests.Features.Rectification.RectificationSamples;

namespace CampaignHub.Components.Tests.Features.Rectification;

public sealed class RectificationActionsTests : ComponentTestContext
{
    private readonly List<RectificationCommand> _commands = [];

    private IRenderedComponent<RectificationActions> RenderActions(RectificationDetailDto item) =>
        Render<RectificationActions>(p => p
            .Add(c => c.Item, item)
            .Add(c => c.OnCommand, (RectificationCommand command) => _commands.Add(command)));

    private static bool Has(IRenderedComponent<RectificationActions> panel, string testId) => panel.FindAll($"[data-testid={testId}]").Count > 0;

    [Fact]
    public void Coordinator_cannot_start_an_item_whose_four_haves_are_incomplete_and_is_told_why_in_Chinese()
    {
        var panel = RenderActions(AsCoordinator(RectificationStatus.NotStarted, [FourHave.Measures, FourHave.Deadline]));

        Assert.True(panel.Find("[data-testid=rect-start]").HasAttribute("disabled"));
        var reason = panel.Find("[data-testid=rect-start-refused]").TextContent;
        Assert.Contains("四有不全，不能开始整改", reason, StringComparison.Ordinal);
        Assert.Contains("措施", reason, StringComparison.Ordinal);
        Assert.Contains("时限", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Coordinator_starts_an_item_whose_four_haves_are_complete()
    {
        var panel = RenderActions(AsCoordinator(RectificationStatus.NotStarted));

        Assert.False(Has(panel, "rect-start-refused"));
        panel.Find("[data-testid=rect-start]").Click();

        Assert.Equal(RectificationStep.Start, Assert.Single(_commands).Step);
    }

    [Fact]
    public void Coordinator_sees_progress_and_complete_but_not_verify_on_an_item_in_progress()
    {
        var panel = RenderActions(AsCoordinator(RectificationStatus.InProgress));

        Assert.True(Has(panel, "rect-progress-save"));
        Assert.True(Has(panel, "rect-complete"));
        Assert.False(Has(panel, "rect-start"));
        Assert.False(Has(panel, "rect-verify"));
        Assert.False(Has(panel, "rect-reopen"));
    }

    [Fact]
    public void Supervisor_sees_verify_and_reopen_but_not_complete_on_a_completed_item()
    {
        var panel = RenderActions(AsSupervisor(RectificationStatus.Completed));

        Assert.True(Has(panel, "rect-verify"));
        Assert.True(Has(panel, "rect-reopen"));
        Assert.False(Has(panel, "rect-complete"));
        Assert.False(Has(panel, "rect-progress-save"));
    }

    [Fact]
    public void Supervisor_cannot_start_or_report_progress_on_a_units_item()
    {
        var notStarted = RenderActions(AsSupervisor(RectificationStatus.NotStarted));
        Assert.False(Has(notStarted, "rect-start"));
        Assert.False(Has(notStarted, "rect-verify"));

        var inProgress = RenderActions(AsSupervisor(RectificationStatus.InProgress));
        Assert.False(Has(inProgress, "rect-progress-save"));
        Assert.False(Has(inProgress, "rect-complete"));
    }

    [Fact]
    public void Coordinator_can_neither_verify_nor_reopen_a_verified_item_which_shows_its_verifier_by_name()
    {
        var panel = RenderActions(AsCoordinator(RectificationStatus.Verified));

        Assert.False(Has(panel, "rect-verify"));
        Assert.False(Has(panel, "rect-reopen"));
        Assert.Contains("区活动办 李明", panel.Find("[data-testid=rect-verified]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Office_may_reopen_a_verified_item()
    {
        var panel = RenderActions(AsOffice(RectificationStatus.Verified));

        Assert.True(Has(panel, "rect-reopen"));
        Assert.False(Has(panel, "rect-verify"));
    }

    [Fact]
    public async Task Verifying_asks_for_an_optional_comment_and_sends_it()
    {
        var host = RenderDialogHost();
        var panel = RenderActions(AsSupervisor(RectificationStatus.Completed, evidence: 1));

        await panel.InvokeAsync(() => { _ = panel.Find("[data-testid=rect-verify]").ClickAsync(new()); });
        host.WaitForElement("[data-testid=prompt-ok]");
        Assert.Contains("验收意见（可选）", host.Markup, StringComparison.Ordinal);
        host.Find("textarea").Input("窗口已增设，排队明显缩短");
        host.Find("[data-testid=prompt-ok]").Click();

        host.WaitForAssertion(() => Assert.Single(_commands));
        Assert.Equal(new RectificationCommand(RectificationStep.Verify, Text: "窗口已增设，排队明显缩短"), _commands[0]);
    }

    [Fact]
    public async Task Verifying_without_a_comment_is_allowed()
    {
        var host = RenderDialogHost();
        var panel = RenderActions(AsSupervisor(RectificationStatus.Completed, evidence: 1));

        await panel.InvokeAsync(() => { _ = panel.Find("[data-testid=rect-verify]").ClickAsync(new()); });
        host.WaitForElement("[data-testid=prompt-ok]").Click();

        host.WaitForAssertion(() => Assert.Single(_commands));
        Assert.Equal(new RectificationCommand(RectificationStep.Verify, Text: string.Empty), _commands[0]);
    }

    [Fact]
    public async Task Returning_an_item_for_rework_requires_a_reason_in_Chinese_and_sends_it()
    {
        var host = RenderDialogHost();
        var panel = RenderActions(AsSupervisor(RectificationStatus.Completed, evidence: 1));

        await panel.InvokeAsync(() => { _ = panel.Find("[data-testid=rect-reopen]").ClickAsync(new()); });
        host.WaitForElement("[data-testid=prompt-ok]").Click();
        host.WaitForAssertion(() => Assert.Contains("请填写重新整改的原因", host.Markup, StringComparison.Ordinal));
        Assert.Empty(_commands);

        host.Find("textarea").Input("群众反映仍需排队");
        host.Find("[data-testid=prompt-ok]").Click();

        host.WaitForAssertion(() => Assert.Single(_commands));
        Assert.Equal(new RectificationCommand(RectificationStep.Reopen, Text: "群众反映仍需排队"), _commands[0]);
    }

    [Fact]
    public async Task Cancelling_the_rework_prompt_changes_nothing()
    {
        var host = RenderDialogHost();
        var panel = RenderActions(AsOffice(RectificationStatus.Completed, evidence: 1));

        await panel.InvokeAsync(() => { _ = panel.Find("[data-testid=rect-reopen]").ClickAsync(new()); });
        host.WaitForElement("[data-testid=prompt-ok]");
        host.FindAll("button").First(b => b.TextContent.Trim() == "取消").Click();

        host.WaitForAssertion(() => Assert.Empty(host.FindAll("[data-testid=prompt-ok]")));
        Assert.Empty(_commands);
    }

    [Fact]
    public async Task Completing_without_evidence_asks_why_there_is_none()
    {
        var host = RenderDialogHost();
        var panel = RenderActions(AsCoordinator(RectificationStatus.InProgress));

        await panel.InvokeAsync(() => { _ = panel.Find("[data-testid=rect-complete]").ClickAsync(new()); });
        host.WaitForElement("[data-testid=prompt-ok]");
        Assert.Contains("尚未上传佐证材料", host.Markup, StringComparison.Ordinal);
        host.Find("textarea").Input("现场整改，无需拍照");
        host.Find("[data-testid=prompt-ok]").Click();

        host.WaitForAssertion(() => Assert.Single(_commands));
        Assert.Equal(new RectificationCommand(RectificationStep.Complete, Text: "现场整改，无需拍照"), _commands[0]);
    }

    [Fact]
    public void Completing_with_evidence_needs_no_prompt()
    {
        var panel = RenderActions(AsCoordinator(RectificationStatus.InProgress, evidence: 2));

        panel.Find("[data-testid=rect-complete]").Click();

        Assert.Equal(new RectificationCommand(RectificationStep.Complete), Assert.Single(_commands));
    }
}
