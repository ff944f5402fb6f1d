using System.Text.RegularExpressions;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Accessibility;

/// <summary>
/// The public's main flows done with the keyboard alone (Tab, Shift+Tab, arrows, Space, Enter) — never a click —
/// with a visible focus indicator on every control reached, and the result read back afterwards.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardFlowBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_opinion_is_raised_with_the_keyboard_alone_and_its_receipt_finds_it()
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("opinions/new");

        await KeyboardUser.MoveFocusToAsync(page, "#category");
        var firstCategory = await page.Locator("#category").InputValueAsync();
        // The form starts on 其他, the last category: ↑ picks the one above it.
        await page.Keyboard.PressAsync("ArrowUp");
        var chosenCategory = await page.Locator("#category option:checked").InnerTextAsync();
        Assert.NotEqual(firstCategory, await page.Locator("#category").InputValueAsync());
        await KeyboardUser.MoveFocusToAsync(page, "#content");
        await page.Keyboard.TypeAsync("键盘提交：小区路灯坏了两个月无人修理");
        await KeyboardUser.MoveFocusToAsync(page, "#name");
        await page.Keyboard.TypeAsync("王大爷");
        // Back and forth: Shift+Tab returns to the text, Tab goes on again.
        await KeyboardUser.MoveFocusToAsync(page, "#content", "Shift+Tab");
        await KeyboardUser.MoveFocusToAsync(page, "[data-testid=opinion-submit]");
        await page.Keyboard.PressAsync("Enter");

        var receipt = (await page.Locator("[data-testid=receipt-number]").InnerTextAsync()).Trim();
        Assert.Matches(@"^YJ\d{8}-", receipt);

        await page.GotoAsync("opinions/receipt");
        await KeyboardUser.MoveFocusToAsync(page, "#number");
        await page.Keyboard.TypeAsync(receipt);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=receipt-result]")).ToContainTextAsync(receipt);
        await Expect(page.Locator("[data-testid=receipt-result]")).ToContainTextAsync(chosenCategory.Trim());
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_survey_is_answered_on_a_phone_with_the_keyboard_alone_and_its_code_is_then_spent()
    {
        var code = await SurveyCodes.UnusedAsync(browser, "淳化街道");
        var context = await browser.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"s/{code}");
        await BrowserFixture.WaitForInteractiveAsync(page);
        var questions = await page.Locator("[data-testid=question]").CountAsync();
        Assert.True(questions > 1, "the survey shows no questions");

        for (var q = 0; q < questions; q++)
        {
            // Tab enters the question's radio group; Space picks the first answer (满意), → moves to 基本满意.
            var group = $"[data-testid=question] >> nth={q}";
            await KeyboardUser.MoveFocusToAsync(page, $"fieldset.ch-question:nth-of-type({q + 1}) input[type=radio]");
            await page.Keyboard.PressAsync("Space");
            await page.Keyboard.PressAsync("ArrowRight");
            await KeyboardUser.AssertFocusIsVisibleAsync(page);
            await Expect(page.Locator(group).Locator("input[type=radio]").Nth(1)).ToBeCheckedAsync();
        }

        await KeyboardUser.MoveFocusToAsync(page, "[data-testid=survey-submit]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid=survey-thanks]")).ToBeVisibleAsync();

        await page.GotoAsync($"s/{code}");
        await Expect(page.Locator("[data-testid=survey-refused]")).ToContainTextAsync("该答题码已使用");
        await context.CloseAsync();
    }

    [Fact]
    public async Task An_item_is_rated_with_the_keyboard_alone_and_its_tally_counts_the_rating()
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("public");

        await KeyboardUser.MoveFocusToAsync(page, "[data-testid=public-search]");
        // 区卫生局 has a finished (so rateable) public commitment in the demo.
        await page.Keyboard.TypeAsync("卫生局");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("unit="));
        await KeyboardUser.MoveFocusToAsync(page, "[data-testid=public-items] tr[data-kind=Commitment] [data-testid=rate-1]");
        var itemId = await page.EvaluateAsync<string>("() => document.activeElement.closest('tr').dataset.itemId");
        var row = page.Locator($"[data-testid=public-items] tr[data-kind=Commitment][data-item-id='{itemId}']");
        var before = Satisfied(await row.Locator(".ch-public-tally").InnerTextAsync());
        // Shift+Tab back and Tab again: the same button, reached both ways.
        await page.Keyboard.PressAsync("Shift+Tab");
        await KeyboardUser.MoveFocusToAsync(page, $"tr[data-item-id='{itemId}'] [data-testid=rate-1]");
        await page.Keyboard.PressAsync("Space");

        await Expect(page.Locator("[data-testid=rating-message]")).ToHaveTextAsync("感谢您的评价！");
        await Expect(row.Locator("[data-testid=already-rated]")).ToBeVisibleAsync();
        Assert.Equal(before + 1, Satisfied(await row.Locator(".ch-public-tally").InnerTextAsync()));
        await context.CloseAsync();
    }

    private static int Satisfied(string tally) => int.Parse(Regex.Match(tally, @"^满意 (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
