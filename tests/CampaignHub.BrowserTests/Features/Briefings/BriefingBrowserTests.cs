using CampaignHub.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Briefings;

[Collection(BrowserCollection.Name)]
public sealed class BriefingBrowserTests(BrowserFixture browser)
{
    private const string Case = "上坊社区书记华志刚：居民家门口的“贴心人”";

    [Fact]
    public async Task The_office_selects_a_units_typical_case_and_the_unit_sees_it_live_then_the_issues_print_on_A4()
    {
        var office = await browser.SignInAsync("office", "briefings/news");
        var unit = await browser.SignInAsync("unit", "briefings/news");
        var officeRow = office.Locator("tr[data-testid=news-row]", new() { HasText = Case });
        var unitRow = unit.Locator("tr[data-testid=news-row]", new() { HasText = Case });
        await Expect(unitRow.Locator("[data-testid=news-state]")).ToContainTextAsync("已报送");
        await Expect(unit.Locator("tr[data-testid=news-row]", new() { HasText = "区城管局" })).ToHaveCountAsync(0);
        await Expect(unitRow.Locator("[data-testid=news-select]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(office, "briefings-news-office");

        await officeRow.Locator("[data-testid=news-select]").ClickAsync();
        await Expect(unitRow.Locator("[data-testid=news-state]")).ToContainTextAsync("已采用", new() { Timeout = 5000 });
        await BrowserFixture.ScreenshotAsync(unit, "briefings-news-unit");

        await office.GotoAsync("briefings");
        await Expect(office.Locator("tr[data-testid=briefing-row]", new() { HasText = "第2期" }).Locator("[data-testid=briefing-visibility-cell]")).ToHaveTextAsync("公开");
        await BrowserFixture.ScreenshotAsync(office, "briefings-list");
        await office.Locator("[data-testid=briefing-new]").ClickAsync();
        await Expect(office.Locator("[data-testid=briefing-pick]", new() { HasText = Case })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(office, "briefings-compile-dialog");
        await office.Keyboard.PressAsync("Escape");

        await office.GotoAsync("briefings/2/print");
        await Expect(office.Locator("[data-testid=briefing-sheet-number]")).ToHaveTextAsync("第2期");
        await Expect(office.Locator("[data-testid=briefing-article]")).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(office, "briefings-print-2");
        await office.Context.CloseAsync();
        await unit.Context.CloseAsync();
    }
}
