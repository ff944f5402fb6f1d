using System.Diagnostics;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Plans;

/// <summary>Demo unit ids: 4 区人社局 (two versions), 10 东山街道 (returned), 11 上坊社区 (approved, running), 12 竹山社区 (submitted).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanBrowserTests(BrowserFixture browser)
{
    /// <summary>A work-item grid row; the row's first cell carries the row's test id (MudDataGrid has no row attributes).</summary>
    private static ILocator WorkItemRow(IPage page, string text) =>
        page.Locator("tr", new() { Has = page.Locator("[data-testid^=wi-row-]"), HasText = text });

    private static ILocator ProgressInput(IPage page) =>
        page.Locator("[data-testid=wi-edit-progress] input, input[data-testid=wi-edit-progress]").First;

    [Fact]
    public async Task A_coordinator_edits_a_row_inline_and_the_office_overview_shows_the_new_progress_within_one_second()
    {
        var office = await browser.SignInAsync("office", "campaigns/1");
        var coordinator = await browser.SignInAsync("unit", "units/11/work-items");
        var officeProgress = office.Locator("[data-testid=progress-11]");
        await Expect(officeProgress).ToBeVisibleAsync();
        var before = await officeProgress.InnerTextAsync();


        var running = WorkItemRow(coordinator, "进行中").First;
        await running.Locator("[data-testid=wi-edit]").ClickAsync();
        var input = ProgressInput(coordinator);
        await input.FillAsync("90");
        await BrowserFixture.ScreenshotAsync(coordinator, "work-items-inline-edit");
        await input.PressAsync("Enter");
        await Expect(coordinator.Locator("input[data-testid=wi-edit-title]")).ToHaveCountAsync(0);
        var saved = Stopwatch.StartNew();

        await Expect(officeProgress).Not.ToHaveTextAsync(before, new() { Timeout = 1000 });
        Assert.True(saved.ElapsedMilliseconds < 1000, $"the office saw it after {saved.ElapsedMilliseconds} ms");
        await Expect(coordinator.Locator("[data-testid=wi-progress]", new() { HasText = "90%" })).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(coordinator, "work-items-after-save");
        await office.Locator("[data-testid=campaign-plans-section]").ScreenshotAsync(new() { Path = Path.Combine(Paths.Screenshots, "plans-campaign-overview-after-live-update.png") });
        await office.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task Evidence_uploaded_in_the_dialog_lets_the_coordinator_complete_the_item()
    {
        var coordinator = await browser.SignInAsync("unit", "units/11/work-items");
        var row = WorkItemRow(coordinator, "以工作人员身份在窗口岗位体验一天");
        await Expect(row.Locator("[data-testid=wi-complete]")).ToBeDisabledAsync();

        await row.Locator("[data-testid=wi-evidence]").ClickAsync();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        await coordinator.Locator("[data-testid=evidence-dialog] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "体验照片.png", MimeType = "image/png", Buffer = png });
        await Expect(coordinator.Locator("[data-testid=evidence-file]")).ToContainTextAsync("体验照片.png");
        await BrowserFixture.ScreenshotAsync(coordinator, "work-items-evidence-dialog");
        await coordinator.Keyboard.PressAsync("Escape");
        await Expect(coordinator.Locator("[data-testid=evidence-dialog]")).ToHaveCountAsync(0);

        await row.Locator("[data-testid=wi-complete]").ClickAsync();
        await Expect(row.Locator("[data-testid=wi-status]")).ToHaveTextAsync("已完成");
        await Expect(row.Locator("[data-testid=wi-progress]")).ToHaveTextAsync("100%");
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task Invalid_row_values_show_Chinese_messages_next_to_the_field_and_Esc_cancels()
    {
        var coordinator = await browser.SignInAsync("unit", "units/10/work-items");
        await Expect(coordinator.Locator("[data-testid=experience-rule]")).ToContainTextAsync("目前只有2个");
        await Expect(coordinator.Locator("[data-testid=leader-visits]")).ToContainTextAsync("孔繁荣");

        await coordinator.Locator("[data-testid=wi-add]").ClickAsync();
        await coordinator.Locator("input[data-testid=wi-edit-title]").FillAsync(" ");
        await coordinator.Locator("[data-testid=wi-save]").ClickAsync();
        await Expect(coordinator.Locator("[data-testid=error-Title]")).ToHaveTextAsync("事项名称不能为空");
        await BrowserFixture.ScreenshotAsync(coordinator, "work-items-validation");

        await coordinator.Locator("input[data-testid=wi-edit-title]").PressAsync("Escape");
        await Expect(coordinator.Locator("input[data-testid=wi-edit-title]")).ToHaveCountAsync(0);
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task When_someone_else_saved_the_row_first_the_editor_sees_their_version_and_reapplies_their_own()
    {
        var coordinator = await browser.SignInAsync("unit", "units/12/work-items");
        var office = await browser.SignInAsync("office", "units/12/work-items");
        const string rowText = "整理活动实物资料并归档";

        // Both open the same row for editing.
        await WorkItemRow(coordinator, rowText).Locator("[data-testid=wi-edit]").ClickAsync();
        await WorkItemRow(office, rowText).Locator("[data-testid=wi-edit]").ClickAsync();

        // The office saves first.
        await office.Locator("input[data-testid=wi-edit-title]").FillAsync("活动办修改：实物资料按月归档");
        await office.Locator("input[data-testid=wi-edit-title]").PressAsync("Enter");
        await Expect(WorkItemRow(office, "活动办修改：实物资料按月归档")).ToHaveCountAsync(1);

        // The coordinator, still on the old version, saves: refused, shown the office's version, own values kept.
        await coordinator.Locator("input[data-testid=wi-edit-title]").FillAsync("联络员修改：实物资料按周归档");
        await coordinator.Locator("input[data-testid=wi-edit-title]").PressAsync("Enter");
        var banner = coordinator.Locator("[data-testid=wi-conflict]");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner.Locator("[data-testid=wi-conflict-theirs]")).ToContainTextAsync("活动办修改：实物资料按月归档");
        await Expect(banner.Locator("[data-testid=wi-conflict-mine]")).ToContainTextAsync("联络员修改：实物资料按周归档");
        await BrowserFixture.ScreenshotAsync(coordinator, "work-items-conflict");

        await banner.Locator("[data-testid=wi-reapply]").ClickAsync();
        await Expect(banner).ToHaveCountAsync(0);
        await Expect(WorkItemRow(coordinator, "联络员修改：实物资料按周归档")).ToHaveCountAsync(1);
        await Expect(WorkItemRow(office, "联络员修改：实物资料按周归档")).ToHaveCountAsync(1);
        await office.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task A_plan_the_office_returns_shows_the_reason_to_the_coordinator()
    {
        var coordinator = await browser.SignInAsync("unit", "units/10/plan");
        await Expect(coordinator.Locator("[data-testid=plan-return-reason]")).ToContainTextAsync("指导思想未结合街道实际");
        await BrowserFixture.ScreenshotAsync(coordinator, "plan-returned");

        var office = await browser.SignInAsync("office", "plans");
        await BrowserFixture.ScreenshotAsync(office, "plans-review-list");
        await office.Locator("[data-testid=return-12]").ClickAsync();
        await office.Locator("[data-testid=prompt-ok]").ClickAsync();
        await Expect(office.Locator("[data-testid=prompt-dialog]")).ToContainTextAsync("请填写退回原因");
        await office.Locator("[data-testid=prompt-text]").FillAsync("请补充社区“双体验”的具体岗位和时间");
        await BrowserFixture.ScreenshotAsync(office, "plans-return-dialog");
        await office.Locator("[data-testid=prompt-ok]").ClickAsync();
        await Expect(office.Locator("[data-testid=plan-row-12] [data-testid=plan-status]")).ToHaveTextAsync("已退回");

        await coordinator.GotoAsync("units/12/plan");
        await BrowserFixture.WaitForInteractiveAsync(coordinator);
        await Expect(coordinator.Locator("[data-testid=plan-return-reason]")).ToContainTextAsync("请补充社区“双体验”的具体岗位和时间");
        await Expect(coordinator.Locator("[data-testid=plan-submit]")).ToBeVisibleAsync();
        await office.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task The_versions_of_a_plan_can_be_compared_with_added_and_removed_lines_marked()
    {
        var office = await browser.SignInAsync("office", "units/4/plan");

        await Expect(office.Locator("[data-testid=plan-versions] tbody tr")).ToHaveCountAsync(2);
        await Expect(office.Locator("[data-testid=plan-diff] [data-diff=Added]").First).ToBeVisibleAsync();
        await Expect(office.Locator("[data-testid=plan-diff] [data-diff=Removed]").First).ToBeVisibleAsync();
        await Expect(office.Locator("[data-testid=plan-approve]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(office, "plan-page-office");
        await office.Locator("[data-testid=plan-versions]").ScreenshotAsync(new() { Path = Path.Combine(Paths.Screenshots, "plan-versions-diff.png") });
        await office.Context.CloseAsync();
    }
}
