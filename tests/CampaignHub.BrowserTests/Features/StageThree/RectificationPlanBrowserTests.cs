using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.StageThree;

[Collection(BrowserCollection.Name)]
public sealed class RectificationPlanBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_coordinator_files_a_problem_list_adds_an_item_from_it_and_the_office_sees_the_linked_item_live()
    {
        // 东山街道's coordinator files 竹山社区's 问题清单 (a community may list its problems instead of a full plan).
        var coordinator = await browser.SignInAsync("unit", "rectification-plans?campaign=1");
        await coordinator.Locator("[data-testid=plan-file]").ClickAsync();
        await MudSelects.PickAsync(coordinator, "[data-testid=plan-unit]", "竹山社区");
        await Expect(coordinator.Locator("[data-testid=plan-kind]")).ToContainTextAsync("问题清单");
        await Field(coordinator, "plan-title").FillAsync("竹山社区问题清单");
        await Field(coordinator, "plan-problems").FillAsync("社区办事证明多；夜间停车难");
        await Field(coordinator, "plan-summary").FillAsync("逐项明确整改措施、责任人和时限，整改情况在社区公开栏公示");
        await coordinator.Locator("[data-testid=plan-save]").ClickAsync();
        await Expect(coordinator.Locator("[data-testid=plan-heading]")).ToHaveTextAsync("竹山社区问题清单");
        await Expect(coordinator.Locator("[data-testid=plan-items-empty]")).ToBeVisibleAsync();

        // The office opens the same list in its own browser.
        var office = await browser.SignInAsync("office", new Uri(coordinator.Url).PathAndQuery.TrimStart('/'));
        await Expect(office.Locator("[data-testid=plan-heading]")).ToHaveTextAsync("竹山社区问题清单");
        await Expect(office.Locator("[data-testid=plan-items-empty]")).ToBeVisibleAsync();

        // The coordinator adds a rectification item from the list, with part of its four haves.
        await coordinator.Locator("[data-testid=plan-add-item]").ClickAsync();
        await Field(coordinator, "plan-item-title").FillAsync("社区开具证明事项过多");
        await Field(coordinator, "plan-item-problem").FillAsync("居民反映办理低保、就业登记需社区开具多项证明");
        await Field(coordinator, "plan-item-goal").FillAsync("取消不必要的证明事项");
        await Field(coordinator, "plan-item-responsible").FillAsync("姜美玲");
        await coordinator.Locator("[data-testid=plan-item-save]").ClickAsync();

        // Without a reload, the office's screen shows the linked item, its status and the haves still missing.
        var row = office.Locator("[data-testid=plan-items] tr", new() { HasText = "社区开具证明事项过多" });
        await Expect(row).ToBeVisibleAsync(new() { Timeout = 5000 });
        await Expect(row.Locator("[data-testid=plan-item-status]")).ToHaveTextAsync("未开始");
        await Expect(row.Locator("[data-testid=plan-item-missing]")).ToContainTextAsync("措施");
        await BrowserFixture.ScreenshotAsync(office, "rectification-plan-live");

        // The item itself says which list it came from.
        await coordinator.Locator("[data-testid=plan-items] a", new() { HasText = "社区开具证明事项过多" }).ClickAsync();
        await Expect(coordinator.Locator("[data-testid=rect-origin]")).ToContainTextAsync("来自问题清单：竹山社区问题清单");
        await BrowserFixture.ScreenshotAsync(coordinator, "rectification-item-origin");

        await coordinator.Context.CloseAsync();
        await office.Context.CloseAsync();
    }

    [Fact]
    public async Task The_office_sees_the_short_education_period_on_its_workbench_and_the_registers_print()
    {
        var office = await browser.SignInAsync("office", "");
        await Expect(office.Locator("[data-testid=dash-short-periods]")).ToContainTextAsync("淳化街道");
        await office.GotoAsync("education-periods?campaign=1");
        await Expect(office.Locator("[data-testid=periods-table] tr[data-short=true]")).ToContainTextAsync("淳化街道");
        await BrowserFixture.ScreenshotAsync(office, "education-periods");
        await office.GotoAsync("rule-register?campaign=1");
        await Expect(office.Locator("[data-testid=rules-table]")).ToContainTextAsync("最低生活保障审核审批限时办结制度");
        await BrowserFixture.ScreenshotAsync(office, "rule-register");
        await office.GotoAsync("rule-register/print?campaign=1");
        await Expect(office.Locator("[data-testid=rules-print-table]")).ToContainTextAsync("已施行");
        await office.Context.CloseAsync();
    }

    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input, textarea[data-testid={testId}], [data-testid={testId}] textarea").First;
}
