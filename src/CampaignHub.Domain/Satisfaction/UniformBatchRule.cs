namespace CampaignHub.Domain.Satisfaction;

/// <summary>What the uniform-batch rule needs to know about one response.</summary>
public readonly record struct ResponseSnapshot(int ResponseId, int UnitId, int RespondentGroupNumber, DateTimeOffset SubmittedAt, ResponseSource Source, IReadOnlyList<Answer> AnswersInQuestionOrder);

/// <summary>Responses the rule found suspicious, for a person to review; nothing is deleted automatically.</summary>
public sealed record SuspiciousBatch(int UnitId, int RespondentGroupNumber, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<int> ResponseIds)
{
    public int Count => ResponseIds.Count;
}

/// <summary>
/// Integrity check for suspiciously uniform batches (e.g. many identical all-满意 answers from one group within
/// minutes). Pure; the rule is stated in <see cref="Description"/> so reviewers know why a batch was flagged.
/// Paper imports are left out: their timestamps are import times, not answering times.
/// </summary>
public static class UniformBatchRule
{
    public const int WindowMinutes = 10;

    public const int MinimumCount = 10;

    public const string Description = "同一单位、同一参评群体在10分钟内提交≥10份全部为“满意”且完全相同的网上答卷，标记为可疑批次，交人工复核";

    public static IReadOnlyList<SuspiciousBatch> Find(IEnumerable<ResponseSnapshot> responses) =>
        Find(responses, TimeSpan.FromMinutes(WindowMinutes), MinimumCount);

    /// <summary>
    /// Within each (unit, group), sorts the all-满意 online responses by time; every window of length
    /// <paramref name="window"/> holding at least <paramref name="minimumCount"/> of them is suspicious, and
    /// overlapping windows merge into one batch.
    /// </summary>
    public static IReadOnlyList<SuspiciousBatch> Find(IEnumerable<ResponseSnapshot> responses, TimeSpan window, int minimumCount)
    {
        var batches = new List<SuspiciousBatch>();
        var candidates = responses
            .Where(r => r.Source == ResponseSource.Online && IsAllSatisfied(r.AnswersInQuestionOrder))
            .GroupBy(r => (r.UnitId, r.RespondentGroupNumber, Signature: string.Join(',', r.AnswersInQuestionOrder.Select(a => (int)a))));
        foreach (var group in candidates)
        {
            var ordered = group.OrderBy(r => r.SubmittedAt).ThenBy(r => r.ResponseId).ToList();
            int? batchStart = null;
            var batchEnd = -1;
            var end = 0;
            for (var start = 0; start < ordered.Count; start++)
            {
                end = Math.Max(end, start);
                while (end + 1 < ordered.Count && ordered[end + 1].SubmittedAt - ordered[start].SubmittedAt <= window)
                {
                    end++;
                }

                if (end - start + 1 < minimumCount)
                {
                    continue;
                }

                if (batchStart is not null && start <= batchEnd)
                {
                    batchEnd = end;
                }
                else
                {
                    if (batchStart is { } previous)
                    {
                        batches.Add(ToBatch(ordered, previous, batchEnd));
                    }

                    batchStart = start;
                    batchEnd = end;
                }
            }

            if (batchStart is { } last)
            {
                batches.Add(ToBatch(ordered, last, batchEnd));
            }
        }

        return batches.OrderBy(b => b.From).ThenBy(b => b.UnitId).ThenBy(b => b.RespondentGroupNumber).ToList();
    }

    private static bool IsAllSatisfied(IReadOnlyList<Answer> answers) => answers.Count > 0 && answers.All(a => a == Answer.Satisfied);

    private static SuspiciousBatch ToBatch(List<ResponseSnapshot> ordered, int start, int end)
    {
        var members = ordered.GetRange(start, end - start + 1);
        return new SuspiciousBatch(members[0].UnitId, members[0].RespondentGroupNumber, members[0].SubmittedAt, members[^1].SubmittedAt, members.Select(m => m.ResponseId).ToList());
    }
}
