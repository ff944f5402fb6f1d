namespace CampaignHub.Domain.Plans;

/// <summary>Where a unit's implementation plan stands.</summary>
public enum PlanStatus
{
    /// <summary>草稿: being written, never submitted.</summary>
    Draft = 0,

    /// <summary>已提交: waiting for the office's decision; nobody edits it meanwhile.</summary>
    Submitted = 1,

    /// <summary>已批准: work may start.</summary>
    Approved = 2,

    /// <summary>已退回: returned with a reason; the unit revises and submits again.</summary>
    Returned = 3,
}

/// <summary>The office's decision on one submitted version.</summary>
public enum PlanDecision
{
    /// <summary>待审批.</summary>
    Pending = 0,

    /// <summary>已批准.</summary>
    Approved = 1,

    /// <summary>已退回.</summary>
    Returned = 2,
}

/// <summary>The four structured sections of a plan (实施方案).</summary>
public enum PlanSection
{
    /// <summary>指导思想.</summary>
    GuidingIdea = 0,

    /// <summary>主要内容.</summary>
    MainContent = 1,

    /// <summary>方法步骤/时间安排.</summary>
    Schedule = 2,

    /// <summary>组织领导.</summary>
    Organisation = 3,
}

public static class PlanStatusNames
{
    public static string ToChinese(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "草稿",
        PlanStatus.Submitted => "已提交待审批",
        PlanStatus.Approved => "已批准",
        PlanStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    /// <summary>For overviews listing every unit: a unit without a plan shows "未编制".</summary>
    public static string ToChinese(this PlanStatus? status) => status is { } s ? s.ToChinese() : "未编制";

    public static string ToChinese(this PlanDecision decision) => decision switch
    {
        PlanDecision.Pending => "待审批",
        PlanDecision.Approved => "已批准",
        PlanDecision.Returned => "已退回",
        _ => decision.ToString(),
    };

    public static string ToChinese(this PlanSection section) => section switch
    {
        PlanSection.GuidingIdea => "指导思想",
        PlanSection.MainContent => "主要内容",
        PlanSection.Schedule => "方法步骤和时间安排",
        PlanSection.Organisation => "组织领导",
        _ => section.ToString(),
    };
}
