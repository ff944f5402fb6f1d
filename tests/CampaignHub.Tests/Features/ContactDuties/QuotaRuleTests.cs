using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.ContactDuties;

public sealed class QuotaRuleTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static object Key(QuotaRule r) => (r.Role, r.DutyType, r.Target, r.Measure, r.Period, r.MinConsecutiveDays, r.Description, r.Source, r.IsActive);

    [Fact]
    public async Task The_migrations_alone_insert_the_seed_003_quota_rules_so_they_exist_outside_demo_mode()
    {
        var path = Path.Combine(Path.GetTempPath(), $"quota-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new CampaignHubDbContext(new DbContextOptionsBuilder<CampaignHubDbContext>().UseSqlite($"Data Source={path}").Options);
            await db.Database.MigrateAsync();

            var stored = await db.Set<QuotaRule>().AsNoTracking().OrderBy(r => r.Id).ToListAsync();

            Assert.Equal(QuotaRule.DefaultRules().Select(Key), stored.Select(Key));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_administrator_changes_a_target_and_the_office_may_only_read()
    {
        var rules = factory.Services.CreateScope().ServiceProvider.GetRequiredService<QuotaRuleService>();
        var rule = (await rules.ListAsync()).First(r => r.DutyType == DutyType.HeartToHeartTalk && r.Role == QuotaRole.OtherLeader);
        var change = new ChangeQuotaRuleRequest(3, rule.Measure, rule.Period, rule.Description, null, rule.Source, true, rule.Version);

        var office = await Accounts.ActorAsync(factory, "office");
        var admin = await Accounts.ActorAsync(factory, "admin");

        await Assert.ThrowsAsync<AccessDeniedException>(() => rules.ChangeAsync(office, rule.Id, change));
        var changed = await rules.ChangeAsync(admin, rule.Id, change);

        Assert.Equal(3, changed.Target);
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => rules.ChangeAsync(admin, rule.Id, change with { Target = 4 }));
        Assert.Equal(3, Assert.IsType<QuotaRuleDto>(stale.Current).Target);
    }
}
