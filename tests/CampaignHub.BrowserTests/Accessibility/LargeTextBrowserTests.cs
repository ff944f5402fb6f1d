using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Accessibility;

/// <summary>The public pages' 大字模式 (适老化): switched on once, it stays on from page to page, with no flash of small text.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LargeTextBrowserTests(BrowserFixture browser)
{
    private const string IntroText = ".ch-public-main p.ch-muted";

    [Fact]
    public async Task Large_text_switched_on_stays_on_when_the_visitor_goes_to_another_public_page()
    {
        var context = await browser.NewContextAsync(390, 844, isMobile: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync("opinions/new");
        var normal = await FontSizeAsync(page, IntroText);

        await page.GotoAsync("public");
        await page.Locator("[data-testid=text-size-large]").ClickAsync();
        await Expect(page.Locator("[data-testid=text-size-normal]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=text-size-large]")).ToBeHiddenAsync();
        await page.Locator("[data-testid=public-nav] a[href='opinions/new']").ClickAsync();
        await page.WaitForURLAsync("**/opinions/new");

        var large = await FontSizeAsync(page, IntroText);
        Assert.True(large >= normal * 1.2, $"large text is {large}px against {normal}px");
        await BrowserFixture.ScreenshotAsync(page, "public-large-text-390-opinion-form");

        // The server renders the larger size itself, so the first paint is already large (no script, no flash).
        var html = await (await context.APIRequest.GetAsync("reception")).TextAsync();
        Assert.Contains("<html lang=\"zh-CN\" class=\"ch-large-text\">", html);
        foreach (var path in SitePages.PublicPages)
        {
            await SitePages.OpenAsync(page, path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 1, $"{path}: {overflow} px of horizontal overflow in large text at 390 px");
        }

        // Switched back on the survey's own (interactive) layout.
        await page.Locator("[data-testid=text-size-normal]").ClickAsync();
        await Expect(page.Locator("[data-testid=text-size-large]")).ToBeVisibleAsync();
        await page.GotoAsync("opinions/new");
        Assert.Equal(normal, await FontSizeAsync(page, IntroText));
        await context.CloseAsync();
    }

    private static async Task<double> FontSizeAsync(IPage page, string selector) =>
        await page.Locator(selector).First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
}
