using System.Diagnostics;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Wall;

[Collection(BrowserCollection.Name)]
public sealed class WallBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_kiosk_wall_rotates_its_panels_and_can_be_paused()
    {
        var wall = await browser.SignInAsync("wall", "wall?kiosk=1&rotate=3", 1920, 1080);
        await Expect(wall.Locator("[data-testid=wall-page]")).ToHaveTextAsync("第 1 / 3 屏");
        await Expect(wall.Locator(".mud-appbar")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(wall, "wall-kiosk-light");

        await Expect(wall.Locator("[data-testid=wall-page]")).ToHaveTextAsync("第 2 / 3 屏", new() { Timeout = 6000 });
        await Expect(wall.Locator("[data-testid=panel-progress]")).ToBeVisibleAsync();

        await wall.Locator("[data-testid=wall-pause]").ClickAsync();
        var paused = await wall.Locator("[data-testid=wall-page]").InnerTextAsync();
        await Task.Delay(4000);
        Assert.Equal(paused, await wall.Locator("[data-testid=wall-page]").InnerTextAsync());
        await wall.Context.CloseAsync();
    }

    [Fact]
    public async Task An_edit_by_another_user_shows_on_the_wall_within_one_second()
    {
        var wall = await browser.SignInAsync("leader", "wall?theme=dark", 1920, 1080);
        var overdue = wall.Locator("[data-testid=kpi-overdue]");
        var before = int.Parse(await overdue.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var computedBefore = await wall.Locator("[data-testid=wall]").GetAttributeAsync("data-computed");
        await BrowserFixture.ScreenshotAsync(wall, "wall-dark");

        var coordinator = await browser.SignInAsync("unit", "units/11"); // 上坊社区
        var row = coordinator.Locator("[data-testid=unit-milestones] tr").Filter(new() { Has = coordinator.Locator(".ch-ms[data-state=Overdue]") }).First;
        await row.GetByRole(AriaRole.Button, new() { Name = "标记完成" }).ClickAsync();
        await coordinator.Locator("[data-testid=met-save]").ClickAsync();
        await Expect(coordinator.Locator(".mud-snackbar").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(coordinator, "wall-test-coordinator-saved");
        var saved = Stopwatch.StartNew();

        try
        {
            await Expect(overdue).ToHaveTextAsync((before - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 1000 });
        }
        catch (PlaywrightException)
        {
            await Task.Delay(3000);
            await BrowserFixture.ScreenshotAsync(wall, "wall-live-update-missed");
            var computedAfter = await wall.Locator("[data-testid=wall]").GetAttributeAsync("data-computed");
            Assert.Fail($"the wall did not show {before - 1} within one second; after 4 s it shows {await overdue.InnerTextAsync()} (snapshot {computedBefore} → {computedAfter})");
        }

        Assert.True(saved.ElapsedMilliseconds < 1000, $"the wall updated after {saved.ElapsedMilliseconds} ms");
        await Expect(wall.Locator("[data-testid=wall-ticker]")).ToContainTextAsync("已完成");
        await wall.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }
}

/// <summary>Restarts its own server, so no other test shares a restarted process.</summary>
[Collection(RestartCollection.Name)]
public sealed class WallRestartBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task After_the_server_restarts_the_wall_comes_back_by_itself()
    {
        var wall = await browser.SignInAsync("wall", "wall?kiosk=1&rotate=600", 1920, 1080);
        var updatedBefore = await wall.Locator("[data-testid=wall-updated]").InnerTextAsync();

        await browser.Server.RestartAsync();

        // No one touches the page: it reconnects or reloads, signed in, and is live again.
        await Expect(wall.Locator("[data-interactive=true]")).ToHaveCountAsync(1, new() { Timeout = 30000 });
        await Expect(wall.Locator("[data-testid=wall-headline]")).ToBeVisibleAsync(new() { Timeout = 30000 });
        await Expect(wall.Locator("[data-testid=wall-updated]")).Not.ToHaveTextAsync(updatedBefore, new() { Timeout = 30000 });
        await BrowserFixture.ScreenshotAsync(wall, "wall-after-restart");

        // And it is live again: an edit made after the restart reaches it.
        var overdue = wall.Locator("[data-testid=kpi-overdue]");
        var before = int.Parse(await overdue.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var office = await browser.SignInAsync("office", "units/4"); // 区人社局: its first milestone is overdue
        var row = office.Locator("[data-testid=unit-milestones] tr").Filter(new() { Has = office.Locator(".ch-ms[data-state=Overdue]") }).First;
        await row.GetByRole(AriaRole.Button, new() { Name = "标记完成" }).ClickAsync();
        await office.Locator("[data-testid=met-save]").ClickAsync();
        await Expect(office.Locator(".mud-snackbar").First).ToContainTextAsync("已保存");
        await Expect(overdue).ToHaveTextAsync((before - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 5000 });
        await office.Context.CloseAsync();
        await wall.Context.CloseAsync();
    }
}
