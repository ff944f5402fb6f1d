using CampaignHub.Domain.Satisfaction;

namespace CampaignHub.Domain.Evaluation;

/// <summary>How one rater rated one focus point (or a principal leader): 满意 / 基本满意 / 不满意.</summary>
public enum EvaluationRating
{
    /// <summary>满意.</summary>
    Satisfied = 1,

    /// <summary>基本满意.</summary>
    BasicallySatisfied = 2,

    /// <summary>不满意.</summary>
    Dissatisfied = 3,
}

/// <summary>
/// A counted 认可度 (recognition): how many ratings were 满意, 基本满意 and 不满意. The one computation behind every
/// recognition rate — a team's at the final 民主评议, a member's, and the public's rating of a principal leader
/// (群众评议一把手): (满意 + 基本满意) ÷ all ratings, rounded as every rate is (<see cref="SatisfactionRate.Of"/>).
/// </summary>
public readonly record struct Recognition(int Satisfied, int BasicallySatisfied, int Dissatisfied)
{
    /// <summary>The formula, stated in the UI next to every recognition rate.</summary>
    public const string Formula = "认可度 =（满意 + 基本满意）÷ 全部评价 × 100%；班子认可度按每张评议票对“改进作风”“解决问题”两项的评价合计";

    public static Recognition None { get; } = new(0, 0, 0);

    /// <summary>满意 + 基本满意.</summary>
    public int Recognised => Satisfied + BasicallySatisfied;

    public int Total => Satisfied + BasicallySatisfied + Dissatisfied;

    /// <summary>The share 0–1, or null with nothing rated.</summary>
    public decimal? Rate => SatisfactionRate.Of(Recognised, Total);

    /// <summary>"85.0%", or "—" with nothing rated.</summary>
    public string Display => Rate is { } rate ? SatisfactionRate.FormatPercent(rate) : "—";

    /// <summary>The calculation with its numbers, e.g. "（30 + 8）÷ 40 = 95.0%".</summary>
    public string Explanation => $"（{Satisfied} + {BasicallySatisfied}）÷ {Total} = {Display}";

    /// <summary>Below the threshold: nothing rated counts as not recognised.</summary>
    public bool IsBelow(decimal threshold) => (Rate ?? 0m) < threshold;

    public static Recognition Of(IEnumerable<EvaluationRating> ratings)
    {
        int satisfied = 0, basically = 0, dissatisfied = 0;
        foreach (var rating in ratings)
        {
            switch (rating)
            {
                case EvaluationRating.Satisfied: satisfied++; break;
                case EvaluationRating.BasicallySatisfied: basically++; break;
                default: dissatisfied++; break;
            }
        }

        return new Recognition(satisfied, basically, dissatisfied);
    }

    public static Recognition operator +(Recognition a, Recognition b) =>
        new(a.Satisfied + b.Satisfied, a.BasicallySatisfied + b.BasicallySatisfied, a.Dissatisfied + b.Dissatisfied);
}

public static class EvaluationRatingNames
{
    public static string ToChinese(this EvaluationRating rating) => rating switch
    {
        EvaluationRating.Satisfied => "满意",
        EvaluationRating.BasicallySatisfied => "基本满意",
        EvaluationRating.Dissatisfied => "不满意",
        _ => rating.ToString(),
    };
}
