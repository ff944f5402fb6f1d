using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Data.Seed;

/// <summary>
/// Seeds the Jiangning "双联动双体验双满意" campaign (江宁群办发〔2014〕8号) with its units, people and
/// accounts, then lets each feature add its demo data. Runs only on an empty database.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<CampaignHubDbContext> dbFactory,
    UserManager<AppUser> userManager,
    IEnumerable<IDemoSeedContributor> contributors,
    Features.Campaigns.CampaignSetupService campaignSetup,
    IClock clock,
    ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(Actor.System, cancellationToken);
        db.PublishesChanges = false;
        var today = clock.Today;
        var units = await SeedUnitsAsync(db, cancellationToken);
        // The same set-up service a real office uses: the 双联动双体验双满意 template laid out in 2014.
        var created = await campaignSetup.CreateFromTemplateAsync(Actor.System, CampaignTemplate.DoubleLinkage, new Features.Campaigns.CreateFromTemplateRequest(2014, [.. units.Values]), cancellationToken);
        var campaign = await db.Set<Campaign>().Include("_phases").Include("_milestones").AsSplitQuery().SingleAsync(c => c.Id == created.Id, cancellationToken);
        SeedMilestoneCompletions(db, campaign, units, today);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var account in DemoData.Accounts)
        {
            var user = new AppUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                UnitId = account.UnitKey is null ? null : units[account.UnitKey],
                EmailConfirmed = true,
            };
            await IdentityResultGuard.EnsureAsync(userManager.CreateAsync(user, DemoData.Password));
            await IdentityResultGuard.EnsureAsync(userManager.AddToRoleAsync(user, account.Role));
        }

        var context = new DemoSeedContext { CampaignId = campaign.Id, Units = units, Today = today, Random = new Random(2014) };
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(db, context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Seeded the demo campaign with {Units} units", units.Count);
    }

    private static async Task<Dictionary<string, int>> SeedUnitsAsync(CampaignHubDbContext db, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, int>();
        foreach (var seed in DemoData.Units)
        {
            var unit = new Unit(seed.Name, seed.Kind, seed.ParentKey is null ? null : ids[seed.ParentKey], seed.ShortName);
            db.Add(unit);
            await db.SaveChangesAsync(cancellationToken);
            unit.AddPerson(seed.MainLeader, seed.MainLeaderTitle, PersonRole.MainLeader, new DateOnly(2012, 1, 1));
            unit.AddPerson(seed.OtherLeader, seed.OtherLeaderTitle, PersonRole.OtherLeader, new DateOnly(2013, 6, 1));
            unit.AddPerson(seed.Coordinator, "联络员", PersonRole.Coordinator, new DateOnly(2014, 3, 1));
            ids[seed.Key] = unit.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ids;
    }

    /// <summary>A realistic spread: most met the first milestone, some late, a few still overdue.</summary>
    private static void SeedMilestoneCompletions(CampaignHubDbContext db, Campaign campaign, IReadOnlyDictionary<string, int> units, DateOnly today)
    {
        var random = new Random(326);
        var demoActor = new Actor("unit", "联络员", new HashSet<string> { Roles.Coordinator }, null);
        foreach (var milestone in campaign.Milestones)
        {
            foreach (var (key, unitId) in units)
            {
                var roll = random.NextDouble();
                DateOnly? metOn = roll switch
                {
                    < 0.55 => milestone.DueDate.AddDays(-random.Next(0, 4)),
                    < 0.70 => milestone.DueDate.AddDays(random.Next(1, 4)),
                    _ => null,
                };
                if (key == "dongshan" && milestone.DueDate > new DateOnly(2014, 4, 1))
                {
                    metOn = null; // leaves the demo coordinator something to mark
                }

                if (metOn is { } met && met <= today)
                {
                    var clockAtMet = new FixedClock(ChinaTime.StartOf(met).AddHours(17));
                    db.Add(MilestoneCompletion.Record(milestone, unitId, met, "已按要求完成，材料已归档", demoActor, clockAtMet));
                }
            }
        }
    }
}

internal static class IdentityResultGuard
{
    public static async Task EnsureAsync(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
