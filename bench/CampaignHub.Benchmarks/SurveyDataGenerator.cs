using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CampaignHub.Benchmarks;

/// <summary>
/// Online answers for the demo's open survey, spread over the generated units: 7 answers per
/// questionnaire, each unit with its own leaning so some fall below the threshold.
/// </summary>
public static class SurveyDataGenerator
{
    public static async Task InsertAsync(SqliteConnection connection, List<int> units, int answers, Random random)
    {
        int surveyId;
        await using (var find = connection.CreateCommand())
        {
            find.CommandText = "SELECT Id FROM SatisfactionSurveys WHERE CampaignId = 1 ORDER BY Status, Id LIMIT 1";
            surveyId = Convert.ToInt32(await find.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        var questions = new List<int>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = $"SELECT Number FROM SurveyQuestions WHERE SurveyId = {surveyId} ORDER BY Number";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                questions.Add(reader.GetInt32(0));
            }
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using (var target = DataGenerator.Command(connection, transaction, "INSERT OR IGNORE INTO SurveyTargetUnits (SurveyId, UnitId) VALUES ($survey, $unit)"))
        {
            foreach (var unit in units)
            {
                target.Parameters["$survey"].Value = surveyId;
                target.Parameters["$unit"].Value = unit;
                await target.ExecuteNonQueryAsync();
            }
        }

        var leaning = units.ToDictionary(u => u, _ => 0.55 + (random.NextDouble() * 0.4));
        await using var response = DataGenerator.Command(connection, transaction,
            "INSERT INTO SurveyResponses (SurveyId, UnitId, RespondentGroupNumber, SubmittedAt, Source, Version) VALUES ($survey, $unit, $group, $at, 1, 1) RETURNING Id");
        await using var answer = DataGenerator.Command(connection, transaction,
            "INSERT INTO SurveyAnswers (SurveyResponseId, QuestionNumber, Answer) VALUES ($response, $question, $answer)");
        var start = new DateTimeOffset(2014, 4, 1, 0, 0, 0, TimeSpan.FromHours(8)).UtcTicks;
        for (var written = 0; written < answers;)
        {
            var unit = units[random.Next(units.Count)];
            response.Parameters["$survey"].Value = surveyId;
            response.Parameters["$unit"].Value = unit;
            response.Parameters["$group"].Value = random.Next(1, 14);
            response.Parameters["$at"].Value = start + (random.NextInt64(0, 9 * 24) * TimeSpan.TicksPerHour);
            var id = Convert.ToInt64(await response.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            foreach (var question in questions)
            {
                var roll = random.NextDouble();
                answer.Parameters["$response"].Value = id;
                answer.Parameters["$question"].Value = question;
                // 1 满意, 2 基本满意, 3 不满意, 4 不了解
                answer.Parameters["$answer"].Value = roll < 0.05 ? 4 : roll < leaning[unit] ? (random.Next(3) == 0 ? 2 : 1) : 3;
                await answer.ExecuteNonQueryAsync();
                written++;
            }
        }

        await transaction.CommitAsync();
    }
}
