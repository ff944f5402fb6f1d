using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Plans;

/// <summary>Something that happened to a unit's implementation plan.</summary>
public abstract record PlanEvent(ImplementationPlan Plan, string Summary) : IDomainEvent;

/// <summary>The working texts were saved (a new draft, or a revision of a draft or a returned plan).</summary>
public sealed record PlanDraftSaved(ImplementationPlan Plan) : PlanEvent(Plan, "实施方案已保存");

public sealed record PlanSubmitted(ImplementationPlan Plan, int VersionNumber) : PlanEvent(Plan, $"实施方案第{VersionNumber}版已提交");

public sealed record PlanApproved(ImplementationPlan Plan) : PlanEvent(Plan, "实施方案已批准");

public sealed record PlanReturned(ImplementationPlan Plan) : PlanEvent(Plan, "实施方案已退回");

/// <summary>Something that happened to a work item.</summary>
public abstract record WorkItemEvent(WorkItem Item, string Summary) : IDomainEvent;

public sealed record WorkItemPlanned(WorkItem Item) : WorkItemEvent(Item, $"新增工作事项“{Item.Title}”");

/// <summary>The inline edit: details and progress.</summary>
public sealed record WorkItemProgressed(WorkItem Item, int ProgressPercent) : WorkItemEvent(Item, $"修改工作事项“{Item.Title}”（进度{ProgressPercent}%）");

public sealed record WorkItemApproved(WorkItem Item) : WorkItemEvent(Item, $"批准工作事项“{Item.Title}”");

public sealed record WorkItemStarted(WorkItem Item) : WorkItemEvent(Item, $"开始工作事项“{Item.Title}”");

public sealed record WorkItemCompleted(WorkItem Item) : WorkItemEvent(Item, $"完成工作事项“{Item.Title}”");

public sealed record WorkItemCancelled(WorkItem Item) : WorkItemEvent(Item, $"取消工作事项“{Item.Title}”");

public sealed record WorkItemDeleted(WorkItem Item) : WorkItemEvent(Item, $"删除工作事项“{Item.Title}”");

public sealed record WorkItemEvidenceAdded(WorkItem Item, string FileName) : WorkItemEvent(Item, $"上传实物资料“{FileName}”");

public sealed record WorkItemEvidenceRemoved(WorkItem Item) : WorkItemEvent(Item, "删除实物资料");

/// <summary>A whole workbook of items was added at once: one fact about the unit's list, not one per row.</summary>
public sealed record WorkItemsImported(int CampaignId, int UnitId, int Count) : IDomainEvent
{
    public string Summary => $"从Excel导入{Count}项工作事项";
}
