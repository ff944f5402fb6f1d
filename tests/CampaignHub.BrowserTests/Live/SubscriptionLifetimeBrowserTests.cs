using System.Text.Json;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CampaignHub.BrowserTests.Live;

/// <summary>Closed tabs and dropped circuits must not leave change-feed subscriptions behind.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SubscriptionLifetimeBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("campaigns/1")]
    [InlineData("wall")]
    [InlineData("wall?kiosk=1&rotate=3")]
    public async Task Closing_a_tab_releases_its_live_subscription(string page)
    {
        var admin = await browser.SignInAsync("admin", "admin/audit");
        var before = await SubscribersAsync(admin);

        var watcher = await browser.SignInAsync("leader", page);
        await WaitForAsync(admin, count => count > before, "the open page to subscribe");

        await watcher.Context.CloseAsync();

        await WaitForAsync(admin, count => count == before, "the closed tab to unsubscribe");
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task A_dropped_connection_releases_its_subscription_once_the_circuit_expires()
    {
        var admin = await browser.SignInAsync("admin", "admin/audit");
        var before = await SubscribersAsync(admin);

        // Route the watcher's circuit socket through the test so the network can be cut mid-session.
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dropped = false;
        var serverSides = new List<IWebSocketRoute>();
        await page.RouteWebSocketAsync(new System.Text.RegularExpressions.Regex("/_blazor"), socket =>
        {
            if (!dropped)
            {
                lock (serverSides)
                {
                    serverSides.Add(socket.ConnectToServer());
                }
            }
        });
        await page.GotoAsync("Account/Login?returnUrl=campaigns%2F1");
        await page.FillAsync("#username", "leader");
        await page.FillAsync("#password", BrowserFixture.Password);
        await page.ClickAsync("button[type=submit]");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await WaitForAsync(admin, count => count > before, "the open overview to subscribe");

        // The network goes away without the page closing: the server keeps the circuit for its
        // retention period (5 s in tests), then disposes it and its subscriptions.
        dropped = true;
        foreach (var server in serverSides)
        {
            await server.CloseAsync();
        }

        await WaitForAsync(admin, count => count == before, "the dropped circuit to be released", TimeSpan.FromSeconds(30));
        await context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    private static async Task<int> SubscribersAsync(IPage admin)
    {
        var response = await admin.Context.APIRequest.GetAsync("api/diagnostics/live");
        Assert.True(response.Ok, $"diagnostics answered {response.Status}");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("subscribers").GetInt32();
    }

    private static async Task WaitForAsync(IPage admin, Func<int, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        int last;
        do
        {
            last = await SubscribersAsync(admin);
            if (condition(last))
            {
                return;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"timed out waiting for {what}; subscribers = {last}");
    }
}
