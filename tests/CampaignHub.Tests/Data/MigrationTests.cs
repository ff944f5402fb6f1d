using CampaignHub.Data;
using CampaignHub.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Tests.Data;

/// <summary>The dotnet-ef migrations must build exactly the schema the model describes.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "campaignhub-migrations", Guid.NewGuid().ToString("N"));

    public MigrationTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_database_built_by_the_migrations_has_exactly_the_schema_of_the_model()
    {
        var migrated = Path.Combine(_folder, "migrated.db");
        var created = Path.Combine(_folder, "created.db");
        await using (var db = Context(migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Context(created))
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
        }

        var expected = await SchemaAsync(created);
        var actual = await SchemaAsync(migrated);

        // EF's own bookkeeping tables exist only in the migrated database.
        static bool Ours(string line) => !line.StartsWith("table __EFMigrations", StringComparison.Ordinal);
        Assert.Equal([], expected.Except(actual).Where(Ours).ToList());
        Assert.Equal([], actual.Except(expected).Where(Ours).ToList());
    }

    [Fact]
    public async Task Every_migration_applies_to_an_empty_database_and_the_model_has_no_pending_change()
    {
        await using var db = Context(Path.Combine(_folder, "pending.db"));

        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: run dotnet ef migrations add");
    }

    private static CampaignHubDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<CampaignHubDbContext>().UseSqlite($"Data Source={path}").Options);

    /// <summary>Tables, columns (type, nullability, key, default), indexes and foreign keys, one line each.</summary>
    private static async Task<List<string>> SchemaAsync(string path)
    {
        var lines = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        foreach (var table in await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => r.GetString(0)))
        {
            lines.AddRange(await ReadAsync(connection, $"SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info('{table}')",
                r => $"table {table} column {r.GetString(0)} {r.GetString(1)} notnull={r.GetInt64(2)} pk={r.GetInt64(3)} default={(r.IsDBNull(4) ? "" : r.GetString(4))}"));
            lines.AddRange(await ReadAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')",
                r => $"table {table} fk {r.GetString(1)} -> {r.GetString(0)}.{r.GetString(2)} on delete {r.GetString(3)}"));
            foreach (var (index, unique) in await ReadAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'", r => (r.GetString(0), r.GetInt64(1))))
            {
                var columns = await ReadAsync(connection, $"SELECT name FROM pragma_index_info('{index}')", r => r.GetString(0));
                lines.Add($"table {table} index {index} unique={unique} ({string.Join(",", columns)})");
            }
        }

        return lines;
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<T>();
        while (await reader.ReadAsync())
        {
            result.Add(map(reader));
        }

        return result;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
