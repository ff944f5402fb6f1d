using CampaignHub.Domain.Common;
using CampaignHub.Features.Units;
using CampaignHub.Domain.Satisfaction;

namespace CampaignHub.Features.Satisfaction;

public sealed record SurveySummaryDto(
    int Id,
    int CampaignId,
    string Title,
    SurveyStatus Status,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    int MinimumSample,
    bool UnitsSeeOwnRatesBeforeClose,
    int? ResurveyOfId,
    int TargetCount,
    int ResponseCount)
{
    /// <summary>The named third party running the survey (第三方测评), or null when the office runs it.</summary>
    public string? ThirdPartyName { get; init; }

    /// <summary>"第三方测评：XX调查中心" or "活动办组织".</summary>
    public string RunByText => ThirdPartyName is { } name ? $"第三方测评：{name}" : "活动办组织";
}

public sealed record QuestionDto(int Number, string Text, int Order, QuestionKind Kind);

public sealed record GroupDto(int Number, string Name, int Order);


public sealed record SurveyDetailDto(
    SurveySummaryDto Summary,
    int Version,
    string CampaignTitle,
    decimal Threshold,
    IReadOnlyList<QuestionDto> Questions,
    IReadOnlyList<GroupDto> Groups,
    IReadOnlyList<UnitOptionDto> Targets,
    IReadOnlyList<UnitOptionDto> CampaignUnits)
{
    /// <summary>The domain's answer to each action for the viewer (<see cref="SatisfactionSurvey.WhyCannot"/>).</summary>
    public IReadOnlyDictionary<SurveyAction, ActionAnswer> Answers { get; init; } = new Dictionary<SurveyAction, ActionAnswer>();

    public ActionAnswer Answer(SurveyAction action) =>
        Answers.TryGetValue(action, out var answer) ? answer : ActionAnswer.NotPermitted("您无权执行该操作");
}

/// <summary>The form to define or change a survey's settings (times in China time).</summary>
public sealed class SurveySettingsInput
{
    public string Title { get; set; } = string.Empty;

    public DateTime? OpensAt { get; set; }

    public DateTime? ClosesAt { get; set; }

    public int MinimumSample { get; set; } = SatisfactionSurvey.DefaultMinimumSample;

    public bool UnitsSeeOwnRatesBeforeClose { get; set; }

    /// <summary>The third party that runs the survey, when one does.</summary>
    public string? ThirdPartyName { get; set; }

    public List<int> TargetUnitIds { get; set; } = [];
}

public sealed record ResponseCodeDto(string Code, int UnitId, string UnitName, int GroupNumber, string GroupName, bool Used, string Link);

public sealed record CodeSheetDto(int SurveyId, string SurveyTitle, SurveyStatus Status, DateTimeOffset ClosesAt, IReadOnlyList<ResponseCodeDto> Codes, int UsedCount);

/// <summary>What the anonymous survey page shows for a code.</summary>
public sealed record PublicSurveyDto(
    string Code,
    string SurveyTitle,
    string UnitName,
    string GroupName,
    DateTimeOffset ClosesAt,
    IReadOnlyList<QuestionDto> Questions,
    string? Refusal);

/// <summary>A rate as shown: the counts, the rate (null = 样本不足) and the display text.</summary>
public sealed record RateDto(int Satisfied, int BasicallySatisfied, int Dissatisfied, int DontKnow, int MinimumSample, decimal? Rate, string Display, string Explanation)
{
    /// <summary>Questionnaires: what the minimum sample counts.</summary>
    public int Respondents { get; init; }

    public bool SampleInsufficient => Rate is null;

    public int Valid => Satisfied + BasicallySatisfied + Dissatisfied;

    public static RateDto From(RateResult r) => new(r.Satisfied, r.BasicallySatisfied, r.Dissatisfied, r.DontKnow, r.MinimumSample, r.Rate, r.Display, r.Explanation) { Respondents = r.Respondents };
}

public sealed record NamedRateDto(int Key, string Name, RateDto Rate, bool BelowThreshold);

/// <summary>
/// One survey on a trend line. <see cref="Rate"/> is null when the survey is still sealed for the viewer (a
/// coordinator before it closes, unless it lets units see their own rates): shown as “保密”, never as a number.
/// </summary>
public sealed record TrendPointDto(int SurveyId, string SurveyTitle, RateDto? Rate)
{
    public const string SealedText = "保密";

    public bool Sealed => Rate is null;
}

public sealed record SuspiciousBatchDto(string UnitName, string GroupName, DateTimeOffset From, DateTimeOffset To, int Count);

public sealed record SurveyResultsDto(
    SurveySummaryDto Survey,
    string Formula,
    decimal Threshold,
    bool Sealed,
    bool FullView,
    RateDto Overall,
    IReadOnlyList<NamedRateDto> Units,
    IReadOnlyList<NamedRateDto> Questions,
    IReadOnlyList<NamedRateDto> Groups,
    IReadOnlyList<TrendPointDto> Trend,
    IReadOnlyList<SuspiciousBatchDto> SuspiciousBatches,
    string UniformBatchRule)
{
    /// <summary>双满意 overall: 作风转变 and 问题解决, each one question's rate (reported separately, beside the overall rate).</summary>
    public RateDto? ConductChange { get; init; }

    public RateDto? ProblemSolving { get; init; }

    /// <summary>How a tile shows a rate: no figure, below the campaign's threshold, or at or above it.</summary>
    public string ToneOf(RateDto rate) => rate.SampleInsufficient ? "neutral" : LowSatisfaction.IsLow(rate.Rate, Threshold) ? "bad" : "good";

    /// <summary>Each unit's 作风转变 and 问题解决 rates, in the order of <see cref="Units"/>.</summary>
    public IReadOnlyList<UnitTwoSatisfactionsDto> UnitTwoSatisfactions { get; init; } = [];

    /// <summary>The overall rate is under the campaign's threshold (<see cref="LowSatisfaction.IsLow(decimal?, decimal)"/>).</summary>
    public bool OverallBelowThreshold { get; init; }

    /// <summary>The viewer reads every unit's supervision history, so unit names link to it.</summary>
    public bool LinksToUnitHistory { get; init; }
}

public sealed record PaperRowResult(int RowNumber, string BatchId, string SheetNumber, string UnitName, string GroupName, IReadOnlyList<string> Answers, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

public sealed record PaperImportPreview(string FileName, IReadOnlyList<string> QuestionTexts, IReadOnlyList<PaperRowResult> Rows, IReadOnlyList<string> FileErrors)
{
    public bool IsValid => FileErrors.Count == 0 && Rows.Count > 0 && Rows.All(r => r.IsValid);

    public int ErrorCount => FileErrors.Count + Rows.Count(r => !r.IsValid);
}

public sealed record PaperImportDto(int Id, string FileName, int SheetCount, string BatchIds, string ImportedBy, DateTimeOffset ImportedAt);

/// <summary>For the wall: one unit's current rate in the campaign's current survey.</summary>
/// <summary>A unit's headline figure (<see cref="HeadlineSatisfaction"/>): the rate shown, and what it is.</summary>
public sealed record UnitCurrentRateDto(int UnitId, string UnitName, RateDto Rate, bool BelowThreshold, bool Flagged)
{
    /// <summary>"测评进行中（部分结果）", "新一轮测评样本不足…，显示上一轮结果", or null.</summary>
    public string? Label { get; init; }

    /// <summary>The survey the figure comes from (null: no survey had a sufficient sample).</summary>
    public int? FromSurveyId { get; init; }
}

public sealed record CampaignSatisfactionSnapshot(
    int CampaignId,
    int? SurveyId,
    string? SurveyTitle,
    SurveyStatus? SurveyStatus,
    string Formula,
    decimal Threshold,
    RateDto? Overall,
    IReadOnlyList<UnitCurrentRateDto> Units,
    IReadOnlyList<Supervision.FlagDto> FlaggedUnits,
    IReadOnlyList<Supervision.OrderDto> OpenOrders,
    IReadOnlyList<Supervision.OrderDto> OverdueOrders)
{
    /// <summary>The district figure: the units' headline rates weighted by their questionnaires.</summary>
    public decimal? HeadlineRate { get; init; }

    public int HeadlineRespondents { get; init; }

    /// <summary>The headline rule, stated beside the figures.</summary>
    public string HeadlineRule { get; init; } = HeadlineSatisfaction.Rule;
}

/// <summary>One unit's two satisfactions in one survey.</summary>
public sealed record UnitTwoSatisfactionsDto(int UnitId, string Name, RateDto ConductChange, RateDto ProblemSolving);
