using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Units;
using CampaignHub.Identity;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Tests.Data;

public sealed class SeedingTests
{
    [Fact]
    public async Task The_demo_seeds_the_Jiangning_campaign_with_units_of_the_seeded_kinds()
    {
        using var factory = new CampaignHubFactory();
        _ = factory.CreateClient();
        await using var db = await DemoLookup.DbAsync(factory);

        var campaign = await DemoLookup.CampaignAsync(factory);
        Assert.Equal("江宁群办发〔2014〕8号", campaign.DocumentNumber);
        Assert.Equal(new DateOnly(2014, 3, 26), campaign.IssuedOn);
        var units = await db.Set<Unit>().Include(u => u.People).ToListAsync();
        Assert.InRange(units.Count, 15, 20);
        Assert.Contains(units, u => u.Kind == UnitKind.StreetOrTownship);
        Assert.Contains(units, u => u.Kind == UnitKind.VillageOrCommunity);
        Assert.Contains(units, u => u.Kind == UnitKind.LawEnforcementOrServiceWindow);
        Assert.All(units, u => Assert.Contains(u.People, p => p.Role == PersonRole.Coordinator));
        Assert.All(units, u => Assert.Contains(u.People, p => p.Role == PersonRole.MainLeader));
    }

    [Fact]
    public async Task Seeding_never_runs_on_a_database_that_has_data()
    {
        using var first = new CampaignHubFactory();
        _ = first.CreateClient();
        int unitsBefore;
        await using (var db = await DemoLookup.DbAsync(first))
        {
            unitsBefore = await db.Set<Unit>().CountAsync();
        }

        using var second = new ReusingFactory(first.DataFolder);
        _ = second.CreateClient();
        await using var again = await DemoLookup.DbAsync(second);

        Assert.Equal(unitsBefore, await again.Set<Unit>().CountAsync());
        Assert.Equal(1, await again.Set<Campaign>().CountAsync());
    }

    [Fact]
    public async Task Outside_demo_mode_only_an_admin_is_seeded_with_the_configured_password()
    {
        var folder = Path.Combine(Path.GetTempPath(), "campaignhub-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Production");
                TestDatabase.UseDataFolder(builder, folder);
                builder.UseSetting("CampaignHub:DemoMode", "false");
                builder.UseSetting("CampaignHub:AdminPassword", "Produktion!2026x");
            });
            var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

            var response = await Accounts.LoginAsync(client, "admin", "Produktion!2026x");

            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
            var db = factory.Services.GetService(typeof(Microsoft.EntityFrameworkCore.IDbContextFactory<CampaignHub.Data.CampaignHubDbContext>)) as IDbContextFactory<CampaignHub.Data.CampaignHubDbContext>;
            await using var context = await db!.CreateDbContextAsync();
            Assert.Equal(0, await context.Set<Unit>().CountAsync());
            Assert.Equal(["admin"], await context.Set<AppUser>().Select(u => u.UserName!).ToListAsync());
        }
        finally
        {
            TestDatabase.Delete(folder);
        }
    }

    private sealed class ReusingFactory(string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            TestDatabase.UseDataFolder(builder, folder);
            builder.UseSetting("CampaignHub:DemoMode", "true");
        }
    }
}
