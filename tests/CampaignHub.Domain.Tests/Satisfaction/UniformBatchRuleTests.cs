using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;

namespace CampaignHub.Domain.Tests.Satisfaction;

public class UniformBatchRuleTests
{
    private static readonly DateTimeOffset Start = new(2014, 6, 10, 10, 0, 0, ChinaTime.Offset);
    private static readonly Answer[] AllSatisfied = [.. Enumerable.Repeat(Answer.Satisfied, 7)];

    private static IEnumerable<ResponseSnapshot> Every(TimeSpan step, int count, int firstId = 1, int unit = 11, int group = 1, Answer[]? answers = null, DateTimeOffset? from = null, ResponseSource source = ResponseSource.Online) =>
        Enumerable.Range(0, count).Select(i => new ResponseSnapshot(firstId + i, unit, group, (from ?? Start) + (step * i), source, answers ?? AllSatisfied));

    [Fact]
    public void The_rule_is_written_down_in_Chinese()
    {
        Assert.Contains("10分钟内", UniformBatchRule.Description);
        Assert.Contains("≥10份", UniformBatchRule.Description);
    }

    [Fact]
    public void Ten_identical_all_satisfied_answers_from_one_group_within_ten_minutes_are_flagged()
    {
        var batches = UniformBatchRule.Find(Every(TimeSpan.FromMinutes(1), 10));

        var batch = Assert.Single(batches);
        Assert.Equal(10, batch.Count);
        Assert.Equal(Start, batch.From);
        Assert.Equal(Start.AddMinutes(9), batch.To);
    }

    [Fact]
    public void Nine_are_not_enough()
    {
        Assert.Empty(UniformBatchRule.Find(Every(TimeSpan.FromMinutes(1), 9)));
    }

    [Fact]
    public void Answers_spread_over_more_than_ten_minutes_are_not_flagged()
    {
        // Ten answers, one every 70 seconds: the window from the first to the tenth is 10.5 minutes.
        Assert.Empty(UniformBatchRule.Find(Every(TimeSpan.FromSeconds(70), 10)));
    }

    [Fact]
    public void Mixed_answers_or_other_groups_or_paper_imports_do_not_count()
    {
        Answer[] mixed = [Answer.Satisfied, Answer.BasicallySatisfied, .. Enumerable.Repeat(Answer.Satisfied, 5)];
        var responses = Every(TimeSpan.FromSeconds(30), 5, firstId: 1, group: 1)
            .Concat(Every(TimeSpan.FromSeconds(30), 5, firstId: 100, group: 2))
            .Concat(Every(TimeSpan.FromSeconds(30), 10, firstId: 200, group: 1, answers: mixed))
            .Concat(Every(TimeSpan.Zero, 20, firstId: 300, group: 1, source: ResponseSource.PaperImport));

        Assert.Empty(UniformBatchRule.Find(responses));
    }

    [Fact]
    public void A_long_run_becomes_one_batch_and_separate_bursts_stay_separate()
    {
        var responses = Every(TimeSpan.FromMinutes(1), 25, firstId: 1)
            .Concat(Every(TimeSpan.FromSeconds(10), 12, firstId: 100, from: Start.AddHours(3)));

        var batches = UniformBatchRule.Find(responses);

        Assert.Equal(2, batches.Count);
        Assert.Equal(25, batches[0].Count);
        Assert.Equal(12, batches[1].Count);
        Assert.Equal(100, batches[1].ResponseIds[0]);
    }
}
