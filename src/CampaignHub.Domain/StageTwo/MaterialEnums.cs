namespace CampaignHub.Domain.StageTwo;

/// <summary>Whose self-examination material it is.</summary>
public enum MaterialKind
{
    /// <summary>领导班子对照检查材料: drafted under the principal leader, circulated for comment first.</summary>
    Team = 0,

    /// <summary>班子成员个人对照检查材料: written by the member personally.</summary>
    TeamMember = 1,

    /// <summary>村、社区正职个人对照检查材料.</summary>
    VillageHead = 2,
}

/// <summary>Where a self-examination material stands.</summary>
public enum MaterialStatus
{
    /// <summary>起草中.</summary>
    Draft = 0,

    /// <summary>征求意见中: circulated within a chosen scope; comments are kept.</summary>
    Circulating = 1,

    /// <summary>待审核: submitted to the upper organisation's leader (审核把关).</summary>
    Submitted = 2,

    /// <summary>已退回: returned with a reason; revised and submitted again.</summary>
    Returned = 3,

    /// <summary>审核通过: the meeting may use it.</summary>
    Passed = 4,

    /// <summary>会后修改完善: revised after the meeting.</summary>
    Revised = 5,

    /// <summary>已印发: sent to the attendants before the 情况通报会.</summary>
    SentOut = 6,
}

/// <summary>Why a version was kept.</summary>
public enum MaterialVersionKind
{
    /// <summary>报送审核.</summary>
    Submitted = 0,

    /// <summary>会后修改完善.</summary>
    RevisedAfterMeeting = 1,
}

/// <summary>The upper leader's decision on a submitted version.</summary>
public enum MaterialDecision
{
    Pending = 0,
    Passed = 1,
    Returned = 2,
}

/// <summary>What one may do with a self-examination material.</summary>
public enum MaterialAction
{
    /// <summary>保存草稿.</summary>
    Save = 0,

    /// <summary>征求意见.</summary>
    Circulate = 1,

    /// <summary>提出意见.</summary>
    Comment = 2,

    /// <summary>报送审核.</summary>
    Submit = 3,

    /// <summary>审核通过.</summary>
    Pass = 4,

    /// <summary>退回修改.</summary>
    Return = 5,

    /// <summary>会后修改完善.</summary>
    ReviseAfterMeeting = 6,

    /// <summary>印发.</summary>
    SendOut = 7,
}

public static class MaterialNames
{
    public static string ToChinese(this MaterialKind kind) => kind switch
    {
        MaterialKind.Team => "领导班子对照检查材料",
        MaterialKind.TeamMember => "班子成员个人对照检查材料",
        MaterialKind.VillageHead => "村（社区）正职个人对照检查材料",
        _ => kind.ToString(),
    };

    public static string ToChinese(this MaterialStatus status) => status switch
    {
        MaterialStatus.Draft => "起草中",
        MaterialStatus.Circulating => "征求意见中",
        MaterialStatus.Submitted => "待审核",
        MaterialStatus.Returned => "已退回",
        MaterialStatus.Passed => "审核通过",
        MaterialStatus.Revised => "会后已修改完善",
        MaterialStatus.SentOut => "已印发",
        _ => status.ToString(),
    };

    public static string ToChinese(this MaterialVersionKind kind) => kind switch
    {
        MaterialVersionKind.Submitted => "报送审核",
        MaterialVersionKind.RevisedAfterMeeting => "会后修改完善",
        _ => kind.ToString(),
    };

    public static string ToChinese(this MaterialDecision decision) => decision switch
    {
        MaterialDecision.Pending => "待审核",
        MaterialDecision.Passed => "审核通过",
        MaterialDecision.Returned => "退回修改",
        _ => decision.ToString(),
    };

    public static string ToChinese(this MaterialAction action) => action switch
    {
        MaterialAction.Save => "保存草稿",
        MaterialAction.Circulate => "征求意见",
        MaterialAction.Comment => "提出意见",
        MaterialAction.Submit => "报送审核",
        MaterialAction.Pass => "审核通过",
        MaterialAction.Return => "退回修改",
        MaterialAction.ReviseAfterMeeting => "会后修改完善",
        MaterialAction.SendOut => "印发",
        _ => action.ToString(),
    };

    /// <summary>Passed by the upper leader — also once revised after the meeting or sent out.</summary>
    public static bool IsPassed(this MaterialStatus status) => status is MaterialStatus.Passed or MaterialStatus.Revised or MaterialStatus.SentOut;
}
