using CampaignHub.Data;
using CampaignHub.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Migrations.Postgres;

/// <summary>
/// Lets `dotnet ef` build the PostgreSQL model with this project as its startup project. The context comes from the
/// app's own registration (Provider=Postgres), so the model is exactly the one the app runs with — Identity's store
/// options included. Adding a migration needs no server; commands that do (database update) take the connection
/// after `--`, e.g. `-- "Host=127.0.0.1;Port=55432;Username=campaignhub;Database=campaignhub"`.
/// </summary>
public sealed class DesignTimePostgresContextFactory : IDesignTimeDbContextFactory<CampaignHubDbContext>
{
    public CampaignHubDbContext CreateDbContext(string[] args)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["CampaignHub:Database:Provider"] = nameof(DatabaseProvider.Postgres);
        builder.Configuration["CampaignHub:ConnectionString"] = args.FirstOrDefault() ?? "Host=127.0.0.1;Port=5432;Username=campaignhub;Database=campaignhub";
        builder.Configuration["CampaignHub:DataFolder"] = Path.Combine(Path.GetTempPath(), "campaignhub-design-time");
        builder.AddCampaignHub();
        var app = builder.Build();
        return app.Services.GetRequiredService<IDbContextFactory<CampaignHubDbContext>>().CreateDbContext();
    }
}
