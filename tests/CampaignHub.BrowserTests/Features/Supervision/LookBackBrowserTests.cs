using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Supervision;

[Collection(BrowserCollection.Name)]
public sealed class LookBackBrowserTests(BrowserFixture browser)
{
    private const string Problem = "回头看发现：上坊社区第一批整改事项公示栏仍为旧内容";

    [Fact]
    public async Task A_supervisor_records_a_look_back_finding_the_coordinator_answers_it_live_on_the_workbench_and_the_supervisor_closes_it()
    {
        // The coordinator of 东山街道 (上坊社区's parent unit) has the 工作台 open before anything happens.
        var coordinator = await browser.SignInAsync("unit", "");
        var coordinatorRow = coordinator.Locator($"[data-testid=dash-findings] tr[data-testid=finding-row][data-problem=\"{Problem}\"]");
        await Expect(coordinatorRow).ToHaveCountAsync(0);

        // The supervisor records a 回头看 with one finding.
        var supervisor = await browser.SignInAsync("supervisor", "supervision/actions");
        await Expect(supervisor.Locator("[data-testid=workload]")).ToBeVisibleAsync();
        await supervisor.Locator("[data-testid=record-action]").ClickAsync();
        await MudSelects.PickAsync(supervisor, "[data-testid=action-type]", "回头看");
        await MudSelects.PickAsync(supervisor, "[data-testid=action-unit]", "上坊社区");
        await supervisor.Locator("textarea[data-testid=action-examined]").FillAsync("第一批整改事项在社区的公示和落实情况");
        await supervisor.Locator("textarea[data-testid=action-findings]").FillAsync(Problem);
        await BrowserFixture.ScreenshotAsync(supervisor, "lookback-record-dialog");
        await supervisor.Locator("[data-testid=action-save]").ClickAsync();
        var supervisorRow = supervisor.Locator($"[data-testid=open-findings] tr[data-testid=finding-row][data-problem=\"{Problem}\"]");
        await Expect(supervisorRow.Locator("[data-testid=finding-status]")).ToHaveTextAsync("待整改", new() { Timeout = 5000 });
        await Expect(supervisor.Locator("tr[data-testid=action-row][data-type=回头看][data-unit=上坊社区]").First).ToBeVisibleAsync();

        // The finding appears on the coordinator's 工作台 without reloading; the coordinator answers it there.
        await Expect(coordinatorRow).ToHaveCountAsync(1, new() { Timeout = 5000 });
        await BrowserFixture.ScreenshotAsync(coordinator, "lookback-coordinator-workbench");
        await coordinatorRow.Locator("[data-testid=finding-respond]").ClickAsync();
        await coordinator.Locator("[data-testid=prompt-text]").FillAsync("已更新公示栏内容并拍照存档，社区每月核对一次");
        await coordinator.Locator("[data-testid=prompt-ok]").ClickAsync();
        await Expect(coordinatorRow.Locator("[data-testid=finding-status]")).ToHaveTextAsync("待验收", new() { Timeout = 5000 });
        await Expect(coordinatorRow.Locator("[data-testid=finding-respond]")).ToHaveCountAsync(0);

        // The supervisor sees the answer live and closes the finding; it leaves both open lists.
        await Expect(supervisorRow.Locator("[data-testid=finding-response]")).ToContainTextAsync("已更新公示栏内容", new() { Timeout = 5000 });
        await BrowserFixture.ScreenshotAsync(supervisor, "lookback-supervisor-answered");
        await supervisorRow.Locator("[data-testid=finding-close]").ClickAsync();
        await supervisor.Locator("[data-testid=prompt-text]").FillAsync("现场核实已更新");
        await supervisor.Locator("[data-testid=prompt-ok]").ClickAsync();
        await Expect(supervisorRow).ToHaveCountAsync(0, new() { Timeout = 5000 });
        await Expect(coordinatorRow).ToHaveCountAsync(0, new() { Timeout = 5000 });

        // The look-back itself now waits only for the group to conclude it.
        var lookBack = supervisor.Locator("tr[data-testid=action-row][data-type=回头看][data-unit=上坊社区]", new() { HasText = Problem });
        await Expect(lookBack.Locator("[data-testid=conclude-lookback]")).ToBeEnabledAsync();
        await lookBack.Locator("[data-testid=conclude-lookback]").ClickAsync();
        await Expect(lookBack.Locator("[data-testid=action-status]")).ToHaveTextAsync("已办结", new() { Timeout = 5000 });
        await BrowserFixture.ScreenshotAsync(supervisor, "lookback-supervisor-concluded");
        await supervisor.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }
}
