using System.Globalization;
using CampaignHub.Data;
using CampaignHub.Domain.Briefings;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Briefings;

/// <summary>
/// 工作动态 and 典型事迹: units draft, attach evidence and submit; the office returns or selects. Every decision is the
/// domain's (<see cref="NewsItem.WhyCannot"/>); a unit sees its own tree's submissions, the office all submitted ones.
/// </summary>
public sealed class NewsItemService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, EvidenceStore evidenceStore)
{
    public async Task<NewsListDto> ListAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = await BriefingScope.LoadAsync(db, campaignId, cancellationToken);
        var readable = scope.Participants.Where(id => UnitAccess.CanReadWorkOf(actor, id, scope.Tree)).ToList();
        if (readable.Count == 0 && scope.Participants.Count > 0)
        {
            throw new AccessDeniedException("您无权查看工作动态和典型事迹");
        }

        var items = (await db.Set<NewsItem>().AsNoTracking().Include(i => i.Evidence)
                .Where(i => i.CampaignId == campaignId && readable.Contains(i.UnitId))
                .ToListAsync(cancellationToken))
            .Where(i => i.IsVisibleTo(actor, scope.Tree))
            .ToList();
        var briefings = await db.Set<Briefing>().AsNoTracking().Where(b => b.CampaignId == campaignId && b.Number != null)
            .Select(b => new { b.Id, b.Number }).ToDictionaryAsync(b => b.Id, b => BriefingNames.IssueNumber(b.Number!.Value), cancellationToken);
        var names = await Rectification.RectificationService.DisplayNamesAsync(db, items.SelectMany(i => i.Evidence).Select(e => e.UploadedBy), cancellationToken);
        var rows = items
            .OrderBy(i => StatusOrder(i.Status)).ThenByDescending(i => i.SubmittedOn ?? i.OccurredOn).ThenBy(i => scope.Order(i.UnitId)).ThenBy(i => i.Id)
            .Select(i => ToRow(i, scope, actor, names, briefings))
            .ToList();
        var reportable = scope.Participants.Where(id => BriefingAccess.WhyCannotReport(actor, id, scope.Tree).IsAllowed).ToList();
        var counts = new NewsCounts(
            items.Count(i => i.Status == NewsItemStatus.Submitted),
            items.Count(i => i.Status == NewsItemStatus.Selected),
            items.Count(i => i.Status == NewsItemStatus.Returned),
            items.Count(i => i.Status == NewsItemStatus.Published),
            items.Count(i => i.Status == NewsItemStatus.Draft));
        var mayReport = ActionAnswer.FirstOf(
            UnitAccess.WhyCannotRecordUnitWork(actor),
            ActionAnswer.When(reportable.Count > 0, ActionAnswer.NotPermitted("您所在单位未参加本次活动")));
        return new NewsListDto(campaignId, scope.Title, rows, counts, mayReport, reportable.Select(id => new BriefingOptionDto(id, scope.Name(id))).ToList());
    }

    /// <summary>One submission as the viewer sees it (the evidence dialog reloads it after each change).</summary>
    public async Task<NewsItemRowDto> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var item = await FindAsync(db, actor, tree, id, cancellationToken);
        var scope = await BriefingScope.LoadAsync(db, item.CampaignId, cancellationToken);
        var names = await Rectification.RectificationService.DisplayNamesAsync(db, item.Evidence.Select(e => e.UploadedBy), cancellationToken);
        var briefings = item.BriefingId is { } b
            ? await db.Set<Briefing>().AsNoTracking().Where(x => x.Id == b && x.Number != null).ToDictionaryAsync(x => x.Id, x => BriefingNames.IssueNumber(x.Number!.Value), cancellationToken)
            : new Dictionary<int, string>();
        return ToRow(item, scope, actor, names, briefings);
    }

    public async Task<int> DraftAsync(Actor actor, int campaignId, NewsItemInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var scope = await BriefingScope.LoadAsync(db, campaignId, cancellationToken);
        if (!scope.Participants.Contains(input.UnitId))
        {
            throw new NotFoundException("找不到该活动的参加单位");
        }

        var item = NewsItem.Draft(campaignId, input.UnitId, input.Details ?? new NewsItemDetails(null, null, null, null), actor, scope.Tree, clock);
        if (input.Submit)
        {
            item.Submit(actor, scope.Tree, clock);
        }

        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    public Task ReviseAsync(Actor actor, int id, NewsItemDetails? details, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, (item, tree) => item.Revise(details ?? new NewsItemDetails(null, null, null, null), actor, tree, clock), cancellationToken);

    public Task SubmitAsync(Actor actor, int id, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, (item, tree) => item.Submit(actor, tree, clock), cancellationToken);

    public Task ReturnAsync(Actor actor, int id, ReturnNewsInput? input, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, (item, tree) => item.Return(input?.Reason, actor, tree), cancellationToken);

    public Task SelectAsync(Actor actor, int id, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, (item, tree) => item.Select(actor, tree, clock), cancellationToken);

    public async Task AddEvidenceAsync(Actor actor, int id, Stream content, string fileName, string contentType, long sizeBytes, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var item = await FindAsync(db, actor, tree, id, cancellationToken);
        item.WhyCannot(NewsItemAction.AddEvidence, actor, tree).Ensure();
        EvidenceRules.EnsureAcceptable(fileName, contentType, sizeBytes);
        var stored = await evidenceStore.SaveAsync(content, fileName, contentType, EvidenceRules.MaxSizeBytes, cancellationToken);
        try
        {
            item.AddEvidence(Path.GetFileName(fileName), stored.RelativePath, contentType, stored.SizeBytes, actor, tree, clock);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            evidenceStore.Delete(stored.RelativePath);
            throw;
        }
    }

    public async Task RemoveEvidenceAsync(Actor actor, int id, int evidenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var item = await FindAsync(db, actor, tree, id, cancellationToken);
        var path = item.RemoveEvidence(evidenceId, actor, tree);
        await db.SaveChangesAsync(cancellationToken);
        evidenceStore.Delete(path);
    }

    public async Task<(Stream Content, string FileName, string ContentType)> OpenEvidenceAsync(Actor actor, int id, int evidenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var item = await FindAsync(db, actor, tree, id, cancellationToken);
        var file = item.Evidence.FirstOrDefault(e => e.Id == evidenceId) ?? throw new NotFoundException("找不到该实物资料");
        return (evidenceStore.OpenRead(file.StoredPath), file.FileName, file.ContentType);
    }

    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var list = await ListAsync(actor, campaignId, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<NewsItemRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("单位", r => r.UnitName, 20),
            new("类别", r => r.KindText, 10),
            new("标题", r => r.Title, 36),
            new("正文", r => r.Body, 60),
            new("发生日期", r => Day(r.OccurredOn), 12),
            new("报送日期", r => r.SubmittedOn is { } d ? Day(d) : string.Empty, 12),
            new("状态", r => r.StatusText, 10),
            new("刊用期号", r => r.PublishedIn ?? string.Empty, 10),
            new("退回原因", r => r.ReturnReason ?? string.Empty, 30),
            new("实物资料", r => string.Join("\n", r.Evidence.Select(e => e.FileName)), 30),
        };
        return new XlsxWriter().AddSheet("工作动态和典型事迹", list.Rows, columns, $"{list.CampaignTitle}工作动态和典型事迹报送情况").ToBytes();
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int StatusOrder(NewsItemStatus status) => status switch
    {
        NewsItemStatus.Submitted => 0,
        NewsItemStatus.Returned => 1,
        NewsItemStatus.Draft => 2,
        NewsItemStatus.Selected => 3,
        _ => 4,
    };

    private static NewsItemRowDto ToRow(NewsItem i, BriefingScope scope, Actor actor, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<int, string> briefings) => new(
        i.Id, i.UnitId, scope.Name(i.UnitId), i.Kind, i.Kind.ToChinese(), i.Title, i.Body, i.OccurredOn, i.Status, i.Status.ToChinese(), i.SubmittedOn,
        i.Status == NewsItemStatus.Returned ? i.ReturnReason : null, i.ReturnCount,
        i.BriefingId is { } b ? briefings.GetValueOrDefault(b) : null, i.BriefingId,
        i.Evidence.OrderBy(e => e.Id).Select(e => new NewsEvidenceDto(e.Id, e.FileName, e.SizeBytes, names.GetValueOrDefault(e.UploadedBy, e.UploadedBy), e.UploadedAt)).ToList(),
        Enum.GetValues<NewsItemAction>().ToDictionary(a => a, a => i.WhyCannot(a, actor, scope.Tree)));

    /// <summary>A submission the actor may see; another unit's is refused, an unknown id (or another unit's draft) not found.</summary>
    private static async Task<NewsItem> FindAsync(CampaignHubDbContext db, Actor actor, UnitTree tree, int id, CancellationToken cancellationToken)
    {
        var item = await db.Set<NewsItem>().Include(i => i.Evidence).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null || (item.Status == NewsItemStatus.Draft && !item.IsVisibleTo(actor, tree)))
        {
            throw new NotFoundException("找不到该稿件");
        }

        if (!item.IsVisibleTo(actor, tree))
        {
            throw new AccessDeniedException("您只能查看本单位及下属单位的稿件");
        }

        return item;
    }

    private async Task ChangeAsync(Actor actor, int id, Action<NewsItem, UnitTree> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var item = await FindAsync(db, actor, tree, id, cancellationToken);
        change(item, tree);
        await db.SaveChangesAsync(cancellationToken);
    }
}
