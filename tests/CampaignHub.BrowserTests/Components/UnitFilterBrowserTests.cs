using CampaignHub.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Components;

/// <summary>The unit filter searches as you type, as an office with thousands of units needs it to.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UnitFilterBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_office_finds_a_street_by_typing_part_of_its_name_and_the_ledger_narrows_to_it()
    {
        var office = await browser.SignInAsync("office", "commitments");
        await BrowserFixture.WaitForInteractiveAsync(office);
        var filter = office.Locator("[data-testid=ledger-unit-filter] input");

        await filter.ClickAsync();
        await filter.PressSequentiallyAsync("东山");
        var option = office.Locator(".mud-popover-open .mud-list-item", new() { HasText = "东山街道" });
        await Expect(option.First).ToBeVisibleAsync();
        await Expect(office.Locator(".mud-popover-open .mud-list-item", new() { HasText = "淳化街道" })).ToHaveCountAsync(0);
        await option.First.ClickAsync();

        await Expect(filter).ToHaveValueAsync("东山街道");
        await Expect(office.Locator("[data-testid=ledger-print]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"unit=\d+"));
        await BrowserFixture.ScreenshotAsync(office, "ledger-unit-filter-1440");
        await office.Context.CloseAsync();
    }
}
