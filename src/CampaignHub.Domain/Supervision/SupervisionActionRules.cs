using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Supervision;

/// <summary>The kinds of supervision work a group records against a unit (督导方式).</summary>
public enum SupervisionActionType
{
    /// <summary>审阅方案材料: reading the unit's implementation plan, self-examination or rectification materials.</summary>
    ReviewMaterials = 1,

    /// <summary>抽查: an unannounced spot check of a unit's work.</summary>
    SpotCheck = 2,

    /// <summary>列席会议: attending a unit's meeting (e.g. its democratic life meeting) and commenting on it.</summary>
    AttendMeeting = 3,

    /// <summary>回头看: going back over what was done; its findings must be followed to a close before it closes.</summary>
    LookBack = 4,
}

public static class SupervisionActionTypeNames
{
    public static string ToChinese(this SupervisionActionType type) => type switch
    {
        SupervisionActionType.ReviewMaterials => "审阅方案材料",
        SupervisionActionType.SpotCheck => "抽查",
        SupervisionActionType.AttendMeeting => "列席会议",
        SupervisionActionType.LookBack => "回头看",
        _ => "督导",
    };

    /// <summary>What "what was examined" means for each kind: the label of that field on the form and in lists.</summary>
    public static string ExaminedLabel(this SupervisionActionType type) => type switch
    {
        SupervisionActionType.ReviewMaterials => "审阅的方案材料",
        SupervisionActionType.SpotCheck => "抽查的内容",
        SupervisionActionType.AttendMeeting => "列席的会议",
        SupervisionActionType.LookBack => "回头看的事项",
        _ => "督导内容",
    };
}

/// <summary>Where a finding (督导发现问题) stands.</summary>
public enum FindingStatus
{
    /// <summary>待整改: waiting for the unit's answer (also after a return).</summary>
    Open = 0,

    /// <summary>待验收: the unit answered; the group closes or returns it.</summary>
    Responded = 1,

    /// <summary>已办结: the group accepted the unit's answer.</summary>
    Closed = 2,
}

public static class FindingStatusNames
{
    public static string ToChinese(this FindingStatus status) => status switch
    {
        FindingStatus.Open => "待整改",
        FindingStatus.Responded => "待验收",
        FindingStatus.Closed => "已办结",
        _ => "未知",
    };
}

/// <summary>What one may do with a finding.</summary>
public enum FindingAction
{
    /// <summary>整改反馈: the unit answers the finding.</summary>
    Respond = 1,

    /// <summary>办结: the group accepts the unit's answer.</summary>
    Close = 2,

    /// <summary>退回: the group returns the answer with a reason; the unit answers again.</summary>
    Return = 3,
}

/// <summary>What one may do with a supervision action as a whole.</summary>
public enum SupervisionActionStep
{
    /// <summary>补充发现问题.</summary>
    AddFinding = 1,

    /// <summary>办结回头看: only once every finding is closed.</summary>
    ConcludeLookBack = 2,
}

/// <summary>The facts of a finding its rules depend on.</summary>
public sealed record FindingFacts(int UnitId, FindingStatus Status);

/// <summary>The facts of an action its rules depend on.</summary>
public sealed record SupervisionActionFacts(int UnitId, SupervisionActionType Type, bool Concluded, int OpenFindings);

/// <summary>
/// The one home of who may do what with typed supervision actions and their findings, and why not. Members of a
/// group that supervises the unit record actions, add findings, close or return findings and conclude a look-back;
/// a coordinator of the unit, or of a unit above it (as with rectification orders, <see cref="OrderAccess"/>),
/// answers findings. The aggregate's verbs refuse with these answers; the pages render their buttons from them.
/// </summary>
public static class SupervisionActionRules
{
    public const string NotTheGroupsUnit = "只有督导该单位的督导组成员可以记录督导活动";

    /// <summary>Who records an action (and adds findings) against a unit: a member of a group supervising it.</summary>
    public static ActionAnswer WhoRecords(Actor actor, int unitId) =>
        ActionAnswer.When(actor.Supervises(unitId), ActionAnswer.NotPermitted(NotTheGroupsUnit));

    /// <summary>Whether the actor records supervision actions at all (the 记录督导活动 button).</summary>
    public static ActionAnswer WhoRecordsAny(Actor actor) =>
        ActionAnswer.When(actor.IsSupervisor && actor.SupervisedUnitIds is { Count: > 0 }, ActionAnswer.NotPermitted("只有督导组成员可以记录督导活动"));

    /// <summary>Whether the actor answers findings at all: a coordinator of a unit (for the units of their tree).</summary>
    public static bool AnswersFindings(Actor actor) => actor.IsCoordinator && actor.UnitId is not null;

    public static ActionAnswer WhyCannot(SupervisionActionStep step, SupervisionActionFacts action, Actor actor) => step switch
    {
        SupervisionActionStep.AddFinding => ActionAnswer.FirstOf(
            WhoRecords(actor, action.UnitId),
            ActionAnswer.When(!action.Concluded, ActionAnswer.NotApplicable("回头看已办结，不能再补充发现问题"))),
        SupervisionActionStep.ConcludeLookBack => ActionAnswer.FirstOf(
            ActionAnswer.When(actor.Supervises(action.UnitId), ActionAnswer.NotPermitted("只有督导该单位的督导组成员可以办结回头看")),
            ActionAnswer.When(action.Type == SupervisionActionType.LookBack, ActionAnswer.NotApplicable("只有回头看需要办结")),
            ActionAnswer.When(!action.Concluded, ActionAnswer.NotApplicable("回头看已办结")),
            ActionAnswer.When(action.OpenFindings == 0, ActionAnswer.Blocked($"还有{action.OpenFindings}个发现问题未办结，不能办结回头看"))),
        _ => ActionAnswer.NotApplicable("无效的操作"),
    };

    public static ActionAnswer WhyCannot(FindingAction action, FindingFacts finding, Actor actor, UnitTree tree) =>
        ActionAnswer.FirstOf(RightsProblem(action, finding, actor, tree), StateProblem(action, finding));

    /// <summary>Whether the finding is the actor's business at all: refused as access denied.</summary>
    public static ActionAnswer RightsProblem(FindingAction action, FindingFacts finding, Actor actor, UnitTree tree) => action switch
    {
        FindingAction.Respond => ActionAnswer.When(OrderAccess.CanAnswerFor(actor, finding.UnitId, tree), ActionAnswer.NotPermitted("只有被督导单位（或其上级单位）的联络员可以反馈整改情况")),
        FindingAction.Close or FindingAction.Return => ActionAnswer.When(actor.Supervises(finding.UnitId), ActionAnswer.NotPermitted("只有督导该单位的督导组成员可以办结或退回")),
        _ => ActionAnswer.NotPermitted("无效的操作"),
    };

    private static ActionAnswer StateProblem(FindingAction action, FindingFacts finding) => (action, finding.Status) switch
    {
        (_, FindingStatus.Closed) => ActionAnswer.NotApplicable("该问题已办结"),
        (FindingAction.Respond, FindingStatus.Responded) => ActionAnswer.NotApplicable("单位已反馈，等待督导组验收"),
        (FindingAction.Close or FindingAction.Return, FindingStatus.Open) => ActionAnswer.NotApplicable("单位尚未反馈整改情况"),
        _ => ActionAnswer.Allowed,
    };
}
