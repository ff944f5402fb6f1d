using CampaignHub.Data.Seed;
using CampaignHub.Domain.Common;
using CampaignHub.Identity;
using CampaignHub.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignHub.Data;

/// <summary>At start-up: applies migrations, turns on WAL (SQLite), creates roles and seeds an empty database.</summary>
public static class DatabaseInitializer
{
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var options = services.GetRequiredService<IOptions<CampaignHubOptions>>().Value;
        var dbFactory = services.GetRequiredService<IDbContextFactory<CampaignHubDbContext>>();

        // Nodes starting together on one database would each migrate and seed it (EF Core's own migration lock was
        // seen to let two PostgreSQL nodes apply the same migration): one node at a time initialises.
        await using var lease = await services.GetRequiredService<Cluster.IClusterLock>().AcquireAsync("database-initialisation");
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            if (await db.Users.AnyAsync() || await db.Set<Domain.Units.Unit>().AnyAsync())
            {
                return; // seeding never runs on a database that has data
            }
        }

        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await IdentityResultGuard.EnsureAsync(roleManager.CreateAsync(new IdentityRole(role)));
            }
        }

        if (options.DemoMode)
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync();
            return;
        }

        if (string.IsNullOrWhiteSpace(options.AdminPassword))
        {
            throw new StartupConfigurationException("数据库为空且未启用演示模式：请设置初始管理员密码 CampaignHub__AdminPassword（至少12位，含大小写字母、数字和符号）。The database is empty and not in demo mode: set CampaignHub:AdminPassword (env CampaignHub__AdminPassword) for the initial admin account.");
        }

        var userManager = services.GetRequiredService<UserManager<AppUser>>();
        var admin = new AppUser { UserName = "admin", DisplayName = "系统管理员", EmailConfirmed = true };
        var created = await userManager.CreateAsync(admin, options.AdminPassword);
        if (!created.Succeeded)
        {
            throw new StartupConfigurationException("初始管理员密码不符合要求：" + string.Join("；", created.Errors.Select(e => e.Description)));
        }

        await IdentityResultGuard.EnsureAsync(userManager.AddToRoleAsync(admin, Roles.Admin));
    }
}

/// <summary>A setting the operator must fix before the app can start; reported as one line, not a stack trace.</summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
