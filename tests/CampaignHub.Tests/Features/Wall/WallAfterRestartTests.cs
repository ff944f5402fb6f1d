using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Wall;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Wall;

public sealed class WallAfterRestartTests
{
    [Fact]
    public async Task After_a_restart_on_existing_data_an_edit_still_reaches_the_wall_and_its_subscribers()
    {
        using var first = new CampaignHubFactory();
        _ = first.CreateClient();
        using var second = new ReusingFactory(first.DataFolder);
        _ = second.CreateClient();
        var cache = second.Services.GetRequiredService<WallCache>();
        var feed = second.Services.GetRequiredService<IChangeFeed>();
        var before = await cache.GetAsync(1);
        var delivered = new TaskCompletionSource<IReadOnlyList<ChangeEvent>>();
        using var subscription = feed.Subscribe(batch =>
        {
            delivered.TrySetResult(batch);
            return Task.CompletedTask;
        });
        var target = before.Overdue.First(o => o.Kind == "时间节点");
        var milestone = (await DemoLookup.CampaignAsync(second)).Milestones.First(m => m.Title == target.Title);
        var office = await Accounts.ActorAsync(first, "office");

        await second.Services.CreateScope().ServiceProvider.GetRequiredService<MilestoneService>()
            .MarkMetAsync(office, milestone.Id, target.UnitId, new DateOnly(2014, 4, 9), "重启后补报", null);

        await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var after = await cache.GetAsync(1);
        Assert.Equal(before.Overdue.Count - 1, after.Overdue.Count);
    }

    private sealed class ReusingFactory(string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            TestDatabase.UseDataFolder(builder, folder);
            builder.UseSetting("CampaignHub:DemoMode", "true");
            builder.UseSetting("CampaignHub:DemoToday", "2014-04-10");
        }
    }
}
