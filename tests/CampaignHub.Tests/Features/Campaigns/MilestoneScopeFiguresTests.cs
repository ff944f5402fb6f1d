using System.Net;
using System.Net.Http.Json;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Dashboard;
using CampaignHub.Features.Units;
using CampaignHub.Features.Wall;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Campaigns;

/// <summary>
/// A milestone set for a chosen set of units is owed by those units only: the overview, the unit page, the wall,
/// /api/wall and the 工作台 all count it the same way, and it agrees with a count made from the raw rows.
/// </summary>
public sealed class MilestoneScopeFiguresTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private const int CampaignId = 1;

    [Fact]
    public async Task A_milestone_for_a_chosen_set_counts_only_those_units_everywhere()
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var office = await Accounts.ActorAsync(factory, "office");
        var setup = services.GetRequiredService<CampaignSetupService>();
        Milestone milestone;

        // A milestone already past on the demo's today, kept for the units that met it and one that has not.
        var campaign = await DemoLookup.CampaignAsync(factory);
        await using (var db = await DemoLookup.DbAsync(factory))
        {
            var enrolled = await db.Set<CampaignUnit>().Where(u => u.CampaignId == CampaignId).Select(u => u.UnitId).ToListAsync();
            var completions = await db.Set<MilestoneCompletion>().Select(c => new { c.MilestoneId, c.UnitId }).ToListAsync();
            milestone = campaign.Milestones.OrderBy(m => m.DueDate).First(m =>
                m.DueDate < factory.Clock.Today && enrolled.Any(u => !completions.Any(c => c.MilestoneId == m.Id && c.UnitId == u)));
            var metBy = completions.Where(c => c.MilestoneId == milestone.Id).Select(c => c.UnitId).ToList();
            var late = enrolled.First(u => !metBy.Contains(u));
            var current = await setup.GetAsync(office, CampaignId);
            var draft = current.Draft with
            {
                Phases = current.Draft.Phases.Select(p => p with
                {
                    Milestones = p.Milestones.Select(m => m.Id == milestone.Id ? m with { UnitIds = [.. metBy, late] } : m).ToList(),
                }).ToList(),
            };
            await setup.ReviseAsync(office, CampaignId, draft, current.Version);
        }

        var (overdue, owed, excluded) = await CountFromRowsAsync(milestone.Id);
        Assert.True(overdue > 0);

        var overview = await services.GetRequiredService<CampaignService>().GetOverviewAsync(CampaignId);
        Assert.Equal(overdue, overview.OverdueTotal);
        Assert.Equal(owed, overview.CellTotal);
        var excludedRow = overview.Units.Single(u => u.UnitId == excluded);
        Assert.Equal(MilestoneState.NotRequired, excludedRow.Cells.Single(c => c.MilestoneId == milestone.Id).State);

        var unitPage = await services.GetRequiredService<UnitService>().GetAsync(office, excluded);
        Assert.Equal(MilestoneState.NotRequired, unitPage.Campaigns.Single(c => c.CampaignId == CampaignId).Row.Cells.Single(c => c.MilestoneId == milestone.Id).State);

        var wallClient = await Accounts.SignedInClientAsync(factory, "wall");
        var api = (await wallClient.GetFromJsonAsync<WallSnapshot>($"/api/wall?campaign={CampaignId}", ApiJson.Options))!;
        Assert.Equal(overdue, api.Overdue.Count(o => o.Kind == OverdueKinds.Milestone));
        Assert.DoesNotContain(api.Overdue, o => o.Kind == OverdueKinds.Milestone && o.UnitId == excluded && o.Title == milestone.Title);
        var wall = await services.GetRequiredService<WallCache>().GetAsync(CampaignId);
        Assert.Equal(overdue, wall.Overdue.Count(o => o.Kind == OverdueKinds.Milestone));

        var dashboard = await services.GetRequiredService<DashboardService>().GetAsync(office, CampaignId);
        Assert.Equal(overdue, dashboard.OverdueCounts[OverdueKinds.Milestone]);

        // And the excluded unit cannot record meeting it.
        var marking = await (await Accounts.SignedInClientAsync(factory, "office"))
            .PostAsJsonAsync($"/api/milestones/{milestone.Id}/units/{excluded}/met", new MarkMilestoneRequest(new DateOnly(2014, 4, 4), "不适用的节点", null));
        Assert.Equal(HttpStatusCode.BadRequest, marking.StatusCode);
        Assert.Contains("只适用于指定的单位", await marking.Content.ReadAsStringAsync());
    }

    /// <summary>From the raw rows: overdue milestone cells and owed cells over the participating units, and one unit outside the chosen set.</summary>
    private async Task<(int Overdue, int Owed, int Excluded)> CountFromRowsAsync(int scopedMilestoneId)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        var today = factory.Clock.Today;
        var units = await db.Set<CampaignUnit>().Where(u => u.CampaignId == CampaignId).Select(u => u.UnitId).ToListAsync();
        var milestones = await db.Set<Milestone>().Where(m => m.CampaignId == CampaignId).Select(m => new { m.Id, m.DueDate, m.UnitIds }).ToListAsync();
        var met = await db.Set<MilestoneCompletion>().Select(c => new { c.MilestoneId, c.UnitId }).ToListAsync();
        var cells = milestones.SelectMany(m => units.Where(u => m.UnitIds.Count == 0 || m.UnitIds.Contains(u)).Select(u => (m.Id, m.DueDate, Unit: u))).ToList();
        var overdue = cells.Count(c => c.DueDate < today && !met.Any(x => x.MilestoneId == c.Id && x.UnitId == c.Unit));
        var scoped = milestones.Single(m => m.Id == scopedMilestoneId);
        Assert.NotEmpty(scoped.UnitIds);
        return (overdue, cells.Count, units.First(u => !scoped.UnitIds.Contains(u)));
    }
}
