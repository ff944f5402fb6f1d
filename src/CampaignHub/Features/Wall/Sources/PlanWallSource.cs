using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Wall.Sources;

/// <summary>Plans (returned, not submitted, awaiting approval) and work items (progress, overdue, due soon).</summary>
public sealed class PlanWallSource : IWallSource
{
    public string Key => "plans";

    public IReadOnlySet<ChangeKind> Kinds { get; } = new HashSet<ChangeKind> { ChangeKind.Plan, ChangeKind.WorkItem };

    public async Task<IReadOnlyDictionary<int, WallSlice>> LoadAsync(CampaignHubDbContext db, int campaignId, int? unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var units = await db.Set<CampaignUnit>().Where(u => u.CampaignId == campaignId && (unitId == null || u.UnitId == unitId)).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var plans = await db.Set<ImplementationPlan>().AsNoTracking()
            .Where(p => p.CampaignId == campaignId && (unitId == null || p.UnitId == unitId))
            .Select(p => new { p.Id, p.UnitId, p.Status })
            .ToDictionaryAsync(p => p.UnitId, cancellationToken);
        var returnedPlanIds = plans.Values.Where(p => p.Status == PlanStatus.Returned).Select(p => p.Id).ToList();

        // The reason lives on the latest submitted version (ImplementationPlan.ReturnReason is computed from it).
        var returnReasons = (await db.Set<PlanVersion>().AsNoTracking()
                .Where(v => returnedPlanIds.Contains(v.PlanId))
                .Select(v => new { v.PlanId, v.Number, v.DecisionComment })
                .ToListAsync(cancellationToken))
            .GroupBy(v => v.PlanId)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!.DecisionComment);
        var items = await db.Set<WorkItem>().AsNoTracking()
            .Where(w => w.CampaignId == campaignId && (unitId == null || w.UnitId == unitId) && w.Status != WorkItemStatus.Cancelled)
            .Select(w => new { w.UnitId, w.Title, w.Status, w.PlannedDate })
            .ToListAsync(cancellationToken);
        var itemsByUnit = items.ToLookup(w => w.UnitId);

        return units.ToDictionary(id => id, id =>
        {
            var unitItems = itemsByUnit[id].ToList();
            var plan = plans.GetValueOrDefault(id);
            return new WallSlice
            {
                WorkItems = WorkItemProgress.Buckets(unitItems.Select(w => w.Status)),
                Overdue = unitItems
                    .Where(w => WorkItemSchedule.IsOverdue(w.PlannedDate, w.Status, today))
                    .Select(w => new WallOverdueItem(OverdueKinds.WorkItem, id, w.Title, WorkItemSchedule.DaysOverdue(w.PlannedDate, w.Status, today), $"units/{id}/work-items?campaign={campaignId}"))
                    .ToList(),
                DueSoon = unitItems
                    .Where(w => w.Status is not WorkItemStatus.Done && DueSoonWindow.Contains(w.PlannedDate, today))
                    .Select(w => new WallDueItem("工作事项", id, w.Title, w.PlannedDate, $"units/{id}/work-items?campaign={campaignId}"))
                    .ToList(),
                Alerts = plan?.Status switch
                {
                    PlanStatus.Returned => [new WallAlert(id, "方案", $"实施方案被退回：{returnReasons.GetValueOrDefault(plan.Id)}", $"units/{id}/plan?campaign={campaignId}")],
                    PlanStatus.Submitted => [new WallAlert(id, "方案", "实施方案待审批", "plans")],
                    PlanStatus.Approved => [],
                    _ => [new WallAlert(id, "方案", "实施方案未提交", $"units/{id}/plan?campaign={campaignId}")],
                },
            };
        });
    }
}
