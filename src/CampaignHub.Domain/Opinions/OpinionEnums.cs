namespace CampaignHub.Domain.Opinions;

/// <summary>Where an opinion came from (000, 001, 002, 003).</summary>
public enum OpinionSource
{
    /// <summary>上门走访.</summary>
    Visit = 1,

    /// <summary>征求意见表.</summary>
    Form = 2,

    /// <summary>座谈会.</summary>
    Symposium = 3,

    /// <summary>12345政务热线.</summary>
    Hotline12345 = 4,

    /// <summary>12338妇女维权热线.</summary>
    Hotline12338 = 5,

    /// <summary>意见箱/信箱.</summary>
    Mailbox = 6,

    /// <summary>网上（门户网站、网络信箱、公开意见表单）.</summary>
    Online = 7,

    /// <summary>上级部门反馈.</summary>
    UpperBody = 8,

    /// <summary>联系群众活动（下基层、接访、体验）, entered by hand.</summary>
    Activity = 9,

    /// <summary>联系走访: heard by a leader during a recorded contact activity, linked to it.</summary>
    ContactVisit = 10,

    /// <summary>监督信箱: a letter to the public supervision mailbox on the public pages.</summary>
    SupervisionMailbox = 11,

    /// <summary>
    /// 上级部门意见 (双联动): an upper counterpart department's opinion sent to the office (区委学教办), which
    /// compiles it and forwards it to the unit concerned with a feedback deadline (<see cref="Opinion.ForwardForFeedback"/>).
    /// </summary>
    UpperDepartment = 12,

    /// <summary>义务监督员: an observation a volunteer public supervisor filed on a unit they oversee.</summary>
    Volunteer = 13,

    /// <summary>主席接待日: heard when a chair (区政协主席、妇联主席) received the public on a set day.</summary>
    ChairReceptionDay = 14,
}

/// <summary>The "four winds" (四风) and the livelihood areas listed in 苏办发〔2014〕4号 (001).</summary>
public enum OpinionCategory
{
    /// <summary>形式主义.</summary>
    Formalism = 1,

    /// <summary>官僚主义.</summary>
    Bureaucratism = 2,

    /// <summary>享乐主义.</summary>
    Hedonism = 3,

    /// <summary>奢靡之风.</summary>
    Extravagance = 4,

    /// <summary>征地拆迁.</summary>
    LandAcquisitionAndDemolition = 11,

    /// <summary>社会保障.</summary>
    SocialSecurity = 12,

    /// <summary>教育.</summary>
    Education = 13,

    /// <summary>医疗.</summary>
    Healthcare = 14,

    /// <summary>生态环境.</summary>
    Environment = 15,

    /// <summary>食品药品安全.</summary>
    FoodAndDrugSafety = 16,

    /// <summary>就业.</summary>
    Employment = 17,

    /// <summary>交通.</summary>
    Transport = 18,

    /// <summary>住房.</summary>
    Housing = 19,

    /// <summary>安全生产.</summary>
    WorkplaceSafety = 20,

    /// <summary>社会治安.</summary>
    PublicOrder = 21,

    /// <summary>执法司法.</summary>
    LawEnforcementAndJustice = 22,

    /// <summary>其他.</summary>
    Other = 99,
}

/// <summary>
/// New → Claimed → Answered → Closed. An opinion rooted above (表现在下、根子在上) goes to Escalated
/// and waits for the upper unit to claim it.
/// </summary>
public enum OpinionStatus
{
    /// <summary>待受理.</summary>
    New = 0,

    /// <summary>已上报上级，待上级单位认领.</summary>
    Escalated = 1,

    /// <summary>已受理，办理中.</summary>
    Claimed = 2,

    /// <summary>已答复.</summary>
    Answered = 3,

    /// <summary>已办结.</summary>
    Closed = 4,
}

public static class OpinionNames
{
    public static string ToChinese(this OpinionSource source) => source switch
    {
        OpinionSource.Visit => "上门走访",
        OpinionSource.Form => "征求意见表",
        OpinionSource.Symposium => "座谈会",
        OpinionSource.Hotline12345 => "12345热线",
        OpinionSource.Hotline12338 => "12338热线",
        OpinionSource.Mailbox => "意见箱",
        OpinionSource.Online => "网上",
        OpinionSource.UpperBody => "上级反馈",
        OpinionSource.Activity => "联系群众活动",
        OpinionSource.ContactVisit => "联系走访",
        OpinionSource.SupervisionMailbox => "监督信箱",
        OpinionSource.UpperDepartment => "上级部门意见",
        OpinionSource.Volunteer => "义务监督员",
        OpinionSource.ChairReceptionDay => "主席接待日",
        _ => source.ToString(),
    };

    public static string ToChinese(this OpinionCategory category) => category switch
    {
        OpinionCategory.Formalism => "形式主义",
        OpinionCategory.Bureaucratism => "官僚主义",
        OpinionCategory.Hedonism => "享乐主义",
        OpinionCategory.Extravagance => "奢靡之风",
        OpinionCategory.LandAcquisitionAndDemolition => "征地拆迁",
        OpinionCategory.SocialSecurity => "社会保障",
        OpinionCategory.Education => "教育",
        OpinionCategory.Healthcare => "医疗",
        OpinionCategory.Environment => "生态环境",
        OpinionCategory.FoodAndDrugSafety => "食品药品安全",
        OpinionCategory.Employment => "就业",
        OpinionCategory.Transport => "交通",
        OpinionCategory.Housing => "住房",
        OpinionCategory.WorkplaceSafety => "安全生产",
        OpinionCategory.PublicOrder => "社会治安",
        OpinionCategory.LawEnforcementAndJustice => "执法司法",
        OpinionCategory.Other => "其他",
        _ => category.ToString(),
    };

    public static string ToChinese(this OpinionStatus status) => status switch
    {
        OpinionStatus.New => "待受理",
        OpinionStatus.Escalated => "待上级认领",
        OpinionStatus.Claimed => "办理中",
        OpinionStatus.Answered => "已答复",
        OpinionStatus.Closed => "已办结",
        _ => status.ToString(),
    };

    /// <summary>形式主义、官僚主义、享乐主义、奢靡之风.</summary>
    public static bool IsFourWinds(this OpinionCategory category) =>
        category is OpinionCategory.Formalism or OpinionCategory.Bureaucratism or OpinionCategory.Hedonism or OpinionCategory.Extravagance;

    public static bool IsLivelihood(this OpinionCategory category) =>
        category is >= OpinionCategory.LandAcquisitionAndDemolition and <= OpinionCategory.LawEnforcementAndJustice;

    /// <summary>Answered or closed: the handling unit has replied, so the opinion is not overdue.</summary>
    public static bool IsAnswered(this OpinionStatus status) => status is OpinionStatus.Answered or OpinionStatus.Closed;
}

public static class OpinionSources
{
    /// <summary>The sources staff may enter an opinion under by hand: every one but a volunteer supervisor's, who files their own.</summary>
    public static bool EnteredByHand(OpinionSource source) => source != OpinionSource.Volunteer;
}
