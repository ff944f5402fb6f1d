using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CampaignHub.Tests.Infrastructure;

/// <summary>
/// Where a test app keeps its data. By default a SQLite file in its temporary data folder. With
/// <see cref="PostgresVariable"/> set to a base connection string (scripts/test-postgres.sh sets it), every data folder
/// gets its own fresh PostgreSQL database, named after the folder so that an app "restarted" on the same folder finds
/// the same data, and the app runs with CampaignHub:Database:Provider=Postgres.
/// </summary>
public static class TestDatabase
{
    public const string PostgresVariable = "CAMPAIGNHUB_TEST_POSTGRES";

    public static string? PostgresBase => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool OnPostgres => PostgresBase is not null;

    /// <summary>Points the app at <paramref name="dataFolder"/> and at the database that belongs to it.</summary>
    public static void UseDataFolder(IWebHostBuilder builder, string dataFolder)
    {
        builder.UseSetting("CampaignHub:DataFolder", dataFolder);
        if (PostgresBase is { } baseConnection)
        {
            var name = DatabaseName(dataFolder);
            Execute(baseConnection, $"CREATE DATABASE \"{name}\"", unlessExists: name);
            builder.UseSetting("CampaignHub:Database:Provider", "Postgres");
            builder.UseSetting("CampaignHub:ConnectionString", ConnectionString(dataFolder));
        }
    }

    /// <summary>The connection string of the PostgreSQL database that belongs to <paramref name="dataFolder"/>.</summary>
    public static string ConnectionString(string dataFolder) =>
        new NpgsqlConnectionStringBuilder(PostgresBase) { Database = DatabaseName(dataFolder) }.ConnectionString;

    /// <summary>Removes the folder and, on PostgreSQL, its database.</summary>
    public static void Delete(string dataFolder)
    {
        SqliteConnection.ClearAllPools();
        if (PostgresBase is { } baseConnection)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(baseConnection, $"DROP DATABASE IF EXISTS \"{DatabaseName(dataFolder)}\" WITH (FORCE)", unlessExists: null);
        }

        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open on shutdown: the temp folder is cleaned by the OS
        }
    }

    private static string DatabaseName(string dataFolder) => "campaignhub_test_" + Path.GetFileName(Path.TrimEndingDirectorySeparator(dataFolder)).ToLowerInvariant();

    private static void Execute(string baseConnection, string sql, string? unlessExists)
    {
        using var connection = new NpgsqlConnection(baseConnection);
        connection.Open();
        if (unlessExists is not null)
        {
            using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", unlessExists);
            if (exists.ExecuteScalar() is not null)
            {
                return;
            }
        }

        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
