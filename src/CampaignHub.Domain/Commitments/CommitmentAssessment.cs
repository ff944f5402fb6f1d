using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;

namespace CampaignHub.Domain.Commitments;

/// <summary>The three levels of the assessment of a commitment (三级考核): 党员互评, 党组织点评, 群众测评.</summary>
public enum AssessmentLevel
{
    /// <summary>党员互评: the unit's party members assess each other's delivery, recorded by the unit.</summary>
    PeerReview = 1,

    /// <summary>党组织点评: the upper party organisation's comment and score.</summary>
    OrganisationReview = 2,

    /// <summary>群众测评: the public's ratings of the done, disclosed commitment.</summary>
    PublicAssessment = 3,
}

/// <summary>年终等次.</summary>
public enum YearEndGrade
{
    /// <summary>优秀.</summary>
    Excellent = 1,

    /// <summary>良好.</summary>
    Good = 2,

    /// <summary>合格.</summary>
    Pass = 3,

    /// <summary>不合格.</summary>
    Fail = 4,
}

public static class AssessmentNames
{
    public static string ToChinese(this AssessmentLevel level) => level switch
    {
        AssessmentLevel.PeerReview => "党员互评",
        AssessmentLevel.OrganisationReview => "党组织点评",
        AssessmentLevel.PublicAssessment => "群众测评",
        _ => level.ToString(),
    };

    public static string ToChinese(this YearEndGrade grade) => grade switch
    {
        YearEndGrade.Excellent => "优秀",
        YearEndGrade.Good => "良好",
        YearEndGrade.Pass => "合格",
        YearEndGrade.Fail => "不合格",
        _ => grade.ToString(),
    };
}

/// <summary>
/// A commitment's year-end grade from its three-level assessment, in one place: each level is scored out of 100
/// (the public's score is its satisfaction rate, counted once enough people have rated), the scores are weighted
/// 30 / 30 / 40, and the weighted score gives the grade. Missing levels leave the grade open and are named.
/// </summary>
public sealed record CommitmentAssessment(int? PeerScore, int? OrganisationScore, PublicRatingCounts PublicRatings)
{
    public const int PeerWeightPercent = 30;
    public const int OrganisationWeightPercent = 30;
    public const int PublicWeightPercent = 40;

    /// <summary>Fewer ratings than this do not make a 群众测评 score (one or two voices are not the public's view).</summary>
    public const int MinimumPublicRatings = 3;

    public const int MaxScore = 100;

    /// <summary>The weighting and grade bands, stated beside the grade wherever it is shown.</summary>
    public const string Rule = "年终等次 = 党员互评×30% + 党组织点评×30% + 群众测评×40%（群众测评为满意率×100，至少3人评价方计分）；90分及以上为优秀，75分及以上为良好，60分及以上为合格，60分以下为不合格";

    /// <summary>The public's score (满意率 × 100), or null until <see cref="MinimumPublicRatings"/> people have rated.</summary>
    public decimal? PublicScore => PublicRatings.Rated >= MinimumPublicRatings && PublicRatings.SatisfactionRate is { } rate ? Math.Round(rate * 100, 1) : null;

    /// <summary>The levels still without a score, in order.</summary>
    public IReadOnlyList<AssessmentLevel> Missing =>
        new (AssessmentLevel Level, bool Has)[]
        {
            (AssessmentLevel.PeerReview, PeerScore is not null),
            (AssessmentLevel.OrganisationReview, OrganisationScore is not null),
            (AssessmentLevel.PublicAssessment, PublicScore is not null),
        }.Where(l => !l.Has).Select(l => l.Level).ToList();

    public decimal? WeightedScore => PeerScore is { } peer && OrganisationScore is { } organisation && PublicScore is { } publicScore
        ? Math.Round(((peer * PeerWeightPercent) + (organisation * OrganisationWeightPercent) + (publicScore * PublicWeightPercent)) / 100m, 1)
        : null;

    public YearEndGrade? Grade => WeightedScore is { } score ? GradeOf(score) : null;

    /// <summary>"良好（82.5分）", or what is still missing: "待党组织点评、群众测评".</summary>
    public string GradeText => WeightedScore is { } score
        ? $"{GradeOf(score).ToChinese()}（{score:0.#}分）"
        : $"待{string.Join("、", Missing.Select(m => m == AssessmentLevel.PublicAssessment ? $"群众测评（已评{PublicRatings.Rated}人，需{MinimumPublicRatings}人）" : m.ToChinese()))}";

    public static YearEndGrade GradeOf(decimal score) => score switch
    {
        >= 90 => YearEndGrade.Excellent,
        >= 75 => YearEndGrade.Good,
        >= 60 => YearEndGrade.Pass,
        _ => YearEndGrade.Fail,
    };

    public static int ValidScore(int score) =>
        score is >= 0 and <= MaxScore ? score : throw new DomainException("评分须为0到100之间的整数");
}
