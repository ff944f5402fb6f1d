using System.Net;
using System.Net.Http.Json;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Wall;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Wall;

public sealed class WallApiTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_wall_counts_overdue_milestones_exactly_as_the_database_does()
    {
        var client = await Accounts.SignedInClientAsync(factory, "wall");

        var wall = await client.GetFromJsonAsync<WallSnapshot>("/api/wall?campaign=1", ApiJson.Options);

        // Computed independently: enrolled units × milestones due before today with no completion.
        await using var db = await DemoLookup.DbAsync(factory);
        var today = factory.Clock.Today;
        var milestones = await db.Set<Milestone>().Where(m => m.CampaignId == 1 && m.DueDate < today).Select(m => m.Id).ToListAsync();
        var units = await db.Set<CampaignUnit>().Where(u => u.CampaignId == 1).Select(u => u.UnitId).ToListAsync();
        var met = await db.Set<MilestoneCompletion>().Where(c => milestones.Contains(c.MilestoneId)).Select(c => new { c.MilestoneId, c.UnitId }).ToListAsync();
        var expected = milestones.Sum(m => units.Count(u => !met.Any(c => c.MilestoneId == m && c.UnitId == u)));

        Assert.Equal(expected, wall!.Overdue.Count(o => o.Kind == "时间节点"));
        Assert.Equal(units.Count, wall.Units.Count);
        Assert.Equal("江宁群办发〔2014〕8号", wall.Campaign.DocumentNumber);
    }

    [Fact]
    public async Task A_saved_change_is_in_the_next_snapshot_without_recounting_everything()
    {
        var cache = factory.Services.GetRequiredService<WallCache>();
        var before = await cache.GetAsync(1);
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var overdueMilestone = before.Overdue.FirstOrDefault(o => o.UnitId == moling && o.Kind == "时间节点");
        Assert.NotNull(overdueMilestone);
        var milestone = (await DemoLookup.CampaignAsync(factory)).Milestones.First(m => m.Title == overdueMilestone.Title);

        var service = factory.Services.CreateScope().ServiceProvider.GetRequiredService<MilestoneService>();
        await service.MarkMetAsync(await Accounts.ActorAsync(factory, "office"), milestone.Id, moling, factory.Clock.Today, "补报", null);
        var after = await cache.GetAsync(1);

        Assert.Equal(before.Overdue.Count - 1, after.Overdue.Count);
        Assert.DoesNotContain(after.Overdue, o => o.UnitId == moling && o.Title == milestone.Title);
        Assert.Contains(after.Recent, c => c.Kind == ChangeKind.Milestone && c.UnitId == moling);
    }

    [Fact]
    public async Task The_hub_rejects_anonymous_clients()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.PostAsync("/hubs/campaign/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_hub_accepts_a_signed_in_client()
    {
        var client = await Accounts.SignedInClientAsync(factory, "leader");

        var response = await client.PostAsync("/hubs/campaign/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("connectionToken", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_display_account_lands_on_the_kiosk_wall()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await Accounts.LoginAsync(client, "wall");

        Assert.Equal("http://localhost/wall?kiosk=1", response.Headers.Location?.ToString());
    }
}
