using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Common;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Tests.Data;

/// <summary>
/// The same tests on either engine: the SQLite run (default) and the PostgreSQL run (scripts/test-postgres.sh sets
/// CAMPAIGNHUB_TEST_POSTGRES), so each proves the app works on the provider it was configured with.
/// </summary>
public sealed class DatabaseProviderTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_app_runs_on_the_configured_provider_with_every_migration_applied()
    {
        _ = factory.CreateClient();
        await using var db = await DemoLookup.DbAsync(factory);

        Assert.Equal(TestDatabase.OnPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task An_instant_written_in_China_time_reads_back_as_the_same_instant()
    {
        _ = factory.CreateClient();
        var chinaMorning = new DateTimeOffset(2014, 4, 10, 9, 30, 15, ChinaTime.Offset).AddTicks(1234560); // microseconds survive on both engines
        long id;
        await using (var db = await DemoLookup.DbAsync(factory))
        {
            var entry = new AuditEntry { At = chinaMorning, UserName = "instant-test", EntityType = "Test", EntityId = "1", Field = "*" };
            db.Add(entry);
            await db.SaveChangesAsync();
            id = entry.Id;
        }

        await using var fresh = await DemoLookup.DbAsync(factory);
        var stored = await fresh.Set<AuditEntry>().AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal(chinaMorning.UtcDateTime, stored.At.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, stored.At.Offset);
        Assert.Equal(new DateTimeOffset(2014, 4, 10, 1, 30, 15, TimeSpan.Zero).AddTicks(1234560), stored.At);

        // China-time values in queries compare as instants too.
        Assert.True(await fresh.Set<AuditEntry>().AnyAsync(a => a.Id == id && a.At == chinaMorning));
        Assert.True(await fresh.Set<AuditEntry>().AnyAsync(a => a.Id == id && a.At > chinaMorning.AddHours(-1) && a.At < chinaMorning.AddSeconds(1)));
        Assert.False(await fresh.Set<AuditEntry>().AnyAsync(a => a.Id == id && a.At > chinaMorning));
    }

    [Fact]
    public async Task Sign_in_keys_are_kept_in_the_database_on_PostgreSQL_and_in_the_data_folder_on_SQLite()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await Accounts.LoginAsync(client, "admin", Accounts.Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);

        await using var db = await DemoLookup.DbAsync(factory);
        var keysInDatabase = await db.DataProtectionKeys.CountAsync();
        var keyFolder = Path.Combine(factory.DataFolder, "keys");
        var keyFiles = Directory.Exists(keyFolder) ? Directory.GetFiles(keyFolder, "*.xml").Length : 0;
        if (TestDatabase.OnPostgres)
        {
            Assert.True(keysInDatabase > 0, "the key ring belongs in the shared database");
            Assert.Equal(0, keyFiles);
        }
        else
        {
            Assert.True(keyFiles > 0, "the key ring belongs beside the SQLite file");
            Assert.Equal(0, keysInDatabase);
        }
    }
}
