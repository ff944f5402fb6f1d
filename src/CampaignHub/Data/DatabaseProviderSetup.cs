using System.Reflection;
using CampaignHub.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Data;

/// <summary>
/// Points the context at the configured engine. SQLite's migrations live in this assembly; PostgreSQL's in
/// CampaignHub.Migrations.Postgres, which references this assembly (for the context type) and is therefore loaded
/// by name at run time rather than referenced at build time.
/// </summary>
public static class DatabaseProviderSetup
{
    public const string PostgresMigrationsAssemblyName = "CampaignHub.Migrations.Postgres";

    public static DbContextOptionsBuilder UseConfiguredProvider(this DbContextOptionsBuilder db, CampaignHubOptions options)
    {
        var connectionString = options.ResolveConnectionString();
        return options.Database.Provider switch
        {
            DatabaseProvider.Postgres => db.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(LoadPostgresMigrations())),
            _ => db.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(CampaignHubDbContext).Assembly.FullName)),
        };
    }

    private static Assembly LoadPostgresMigrations()
    {
        try
        {
            return Assembly.Load(new AssemblyName(PostgresMigrationsAssemblyName));
        }
        catch (FileNotFoundException)
        {
            // Not in this app's dependency list: building the migrations project copies it beside the app.
            var besideApp = Path.Combine(AppContext.BaseDirectory, PostgresMigrationsAssemblyName + ".dll");
            return File.Exists(besideApp)
                ? Assembly.LoadFrom(besideApp)
                : throw new StartupConfigurationException($"使用 PostgreSQL 需要迁移程序集 {PostgresMigrationsAssemblyName}.dll：请先执行 dotnet build src/{PostgresMigrationsAssemblyName}。Provider=Postgres needs {besideApp}: build src/{PostgresMigrationsAssemblyName} (it copies itself beside the app).");
        }
    }
}
