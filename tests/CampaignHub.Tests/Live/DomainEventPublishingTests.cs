using System.Collections.Concurrent;
using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Features.Plans;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Live;

/// <summary>
/// Aggregates record domain events; the saving interceptors bump versions, write the audit trail, and publish the
/// events to the change feed only once the save has committed.
/// </summary>
public sealed class DomainEventPublishingTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private IChangeFeed Feed => factory.Services.GetRequiredService<IChangeFeed>();

    private IDbContextFactory<CampaignHubDbContext> Contexts => factory.Services.GetRequiredService<IDbContextFactory<CampaignHubDbContext>>();

    /// <summary>A running item the coordinator of 东山街道 may edit (each test takes its own, by position).</summary>
    private async Task<WorkItem> RunningItemAsync(int position)
    {
        var street = await DemoLookup.UnitIdAsync(factory, "东山街道");
        await using var db = await DemoLookup.DbAsync(factory);
        var units = (await db.LoadUnitTreeAsync()).SubtreeOf(street).ToList();
        var running = await db.Set<WorkItem>().AsNoTracking().Where(i => units.Contains(i.UnitId) && i.Status == WorkItemStatus.InProgress)
            .OrderBy(i => i.Id).ToListAsync();
        return running[position % running.Count];
    }

    /// <summary>Captures the changes about one work item, as the feed's observers see them (inside Publish).</summary>
    private IDisposable Capture(int workItemId, ConcurrentQueue<ChangeEvent> into, Action<ChangeEvent>? atPublish = null) =>
        Feed.Observe(change =>
        {
            if (change.Kind == ChangeKind.WorkItem && change.EntityId == workItemId)
            {
                atPublish?.Invoke(change);
                into.Enqueue(change);
            }
        });

    private async Task<int> AuditRowsAsync(int workItemId)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        var key = workItemId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.CountAsync(a => a.EntityType == nameof(WorkItem) && a.EntityId == key);
    }

    [Fact]
    public async Task An_edit_publishes_exactly_its_change_and_only_after_the_commit()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var item = await RunningItemAsync(0);
        var items = factory.Services.CreateScope().ServiceProvider.GetRequiredService<WorkItemService>();
        var published = new ConcurrentQueue<ChangeEvent>();
        int? progressSeenAtPublish = null;
        using var capture = Capture(item.Id, published, _ =>
        {
            // A fresh context reads the store: the change is already committed when it is published.
            using var db = Contexts.CreateDbContext();
            progressSeenAtPublish = db.Set<WorkItem>().AsNoTracking().Single(i => i.Id == item.Id).ProgressPercent;
        });

        var progress = item.ProgressPercent == 90 ? 80 : 90;
        await items.UpdateAsync(coordinator, item.Id, item.Version, item.Details, progress);

        var change = Assert.Single(published);
        Assert.Equal(progress, progressSeenAtPublish);
        Assert.Equal(new ChangeEvent(ChangeKind.WorkItem, item.CampaignId, item.UnitId, item.Id, $"修改工作事项“{item.Title}”（进度{progress}%）", coordinator.DisplayName, change.At), change);
    }

    [Fact]
    public async Task A_save_bumps_the_version_once_and_writes_the_audit_trail_under_the_login_name()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var item = await RunningItemAsync(1);
        var items = factory.Services.CreateScope().ServiceProvider.GetRequiredService<WorkItemService>();
        var auditBefore = await AuditRowsAsync(item.Id);

        var after = await items.UpdateAsync(coordinator, item.Id, item.Version, item.Details, item.ProgressPercent == 50 ? 60 : 50);

        Assert.Equal(item.Version + 1, after.Version);
        await using var db = await DemoLookup.DbAsync(factory);
        var key = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = await db.AuditEntries.Where(a => a.EntityType == nameof(WorkItem) && a.EntityId == key).OrderByDescending(a => a.Id).ToListAsync();
        Assert.True(rows.Count > auditBefore);
        Assert.Contains(rows, a => a.Field == nameof(WorkItem.ProgressPercent) && a.UserName == coordinator.UserName);
        Assert.DoesNotContain(rows, a => a.Field == nameof(WorkItem.Version));
    }

    [Fact]
    public async Task A_save_refused_for_a_concurrency_conflict_publishes_nothing_and_writes_no_audit()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var item = await RunningItemAsync(2);
        var tree = await (await DemoLookup.DbAsync(factory)).LoadUnitTreeAsync();
        await using var first = await Contexts.CreateForAsync(coordinator);
        await using var second = await Contexts.CreateForAsync(coordinator);
        var mine = await first.Set<WorkItem>().Include("_evidence").SingleAsync(i => i.Id == item.Id);
        var theirs = await second.Set<WorkItem>().Include("_evidence").SingleAsync(i => i.Id == item.Id);
        mine.UpdateProgress(item.ProgressPercent == 30 ? 40 : 30, coordinator, tree, factory.Clock);
        theirs.UpdateProgress(item.ProgressPercent == 70 ? 75 : 70, coordinator, tree, factory.Clock);
        await first.SaveChangesAsync();
        var auditAfterFirst = await AuditRowsAsync(item.Id);
        var published = new ConcurrentQueue<ChangeEvent>();
        using var capture = Capture(item.Id, published);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        Assert.Empty(published);
        Assert.Equal(auditAfterFirst, await AuditRowsAsync(item.Id));
        Assert.Empty(theirs.DomainEvents);
    }

    [Fact]
    public async Task Inside_a_transaction_changes_are_published_when_it_commits_and_never_when_it_rolls_back()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var item = await RunningItemAsync(3);
        var tree = await (await DemoLookup.DbAsync(factory)).LoadUnitTreeAsync();
        var published = new ConcurrentQueue<ChangeEvent>();
        using var capture = Capture(item.Id, published);
        var auditBefore = await AuditRowsAsync(item.Id);

        await using (var db = await Contexts.CreateForAsync(coordinator))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var tracked = await db.Set<WorkItem>().Include("_evidence").SingleAsync(i => i.Id == item.Id);
            tracked.UpdateProgress(item.ProgressPercent == 15 ? 25 : 15, coordinator, tree, factory.Clock);
            await db.SaveChangesAsync();
            Assert.Empty(published);
            await transaction.RollbackAsync();
        }

        Assert.Empty(published);
        Assert.Equal(auditBefore, await AuditRowsAsync(item.Id));

        await using (var db = await Contexts.CreateForAsync(coordinator))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var tracked = await db.Set<WorkItem>().Include("_evidence").SingleAsync(i => i.Id == item.Id);
            tracked.UpdateProgress(item.ProgressPercent == 35 ? 45 : 35, coordinator, tree, factory.Clock);
            await db.SaveChangesAsync();
            Assert.Empty(published);
            await transaction.CommitAsync();
        }

        Assert.Equal(ChangeKind.WorkItem, Assert.Single(published).Kind);
    }

    [Fact]
    public async Task A_new_aggregate_is_published_with_the_id_the_store_gave_it()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var source = await RunningItemAsync(4);
        var items = factory.Services.CreateScope().ServiceProvider.GetRequiredService<WorkItemService>();
        var published = new ConcurrentQueue<ChangeEvent>();
        using var observer = Feed.Observe(c =>
        {
            if (c.Kind == ChangeKind.WorkItem && c.Summary.Contains("领导干部下基层接待群众", StringComparison.Ordinal))
            {
                published.Enqueue(c);
            }
        });
        var details = source.Details with { Title = "领导干部下基层接待群众" };

        var created = await items.AddAsync(coordinator, source.CampaignId, source.UnitId, details);

        var change = Assert.Single(published);
        Assert.Equal((created.Id, source.UnitId, "新增工作事项“领导干部下基层接待群众”"), (change.EntityId!.Value, change.UnitId!.Value, change.Summary));
    }
}
