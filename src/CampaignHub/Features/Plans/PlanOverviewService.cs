using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Plans;

/// <summary>Every enrolled unit's plan status, work-item progress, overdue items and 3–5 standing.</summary>
public sealed class PlanOverviewService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    /// <summary>The overview as <paramref name="viewer"/> sees it: each row carries what the viewer may do with its plan.</summary>
    public async Task<PlanOverviewDto> GetAsync(Actor viewer, int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Id, c.Title }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var unitIds = await db.Set<CampaignUnit>().Where(c => c.CampaignId == campaignId).Select(c => c.UnitId).ToListAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.ShortName, u.Kind }).ToListAsync(cancellationToken);
        var plans = await db.Set<ImplementationPlan>().AsNoTracking().Include("_versions").Where(p => p.CampaignId == campaignId)
            .ToDictionaryAsync(p => p.UnitId, cancellationToken);
        var items = await db.Set<WorkItem>().AsNoTracking().Where(i => i.CampaignId == campaignId)
            .Select(i => new WorkItemSnapshot(i.Id, i.UnitId, i.Kind, i.Status, i.ProgressPercent, i.PlannedDate, i.ResponsiblePersonId, i.VisitTheme))
            .ToListAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var range = await PlanQueries.ExperienceRangeAsync(db, campaignId, cancellationToken);

        var today = clock.Today;
        var progress = WorkItemProgress.ForCampaign(unitIds, items);
        var byUnit = items.ToLookup(i => i.UnitId);
        var order = CampaignService.TreeOrder(tree, unitIds);
        var rows = units
            .OrderBy(u => order.GetValueOrDefault(u.Id, int.MaxValue))
            .Select(u =>
            {
                var plan = plans.GetValueOrDefault(u.Id);
                var own = byUnit[u.Id].ToList();
                var experience = FrontlineExperienceRule.Evaluate(own, range);
                return new UnitPlanRowDto(
                    u.Id,
                    u.ShortName ?? u.Name,
                    u.Kind,
                    tree.Depth(u.Id),
                    plan?.Id,
                    plan?.Status,
                    plan?.Version,
                    plan?.Versions.Count ?? 0,
                    plan?.LatestVersion?.SubmittedAt,
                    plan?.ReturnReason,
                    WorkItemProgress.ForUnit(u.Id, own).Percent,
                    own.Count(i => i.Status != WorkItemStatus.Cancelled),
                    WorkItemSchedule.Overdue(own, today).Count,
                    experience,
                    ImplementationPlan.WhyCannot(PlanAction.Approve, viewer, u.Id, plan?.Status, tree, experience),
                    ImplementationPlan.WhyCannot(PlanAction.Return, viewer, u.Id, plan?.Status, tree, experience));
            })
            .ToList();
        return new PlanOverviewDto(campaign.Id, campaign.Title, today, progress.Percent, rows);
    }
}
