namespace CampaignHub.Domain.Rectification;

public enum RectificationStatus
{
    /// <summary>未开始.</summary>
    NotStarted = 0,

    /// <summary>整改中.</summary>
    InProgress = 1,

    /// <summary>已完成 (by the unit, awaiting verification).</summary>
    Completed = 2,

    /// <summary>已验收 (by the office or a supervisor).</summary>
    Verified = 3,

    /// <summary>已重新打开 — sent back; the unit starts it again.</summary>
    Reopened = 4,
}

public static class RectificationStatusNames
{
    public static string ToChinese(this RectificationStatus status) => status switch
    {
        RectificationStatus.NotStarted => "未开始",
        RectificationStatus.InProgress => "整改中",
        RectificationStatus.Completed => "已完成",
        RectificationStatus.Verified => "已验收",
        RectificationStatus.Reopened => "重新整改",
        _ => status.ToString(),
    };

    /// <summary>The progress bucket: finished is done; a reopened item is not started again.</summary>
    public static Common.ProgressBucket ProgressBucket(this RectificationStatus status) => status switch
    {
        _ when status.IsFinished() => Common.ProgressBucket.Done,
        RectificationStatus.InProgress => Common.ProgressBucket.InProgress,
        _ => Common.ProgressBucket.NotStarted,
    };

    /// <summary>Completed or verified: not overdue, may be rated, counts as done.</summary>
    public static bool IsFinished(this RectificationStatus status) =>
        status is RectificationStatus.Completed or RectificationStatus.Verified;
}

/// <summary>One of the four haves (四有): 整改有目标、推进有措施、落实有责任、完成有时限 (001).</summary>
public enum FourHave
{
    /// <summary>目标.</summary>
    Goal = 1,

    /// <summary>措施.</summary>
    Measures = 2,

    /// <summary>责任人.</summary>
    ResponsiblePerson = 3,

    /// <summary>时限.</summary>
    Deadline = 4,
}

public static class FourHaveNames
{
    public static string ToChinese(this FourHave have) => have switch
    {
        FourHave.Goal => "目标",
        FourHave.Measures => "措施",
        FourHave.ResponsiblePerson => "责任人",
        FourHave.Deadline => "时限",
        _ => have.ToString(),
    };

    /// <summary>"缺少：目标、时限", or null when nothing is missing.</summary>
    public static string? DescribeMissing(IReadOnlyCollection<FourHave> missing) =>
        missing.Count == 0 ? null : "缺少：" + ListNames(missing);

    /// <summary>"目标、时限".</summary>
    public static string ListNames(IEnumerable<FourHave> haves) =>
        string.Join("、", haves.OrderBy(h => h).Select(h => h.ToChinese()));
}
