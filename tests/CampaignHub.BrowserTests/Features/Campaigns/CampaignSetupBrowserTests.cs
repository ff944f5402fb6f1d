using System.Text.RegularExpressions;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Campaigns;

[Collection(BrowserCollection.Name)]
public sealed class CampaignSetupBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Office_creates_a_campaign_from_the_double_linkage_template_enrols_units_switches_to_it_and_the_wall_shows_it()
    {
        // Laid out in 2013 so the demo campaign stays the one running today (and first on the 工作台) for other tests.
        var page = await browser.SignInAsync("office", "campaigns/setup");
        await Expect(page.Locator("h1")).ToHaveTextAsync("活动设置");
        await page.Locator("[data-testid=template-card][data-template=double-linkage] [data-testid=use-template]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("新建活动");
        await BrowserFixture.WaitForInteractiveAsync(page);

        var year = page.Locator("input[data-testid=template-year], [data-testid=template-year] input").First;
        await year.FillAsync("2013");
        await year.PressAsync("Tab");
        await Expect(page.Locator("input[data-testid=setup-document-number], [data-testid=setup-document-number] input").First).ToHaveValueAsync("江宁群办发〔2013〕8号");
        await Expect(page.Locator("[data-testid=setup-milestone]")).ToHaveCountAsync(3);

        var dongshan = page.Locator("[data-testid=unit-picker] .mud-treeview-item-content", new() { HasText = "东山街道" }).First;
        await dongshan.Locator(".mud-checkbox").First.ClickAsync();
        await Expect(page.Locator(".ch-setup-form")).Not.ToContainTextAsync("已选 0 个单位");
        await BrowserFixture.ScreenshotAsync(page, "campaign-setup-from-template");

        await page.Locator("[data-testid=setup-save]").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/campaigns/\d+$"));
        var campaignId = Regex.Match(page.Url, @"/campaigns/(\d+)$").Groups[1].Value;
        await Expect(page.Locator("h1")).ToContainTextAsync("双联动双体验双满意");
        await Expect(page.Locator("body")).ToContainTextAsync("江宁群办发〔2013〕8号");

        // Switch to it from the 工作台: the choice travels as ?campaign= and the switcher names it.
        await page.GotoAsync("");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await page.Locator("[data-testid=campaign-menu]").ClickAsync();
        await page.Locator("[data-testid=campaign-option]", new() { HasText = "2013" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"campaign={campaignId}"));
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Expect(page.Locator("[data-testid=campaign-switcher]")).ToContainTextAsync("2013");
        await BrowserFixture.ScreenshotAsync(page, "campaign-switched");

        // The choice is remembered: a page reached without ?campaign= stays on it.
        await page.GotoAsync("plans");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Expect(page.Locator("[data-testid=campaign-switcher]")).ToContainTextAsync("2013");

        await page.GotoAsync($"wall?campaign={campaignId}");
        await Expect(page.Locator(".ch-wall-sub")).ToContainTextAsync("江宁群办发〔2013〕8号");
        await BrowserFixture.ScreenshotAsync(page, "wall-other-campaign");
        await page.Context.CloseAsync();
    }
}
