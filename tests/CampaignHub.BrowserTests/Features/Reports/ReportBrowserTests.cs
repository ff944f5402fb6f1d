using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Reports;

[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_campaign_report_prints_on_A4_without_the_app_chrome()
    {
        var page = await browser.SignInAsync("leader", "campaigns/1");
        await page.Locator("[data-testid=campaign-report-link]").ClickAsync();
        await Expect(page.Locator("[data-testid=campaign-report] h1")).ToContainTextAsync("进展情况报告");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".mud-drawer")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-testid=report-signoff]")).ToContainTextAsync("负责人签字");
        await Expect(page.Locator("[data-testid=print]")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "report-campaign-print");
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 10_000);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_coordinator_sees_their_dashboard_and_their_unit_report()
    {
        var page = await browser.SignInAsync("unit");
        await Expect(page.Locator("[data-testid=dash-overdue]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=dash-due-soon]")).ToContainTextAsync("完成“双体验”");
        await BrowserFixture.ScreenshotAsync(page, "dashboard-coordinator");

        await page.GotoAsync("reports/units/10");
        await Expect(page.Locator("[data-testid=unit-report] h1")).ToContainTextAsync("东山街道");
        await BrowserFixture.ScreenshotAsync(page, "report-unit");
        await page.Context.CloseAsync();
    }
}
