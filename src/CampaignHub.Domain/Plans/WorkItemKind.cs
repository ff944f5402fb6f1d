namespace CampaignHub.Domain.Plans;

/// <summary>The kinds of activity a unit plans (seed 000: double linkage, double experience, grassroots visits).</summary>
public enum WorkItemKind
{
    /// <summary>联动对接上级: visit to the upper counterpart department (by end of March).</summary>
    LinkageUpward = 0,

    /// <summary>联动基层: linkage with the unit's grassroots counterparts (by April 5).</summary>
    LinkageGrassroots = 1,

    /// <summary>以工作人员身份体验: frontline experience as an ordinary staff member.</summary>
    ExperienceAsStaff = 2,

    /// <summary>以群众身份体验: experience of the service as a member of the public.</summary>
    ExperienceAsPublic = 3,

    /// <summary>下基层: a leader's point-to-point grassroots visit, themed 找问题 or 问成效.</summary>
    GrassrootsVisit = 4,

    /// <summary>其他.</summary>
    Other = 5,
}

/// <summary>Planned → Approved → InProgress → Done, or Cancelled.</summary>
public enum WorkItemStatus
{
    /// <summary>计划中.</summary>
    Planned = 0,

    /// <summary>已批准: the office approved this item (required for frontline experience items).</summary>
    Approved = 1,

    /// <summary>进行中.</summary>
    InProgress = 2,

    /// <summary>已完成.</summary>
    Done = 3,

    /// <summary>已取消.</summary>
    Cancelled = 4,
}

/// <summary>The theme of a leader's grassroots visit (seed 000: 分别以“找问题”、“问成效”为内容).</summary>
public enum GrassrootsVisitTheme
{
    /// <summary>找问题.</summary>
    FindProblems = 0,

    /// <summary>问成效.</summary>
    AskResults = 1,
}

public static class WorkItemNames
{
    public static IReadOnlyList<WorkItemKind> AllKinds { get; } = Enum.GetValues<WorkItemKind>();

    public static string ToChinese(this WorkItemKind kind) => kind switch
    {
        WorkItemKind.LinkageUpward => "联动对接上级",
        WorkItemKind.LinkageGrassroots => "联动基层",
        WorkItemKind.ExperienceAsStaff => "以工作人员身份体验",
        WorkItemKind.ExperienceAsPublic => "以群众身份体验",
        WorkItemKind.GrassrootsVisit => "下基层",
        WorkItemKind.Other => "其他",
        _ => kind.ToString(),
    };

    /// <summary>Parses the Chinese name back (Excel import). Returns null when unknown.</summary>
    public static WorkItemKind? KindFromChinese(string? text)
    {
        foreach (var kind in AllKinds)
        {
            if (kind.ToChinese() == text?.Trim())
            {
                return kind;
            }
        }

        return null;
    }

    public static string ToChinese(this WorkItemStatus status) => status switch
    {
        WorkItemStatus.Planned => "计划中",
        WorkItemStatus.Approved => "已批准",
        WorkItemStatus.InProgress => "进行中",
        WorkItemStatus.Done => "已完成",
        WorkItemStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };

    public static string ToChinese(this GrassrootsVisitTheme theme) => theme switch
    {
        GrassrootsVisitTheme.FindProblems => "找问题",
        GrassrootsVisitTheme.AskResults => "问成效",
        _ => theme.ToString(),
    };

    /// <summary>Parses the Chinese theme back (Excel import). Returns null when blank or unknown.</summary>
    public static GrassrootsVisitTheme? ThemeFromChinese(string? text) => text?.Trim() switch
    {
        "找问题" => GrassrootsVisitTheme.FindProblems,
        "问成效" => GrassrootsVisitTheme.AskResults,
        _ => null,
    };

    /// <summary>The two "double experience" kinds: each unit reports 3–5 and the office approves each before it runs.</summary>
    public static bool IsFrontlineExperience(this WorkItemKind kind) =>
        kind is WorkItemKind.ExperienceAsStaff or WorkItemKind.ExperienceAsPublic;

    /// <summary>
    /// Kinds the office approves one by one. Every other kind is approved together with the unit's
    /// plan: it may start from <see cref="WorkItemStatus.Planned"/> once the plan is approved.
    /// </summary>
    public static bool RequiresItemApproval(this WorkItemKind kind) => kind.IsFrontlineExperience();

    /// <summary>Neither done nor cancelled.</summary>
    public static bool IsOpen(this WorkItemStatus status) => status is not (WorkItemStatus.Done or WorkItemStatus.Cancelled);
}
