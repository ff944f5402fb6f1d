using Microsoft.Playwright;

namespace CampaignHub.BrowserTests.Infrastructure;

/// <summary>
/// Moving through a page as a keyboard user does: Tab (or Shift+Tab) until the wanted control has the focus,
/// checking on the way that every control reached shows where the focus is.
/// </summary>
public static class KeyboardUser
{
    // The focused element, or for a visually hidden radio/checkbox the label drawn in its place, must show an
    // outline (or a focus shadow) of at least 2 px.
    private const string FocusIndicatorScript = """
        () => {
            const el = document.activeElement;
            if (!el || el === document.body) return 'nothing has the focus';
            let shown = el;
            if (el.matches('input[type=radio], input[type=checkbox]') && getComputedStyle(el).opacity === '0' && el.id) {
                shown = document.querySelector(`label[for="${el.id}"]`) || el;
            }
            const style = getComputedStyle(shown);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
            const shadow = style.boxShadow && style.boxShadow !== 'none';
            return outline || shadow ? '' : `${shown.tagName.toLowerCase()}${shown.id ? '#' + shown.id : ''} “${(shown.innerText || shown.value || '').trim().slice(0, 20)}” shows no focus indicator`;
        }
        """;

    /// <summary>Presses <paramref name="key"/> until the focused element matches <paramref name="selector"/>.</summary>
    public static async Task MoveFocusToAsync(IPage page, string selector, string key = "Tab", int maxPresses = 60)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync(key);
            // Between the last control and the first the focus passes through the browser itself: no element to check.
            if (await page.EvaluateAsync<bool>("() => !document.activeElement || document.activeElement === document.body"))
            {
                continue;
            }

            await AssertFocusIsVisibleAsync(page);
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 200) ?? 'none'");
        throw new InvalidOperationException($"{maxPresses}× {key} never reached {selector} on {page.Url}; the focus is on {focused}");
    }

    public static async Task AssertFocusIsVisibleAsync(IPage page)
    {
        var problem = await page.EvaluateAsync<string>(FocusIndicatorScript);
        Assert.True(problem.Length == 0, $"{page.Url}: {problem}");
    }
}
