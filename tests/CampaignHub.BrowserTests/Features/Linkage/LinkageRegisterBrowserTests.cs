using CampaignHub.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Linkage;

[Collection(BrowserCollection.Name)]
public sealed class LinkageRegisterBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_leader_sees_who_missed_the_end_of_March_visit_and_who_is_behind_on_the_grassroots_visits()
    {
        var page = await browser.SignInAsync("leader", "linkage/upper-visits");

        await Expect(page.Locator("[data-testid=upper-standing-table] tr", new() { HasText = "区城管局" }).Locator("[data-testid=upper-standing]")).ToContainTextAsync("逾期未对接");
        await Expect(page.Locator("[data-testid=upper-standing-table] tr", new() { HasText = "区政务服务中心" }).Locator("[data-testid=upper-standing]")).ToHaveTextAsync("逾期对接");
        await Expect(page.Locator("[data-testid=upper-visits-table]")).ToContainTextAsync("南京市民政局");
        await BrowserFixture.ScreenshotAsync(page, "linkage-upper-visits");

        await page.GotoAsync("linkage/grassroots");
        var deputy = page.Locator("tr[data-testid=grassroots-leader-row]", new() { HasText = "区人社局" }).Filter(new() { HasText = "还差1次" });
        await Expect(deputy.Locator("[data-testid=grassroots-standing]")).ToContainTextAsync("逾期未完成");
        await Expect(page.Locator("[data-testid=grassroots-claim]").First).ToContainTextAsync("表现在下、根子在上");
        await BrowserFixture.ScreenshotAsync(page, "linkage-grassroots");
        await page.Context.CloseAsync();
    }
}
