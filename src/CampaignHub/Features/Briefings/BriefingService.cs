using CampaignHub.Data;
using CampaignHub.Domain.Briefings;
using CampaignHub.Domain.Common;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Features.Public;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Briefings;

/// <summary>
/// The office's 简报: compiled from selected submissions, issued with the campaign's next 期号, printed on A4 and
/// exported as .docx. Drafts are the office's; issued issues every staff member reads; public issues also appear on
/// the public pages.
/// </summary>
public sealed class BriefingService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<BriefingsDto> ListAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = await BriefingScope.LoadAsync(db, campaignId, cancellationToken);
        var briefings = (await db.Set<Briefing>().AsNoTracking().Include(b => b.Articles)
                .Where(b => b.CampaignId == campaignId).ToListAsync(cancellationToken))
            .Where(b => BriefingAccess.CanRead(actor, b))
            .OrderBy(b => b.Status).ThenByDescending(b => b.Number).ThenByDescending(b => b.Id)
            .ToList();
        var selectable = new List<SelectableNewsDto>();
        if (actor.IsOffice)
        {
            selectable = (await db.Set<NewsItem>().AsNoTracking()
                    .Where(i => i.CampaignId == campaignId && i.Status == NewsItemStatus.Selected)
                    .ToListAsync(cancellationToken))
                .OrderBy(i => i.Kind).ThenBy(i => scope.Order(i.UnitId)).ThenBy(i => i.OccurredOn)
                .Select(i => new SelectableNewsDto(i.Id, scope.Name(i.UnitId), i.Kind.ToChinese(), i.Title, i.OccurredOn))
                .ToList();
        }

        var rows = briefings.Select(b => new BriefingRowDto(
                b.Id, b.Number, b.NumberText, b.Title, b.Visibility, b.Visibility.ToChinese(), b.EditedBy, b.IssuedBy, b.IssuedOn, b.Status, b.Status.ToChinese(),
                b.Articles.Select(a => a.Title).ToList(), b.Articles.Select(a => a.NewsItemId).ToList(),
                b.WhyCannotChange(actor), b.WhyCannotIssue(actor)))
            .ToList();
        return new BriefingsDto(campaignId, scope.Title, rows, BriefingAccess.WhyCannotEdit(actor), selectable);
    }

    public async Task<BriefingDocumentDto> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var briefing = await db.Set<Briefing>().AsNoTracking().Include(b => b.Articles).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (briefing is null || !BriefingAccess.CanRead(actor, briefing))
        {
            throw new NotFoundException("找不到该简报");
        }

        return await DocumentAsync(db, briefing, cancellationToken);
    }

    /// <summary>A public issue for the public pages; an internal issue or a draft is not found.</summary>
    public async Task<BriefingDocumentDto> GetPublicAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var briefing = await db.Set<Briefing>().AsNoTracking().Include(b => b.Articles)
            .FirstOrDefaultAsync(b => b.Id == id && b.Status == BriefingStatus.Issued && b.Visibility == BriefingVisibility.Public, cancellationToken)
            ?? throw new NotFoundException("找不到该简报");
        return await DocumentAsync(db, briefing, cancellationToken);
    }

    /// <summary>The current campaign's public issues, newest first.</summary>
    public async Task<IReadOnlyList<BriefingLinkDto>> PublicListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaignId = await CurrentCampaign.IdAsync(db, clock.Today, cancellationToken);
        if (campaignId is null)
        {
            return [];
        }

        return await LinksAsync(db, campaignId.Value, publicOnly: true, until: null, cancellationToken);
    }

    /// <summary>The issues issued in the campaign up to <paramref name="until"/>, for the leading group's progress report.</summary>
    public async Task<IReadOnlyList<BriefingLinkDto>> IssuedAsync(int campaignId, DateOnly until, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LinksAsync(db, campaignId, publicOnly: false, until, cancellationToken);
    }

    public async Task<int> CompileAsync(Actor actor, int campaignId, BriefingInput input, CancellationToken cancellationToken = default)
    {
        BriefingAccess.WhyCannotEdit(actor).Ensure();
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await BriefingScope.LoadAsync(db, campaignId, cancellationToken);
        var items = await ItemsAsync(db, input.NewsItemIds, cancellationToken);
        var briefing = Briefing.Compile(campaignId, input.Details ?? Empty, items, actor, clock);
        db.Add(briefing);
        await db.SaveChangesAsync(cancellationToken);
        return briefing.Id;
    }

    public async Task ReviseAsync(Actor actor, int id, BriefingInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var briefing = await FindForOfficeAsync(db, actor, id, cancellationToken);
        var items = await ItemsAsync(db, input.NewsItemIds, cancellationToken);
        briefing.Revise(input.Details ?? Empty, items, actor, clock);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>印发 with the campaign's next 期号; a number taken at the same moment by another issue is refused by the store.</summary>
    public async Task<string> IssueAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var briefing = await FindForOfficeAsync(db, actor, id, cancellationToken);
        var ids = briefing.Articles.Select(a => a.NewsItemId).ToList();
        var items = await db.Set<NewsItem>().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var issued = await db.Set<Briefing>().Where(b => b.CampaignId == briefing.CampaignId && b.Number != null).Select(b => b.Number!.Value).ToListAsync(cancellationToken);
        briefing.Issue(BriefingNumbering.For(briefing.CampaignId, issued), items, actor, clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            throw new DomainException("期号已被同时印发的另一期简报占用，请刷新后重新印发");
        }

        return briefing.NumberText;
    }

    public async Task<(byte[] Content, string FileName)> DocxAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        var document = await GetAsync(actor, id, cancellationToken);
        return (BriefingDocx.Write(document), $"简报{(document.IsIssued ? document.NumberText : "（未印发）")}.docx");
    }

    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var list = await ListAsync(actor, campaignId, cancellationToken);
        var columns = new List<XlsxColumn<BriefingRowDto>>
        {
            new("期号", r => r.NumberText, 10),
            new("标题", r => r.Title, 36),
            new("类别", r => r.VisibilityText, 8),
            new("印发日期", r => NewsItemService.Day(r.IssuedOn), 12),
            new("编辑", r => r.EditedBy, 12),
            new("签发", r => r.IssuedBy, 12),
            new("状态", r => r.StatusText, 10),
            new("刊登稿件", r => string.Join("\n", r.ArticleTitles.Select((t, n) => $"{n + 1}. {t}")), 60),
        };
        return new XlsxWriter().AddSheet("简报", list.Rows, columns, $"{list.CampaignTitle}简报编发情况").ToBytes();
    }

    private static readonly BriefingDetails Empty = new(null, null, null, null, null);

    private static async Task<List<NewsItem>> ItemsAsync(CampaignHubDbContext db, IReadOnlyList<int>? ids, CancellationToken cancellationToken)
    {
        var wanted = ids ?? [];
        if (wanted.Count > Briefing.MaxArticles)
        {
            throw new DomainException($"一期简报最多编入{Briefing.MaxArticles}篇稿件");
        }

        var found = await db.Set<NewsItem>().AsNoTracking().Where(i => wanted.Contains(i.Id)).ToListAsync(cancellationToken);
        return wanted.Select(id => found.FirstOrDefault(i => i.Id == id) ?? throw new DomainException("找不到要编入简报的稿件")).ToList();
    }

    private static async Task<Briefing> FindForOfficeAsync(CampaignHubDbContext db, Actor actor, int id, CancellationToken cancellationToken)
    {
        BriefingAccess.WhyCannotEdit(actor).Ensure();
        return await db.Set<Briefing>().Include(b => b.Articles).FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw new NotFoundException("找不到该简报");
    }

    private static async Task<IReadOnlyList<BriefingLinkDto>> LinksAsync(CampaignHubDbContext db, int campaignId, bool publicOnly, DateOnly? until, CancellationToken cancellationToken)
    {
        var query = db.Set<Briefing>().AsNoTracking().Where(b => b.CampaignId == campaignId && b.Status == BriefingStatus.Issued);
        if (publicOnly)
        {
            query = query.Where(b => b.Visibility == BriefingVisibility.Public);
        }

        if (until is { } last)
        {
            query = query.Where(b => b.IssuedOn <= last);
        }

        var rows = await query.Select(b => new { b.Id, b.Number, b.Title, b.IssuedOn, b.Visibility, Articles = b.Articles.Count }).ToListAsync(cancellationToken);
        return rows.OrderByDescending(b => b.Number)
            .Select(b => new BriefingLinkDto(b.Id, BriefingNames.IssueNumber(b.Number!.Value), b.Title, b.IssuedOn, b.Visibility.ToChinese(), b.Articles))
            .ToList();
    }

    private static async Task<BriefingDocumentDto> DocumentAsync(CampaignHubDbContext db, Briefing briefing, CancellationToken cancellationToken)
    {
        var scope = await BriefingScope.LoadAsync(db, briefing.CampaignId, cancellationToken);
        return new BriefingDocumentDto(
            briefing.Id, briefing.CampaignId, scope.Title, scope.IssuingBody, briefing.NumberText, briefing.Title, briefing.Visibility, briefing.Visibility.ToChinese(),
            briefing.EditedBy, briefing.IssuedBy, briefing.IssuedOn, briefing.Status,
            briefing.Articles.Select(a => new BriefingArticleDto(a.Order, a.Kind.ToChinese(), scope.Name(a.UnitId), a.Title, a.Body, a.OccurredOn)).ToList());
    }
}
