using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>
/// The rule parameters a campaign sets for itself: how many frontline experience activities each unit
/// reports, the satisfaction threshold and minimum sample, when ledgers are due, when the year-end
/// three-checks review runs and when the public's 不满意 puts a rectification item up for reopening.
/// A value owned by <see cref="Campaign"/>; the rules that use the parameters take them as arguments.
/// </summary>
public sealed record CampaignRules
{
    public const int DefaultExperienceActivitiesMin = 3;
    public const int DefaultExperienceActivitiesMax = 5;
    public const decimal DefaultSatisfactionThreshold = 0.80m;
    public const int DefaultMinimumRespondents = 30;
    public const int DefaultReopenMinimumRaters = Rectification.ReopenReviewRule.DefaultMinimumRaters;
    public const decimal DefaultReopenShare = Rectification.ReopenReviewRule.DefaultMinimumShare;
    public const decimal DefaultRedoRecognitionThreshold = 0.70m;

    /// <summary>The fewest frontline experience activities a unit reports (3 in 3–5).</summary>
    public int ExperienceActivitiesMin { get; init; } = DefaultExperienceActivitiesMin;

    /// <summary>The most frontline experience activities a unit reports (5 in 3–5).</summary>
    public int ExperienceActivitiesMax { get; init; } = DefaultExperienceActivitiesMax;

    /// <summary>Below this satisfaction rate (0–1) a unit is flagged and ordered to rectify.</summary>
    public decimal SatisfactionThreshold { get; init; } = DefaultSatisfactionThreshold;

    /// <summary>The fewest valid answers before a unit's satisfaction rate counts.</summary>
    public int MinimumRespondents { get; init; } = DefaultMinimumRespondents;

    /// <summary>The day units' ledgers of practical matters are due upward; none when the campaign keeps no such ledger.</summary>
    public DateOnly? LedgerDueDate { get; init; }

    /// <summary>First day of the year-end three-checks review; set together with <see cref="ThreeChecksEnd"/>.</summary>
    public DateOnly? ThreeChecksStart { get; init; }

    /// <summary>Last day of the year-end three-checks review.</summary>
    public DateOnly? ThreeChecksEnd { get; init; }

    /// <summary>Reopen review: at least this many different raters said 不满意 …</summary>
    public int ReopenMinimumRaters { get; init; } = DefaultReopenMinimumRaters;

    /// <summary>… and they are at least this share (0–1) of all the item's raters.</summary>
    public decimal ReopenMinimumShare { get; init; } = DefaultReopenShare;

    /// <summary>The shortest concentrated period a unit is given, in months; none when the campaign sets no minimum.</summary>
    public int? MinimumMonthsPerUnit { get; init; }

    /// <summary>
    /// Below this 认可度 (0–1) at the final 民主评议 a team goes into 返工补课 (群众认可度不高的，要返工补课); a
    /// re-evaluation must reach it to close the redo.
    /// </summary>
    public decimal RedoRecognitionThreshold { get; init; } = DefaultRedoRecognitionThreshold;

    public static CampaignRules Default { get; } = new();

    /// <summary>When the public's 不满意 sends one of this campaign's completed items to the office's reopen review.</summary>
    public Rectification.ReopenReviewRule ReopenReview() => new(ReopenMinimumRaters, ReopenMinimumShare);

    public DateRange? ThreeChecksWindow => ThreeChecksStart is { } start && ThreeChecksEnd is { } end && end >= start ? new DateRange(start, end) : null;

    /// <summary>Every parameter that does not fit the campaign period, with its field and a Chinese message.</summary>
    public IReadOnlyList<SetupProblem> Problems(DateRange campaignPeriod)
    {
        var problems = new List<SetupProblem>();
        void Add(string field, string message) => problems.Add(new SetupProblem("Rules." + field, message));

        if (ExperienceActivitiesMin is < 0 or > 100)
        {
            Add(nameof(ExperienceActivitiesMin), "体验活动最少项数必须在0到100之间");
        }

        if (ExperienceActivitiesMax is < 1 or > 100)
        {
            Add(nameof(ExperienceActivitiesMax), "体验活动最多项数必须在1到100之间");
        }
        else if (ExperienceActivitiesMin > ExperienceActivitiesMax)
        {
            Add(nameof(ExperienceActivitiesMax), "体验活动最多项数不能少于最少项数");
        }

        if (SatisfactionThreshold is <= 0m or > 1m)
        {
            Add(nameof(SatisfactionThreshold), "满意率阈值必须在0%到100%之间");
        }

        if (MinimumRespondents is < 1 or > 100_000)
        {
            Add(nameof(MinimumRespondents), "最低样本量必须在1到100000之间");
        }

        if (LedgerDueDate is { } due && !campaignPeriod.Contains(due))
        {
            Add(nameof(LedgerDueDate), $"台账报送截止日期必须在活动期间（{Describe(campaignPeriod)}）之内");
        }

        switch (ThreeChecksStart, ThreeChecksEnd)
        {
            case (null, null):
                break;
            case (null, _):
                Add(nameof(ThreeChecksStart), "请填写三查三看的开始日期");
                break;
            case (_, null):
                Add(nameof(ThreeChecksEnd), "请填写三查三看的结束日期");
                break;
            case ({ } start, { } end) when end < start:
                Add(nameof(ThreeChecksEnd), "三查三看的结束日期不能早于开始日期");
                break;
            case ({ } start, { } end) when !campaignPeriod.Contains(new DateRange(start, end)):
                Add(nameof(ThreeChecksStart), $"三查三看的时间必须在活动期间（{Describe(campaignPeriod)}）之内");
                break;
        }

        if (ReopenMinimumRaters is < 1 or > Rectification.ReopenReviewRule.MaximumRaters)
        {
            Add(nameof(ReopenMinimumRaters), Rectification.ReopenReviewRule.RatersOutOfRange);
        }

        if (ReopenMinimumShare is < 0m or > 1m)
        {
            Add(nameof(ReopenMinimumShare), Rectification.ReopenReviewRule.ShareOutOfRange);
        }

        if (RedoRecognitionThreshold is <= 0m or > 1m)
        {
            Add(nameof(RedoRecognitionThreshold), "返工补课认可度阈值必须大于0%且不超过100%");
        }

        if (MinimumMonthsPerUnit is { } months)
        {
            if (months is < 1 or > 36)
            {
                Add(nameof(MinimumMonthsPerUnit), "每个单位的集中时间必须在1到36个月之间");
            }
            else if (campaignPeriod.Start.AddMonths(months).AddDays(-1) > campaignPeriod.End)
            {
                Add(nameof(MinimumMonthsPerUnit), $"活动期间不足{months}个月，达不到每个单位集中时间不少于{months}个月的要求");
            }
        }

        return problems;
    }

    /// <summary>The same parameters with every date moved by whole years (copying last year's campaign).</summary>
    public CampaignRules ShiftedBy(int years) => this with
    {
        LedgerDueDate = LedgerDueDate?.AddYears(years),
        ThreeChecksStart = ThreeChecksStart?.AddYears(years),
        ThreeChecksEnd = ThreeChecksEnd?.AddYears(years),
    };

    internal static string Describe(DateRange period) => $"{period.Start:yyyy-MM-dd} 至 {period.End:yyyy-MM-dd}";
}

/// <summary>One thing wrong with a campaign set-up: the field it belongs to (for the form) and the Chinese reason.</summary>
public sealed record SetupProblem(string Field, string Message);
