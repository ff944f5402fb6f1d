using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Evaluation;

[Collection(BrowserCollection.Name)]
public sealed class EvaluationBrowserTests(BrowserFixture browser)
{
    /// <summary>区个体私营经济协会: no stage-two records and no evaluation in the demo.</summary>
    private const int Feigong = 17;

    [Fact]
    public async Task The_office_closes_an_evaluation_below_the_threshold_and_the_unit_appears_in_redo_on_the_wall()
    {
        var wall = await browser.SignInAsync("leader", "wall", 1920, 1080);
        await Expect(wall.Locator("[data-testid=wall-stage-two]")).ToBeVisibleAsync();
        await Expect(wall.Locator($"[data-testid=wall-stage-two] tr[data-unit='{Feigong}']")).ToHaveCountAsync(0);

        var office = await browser.SignInAsync("office", $"evaluations/units/{Feigong}?campaign=1");
        await Expect(office.Locator("h1")).ToContainTextAsync("区个体私营经济协会");
        await Expect(office.Locator("[data-testid=evaluation-unit-state]")).ToHaveTextAsync("未评议");
        await office.Locator("[data-testid=evaluation-open]").ClickAsync();
        await office.Locator("[data-testid=arrangement-save]").ClickAsync();
        await Expect(office.Locator("[data-testid=evaluation-status]")).ToHaveTextAsync("评议中");
        await Expect(office.Locator("[data-testid=evaluation-close]")).ToBeDisabledAsync();

        // Ten identical paper ballots: the team 不满意 on both focus points.
        await office.Locator("[data-testid=evaluation-ballot]").ClickAsync();
        await MudSelects.PickAsync(office, "[data-testid=ballot-conduct]", "不满意", last: true);
        await MudSelects.PickAsync(office, "[data-testid=ballot-solving]", "不满意", last: true);
        var copies = office.Locator("[data-testid=ballot-copies] input, input[data-testid=ballot-copies]").First;
        await copies.FillAsync("10");
        await copies.PressAsync("Tab");
        await office.Locator("[data-testid=ballot-save]").ClickAsync();
        await Expect(office.Locator("[data-testid=evaluation-ballot-count]")).ToHaveTextAsync("10 张");
        await Expect(office.Locator("[data-testid=evaluation-recognition]")).ToContainTextAsync("0.0%");

        await office.Locator("[data-testid=evaluation-close]").ClickAsync();
        await Expect(office.Locator("[data-testid=close-redo-warning]")).ToContainTextAsync("转入返工补课");
        await office.Locator("[data-testid=close-save]").ClickAsync();
        await Expect(office.Locator("[data-testid=redo-status]")).ToHaveTextAsync("待整改");
        await Expect(office.Locator("[data-testid=evaluation-unit-state]")).ToHaveTextAsync("返工补课中");
        await BrowserFixture.ScreenshotAsync(office, "evaluation-unit-in-redo");

        // The wall, open in another browser context, shows the unit in redo without a reload.
        await Expect(wall.Locator($"[data-testid=wall-stage-two] tr[data-unit='{Feigong}'] [data-testid=stage-two-in-redo]")).ToHaveTextAsync("返工补课中", new() { Timeout = 5000 });
        await BrowserFixture.ScreenshotAsync(wall, "evaluation-wall-in-redo");

        await office.GotoAsync("evaluations?campaign=1");
        await Expect(office.Locator($"[data-testid=evaluation-table] tr[data-unit='{Feigong}']")).ToContainTextAsync("返工补课中");
        await BrowserFixture.ScreenshotAsync(office, "evaluation-overview");
        await office.GotoAsync("evaluations/units/8?campaign=1");
        await Expect(office.Locator("[data-testid=redo-panel]")).ToContainTextAsync("整改中");
        await BrowserFixture.ScreenshotAsync(office, "evaluation-unit-demo");
        await wall.Context.CloseAsync();
        await office.Context.CloseAsync();
    }
}
