using System.Net.Http.Json;
using System.Text.Json;
using CampaignHub.Features.Dashboard;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Features.Wall;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Satisfaction;

/// <summary>
/// A coordinator whose own unit's current rate is visible (a newer survey lets units see their own rates while open)
/// must still not get, through the wall's per-unit trend, the rate of an earlier survey that is sealed for them.
/// Its own fixture: the test opens a third survey.
/// </summary>
public sealed class SealedTrendOnTheWallTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_wall_trend_keeps_a_coordinators_own_rate_but_drops_surveys_still_sealed_for_them()
    {
        var closed = await ClosedSurveyAsync(factory);
        var open = await OpenSurveyAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var office = await Accounts.ActorAsync(factory, "office");
        var leaderActor = await Accounts.ActorAsync(factory, "leader");
        var results = Service<SatisfactionResultsService>(factory);
        var closedRate = (await results.UnitRateAsync(leaderActor, closed.Id, dongshan)).Rate;
        var sealedRate = (await results.UnitRateAsync(leaderActor, open.Id, dongshan)).Rate;

        // A third survey, open now, whose units may see their own rates before it closes: it becomes the current one.
        var admin = Service<SurveyAdminService>(factory);
        var third = await admin.CreateAsync(office, closed.CampaignId, new SurveySettingsInput
        {
            Title = "东山街道专项回访测评",
            OpensAt = new DateTime(2014, 4, 10, 9, 0, 0),
            ClosesAt = new DateTime(2014, 4, 25, 18, 0, 0),
            UnitsSeeOwnRatesBeforeClose = true,
            TargetUnitIds = [dongshan],
        });
        await admin.OpenAsync(office, third, (await admin.GetAsync(office, third)).Version);

        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");
        var leader = await Accounts.SignedInClientAsync(factory, "leader");
        var ownWall = await coordinator.GetFromJsonAsync<JsonElement>("/api/wall");
        var fullWall = await leader.GetFromJsonAsync<JsonElement>("/api/wall");
        var dashboard = await Service<DashboardService>(factory).GetAsync(await Accounts.ActorAsync(factory, "unit"), closed.CampaignId);

        static JsonElement Rate(JsonElement wall, int unitId) =>
            wall.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetInt32() == unitId).GetProperty("rate");
        static List<decimal?> Trend(JsonElement rate) =>
            rate.GetProperty("trend").EnumerateArray().Select(t => t.ValueKind == JsonValueKind.Null ? (decimal?)null : t.GetDecimal()).ToList();

        // The leader sees all three points; the coordinator keeps the visible ones (closed, and the third: 样本不足).
        Assert.Equal([closedRate, sealedRate, null], Trend(Rate(fullWall, dongshan)));
        Assert.Equal(JsonValueKind.Object, Rate(ownWall, dongshan).ValueKind);
        Assert.Equal([closedRate, null], Trend(Rate(ownWall, dongshan)));
        Assert.All(ownWall.GetProperty("units").EnumerateArray().Where(u => u.GetProperty("unitId").GetInt32() != dongshan),
            u => Assert.Equal(JsonValueKind.Null, u.GetProperty("rate").ValueKind));
        var ownRow = dashboard.Snapshot.Units.Single(u => u.UnitId == dongshan);
        Assert.NotNull(ownRow.Rate);
        Assert.DoesNotContain(sealedRate, ownRow.Rate.Trend);

        // The viewer's figure and trend are chosen again from the survey results the viewer may see, not from the
        // shared trend: a snapshot whose trend does not line up (built before a survey change) leaks nothing.
        var snapshot = await factory.Services.GetRequiredService<WallCache>().GetAsync(closed.CampaignId);
        var stale = snapshot with
        {
            Units = snapshot.Units.Select(u => u.UnitId == dongshan ? u with { Rate = u.Rate! with { Trend = [.. u.Rate.Trend, 0.5m] } } : u).ToList(),
        };
        var staleView = await Service<SatisfactionWallVisibility>(factory).ForViewerAsync(stale, await Accounts.ActorAsync(factory, "unit"));
        var staleRow = staleView.Units.Single(u => u.UnitId == dongshan).Rate!;
        Assert.Equal([closedRate, null], staleRow.Trend);
        Assert.DoesNotContain(0.5m, staleRow.Trend);
        Assert.Equal(closedRate, staleRow.Rate);
        Assert.StartsWith("新一轮测评样本不足", staleRow.Label, StringComparison.Ordinal);
    }
}
