using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Infrastructure;

/// <summary>Choosing an option of a MudBlazor select as a user does: open it, click the option, and wait for the list to close.</summary>
public static class MudSelects
{
    /// <summary>
    /// Opens <paramref name="dropdown"/> and clicks the option with <paramref name="option"/>'s text (the last match when
    /// <paramref name="last"/>). Returns once the option list has closed, that is once the circuit has taken the choice:
    /// typing into the next field while the select is still closing can race the select's own re-render.
    /// A multi-select's list stays open after a pick, so for one (<paramref name="multiSelect"/>) this returns at once.
    /// </summary>
    public static async Task PickAsync(IPage page, string dropdown, string option, bool last = false, bool multiSelect = false)
    {
        await page.Locator(dropdown).First.ClickAsync();
        var options = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option });
        await (last ? options.Last : options.First).ClickAsync();
        if (!multiSelect)
        {
            await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        }
    }
}
