using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Units;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Infrastructure;

/// <summary>Finds demo records by their Chinese names, so tests read like the seed.</summary>
public static class DemoLookup
{
    public static async Task<int> UnitIdAsync(WebApplicationFactory<Program> factory, string name)
    {
        await using var db = await DbAsync(factory);
        return await db.Set<Unit>().Where(u => u.Name == name).Select(u => u.Id).SingleAsync();
    }

    public static async Task<Campaign> CampaignAsync(WebApplicationFactory<Program> factory)
    {
        await using var db = await DbAsync(factory);
        return await db.Set<Campaign>().AsNoTracking().Include("_milestones").Include("_phases").SingleAsync(c => c.DocumentNumber == "江宁群办发〔2014〕8号");
    }

    public static async Task<CampaignHubDbContext> DbAsync(WebApplicationFactory<Program> factory) =>
        await factory.Services.GetRequiredService<IDbContextFactory<CampaignHubDbContext>>().CreateDbContextAsync();
}
