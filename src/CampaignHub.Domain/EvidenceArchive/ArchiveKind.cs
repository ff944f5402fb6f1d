namespace CampaignHub.Domain.EvidenceArchive;

/// <summary>
/// The kinds of record a unit's evidence archive (实物资料档案) lists, in the order the archive shows them: the work the
/// campaign asks of a unit, each a kind of activity, item or meeting.
/// </summary>
public enum ArchiveKind
{
    /// <summary>工作事项: planned activities (双联动, 双体验, 下基层…).</summary>
    WorkItem = 0,

    /// <summary>联系群众活动: stays, visits, reception days and talks of the unit's leaders.</summary>
    ContactActivity = 1,

    /// <summary>整改事项.</summary>
    RectificationItem = 2,

    /// <summary>责成整改: an order's rounds of report back.</summary>
    RectificationOrder = 3,

    /// <summary>承诺事项.</summary>
    Commitment = 4,

    /// <summary>联动对接上级.</summary>
    UpperVisit = 5,

    /// <summary>点对点下基层.</summary>
    GrassrootsVisit = 6,

    /// <summary>专题民主生活会 / 组织生活会.</summary>
    Meeting = 7,

    /// <summary>谈心谈话.</summary>
    Talk = 8,

    /// <summary>对照检查材料.</summary>
    Material = 9,

    /// <summary>民主评议.</summary>
    Evaluation = 10,

    /// <summary>整改方案 / 个人整改措施 / 问题清单.</summary>
    RectificationPlan = 11,

    /// <summary>建章立制.</summary>
    Rule = 12,
}

/// <summary>Names of the kinds, and which of them take uploaded files.</summary>
public static class ArchiveKinds
{
    public static IReadOnlyList<ArchiveKind> All { get; } = Enum.GetValues<ArchiveKind>();

    public static string ToChinese(this ArchiveKind kind) => kind switch
    {
        ArchiveKind.WorkItem => "工作事项",
        ArchiveKind.ContactActivity => "联系群众活动",
        ArchiveKind.RectificationItem => "整改事项",
        ArchiveKind.RectificationOrder => "责成整改反馈",
        ArchiveKind.Commitment => "承诺事项",
        ArchiveKind.UpperVisit => "联动对接上级",
        ArchiveKind.GrassrootsVisit => "点对点下基层",
        ArchiveKind.Meeting => "民主生活会",
        ArchiveKind.Talk => "谈心谈话",
        ArchiveKind.Material => "对照检查材料",
        ArchiveKind.Evaluation => "民主评议",
        ArchiveKind.RectificationPlan => "整改方案",
        ArchiveKind.Rule => "建章立制",
        _ => kind.ToString(),
    };

    /// <summary>The folder of the kind inside the downloaded archive: numbered so the folders keep the archive's order.</summary>
    public static string FolderName(this ArchiveKind kind) => $"{(int)kind + 1:00}_{kind.ToChinese()}";

    /// <summary>
    /// Whether files can be attached to records of this kind. The other kinds are kept as written records in the system
    /// (minutes, talk notes, the material's text, ballots, document numbers): their record is their material.
    /// </summary>
    public static bool TakesFiles(this ArchiveKind kind) =>
        kind is ArchiveKind.WorkItem or ArchiveKind.ContactActivity or ArchiveKind.RectificationItem or ArchiveKind.RectificationOrder;
}
