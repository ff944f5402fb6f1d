using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Accounts;
using CampaignHub.Features.Organisation;
using CampaignHub.Features.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Data.Seed;

/// <summary>
/// Seeds the Jiangning "双联动双体验双满意" campaign (江宁群办发〔2014〕8号). Units, people, accounts and the
/// supervision group are set up through the same services an administrator uses (<see cref="OrganisationService"/>,
/// <see cref="PeopleService"/>, <see cref="AccountService"/>, <see cref="SupervisionGroupService"/>), so the demo can
/// do nothing a real office cannot; only the accounts' published password is demo-only. Then each feature adds its
/// demo data. Runs only on an empty database.
/// </summary>
public sealed class DemoSeeder(
    IDbContextFactory<CampaignHubDbContext> dbFactory,
    OrganisationService organisation,
    PeopleService people,
    AccountService accounts,
    SupervisionGroupService groups,
    UserManager<Identity.AppUser> userManager,
    IEnumerable<IDemoSeedContributor> contributors,
    Features.Campaigns.CampaignSetupService campaignSetup,
    IClock clock,
    ILogger<DemoSeeder> logger)
{
    private static readonly Actor SetUp = Actor.System;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var (units, personIds) = await SeedOrganisationAsync(cancellationToken);
        await SeedAccountsAsync(units, personIds, cancellationToken);

        await using var db = await dbFactory.CreateForAsync(Actor.System, cancellationToken);
        db.PublishesChanges = false;
        // The same set-up service a real office uses: the 双联动双体验双满意 template laid out in 2014.
        var created = await campaignSetup.CreateFromTemplateAsync(Actor.System, CampaignTemplate.DoubleLinkage, new Features.Campaigns.CreateFromTemplateRequest(2014, [.. units.Values]), cancellationToken);
        var campaign = await db.Set<Campaign>().Include("_phases").Include("_milestones").AsSplitQuery().SingleAsync(c => c.Id == created.Id, cancellationToken);
        SeedMilestoneCompletions(db, campaign, units, today);
        await db.SaveChangesAsync(cancellationToken);

        var context = new DemoSeedContext { CampaignId = campaign.Id, Units = units, Today = today, Random = new Random(2014) };
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(db, context, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Seeded the demo campaign with {Units} units", units.Count);
    }

    /// <summary>The unit tree and its people, as an administrator would add them; returns unit ids by key and person ids by "role:key".</summary>
    private async Task<(Dictionary<string, int> Units, Dictionary<string, int> People)> SeedOrganisationAsync(CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, int>();
        var personIds = new Dictionary<string, int>();
        var order = 0;
        foreach (var seed in DemoData.Units)
        {
            var unitId = await organisation.AddAsync(SetUp, new UnitInput
            {
                Name = seed.Name,
                ShortName = seed.ShortName,
                Kind = seed.Kind,
                ParentId = seed.ParentKey is null ? null : ids[seed.ParentKey],
                DisplayOrder = order += 10,
            }, cancellationToken);
            ids[seed.Key] = unitId;
            var leaderGrade = seed.Kind switch
            {
                UnitKind.District => PersonGrade.CountyOrDivision,
                UnitKind.VillageOrCommunity => PersonGrade.Other,
                _ => PersonGrade.TownshipOrSection,
            };
            personIds["main:" + seed.Key] = await AddPersonAsync(unitId, seed.MainLeader, seed.MainLeaderTitle, PersonRole.MainLeader, leaderGrade, new DateOnly(2012, 1, 1), order, cancellationToken);
            personIds["other:" + seed.Key] = await AddPersonAsync(unitId, seed.OtherLeader, seed.OtherLeaderTitle, PersonRole.OtherLeader, leaderGrade, new DateOnly(2013, 6, 1), order + 1, cancellationToken);
            personIds["coordinator:" + seed.Key] = await AddPersonAsync(unitId, seed.Coordinator, "联络员", PersonRole.Coordinator, PersonGrade.Other, new DateOnly(2014, 3, 1), order + 2, cancellationToken);
        }

        foreach (var staff in DemoData.Staff)
        {
            personIds["staff:" + staff.Key] = await AddPersonAsync(ids[staff.UnitKey], staff.Name, staff.Title, PersonRole.Staff, PersonGrade.Other, new DateOnly(2014, 3, 1), 900 + personIds.Count, cancellationToken);
        }

        return (ids, personIds);
    }

    private Task<int> AddPersonAsync(int unitId, string name, string title, PersonRole role, PersonGrade grade, DateOnly joinedOn, int serial, CancellationToken cancellationToken) =>
        people.AddAsync(SetUp, new PersonInput
        {
            UnitId = unitId,
            Name = name,
            Title = title,
            Role = role,
            Grade = grade,
            Phone = $"025-5210{serial:0000}", // invented office numbers, never real ones
            JoinedOn = joinedOn,
        }, cancellationToken);

    /// <summary>The demo accounts (published password, no forced change: demo only) and the supervisor's group over every unit below the district.</summary>
    private async Task SeedAccountsAsync(IReadOnlyDictionary<string, int> units, IReadOnlyDictionary<string, int> personIds, CancellationToken cancellationToken)
    {
        foreach (var account in DemoData.Accounts)
        {
            var input = new AccountInput(
                account.UserName,
                account.Role,
                account.PersonOf is null ? null : personIds[account.PersonOf],
                account.ScopeUnitKey is null ? null : units[account.ScopeUnitKey],
                account.ScreenName);
            await accounts.CreateDemoAccountAsync(input, DemoData.Password, cancellationToken);
        }

        var supervisor = await userManager.FindByNameAsync("supervisor") ?? throw new InvalidOperationException("demo supervisor missing");
        await groups.CreateAsync(SetUp, new SupervisionGroupInput
        {
            Name = DemoData.SupervisionGroupName,
            UnitId = units["district"],
            MemberUserIds = [supervisor.Id],
            UnitIds = units.Where(u => u.Key != "district").Select(u => u.Value).ToList(),
        }, cancellationToken);
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
