using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CampaignHub.Benchmarks.Capacity;

/// <summary>
/// Coordinator accounts for the generated street-level units ("第N街道", each with its communities), so coordinators
/// sit on their own unit's pages as in production. Made like the demo coordinator's account (same role and password
/// hash, its own unit, name and security stamp); idempotent, written while the app is stopped.
/// </summary>
public static class CoordinatorAccounts
{
    public static string UserName(int index) => $"bench-coordinator-{index}";

    /// <summary>The units of <paramref name="count"/> coordinator accounts (index i → unit), creating missing accounts.</summary>
    public static async Task<IReadOnlyList<int>> EnsureAsync(string dataFolder, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "campaignhub.db")}");
        await connection.OpenAsync();
        var units = new List<int>();
        await using (var find = connection.CreateCommand())
        {
            // Street-level units the generator added (kind 2 under the district), in creation order.
            find.CommandText = "SELECT u.Id FROM Units u JOIN CampaignUnits c ON c.UnitId = u.Id AND c.CampaignId = 1 WHERE u.Name LIKE '第%街道' AND u.Kind = 2 ORDER BY u.Id LIMIT $count";
            find.Parameters.AddWithValue("$count", count);
            await using var reader = await find.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                units.Add(reader.GetInt32(0));
            }
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        for (var i = 0; i < units.Count; i++)
        {
            var name = UserName(i + 1);
            var id = $"bench-coordinator-{i + 1:D5}";
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT OR IGNORE INTO AspNetUsers (Id, AccessFailedCount, ConcurrencyStamp, DisplayName, Email, EmailConfirmed, LockoutEnabled, LockoutEnd,
                    MustChangePassword, NormalizedEmail, NormalizedUserName, PasswordHash, PersonId, PhoneNumber, PhoneNumberConfirmed, SecurityStamp, TwoFactorEnabled, UnitId, UserName)
                SELECT $id, 0, $stamp, (SELECT Name FROM Units WHERE Id = $unit) || '联络员', NULL, 1, LockoutEnabled, NULL,
                    0, NULL, upper($name), PasswordHash, NULL, NULL, 0, $stamp, 0, $unit, $name
                FROM AspNetUsers WHERE UserName = 'unit';
                INSERT OR IGNORE INTO AspNetUserRoles (UserId, RoleId) SELECT $id, RoleId FROM AspNetUserRoles r JOIN AspNetUsers u ON u.Id = r.UserId WHERE u.UserName = 'unit';
                """;
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$name", name);
            insert.Parameters.AddWithValue("$unit", units[i]);
            insert.Parameters.AddWithValue("$stamp", Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return units;
    }

    /// <summary>Rectification items in progress (id, version): the office records progress on them.</summary>
    public static async Task<List<(int Id, int Version, int UnitId)>> RectificationInProgressAsync(string dataFolder, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "campaignhub.db")}");
        await connection.OpenAsync();
        await using var find = connection.CreateCommand();
        find.CommandText = "SELECT Id, Version, UnitId FROM RectificationItems WHERE CampaignId = 1 AND Status = 1 ORDER BY Id DESC LIMIT $count";
        find.Parameters.AddWithValue("$count", count);
        await using var reader = await find.ExecuteReaderAsync();
        var items = new List<(int, int, int)>();
        while (await reader.ReadAsync())
        {
            items.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return items;
    }

    /// <summary>The campaign's survey the results page shows (the one the generator answered).</summary>
    public static async Task<int> SurveyIdAsync(string dataFolder)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "campaignhub.db")}");
        await connection.OpenAsync();
        await using var find = connection.CreateCommand();
        find.CommandText = "SELECT SurveyId FROM SurveyResponses GROUP BY SurveyId ORDER BY count(*) DESC LIMIT 1";
        return Convert.ToInt32(await find.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
