using System.Text;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Supervision;

[Collection(BrowserCollection.Name)]
public sealed class OrderFeedbackBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_parent_unit_coordinator_answers_a_sub_units_order_with_evidence_and_the_supervisor_accepts_it_live()
    {
        // The supervisor has the supervision page open before anything happens.
        var supervisor = await browser.SignInAsync("supervisor", "supervision");
        var supervisorRow = supervisor.Locator("[data-testid=open-orders] tr[data-testid=order-row][data-unit=东山便民中心]");
        await Expect(supervisorRow).ToHaveCountAsync(1);
        await Expect(supervisorRow.Locator("[data-testid=accept-feedback]")).ToHaveCountAsync(0);

        // The coordinator of 东山街道 (the parent unit) answers 东山便民中心's order on the 整改通知 page.
        var coordinator = await browser.SignInAsync("unit", "supervision/my-orders");
        var coordinatorRow = coordinator.Locator("tr[data-testid=order-row][data-unit=东山便民中心]");
        await Expect(coordinatorRow).ToHaveCountAsync(1);
        await Expect(coordinator.Locator("body")).Not.ToContainTextAsync("本单位及下属单位没有整改通知");
        await coordinatorRow.Locator("textarea[data-testid=respond-text]").FillAsync("建立午间轮岗制度，值班表已上墙公示");
        await coordinatorRow.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "午间值班表.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes("午间值班：喻婷、邹萍"),
        });
        await Expect(coordinatorRow.Locator("[data-testid=respond-chosen]")).ToContainTextAsync("午间值班表.txt");
        await BrowserFixture.ScreenshotAsync(coordinator, "order-feedback-coordinator-form");
        await coordinatorRow.Locator("[data-testid=respond-save]").ClickAsync();

        // The supervisor sees the report and its evidence appear without reloading, and accepts it.
        await Expect(supervisorRow.Locator("[data-testid=feedback-measures]")).ToContainTextAsync("建立午间轮岗制度", new() { Timeout = 5000 });
        await Expect(supervisorRow.Locator("[data-testid=feedback-evidence]")).ToHaveTextAsync("午间值班表.txt");
        await BrowserFixture.ScreenshotAsync(supervisor, "order-feedback-supervisor-live");
        await supervisorRow.Locator("[data-testid=accept-feedback]").ClickAsync();
        await supervisor.Locator("[data-testid=prompt-text]").FillAsync("整改到位");
        await supervisor.Locator("[data-testid=prompt-ok]").ClickAsync();
        await Expect(supervisorRow).ToHaveCountAsync(0, new() { Timeout = 5000 });

        // The coordinator's page shows 已验收 live.
        await Expect(coordinatorRow.Locator("[data-testid=order-status]")).ToHaveTextAsync("已验收", new() { Timeout = 5000 });
        await Expect(coordinatorRow.Locator("[data-testid=respond-save]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(coordinator, "order-feedback-coordinator-accepted");
        await supervisor.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }
}
