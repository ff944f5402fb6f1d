namespace CampaignHub.Domain.Satisfaction;

/// <summary>
/// The two satisfactions of 双满意 for one unit in one survey: the rates of the answers to its 作风转变 question and
/// to its 问题解决 question, each by the one rate computation, against the survey's minimum sample.
/// </summary>
public sealed record TwoSatisfactionsResult(RateResult ConductChange, RateResult ProblemSolving)
{
    public static TwoSatisfactionsResult Empty(int minimumSample) => new(RateResult.Empty(minimumSample), RateResult.Empty(minimumSample));

    public RateResult this[QuestionKind kind] => kind switch
    {
        QuestionKind.ConductChange => ConductChange,
        QuestionKind.ProblemSolving => ProblemSolving,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>The district's two satisfactions: each weighted by respondents across the units, as the headline is.</summary>
public sealed record DistrictTwoSatisfactions(decimal? ConductChange, decimal? ProblemSolving)
{
    public static DistrictTwoSatisfactions None { get; } = new(null, null);

    /// <summary>"作风转变满意度 86.0% · 问题解决满意度 79.5%" (样本不足 where there is no figure).</summary>
    public string Text =>
        $"{QuestionKind.ConductChange.RateName()} {Format(ConductChange)} · {QuestionKind.ProblemSolving.RateName()} {Format(ProblemSolving)}";

    private static string Format(decimal? rate) => rate is { } r ? SatisfactionRate.FormatPercent(r) : SatisfactionRate.SampleInsufficientText;
}

public static class TwoSatisfactions
{
    public static readonly IReadOnlyList<QuestionKind> Kinds = [QuestionKind.ConductChange, QuestionKind.ProblemSolving];

    /// <summary>
    /// The two satisfactions from tallies of one survey and unit: <paramref name="kindOf"/> maps the survey's question
    /// numbers to their kinds; questions of neither kind are ignored.
    /// </summary>
    public static TwoSatisfactionsResult Of(IReadOnlyCollection<AnswerTally> tallies, IReadOnlyDictionary<int, QuestionKind> kindOf, int minimumSample)
    {
        RateResult RateOf(QuestionKind kind) =>
            SatisfactionRate.FromTallies(tallies.Where(t => kindOf.TryGetValue(t.QuestionNumber, out var k) && k == kind), minimumSample);

        return new TwoSatisfactionsResult(RateOf(QuestionKind.ConductChange), RateOf(QuestionKind.ProblemSolving));
    }

    /// <summary>Each satisfaction weighted by respondents over the units that have a figure for it, as the district headline is.</summary>
    public static DistrictTwoSatisfactions District(IEnumerable<TwoSatisfactionsResult> units)
    {
        var list = units.ToList();
        decimal? Weighted(QuestionKind kind)
        {
            var rated = list.Select(u => u[kind]).Where(r => r.Rate is not null).ToList();
            var respondents = rated.Sum(r => r.Respondents);
            return respondents == 0 ? null : SatisfactionRate.Round(rated.Sum(r => (decimal)r.Numerator / r.Denominator * r.Respondents) / respondents);
        }

        return new DistrictTwoSatisfactions(Weighted(QuestionKind.ConductChange), Weighted(QuestionKind.ProblemSolving));
    }
}
