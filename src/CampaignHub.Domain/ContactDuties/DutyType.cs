namespace CampaignHub.Domain.ContactDuties;

/// <summary>
/// The standing duties of the direct-contact-with-the-masses system (联系群众制度).
/// Source: 镇卫党发〔2014〕38号 (seed 003) sections (一)–(八); the rural points' "three ones" from
/// 赣市直字〔2010〕33号 (seed 004).
/// </summary>
public enum DutyType
{
    /// <summary>调研蹲点 (003 一): time spent at grassroots, counted in days; a stay of 5+ days is the 驻点调研.</summary>
    ResearchStay = 0,

    /// <summary>调研报告 (003 一: "每年至少撰写1篇调研报告").</summary>
    ResearchReport = 1,

    /// <summary>调研推进工作任务 (003 一: main leaders "至少调研推进1项具体工作任务").</summary>
    ResearchDrivenTask = 2,

    /// <summary>联系点走访 (003 二): a visit to the leader's grassroots contact unit.</summary>
    ContactPointVisit = 3,

    /// <summary>困难家庭走访 (003 二 "结对联系1户困难群众家庭"; 002 "结穷亲、送温暖").</summary>
    HardshipFamilyVisit = 4,

    /// <summary>为联系点办实事 (003 二: "至少办1件实事").</summary>
    PracticalMatter = 5,

    /// <summary>接访日 (003 四): a day receiving the public, counted in days.</summary>
    ReceptionDay = 6,

    /// <summary>带案下访、重点约访 (003 四: "原则上每年不少于4次").</summary>
    CaseCarryingVisit = 7,

    /// <summary>谈心谈话 (003 五).</summary>
    HeartToHeartTalk = 8,

    /// <summary>党代表工作室活动 (003 八).</summary>
    PartyRepStudioActivity = 9,

    /// <summary>党代表视察调研 (003 八: "每年开展视察或调查研究至少1次").</summary>
    PartyRepInspection = 10,

    /// <summary>挂职任职 (003 三). Kept as a <see cref="Secondment"/>, not as an activity record.</summary>
    Secondment = 11,

    /// <summary>
    /// 农村联系点“三个一” (004): 1 party-building instructor, ≥10,000 yuan for the activity room, 1 computer. The three
    /// ones are owed by a unit for each of its rural points, not by a leader per period, so they are kept as a
    /// <see cref="RuralPoint"/> with its contributions and judged by <see cref="ThreeOnesRule"/>, never as an activity.
    /// The value stays so that older records still read.
    /// </summary>
    RuralPointThreeOnes = 12,
}

public static class DutyTypeNames
{
    public static string ToChinese(this DutyType type) => type switch
    {
        DutyType.ResearchStay => "调研蹲点",
        DutyType.ResearchReport => "调研报告",
        DutyType.ResearchDrivenTask => "调研推进工作任务",
        DutyType.ContactPointVisit => "联系点走访",
        DutyType.HardshipFamilyVisit => "困难家庭走访",
        DutyType.PracticalMatter => "为联系点办实事",
        DutyType.ReceptionDay => "接访日",
        DutyType.CaseCarryingVisit => "带案下访、重点约访",
        DutyType.HeartToHeartTalk => "谈心谈话",
        DutyType.PartyRepStudioActivity => "党代表工作室活动",
        DutyType.PartyRepInspection => "党代表视察调研",
        DutyType.Secondment => "挂职任职",
        DutyType.RuralPointThreeOnes => "农村联系点“三个一”",
        _ => type.ToString(),
    };

    /// <summary>Duties recorded as a <see cref="ContactActivity"/>; secondments and rural points have their own records.</summary>
    public static bool IsRecordedAsActivity(this DutyType type) => type is not (DutyType.Secondment or DutyType.RuralPointThreeOnes);

    /// <summary>Where a duty that is not an activity is recorded instead, in the words of the refusal.</summary>
    public static string RecordedElsewhereMessage(this DutyType type) => type == DutyType.RuralPointThreeOnes
        ? "农村联系点“三个一”请在“三送与结对共建”中按联系点登记"
        : "挂职任职请在挂职管理中登记";

    /// <summary>Duties that naturally span several days (a stay); the others are usually one day.</summary>
    public static bool IsCountedInDays(this DutyType type) => type is DutyType.ResearchStay or DutyType.ReceptionDay;
}
