using CampaignHub.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.ContactDuties;

[Collection(BrowserCollection.Name)]
public sealed class RuralBoardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_office_sees_which_rural_point_still_lacks_part_of_its_three_ones()
    {
        var office = await browser.SignInAsync("office", "contacts/rural?year=2014");

        var shortPoint = office.Locator("[data-testid=rural-point][data-met=false]", new() { HasText = "东山街道佘村社区" });
        await Expect(shortPoint.Locator("[data-testid=three-ones-status]")).ToHaveAttributeAsync("data-status", "yellow");
        await Expect(shortPoint.Locator("[data-testid=three-ones-shortfall]")).ToContainTextAsync("党员活动室经费还差¥3,000");
        await Expect(office.Locator("[data-testid=three-sends-record]").First).ToBeVisibleAsync();
        await Expect(office.Locator("[data-testid=party-pairing]", new() { HasText = "淳化街道新建村党总支" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(office, "contacts-rural-1440");
        await office.Context.CloseAsync();
    }
}
