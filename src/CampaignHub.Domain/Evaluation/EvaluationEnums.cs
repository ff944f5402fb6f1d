namespace CampaignHub.Domain.Evaluation;

/// <summary>Who cast a ballot: the unit's cadres or the masses' representatives.</summary>
public enum RaterKind
{
    /// <summary>干部代表.</summary>
    Cadre = 0,

    /// <summary>群众代表（“两代表一委员”、服务对象和普通群众代表）.</summary>
    MassesRepresentative = 1,
}

public enum EvaluationStatus
{
    /// <summary>评议中: ballots are being entered.</summary>
    Open = 0,

    /// <summary>已结束.</summary>
    Closed = 1,
}

public enum EvaluationOutcome
{
    /// <summary>认可度达到阈值.</summary>
    Passed = 0,

    /// <summary>认可度低于阈值: 返工补课.</summary>
    BelowThreshold = 1,
}

/// <summary>What one may do with an evaluation.</summary>
public enum EvaluationAction
{
    /// <summary>录入评议票.</summary>
    RecordBallot = 0,

    /// <summary>删除录错的评议票.</summary>
    RemoveBallot = 1,

    /// <summary>结束评议.</summary>
    Close = 2,

    /// <summary>督导组点评.</summary>
    Comment = 3,
}

/// <summary>Where a redo (返工补课) stands; tracked like an order.</summary>
public enum RedoStatus
{
    /// <summary>待整改: put into redo by the evaluation.</summary>
    Ordered = 0,

    /// <summary>整改中.</summary>
    Rectifying = 1,

    /// <summary>已报送报告: waiting for the office.</summary>
    Submitted = 2,

    /// <summary>已退回: the report was returned with a reason.</summary>
    Returned = 3,

    /// <summary>已验收，待复评.</summary>
    Accepted = 4,

    /// <summary>复评通过，已销号.</summary>
    Closed = 5,
}

public enum RedoAction
{
    /// <summary>开始整改.</summary>
    StartRectifying = 0,

    /// <summary>报送整改报告.</summary>
    SubmitReport = 1,

    /// <summary>验收.</summary>
    Accept = 2,

    /// <summary>退回.</summary>
    Return = 3,

    /// <summary>组织复评.</summary>
    OpenReEvaluation = 4,

    /// <summary>督导组点评.</summary>
    Comment = 5,
}

/// <summary>The three records kept against a team's principal leader (一把手).</summary>
public enum PrincipalLeaderRecordKind
{
    /// <summary>专项述职.</summary>
    SpecialReport = 0,

    /// <summary>约谈.</summary>
    Interview = 1,

    /// <summary>群众评议一把手.</summary>
    PublicRating = 2,
}

/// <summary>What a supervision group's comment is about.</summary>
public enum CommentSubject
{
    /// <summary>民主评议.</summary>
    Evaluation = 0,

    /// <summary>返工补课.</summary>
    Redo = 1,

    /// <summary>一把手情况.</summary>
    PrincipalLeader = 2,
}

public static class EvaluationNames
{
    public static string ToChinese(this RaterKind kind) => kind switch
    {
        RaterKind.Cadre => "干部代表",
        RaterKind.MassesRepresentative => "群众代表",
        _ => kind.ToString(),
    };

    public static string ToChinese(this EvaluationStatus status) => status switch
    {
        EvaluationStatus.Open => "评议中",
        EvaluationStatus.Closed => "已结束",
        _ => status.ToString(),
    };

    public static string ToChinese(this EvaluationOutcome outcome) => outcome switch
    {
        EvaluationOutcome.Passed => "通过",
        EvaluationOutcome.BelowThreshold => "低于阈值",
        _ => outcome.ToString(),
    };

    public static string ToChinese(this RedoStatus status) => status switch
    {
        RedoStatus.Ordered => "待整改",
        RedoStatus.Rectifying => "整改中",
        RedoStatus.Submitted => "已报送报告",
        RedoStatus.Returned => "报告已退回",
        RedoStatus.Accepted => "已验收，待复评",
        RedoStatus.Closed => "复评通过，已销号",
        _ => status.ToString(),
    };

    public static string ToChinese(this PrincipalLeaderRecordKind kind) => kind switch
    {
        PrincipalLeaderRecordKind.SpecialReport => "专项述职",
        PrincipalLeaderRecordKind.Interview => "约谈",
        PrincipalLeaderRecordKind.PublicRating => "群众评议一把手",
        _ => kind.ToString(),
    };

    public static string ToChinese(this CommentSubject subject) => subject switch
    {
        CommentSubject.Evaluation => "民主评议",
        CommentSubject.Redo => "返工补课",
        CommentSubject.PrincipalLeader => "一把手情况",
        _ => subject.ToString(),
    };
}
