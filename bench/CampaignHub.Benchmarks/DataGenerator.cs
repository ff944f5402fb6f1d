using System.Diagnostics;
using System.Globalization;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CampaignHub.Benchmarks;

/// <summary>
/// Builds a province-scale data set: the demo database (seeded by the app itself, so migrations and
/// accounts are real), then thousands of units, milestone records and feature data inserted in bulk.
/// Deterministic (fixed random seed); reused when the same sizes were generated before.
/// </summary>
public static class DataGenerator
{
    public static async Task EnsureAsync(BenchOptions options)
    {
        var marker = Path.Combine(options.DataFolder, "generated.txt");
        var signature = $"{options.Units}/{options.Items}/{options.Answers}/v1";
        if (File.Exists(marker) && await File.ReadAllTextAsync(marker) == signature)
        {
            Console.WriteLine("data set: reusing " + options.DataFolder);
            return;
        }

        if (Directory.Exists(options.DataFolder))
        {
            Directory.Delete(options.DataFolder, recursive: true);
        }

        var watch = Stopwatch.StartNew();
        await using (var server = new LiveServer(options.DataFolder))
        {
            await server.StartAsync(); // migrations + demo seed
        }

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(options.DataFolder, "campaignhub.db")}");
        await connection.OpenAsync();
        var random = new Random(2014);
        var units = await InsertUnitsAsync(connection, options.Units, random);
        await InsertMilestoneRecordsAsync(connection, units, random);
        await FeatureDataGenerator.InsertAsync(connection, units, options, random);
        await Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        await File.WriteAllTextAsync(marker, signature);
        Console.WriteLine($"data set: generated in {watch.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>100 top-level units under the district, each with sub-units, all enrolled in campaign 1.</summary>
    private static async Task<List<int>> InsertUnitsAsync(SqliteConnection connection, int count, Random random)
    {
        var ids = new List<int>();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var unit = Command(connection, transaction, "INSERT INTO Units (Name, ShortName, Kind, ParentId, Version) VALUES ($name, NULL, $kind, $parent, 1) RETURNING Id");
        await using var enrol = Command(connection, transaction, "INSERT INTO CampaignUnits (CampaignId, UnitId) VALUES (1, $unit)");
        var parents = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var topLevel = i < Math.Max(1, count / 20);
            unit.Parameters["$name"].Value = topLevel ? $"第{i + 1}街道" : $"第{i + 1}社区";
            unit.Parameters["$kind"].Value = topLevel ? 2 : 5;
            unit.Parameters["$parent"].Value = topLevel ? 1 : parents[random.Next(parents.Count)];
            var id = Convert.ToInt32(await unit.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            if (topLevel)
            {
                parents.Add(id);
            }

            enrol.Parameters["$unit"].Value = id;
            await enrol.ExecuteNonQueryAsync();
            ids.Add(id);
        }

        await transaction.CommitAsync();
        return ids;
    }

    /// <summary>Most units met the first two milestones; the third is left open for the latency edits.</summary>
    private static async Task InsertMilestoneRecordsAsync(SqliteConnection connection, List<int> units, Random random)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = Command(connection, transaction,
            "INSERT INTO MilestoneCompletions (MilestoneId, UnitId, MetOn, Note, RecordedBy, RecordedAt, Version) VALUES ($m, $u, $on, NULL, 'bench', $at, 1)");
        foreach (var (milestone, due) in new[] { (1, new DateOnly(2014, 3, 31)), (2, new DateOnly(2014, 4, 5)) })
        {
            foreach (var unitId in units.Where(_ => random.NextDouble() < 0.7))
            {
                insert.Parameters["$m"].Value = milestone;
                insert.Parameters["$u"].Value = unitId;
                insert.Parameters["$on"].Value = due.AddDays(random.Next(-3, 3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                insert.Parameters["$at"].Value = DateTimeOffset.UtcNow.UtcTicks;
                await insert.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-zA-Z]+").Select(m => m.Value).Distinct())
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        return command;
    }

    public static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
