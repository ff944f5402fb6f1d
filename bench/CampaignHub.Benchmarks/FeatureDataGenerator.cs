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
        var half = options.Items / 2;
        if (tables.Contains("RectificationItems"))
        {
            await InsertRectificationItemsAsync(connection, units, half, random);
        }
        else
        {
            Console.WriteLine("no RectificationItems table: rectification items not generated");
        }

        if (tables.Contains("Commitments"))
        {
            await InsertCommitmentsAsync(connection, units, options.Items - half, random);
        }
        else
        {
            Console.WriteLine("no Commitments table: commitments not generated");
        }

        if (tables.Contains("SurveyResponses"))
        {
            await SurveyDataGenerator.InsertAsync(connection, units, options.Answers, random);
        }
        else
        {
            Console.WriteLine("no SurveyResponses table: survey answers not generated");
        }
    }

    /// <summary>Items in every status; a share overdue (deadline before the demo's today, not finished).</summary>
    private static async Task InsertRectificationItemsAsync(SqliteConnection connection, List<int> units, int count, Random random)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = DataGenerator.Command(connection, transaction, """
            INSERT INTO RectificationItems (CampaignId, UnitId, Title, Problem, Goal, Measures, ResponsiblePerson, Deadline, Status, IsQuickFix,
                ProgressPercent, IsPublic, ReopenCount, RatedSatisfied, RatedBasicallySatisfied, RatedUnsatisfied, NeedsReopenReview, CreatedBy, CreatedAt, Version)
            VALUES (1, $unit, $title, '群众反映的问题', '限期解决', '明确专人负责', '张三', $deadline, $status, 0, $progress, $public, 0, $sat, $basic, $unsat, 0, 'bench', $at, 1)
            """);
        for (var i = 0; i < count; i++)
        {
            var status = random.Next(10) switch { < 4 => 2, < 5 => 3, < 8 => 1, _ => 0 }; // Completed, Verified, InProgress, NotStarted
            insert.Parameters["$unit"].Value = units[random.Next(units.Count)];
            insert.Parameters["$title"].Value = $"整改事项{i + 1}";
            insert.Parameters["$deadline"].Value = new DateOnly(2014, 3, 1).AddDays(random.Next(0, 200)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            insert.Parameters["$status"].Value = status;
            insert.Parameters["$progress"].Value = status >= 2 ? 100 : status == 1 ? random.Next(10, 90) : 0;
            insert.Parameters["$public"].Value = random.Next(3) == 0;
            insert.Parameters["$sat"].Value = status >= 2 ? random.Next(0, 5) : 0;
            insert.Parameters["$basic"].Value = status >= 2 ? random.Next(0, 3) : 0;
            insert.Parameters["$unsat"].Value = status >= 2 ? random.Next(0, 2) : 0;
            insert.Parameters["$at"].Value = DateTimeOffset.UtcNow.UtcTicks;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task InsertCommitmentsAsync(SqliteConnection connection, List<int> units, int count, Random random)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = DataGenerator.Command(connection, transaction, """
            INSERT INTO Commitments (CampaignId, Kind, Content, Goal, Deadline, ResponsibleUnitId, ResponsiblePerson, Measures, PromisedTo, Status, ProgressPercent,
                IsPublic, FiledOn, FiledBy, RatedSatisfied, RatedBasicallySatisfied, RatedUnsatisfied, Version)
            VALUES (1, 1, $content, '年内完成', $deadline, $unit, '李四', '专人负责、定期督办', 3, $status, $progress, $public, '2014-04-01', 'bench', $sat, $basic, $unsat, 1)
            """);
        for (var i = 0; i < count; i++)
        {
            var status = random.Next(10) switch { < 4 => 2, < 8 => 1, _ => 0 }; // Done, InProgress, NotStarted
            insert.Parameters["$unit"].Value = units[random.Next(units.Count)];
            insert.Parameters["$content"].Value = $"承诺事项{i + 1}";
            insert.Parameters["$deadline"].Value = new DateOnly(2014, 3, 15).AddDays(random.Next(0, 260)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            insert.Parameters["$status"].Value = status;
            insert.Parameters["$progress"].Value = status == 2 ? 100 : status == 1 ? random.Next(10, 90) : 0;
            insert.Parameters["$public"].Value = random.Next(2) == 0;
            insert.Parameters["$sat"].Value = status == 2 ? random.Next(0, 5) : 0;
            insert.Parameters["$basic"].Value = status == 2 ? random.Next(0, 3) : 0;
            insert.Parameters["$unsat"].Value = status == 2 ? random.Next(0, 2) : 0;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
