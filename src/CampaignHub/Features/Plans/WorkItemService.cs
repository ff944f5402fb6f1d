using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Plans;

/// <summary>
/// A unit's work items: the inline grid's add/edit/delete, status actions, evidence. Every write loads
/// the unit tree and lets the domain check the actor's rights, so a crafted call for another unit fails.
/// </summary>
public sealed class WorkItemService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, EvidenceStore evidenceStore)
{
    public async Task<UnitWorkItemsDto> GetUnitAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        UnitAccess.EnsureCanReadWorkOf(actor, unitId, tree);
        var reference = await PlanQueries.CampaignUnitAsync(db, campaignId, unitId, cancellationToken);
        var today = clock.Today;
        var planStatus = await PlanQueries.PlanStatusAsync(db, campaignId, unitId, cancellationToken);
        var lookups = await PlanQueries.LookupsAsync(db, campaignId, unitId, today, cancellationToken);
        var items = await db.Set<WorkItem>().AsNoTracking().Include("_evidence")
            .Where(i => i.CampaignId == campaignId && i.UnitId == unitId)
            .OrderBy(i => i.PlannedDate).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var snapshots = items.Select(i => i.Snapshot).ToList();
        var names = await UserNames.LoadAsync(db, cancellationToken);
        var visits = LeaderVisitRule.Summarise(lookups.Leaders.Select(l => l.Id), snapshots);
        return new UnitWorkItemsDto(
            campaignId,
            reference.CampaignTitle,
            unitId,
            reference.UnitName,
            planStatus,
            UnitAccess.CanEdit(actor, unitId, tree),
            actor.IsOffice,
            today,
            items.Select(i => PlanQueries.ToDto(i, planStatus, today, names, actor, tree)).ToList(),
            lookups,
            FrontlineExperienceRule.Evaluate(snapshots),
            visits.Select(v => new LeaderVisitRowDto(lookups.Leaders.Single(l => l.Id == v.PersonId), v)).ToList(),
            WorkItemProgress.ForUnit(unitId, snapshots));
    }

    public async Task<WorkItemDto> GetAsync(int workItemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await CurrentAsync(db, workItemId, cancellationToken);
    }

    /// <summary>One item with the domain's answers for <paramref name="viewer"/> (what the evidence dialog offers).</summary>
    public async Task<WorkItemDto> GetAsync(Actor viewer, int workItemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await CurrentAsync(db, workItemId, cancellationToken, viewer);
    }

    public async Task<WorkItemDto> AddAsync(Actor actor, int campaignId, int unitId, WorkItemDetails details, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await PlanQueries.CampaignUnitAsync(db, campaignId, unitId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        UnitAccess.EnsureCanEdit(actor, unitId, tree);
        await EnsureValidAsync(db, campaignId, unitId, details, cancellationToken);
        var item = WorkItem.Plan(campaignId, unitId, details, actor, tree, clock);
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return PlanQueries.ToDto(item, await PlanQueries.PlanStatusAsync(db, campaignId, unitId, cancellationToken), clock.Today, await UserNames.LoadAsync(db, cancellationToken), actor, tree);
    }

    /// <summary>The inline row save. <paramref name="expectedVersion"/> is the row version the editor loaded.</summary>
    public Task<WorkItemDto> UpdateAsync(Actor actor, int workItemId, int expectedVersion, WorkItemDetails details, int progressPercent, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, workItemId, expectedVersion, async (db, item, tree, _) =>
        {
            await EnsureValidAsync(db, item.CampaignId, item.UnitId, details, cancellationToken);
            item.Edit(details, progressPercent, actor, tree, clock);
        }, cancellationToken);

    public Task<WorkItemDto> ApproveAsync(Actor actor, int workItemId, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, workItemId, expectedVersion, (_, item, _, _) =>
        {
            item.Approve(actor, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkItemDto> StartAsync(Actor actor, int workItemId, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, workItemId, expectedVersion, (_, item, tree, planStatus) =>
        {
            item.Start(planStatus, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkItemDto> CompleteAsync(Actor actor, int workItemId, int expectedVersion, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, workItemId, expectedVersion, (_, item, tree, planStatus) =>
        {
            item.Complete(planStatus, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkItemDto> CancelAsync(Actor actor, int workItemId, int expectedVersion, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, workItemId, expectedVersion, (_, item, tree, _) =>
        {
            item.Cancel(reason, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task DeleteAsync(Actor actor, int workItemId, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var item = await LoadAsync(db, workItemId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        item.Delete(actor, tree);
        var names = await UserNames.LoadAsync(db, cancellationToken);
        item.EnsureVersion(expectedVersion, () => PlanQueries.ToDto(item, null, clock.Today, names));
        db.Remove(item);
        await db.SaveOrConflictAsync(async () => await CurrentOrNullAsync(workItemId, cancellationToken), cancellationToken);
    }

    /// <summary>Stores an evidence file under data/ and records it on the item. Rights and file rules are checked before any byte is stored.</summary>
    public async Task<WorkItemDto> AddEvidenceAsync(Actor actor, int workItemId, Stream content, string fileName, string contentType, long sizeBytes, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var item = await LoadAsync(db, workItemId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        item.WhyCannot(WorkItemAction.AddEvidence, actor, tree, unitPlanStatus: null).Ensure();
        EvidenceRules.EnsureAcceptable(fileName, contentType, sizeBytes);
        var stored = await evidenceStore.SaveAsync(content, fileName, contentType, EvidenceRules.MaxSizeBytes, cancellationToken);
        try
        {
            item.AddEvidence(Path.GetFileName(fileName), stored.RelativePath, contentType, stored.SizeBytes, actor, tree, clock);
            await db.SaveOrConflictAsync(async () => await CurrentOrNullAsync(workItemId, cancellationToken), cancellationToken);
        }
        catch
        {
            evidenceStore.Delete(stored.RelativePath);
            throw;
        }

        return PlanQueries.ToDto(item, await PlanQueries.PlanStatusAsync(db, item.CampaignId, item.UnitId, cancellationToken), clock.Today, await UserNames.LoadAsync(db, cancellationToken), actor, tree);
    }

    public async Task<WorkItemDto> RemoveEvidenceAsync(Actor actor, int workItemId, int evidenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var item = await LoadAsync(db, workItemId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var path = item.Evidence.FirstOrDefault(e => e.Id == evidenceId)?.StoredPath;
        item.RemoveEvidence(evidenceId, actor, tree, clock);
        await db.SaveOrConflictAsync(async () => await CurrentOrNullAsync(workItemId, cancellationToken), cancellationToken);
        if (path is not null)
        {
            evidenceStore.Delete(path);
        }

        return PlanQueries.ToDto(item, await PlanQueries.PlanStatusAsync(db, item.CampaignId, item.UnitId, cancellationToken), clock.Today, await UserNames.LoadAsync(db, cancellationToken), actor, tree);
    }

    /// <summary>Opens an evidence file for download. Any staff member may read a unit's evidence.</summary>
    public async Task<(Stream Content, string FileName, string ContentType)> OpenEvidenceAsync(Actor actor, int workItemId, int evidenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unitId = await db.Set<WorkItem>().Where(i => i.Id == workItemId).Select(i => (int?)i.UnitId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该实物资料");
        UnitAccess.EnsureCanReadWorkOf(actor, unitId, await db.LoadUnitTreeAsync(cancellationToken));
        var evidence = await db.Set<WorkItemEvidence>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId && e.WorkItemId == workItemId, cancellationToken)
            ?? throw new NotFoundException("找不到该实物资料");
        return (evidenceStore.OpenRead(evidence.StoredPath), evidence.FileName, evidence.ContentType);
    }

    private async Task<WorkItemDto> ChangeAsync(Actor actor, int workItemId, int expectedVersion, Func<CampaignHubDbContext, WorkItem, UnitTree, PlanStatus?, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var item = await LoadAsync(db, workItemId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);

        // Rights first: someone who may not edit the unit learns nothing about the row's state.
        if (!actor.IsOffice)
        {
            UnitAccess.EnsureCanEdit(actor, item.UnitId, tree);
        }

        var planStatus = await PlanQueries.PlanStatusAsync(db, item.CampaignId, item.UnitId, cancellationToken);
        var names = await UserNames.LoadAsync(db, cancellationToken);
        item.EnsureVersion(expectedVersion, () => PlanQueries.ToDto(item, planStatus, clock.Today, names, actor, tree));
        await change(db, item, tree, planStatus);
        await db.SaveOrConflictAsync(async () => await CurrentOrNullAsync(workItemId, cancellationToken, actor), cancellationToken);
        return PlanQueries.ToDto(item, planStatus, clock.Today, names, actor, tree);
    }

    private async Task EnsureValidAsync(CampaignHubDbContext db, int campaignId, int unitId, WorkItemDetails details, CancellationToken cancellationToken)
    {
        var lookups = await PlanQueries.LookupsAsync(db, campaignId, unitId, clock.Today, cancellationToken);
        var errors = WorkItemRules.Validate(details, lookups);
        if (errors.Count > 0)
        {
            throw new WorkItemValidationException(errors);
        }
    }

    private static async Task<WorkItem> LoadAsync(CampaignHubDbContext db, int workItemId, CancellationToken cancellationToken) =>
        await db.Set<WorkItem>().Include("_evidence").FirstOrDefaultAsync(i => i.Id == workItemId, cancellationToken)
            ?? throw new NotFoundException("找不到该工作事项，可能已被删除");

    private async Task<WorkItemDto> CurrentAsync(CampaignHubDbContext db, int workItemId, CancellationToken cancellationToken, Actor? viewer = null)
    {
        var item = await db.Set<WorkItem>().AsNoTracking().Include("_evidence").FirstOrDefaultAsync(i => i.Id == workItemId, cancellationToken)
            ?? throw new NotFoundException("找不到该工作事项，可能已被删除");
        var tree = viewer is null ? null : await db.LoadUnitTreeAsync(cancellationToken);
        return PlanQueries.ToDto(item, await PlanQueries.PlanStatusAsync(db, item.CampaignId, item.UnitId, cancellationToken), clock.Today, await UserNames.LoadAsync(db, cancellationToken), viewer, tree);
    }

    private async Task<WorkItemDto?> CurrentOrNullAsync(int workItemId, CancellationToken cancellationToken, Actor? viewer = null)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await fresh.Set<WorkItem>().AnyAsync(i => i.Id == workItemId, cancellationToken) ? await CurrentAsync(fresh, workItemId, cancellationToken, viewer) : null;
    }

}

/// <summary>A work item's fields are invalid; carries every problem by field so the grid can show each in place.</summary>
public sealed class WorkItemValidationException(IReadOnlyList<FieldError> errors) : DomainException(errors[0].Message)
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
