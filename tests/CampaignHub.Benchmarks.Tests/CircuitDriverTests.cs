using System.Net.Http.Json;
using CampaignHub.Benchmarks.Circuits;
using CampaignHub.BrowserTests.Infrastructure;

namespace CampaignHub.Benchmarks.Tests;

/// <summary>The protocol-level circuit driver against the real app (its own process, fresh demo data).</summary>
public sealed class CircuitDriverTests(LiveAppFixture app) : IClassFixture<LiveAppFixture>
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task A_wall_and_the_overview_receive_render_batches_after_the_office_marks_a_milestone_and_the_ledger_none()
    {
        using var leader = await SignedInUser.SignInAsync(app.Server.BaseUrl, "leader");
        using var office = await SignedInUser.SignInAsync(app.Server.BaseUrl, "office");
        await using var wall = await BlazorCircuit.StartAsync(leader, "wall", captureBatches: true, timeout: TimeSpan.FromMinutes(2), cancellationToken: TestContext.Current.CancellationToken);
        await using var overview = await BlazorCircuit.StartAsync(office, "campaigns/1", timeout: TimeSpan.FromMinutes(2), cancellationToken: TestContext.Current.CancellationToken);
        await using var ledger = await BlazorCircuit.StartAsync(office, "commitments", timeout: TimeSpan.FromMinutes(2), cancellationToken: TestContext.Current.CancellationToken);
        await QuietAsync(wall, overview, ledger);
        var (wallBefore, overviewBefore, ledgerBefore) = (wall.Batches, overview.Batches, ledger.Batches);

        var unitId = await UnitWithThirdMilestoneOpenAsync(office);
        var saved = await office.Http.PostAsJsonAsync($"api/milestones/3/units/{unitId}/met", new { metOn = "2014-04-10", note = "驱动测试" }, TestContext.Current.CancellationToken);
        saved.EnsureSuccessStatusCode();

        Assert.True(await wall.WaitUntilAsync(c => c.Batches > wallBefore, TimeSpan.FromSeconds(15)), "the wall received no render batch after the save");
        Assert.True(await overview.WaitUntilAsync(c => c.Batches > overviewBefore, TimeSpan.FromSeconds(15)), "the overview received no render batch after the save");
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.Equal(ledgerBefore, ledger.Batches);
        Assert.Empty(wall.Errors);
        Assert.True(wall.IsConnected && overview.IsConnected && ledger.IsConnected);
    }

    [Fact]
    public async Task The_driver_reads_the_rendered_page_and_raises_a_click_the_server_renders()
    {
        using var leader = await SignedInUser.SignInAsync(app.Server.BaseUrl, "leader");
        await using var wall = await BlazorCircuit.StartAsync(leader, "wall?kiosk=1", captureBatches: true, timeout: TimeSpan.FromMinutes(2), cancellationToken: TestContext.Current.CancellationToken);
        await QuietAsync(wall);
        Assert.Contains(wall.Captured, batch => batch.Contains("暂停轮播"));
        var before = wall.Batches;

        await wall.ClickAsync("wall-pause");

        Assert.True(await wall.WaitUntilAsync(c => c.Batches > before && c.Captured.Any(b => b.Contains("继续轮播")), TimeSpan.FromSeconds(15)), "the click was not rendered");
    }

    /// <summary>Waits until the circuits have had no render batch for a moment (start-up renders are over).</summary>
    private static async Task QuietAsync(params BlazorCircuit[] circuits)
    {
        var counts = circuits.Select(c => c.Batches).ToArray();
        for (var i = 0; i < 40; i++)
        {
            await Task.Delay(Quiet);
            var now = circuits.Select(c => c.Batches).ToArray();
            if (now.SequenceEqual(counts))
            {
                return;
            }

            counts = now;
        }
    }

    private static async Task<int> UnitWithThirdMilestoneOpenAsync(SignedInUser office)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await office.Http.GetStringAsync("api/campaigns/1/overview"));
        return json.RootElement.GetProperty("units").EnumerateArray()
            .First(u => u.GetProperty("cells")[2].GetProperty("metOn").ValueKind == System.Text.Json.JsonValueKind.Null)
            .GetProperty("unitId").GetInt32();
    }
}

/// <summary>One app process for the class, on a fresh demo data folder.</summary>
public sealed class LiveAppFixture : IAsyncLifetime
{
    public LiveServer Server { get; } = new();

    public async ValueTask InitializeAsync() => await Server.StartAsync();

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
