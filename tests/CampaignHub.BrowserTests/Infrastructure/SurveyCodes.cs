using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Infrastructure;

/// <summary>One-time survey codes as the office hands them out: read from the open survey's code sheet.</summary>
public static class SurveyCodes
{
    /// <summary>The demo's survey that is open on the demo date.</summary>
    public const int OpenSurveyId = 2;

    /// <summary>The first code of the unit's sheet nobody has answered with yet.</summary>
    public static async Task<string> UnusedAsync(BrowserFixture browser, string unitName)
    {
        var office = await browser.SignInAsync("office", $"satisfaction/{OpenSurveyId}/codes");
        var card = office.Locator(".ch-code-card:not(.ch-code-used)", new() { HasText = unitName + " ·" }).First;
        await Expect(card).ToBeVisibleAsync();
        var code = (await card.Locator("[data-testid=code-value]").InnerTextAsync()).Trim();
        await office.Context.CloseAsync();
        return code;
    }
}
