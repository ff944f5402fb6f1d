using CampaignHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampaignHub.Migrations.Postgres;

/// <summary>
/// Lets `dotnet ef` build the PostgreSQL model with this project as its startup project. Adding a migration needs no
/// server; commands that do (database update) take the connection after `--`, e.g. `-- "Host=...;Database=..."`.
/// </summary>
public sealed class DesignTimePostgresContextFactory : IDesignTimeDbContextFactory<CampaignHubDbContext>
{
    public CampaignHubDbContext CreateDbContext(string[] args)
    {
        var connectionString = args.FirstOrDefault() ?? "Host=127.0.0.1;Port=5432;Database=campaignhub;Username=campaignhub";
        var options = new DbContextOptionsBuilder<CampaignHubDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(DesignTimePostgresContextFactory).Assembly.GetName().Name))
            .Options;
        return new CampaignHubDbContext(options);
    }
}
