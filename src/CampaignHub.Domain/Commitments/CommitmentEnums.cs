namespace CampaignHub.Domain.Commitments;

public enum CommitmentStatus
{
    /// <summary>未启动.</summary>
    NotStarted = 0,

    /// <summary>正在办理.</summary>
    InProgress = 1,

    /// <summary>已办结.</summary>
    Done = 2,

    /// <summary>已取消 (by the office, with a reason); left out of the three checks.</summary>
    Cancelled = 3,
}

/// <summary>To whom the promise was made: "分别在服务对象、本地群众中进行承诺" (002).</summary>
[Flags]
public enum PromisedTo
{
    None = 0,

    /// <summary>服务对象.</summary>
    ServiceUsers = 1,

    /// <summary>驻地群众.</summary>
    LocalPublic = 2,

    /// <summary>服务对象和驻地群众.</summary>
    Both = ServiceUsers | LocalPublic,
}

/// <summary>年度承诺 (made at the start of the year) or 即时承诺 (for a stage's task, a temporary task or an emergency).</summary>
public enum CommitmentKind
{
    /// <summary>年度承诺.</summary>
    Annual = 1,

    /// <summary>即时承诺.</summary>
    AdHoc = 2,
}

public static class CommitmentNames
{
    public static string ToChinese(this CommitmentStatus status) => status switch
    {
        CommitmentStatus.NotStarted => "未启动",
        CommitmentStatus.InProgress => "正在办理",
        CommitmentStatus.Done => "已办结",
        CommitmentStatus.Cancelled => "已取消",
        _ => status.ToString(),
    };

    public static string ToChinese(this PromisedTo promisedTo) => promisedTo switch
    {
        PromisedTo.ServiceUsers => "服务对象",
        PromisedTo.LocalPublic => "驻地群众",
        PromisedTo.Both => "服务对象和驻地群众",
        _ => "未指定",
    };

    public static string ToChinese(this CommitmentKind kind) => kind switch
    {
        CommitmentKind.Annual => "年度承诺",
        CommitmentKind.AdHoc => "即时承诺",
        _ => kind.ToString(),
    };
}
