using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Plans;

/// <summary>What can be done with a work item (the row's buttons and fields).</summary>
public enum WorkItemAction
{
    /// <summary>编辑 the row's fields.</summary>
    Edit,

    /// <summary>填写进度 while the item runs.</summary>
    EnterProgress,

    /// <summary>批准 (the office).</summary>
    Approve,

    /// <summary>开始.</summary>
    Start,

    /// <summary>完成.</summary>
    Complete,

    /// <summary>取消, with a reason.</summary>
    Cancel,

    /// <summary>删除 a row nobody has approved or started.</summary>
    Delete,

    /// <summary>上传实物资料.</summary>
    AddEvidence,

    /// <summary>删除实物资料.</summary>
    RemoveEvidence,
}

/// <summary>The facts of a work item its rules depend on; the unit's plan status is read from the plan by the caller.</summary>
public sealed record WorkItemFacts(int UnitId, WorkItemKind Kind, WorkItemStatus Status, int EvidenceCount, PlanStatus? UnitPlanStatus);

/// <summary>
/// The one home of "who may do what with a work item, and why not". <see cref="WorkItem"/> enforces it in its verbs
/// and answers <see cref="WorkItem.WhyCannot"/> from it; the grid renders its buttons and the progress field from
/// that answer.
/// </summary>
public static class WorkItemActionRules
{
    public const string ProgressBeforeStart = "事项开始后才能填写进度";

    /// <summary>Nothing starts or completes before the unit's plan is approved.</summary>
    public static bool PlanAllowsWork(PlanStatus? unitPlanStatus) => unitPlanStatus == PlanStatus.Approved;

    /// <summary>What the actor may do now, and why not: first who they are (not permitted), then the item's state.</summary>
    public static ActionAnswer WhyCannot(WorkItemAction action, WorkItemFacts item, Actor actor, UnitTree? tree) =>
        ActionAnswer.FirstOf(RightsProblem(action, item, actor, tree), StateProblem(action, item));

    /// <summary>Whether the action is the actor's business at all: the office approves, the unit's editors do the rest.</summary>
    public static ActionAnswer RightsProblem(WorkItemAction action, WorkItemFacts item, Actor actor, UnitTree? tree) => action == WorkItemAction.Approve
        ? ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted("只有活动办才能批准工作事项"))
        : ActionAnswer.When(tree is not null && UnitAccess.CanEdit(actor, item.UnitId, tree), ActionAnswer.NotPermitted("您无权修改该单位的数据"));

    /// <summary>
    /// Whether the item's state lets the action happen now. Blocked (shown disabled with the reason) where the unit can
    /// make it possible — start once the plan or the office's approval is there, complete once evidence is uploaded,
    /// enter progress once started, remove the last file of a done item once another is uploaded; not applicable otherwise.
    /// </summary>
    public static ActionAnswer StateProblem(WorkItemAction action, WorkItemFacts item) => action switch
    {
        WorkItemAction.Edit => Open(item, "修改"),
        WorkItemAction.EnterProgress => ActionAnswer.FirstOf(Open(item, "修改"), ActionAnswer.When(item.Status == WorkItemStatus.InProgress, ActionAnswer.Blocked(ProgressBeforeStart))),
        WorkItemAction.Approve => ActionAnswer.When(item.Status == WorkItemStatus.Planned, ActionAnswer.NotApplicable("只有计划中的事项才能批准")),
        WorkItemAction.Start => WhyCannotStart(item),
        WorkItemAction.Complete => ActionAnswer.FirstOf(
            ActionAnswer.When(item.Status == WorkItemStatus.InProgress, ActionAnswer.NotApplicable("只有进行中的事项才能完成")),
            ActionAnswer.When(PlanAllowsWork(item.UnitPlanStatus), ActionAnswer.Blocked("单位实施方案未批准，事项不能完成")),
            ActionAnswer.When(item.EvidenceCount > 0, ActionAnswer.Blocked("每一项活动都要有实物资料，请先上传照片或PDF文件"))),
        WorkItemAction.Cancel => Open(item, "取消"),
        WorkItemAction.Delete => ActionAnswer.When(item.Status == WorkItemStatus.Planned && item.EvidenceCount == 0, ActionAnswer.NotApplicable("已批准、已开始或已有实物资料的事项不能删除，请改为取消")),
        WorkItemAction.AddEvidence => ActionAnswer.When(item.Status != WorkItemStatus.Cancelled, ActionAnswer.NotApplicable("已取消的事项不能上传实物资料")),
        WorkItemAction.RemoveEvidence => ActionAnswer.FirstOf(
            ActionAnswer.When(item.EvidenceCount > 0, ActionAnswer.NotApplicable("找不到该实物资料")),
            ActionAnswer.When(item.Status != WorkItemStatus.Done || item.EvidenceCount > 1, ActionAnswer.Blocked("已完成的事项至少要保留一份实物资料"))),
        _ => ActionAnswer.NotApplicable("无效的操作"),
    };

    private static ActionAnswer WhyCannotStart(WorkItemFacts item)
    {
        if (item.Status is not (WorkItemStatus.Planned or WorkItemStatus.Approved))
        {
            return ActionAnswer.NotApplicable("只有计划中或已批准的事项才能开始");
        }

        if (!PlanAllowsWork(item.UnitPlanStatus))
        {
            return ActionAnswer.Blocked("单位实施方案批准后才能开始工作事项");
        }

        return ActionAnswer.When(!item.Kind.RequiresItemApproval() || item.Status == WorkItemStatus.Approved, ActionAnswer.Blocked("一线体验活动须经活动办同意后才能实施"));
    }

    private static ActionAnswer Open(WorkItemFacts item, string action) => item.Status switch
    {
        WorkItemStatus.Done => ActionAnswer.NotApplicable($"已完成的事项不能{action}"),
        WorkItemStatus.Cancelled => ActionAnswer.NotApplicable($"已取消的事项不能{action}"),
        _ => ActionAnswer.Allowed,
    };
}
