using CampaignHub.Features.Units;
using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Caching;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Infrastructure.Files;
using CampaignHub.Infrastructure.Paging;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Rectification;

/// <summary>
/// Rectification items (整改事项): list, edit the four haves, move through the states, evidence,
/// verification, and the office's reopen review of items the public rated 不满意.
/// </summary>
public sealed class RectificationService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, EvidenceStore evidenceStore, SharedQueryCache shared)
{
    /// <summary>What the list's pages and counts show: items, and the names and tree of their units.</summary>
    private static readonly ChangeKind[] ListDependsOn = [ChangeKind.Rectification, ChangeKind.Unit, ChangeKind.Campaign];

    /// <summary>Every item matching the filter, in the list's order (deadline, then filing): the export reads this.</summary>
    public async Task<IReadOnlyList<RectificationRowDto>> ListAsync(int campaignId, RectificationFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = await FilteredAsync(db, campaignId, filter, cancellationToken);
        var items = await query.OrderBy(r => r.Deadline == null).ThenBy(r => r.Deadline).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return await ToRowsAsync(db, items, cancellationToken);
    }

    /// <summary>
    /// One page of the list for the filter, sorted by the column asked for, and how many items match in all:
    /// filtered, counted, sorted and cut in the database, so a page holds its rows only.
    /// </summary>
    /// <remarks>Shared by every open list asking the same page, until a change of rectification items or units.</remarks>
    public Task<PageOf<RectificationRowDto>> PageAsync(int campaignId, RectificationFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        shared.GetAsync((nameof(PageAsync), campaignId, filter, page, clock.Today), campaignId, ListDependsOn, () => ReadPageAsync(campaignId, filter, page), cancellationToken);

    private async Task<PageOf<RectificationRowDto>> ReadPageAsync(int campaignId, RectificationFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = await FilteredAsync(db, campaignId, filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var items = await Sorted(db, query, page.SortBy, page.Descending).Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken);
        return new PageOf<RectificationRowDto>(await ToRowsAsync(db, items, cancellationToken), total);
    }

    private async Task<IQueryable<RectificationItem>> FilteredAsync(CampaignHubDbContext db, int campaignId, RectificationFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Set<RectificationItem>().AsNoTracking().Where(r => r.CampaignId == campaignId);
        if (filter.UnitId is { } unitId)
        {
            var tree = await db.LoadUnitTreeAsync(cancellationToken);
            var units = filter.IncludeSubUnits && tree.Contains(unitId) ? tree.SubtreeOf(unitId).ToList() : [unitId];
            query = query.Where(r => EF.Parameter(units).Contains(r.UnitId));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.QuickFixOnly)
        {
            query = query.Where(r => r.IsQuickFix);
        }

        if (filter.ThemeId is { } themeId)
        {
            query = query.Where(r => r.SpecialRectificationThemeId == themeId);
        }

        return filter.OverdueOnly ? query.Where(RectificationItem.OverdueOn(clock.Today)) : query;
    }

    /// <summary>The grid's columns sort by the row property they show; no sort = the list's order (deadline, then filing).</summary>
    private static IQueryable<RectificationItem> Sorted(CampaignHubDbContext db, IQueryable<RectificationItem> query, string? sortBy, bool descending)
    {
        IQueryable<RectificationItem> By<TKey>(System.Linq.Expressions.Expression<Func<RectificationItem, TKey>> key) =>
            (descending ? query.OrderByDescending(key) : query.OrderBy(key)).ThenBy(r => r.Id);

        return sortBy switch
        {
            nameof(RectificationRowDto.UnitName) => By(r => db.Set<Unit>().Where(u => u.Id == r.UnitId).Select(u => u.ShortName ?? u.Name).FirstOrDefault()),
            nameof(RectificationRowDto.Title) => By(r => r.Title),
            nameof(RectificationRowDto.ThemeName) => By(r => db.Set<SpecialRectificationTheme>().Where(t => t.Id == r.SpecialRectificationThemeId).Select(t => t.Name).FirstOrDefault()),
            nameof(RectificationRowDto.Deadline) => By(r => r.Deadline),
            nameof(RectificationRowDto.Status) => By(r => r.Status),
            nameof(RectificationRowDto.ProgressPercent) => By(r => r.ProgressPercent),
            nameof(RectificationRowDto.LinkedOpinions) => By(r => db.Set<Opinion>().Count(o => o.RectificationItemId == r.Id)),
            _ => query.OrderBy(r => r.Deadline == null).ThenBy(r => r.Deadline).ThenBy(r => r.Id),
        };
    }

    /// <summary>
    /// The list as .xlsx: exactly the rows <see cref="ListAsync"/> returns for the same filter (the page's filter,
    /// sent by its 导出Excel button), with the grid's columns and Chinese headers.
    /// </summary>
    public async Task<byte[]> ExportAsync(int campaignId, RectificationFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync(campaignId, filter, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<RectificationRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("单位", r => r.UnitName, 16),
            new("整改事项", r => r.Title, 40),
            new("专项整治", r => r.ThemeName, 24),
            new("时限", r => r.Deadline, 12),
            new("状态", r => r.Status.ToChinese(), 10),
            new("逾期天数", r => r.DaysOverdue > 0 ? r.DaysOverdue : null, 10),
            new("进度（%）", r => r.ProgressPercent, 10),
            new("四有缺项", r => r.MissingFourHaves, 24),
            new("立行立改", r => r.IsQuickFix, 10),
            new("已公示", r => r.IsPublic, 8),
            new("关联意见", r => r.LinkedOpinions, 10),
        };
        return new XlsxWriter().AddSheet("整改事项", rows, columns, await ExportTitleAsync(filter, cancellationToken)).ToBytes();
    }

    /// <summary>"整改事项清单（单位：东山街道（含下级）；状态：整改中；只看逾期）": the filter the rows were chosen by.</summary>
    private async Task<string> ExportTitleAsync(RectificationFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var parts = new List<string>();
        if (filter.UnitId is { } unitId)
        {
            var unit = await db.Set<Unit>().AsNoTracking().Where(u => u.Id == unitId).Select(u => u.ShortName ?? u.Name).FirstOrDefaultAsync(cancellationToken);
            parts.Add($"单位：{unit ?? "?"}{(filter.IncludeSubUnits ? "（含下级）" : string.Empty)}");
        }

        if (filter.Status is { } status)
        {
            parts.Add($"状态：{status.ToChinese()}");
        }

        if (filter.ThemeId is { } themeId)
        {
            var theme = await db.Set<SpecialRectificationTheme>().AsNoTracking().Where(t => t.Id == themeId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
            parts.Add($"专项整治：{theme ?? "?"}");
        }

        if (filter.OverdueOnly)
        {
            parts.Add("只看逾期");
        }

        if (filter.QuickFixOnly)
        {
            parts.Add("只看立行立改");
        }

        var date = clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return parts.Count == 0 ? $"整改事项清单（全部单位，{date}）" : $"整改事项清单（{string.Join("；", parts)}，{date}）";
    }

    /// <summary>
    /// The running campaigns' reopen-review rules, as the office's review page states them: one line per distinct rule,
    /// naming the campaigns (with their year, as titles repeat from year to year) that use it.
    /// </summary>
    public async Task<IReadOnlyList<CampaignReopenRuleDto>> ReopenReviewRulesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => c.Status != CampaignStatus.Archived).OrderBy(c => c.Id)
            .Select(c => new { c.Title, c.StartDate, c.Rules }).ToListAsync(cancellationToken);
        return campaigns
            .GroupBy(c => c.Rules.ReopenReview().Description, StringComparer.Ordinal)
            .Select(g => new CampaignReopenRuleDto(string.Join("、", g.Select(c => $"{c.Title}（{c.StartDate.Year}）")), g.Key))
            .ToList();
    }

    /// <summary>The office's list of items the public rated 不满意 and that wait for its decision.</summary>
    public async Task<IReadOnlyList<RectificationRowDto>> ReopenReviewListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var items = await db.Set<RectificationItem>().AsNoTracking().Where(r => r.NeedsReopenReview).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var ids = items.Select(i => i.Id).ToList();
        var ratings = await db.Set<PublicRatingEntry>().AsNoTracking()
            .Where(r => r.ItemKind == RatedItemKind.RectificationItem && ids.Contains(r.ItemId) && r.Rating == PublicRating.Unsatisfied)
            .ToListAsync(cancellationToken);
        var distinct = ratings.GroupBy(r => r.ItemId).ToDictionary(g => g.Key, g => PublicRatingEntry.DistinctRaters(g, PublicRating.Unsatisfied));
        // The review counts different raters, not posts: ratings from one client count once.
        return (await ToRowsAsync(db, items, cancellationToken)).Select(row => row with { RatedUnsatisfied = distinct.GetValueOrDefault(row.Id) }).ToList();
    }

    /// <summary>Counts of a campaign's items (optionally one unit's subtree): the dashboards and the wall read these.</summary>
    /// <remarks>Shared by every open list, tile and dashboard asking the same counts, until a change of items or units.</remarks>
    public Task<RectificationStatsDto> StatsAsync(int campaignId, int? unitId = null, CancellationToken cancellationToken = default) =>
        shared.GetAsync((nameof(StatsAsync), campaignId, unitId, clock.Today), campaignId, ListDependsOn, () => ReadStatsAsync(campaignId, unitId), cancellationToken);

    private async Task<RectificationStatsDto> ReadStatsAsync(int campaignId, int? unitId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Set<RectificationItem>().AsNoTracking().Where(r => r.CampaignId == campaignId);
        if (unitId is { } id)
        {
            var tree = await db.LoadUnitTreeAsync(cancellationToken);
            var units = tree.Contains(id) ? tree.SubtreeOf(id).ToList() : [id];
            query = query.Where(r => EF.Parameter(units).Contains(r.UnitId));
        }

        // Counted in the database: one row per combination of state and flags, not one per item.
        var groups = await query.GroupBy(r => new { r.Status, r.IsQuickFix, r.NeedsReopenReview })
            .Select(g => new { g.Key.Status, g.Key.IsQuickFix, g.Key.NeedsReopenReview, Count = g.Count() }).ToListAsync(cancellationToken);
        var overdue = await query.CountAsync(RectificationItem.OverdueOn(clock.Today), cancellationToken);
        int Sum(Func<RectificationStatus, bool, bool, bool> which) => groups.Where(g => which(g.Status, g.IsQuickFix, g.NeedsReopenReview)).Sum(g => g.Count);
        return new RectificationStatsDto(
            Sum((_, _, _) => true),
            Sum((status, _, _) => status is RectificationStatus.NotStarted or RectificationStatus.Reopened),
            Sum((status, _, _) => status == RectificationStatus.InProgress),
            Sum((status, _, _) => status.IsFinished()),
            Sum((status, _, _) => status == RectificationStatus.Verified),
            overdue,
            Sum((_, quickFix, _) => quickFix),
            Sum((_, _, review) => review));
    }

    /// <summary>The campaign pages show when none is named: the one running today, else the latest.</summary>
    public async Task<int> CurrentCampaignIdAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Public.CurrentCampaign.IdAsync(db, clock.Today, cancellationToken) ?? throw new NotFoundException("尚未创建活动");
    }

    public async Task<IReadOnlyList<ThemeDto>> ThemesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<SpecialRectificationTheme>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new ThemeDto(t.Id, t.Name, t.Description)).ToListAsync(cancellationToken);
    }

    public async Task<RectificationDetailDto> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.Set<RectificationItem>().AsNoTracking().Include("_evidence").FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("找不到该整改事项");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var unit = await db.Set<Unit>().AsNoTracking().Where(u => u.Id == item.UnitId).Select(u => u.ShortName ?? u.Name).SingleAsync(cancellationToken);
        var theme = item.SpecialRectificationThemeId is { } themeId
            ? await db.Set<SpecialRectificationTheme>().AsNoTracking().Where(t => t.Id == themeId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var opinions = await db.Set<Opinion>().AsNoTracking().Where(o => o.RectificationItemId == id).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.ReceiptNumber, o.Content, o.Status }).ToListAsync(cancellationToken);
        var today = clock.Today;
        var people = await DisplayNamesAsync(db, item.Evidence.Select(e => e.UploadedBy).Append(item.VerifiedBy), cancellationToken);
        return new RectificationDetailDto(
            item.Id, item.Version, item.CampaignId, item.UnitId, unit, item.Title, item.Problem, item.Goal, item.Measures, item.ResponsiblePerson,
            item.Deadline, item.Status, item.IsQuickFix, item.ProgressPercent, item.SpecialRectificationThemeId, theme, item.IsPublic, item.Answer,
            item.NoEvidenceReason, item.StartedOn, item.CompletedOn, item.VerifiedOn, item.VerifiedBy is { } verifier ? people.GetValueOrDefault(verifier, verifier) : null, item.VerificationComment, item.ReopenCount,
            item.LastReopenReason, item.NeedsReopenReview, item.RatedSatisfied, item.RatedBasicallySatisfied, item.RatedUnsatisfied,
            item.MissingFourHaves(), item.DaysOverdue(today),
            item.Evidence.OrderBy(e => e.Id).Select(e => new EvidenceDto(e.Id, e.FileName, e.ContentType, e.SizeBytes, people.GetValueOrDefault(e.UploadedBy, e.UploadedBy), e.UploadedAt)).ToList(),
            opinions.Select(o => new LinkedOpinionDto(o.Id, o.ReceiptNumber, o.Content, o.Status.ToChinese())).ToList(),
            UnitAccess.CanEdit(actor, item.UnitId, tree),
            actor.IsOffice || actor.IsSupervisor,
            actor.IsOffice,
            today)
        {
            Actions = RectificationDetailDto.AnswersFor(item, actor, tree),
        };
    }

    /// <summary>Login names (as stored on records) to the people's display names; unknown names map to themselves.</summary>
    internal static async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(CampaignHubDbContext db, IEnumerable<string?> userNames, CancellationToken cancellationToken)
    {
        var wanted = userNames.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var found = await db.Users.AsNoTracking().Where(u => u.UserName != null && wanted.Contains(u.UserName))
            .Select(u => new { UserName = u.UserName!, u.DisplayName }).ToListAsync(cancellationToken);
        return found.ToDictionary(u => u.UserName, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName : u.DisplayName, StringComparer.Ordinal);
    }

    public async Task<int> CreateAsync(Actor actor, int campaignId, NewRectificationItem input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var item = RectificationItem.Create(campaignId, input.UnitId, input.Title, input.Problem, actor, tree, clock, input.IsQuickFix);
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    /// <summary>Saves the editor's fields; only what changed is applied, so a verified item can still be made public.</summary>
    public Task<RectificationDetailDto> UpdateAsync(Actor actor, int id, int expectedVersion, RectificationEdit edit, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (item, tree, _) =>
        {
            if (edit.Title.Trim() != item.Title || edit.Problem.Trim() != item.Problem)
            {
                item.Describe(edit.Title, edit.Problem, actor, tree);
            }

            if (Changed(edit.Goal, item.Goal) || Changed(edit.Measures, item.Measures) || Changed(edit.ResponsiblePerson, item.ResponsiblePerson) || edit.Deadline != item.Deadline)
            {
                item.SetFourHaves(edit.Goal, edit.Measures, edit.ResponsiblePerson, edit.Deadline, actor, tree);
            }

            if (edit.IsQuickFix != item.IsQuickFix)
            {
                item.MarkQuickFix(edit.IsQuickFix, actor, tree);
            }

            if (edit.ThemeId != item.SpecialRectificationThemeId)
            {
                item.FileUnderTheme(edit.ThemeId, actor, tree);
            }

            if (edit.IsPublic != item.IsPublic)
            {
                item.SetPublic(edit.IsPublic, actor, tree);
            }

            if (!string.IsNullOrWhiteSpace(edit.Answer) && Changed(edit.Answer, item.Answer))
            {
                item.SetAnswer(edit.Answer, actor, tree);
            }

            return Task.CompletedTask;
        }, cancellationToken, rightsFirst: (item, tree) => item.EnsureCanEdit(actor, tree));

    public Task<RectificationDetailDto> StartAsync(Actor actor, int id, int expectedVersion, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (item, tree, _) =>
        {
            item.Start(actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken, rightsFirst: (item, tree) => item.EnsureCanEdit(actor, tree));

    public Task<RectificationDetailDto> UpdateProgressAsync(Actor actor, int id, int expectedVersion, int percent, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (item, tree, _) =>
        {
            item.UpdateProgress(percent, actor, tree);
            return Task.CompletedTask;
        }, cancellationToken, rightsFirst: (item, tree) => item.EnsureCanEdit(actor, tree));

    /// <summary>Completes the item (with evidence or a reason for none) and answers every linked opinion.</summary>
    public Task<RectificationDetailDto> CompleteAsync(Actor actor, int id, int expectedVersion, string? noEvidenceReason, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, async (item, tree, db) =>
        {
            var linked = await db.Set<Opinion>().Where(o => o.RectificationItemId == id).ToListAsync(cancellationToken);
            OpinionAnswers.CompleteItem(item, linked, actor, tree, clock, noEvidenceReason);
        }, cancellationToken, rightsFirst: (item, tree) => item.EnsureCanEdit(actor, tree));

    public Task<RectificationDetailDto> VerifyAsync(Actor actor, int id, int expectedVersion, string? comment, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, async (item, _, db) =>
        {
            var linked = await db.Set<Opinion>().Where(o => o.RectificationItemId == id).ToListAsync(cancellationToken);
            OpinionAnswers.VerifyItem(item, linked, comment, actor, clock);
        }, cancellationToken);

    public Task<RectificationDetailDto> ReopenAsync(Actor actor, int id, int expectedVersion, string reason, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (item, _, _) =>
        {
            item.Reopen(reason, actor);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The office decides on an item the public rated 不满意: reopen it, or keep it closed.</summary>
    public Task<RectificationDetailDto> DecideReopenReviewAsync(Actor actor, int id, int expectedVersion, bool reopen, string? reason, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (item, _, _) =>
        {
            item.DecideReopenReview(reopen, reason, actor);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<RectificationDetailDto> AddEvidenceAsync(Actor actor, int id, Stream content, string fileName, string contentType, CancellationToken cancellationToken = default)
    {
        // Check the right to edit before writing a byte.
        await using (var check = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var unitId = await check.Set<RectificationItem>().Where(r => r.Id == id).Select(r => (int?)r.UnitId).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("找不到该整改事项");
            UnitAccess.EnsureCanEdit(actor, unitId, await check.LoadUnitTreeAsync(cancellationToken));
        }

        var stored = await evidenceStore.SaveAsync(content, fileName, string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, Evidence.MaxSizeBytes, cancellationToken);
        try
        {
            return await MutateAsync(actor, id, null, (item, tree, _) =>
            {
                item.AddEvidence(stored.FileName, stored.RelativePath, stored.ContentType, stored.SizeBytes, actor, tree, clock);
                return Task.CompletedTask;
            }, cancellationToken);
        }
        catch
        {
            evidenceStore.Delete(stored.RelativePath);
            throw;
        }
    }

    public async Task<RectificationDetailDto> RemoveEvidenceAsync(Actor actor, int id, int evidenceId, CancellationToken cancellationToken = default)
    {
        string? path = null;
        var result = await MutateAsync(actor, id, null, (item, tree, _) =>
        {
            path = item.Evidence.FirstOrDefault(e => e.Id == evidenceId)?.StoragePath;
            item.RemoveEvidence(evidenceId, actor, tree);
            return Task.CompletedTask;
        }, cancellationToken);
        if (path is not null)
        {
            evidenceStore.Delete(path);
        }

        return result;
    }

    /// <summary>
    /// Opens an evidence file for download. Staff who oversee (office, leaders, supervisors) may read any;
    /// a coordinator only the files of their own unit and its sub-units.
    /// </summary>
    public async Task<(Stream Content, string FileName, string ContentType)> OpenEvidenceAsync(Actor actor, int id, int evidenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.Set<RectificationItem>().AsNoTracking().Include("_evidence").FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("找不到该整改事项");
        var overseer = actor.IsOffice || actor.IsSupervisor || actor.IsIn(Roles.Leader);
        if (!overseer && !UnitAccess.CanEdit(actor, item.UnitId, await db.LoadUnitTreeAsync(cancellationToken)))
        {
            throw new AccessDeniedException("您无权查看该单位的佐证材料");
        }

        var evidence = item.Evidence.FirstOrDefault(e => e.Id == evidenceId) ?? throw new NotFoundException("找不到该佐证材料");
        return (evidenceStore.OpenRead(evidence.StoragePath), evidence.FileName, evidence.ContentType);
    }

    private async Task<RectificationDetailDto> MutateAsync(
        Actor actor,
        int id,
        int? expectedVersion,
        Func<RectificationItem, UnitTree, CampaignHubDbContext, Task> change,
        CancellationToken cancellationToken,
        Action<RectificationItem, UnitTree>? rightsFirst = null)
    {
        await using (var db = await dbFactory.CreateForAsync(actor, cancellationToken))
        {
            var item = await db.Set<RectificationItem>().Include("_evidence").FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
                ?? throw new NotFoundException("找不到该整改事项");
            var tree = await db.LoadUnitTreeAsync(cancellationToken);
            rightsFirst?.Invoke(item, tree);
            if (expectedVersion is { } expected && item.Version != expected)
            {
                throw new ConcurrencyConflictException(await GetAsync(actor, id, cancellationToken));
            }

            await change(item, tree, db);
            await db.SaveOrConflictAsync(async () => await GetAsync(actor, id, cancellationToken), cancellationToken);
        }

        return await GetAsync(actor, id, cancellationToken);
    }

    private async Task<IReadOnlyList<RectificationRowDto>> ToRowsAsync(CampaignHubDbContext db, IReadOnlyList<RectificationItem> items, CancellationToken cancellationToken)
    {
        var unitIds = items.Select(i => i.UnitId).Distinct().ToList();
        // The lists can hold every item of a province (100,000 ids): sent as one JSON parameter, since EF Core 10 would
        // otherwise send one SQL variable per id and SQLite refuses more than 32,766 ("too many SQL variables").
        var units = await db.Set<Unit>().AsNoTracking().Where(u => EF.Parameter(unitIds).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
        var themes = await db.Set<SpecialRectificationTheme>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var ids = items.Select(i => i.Id).ToList();
        var linked = await db.Set<Opinion>().AsNoTracking().Where(o => o.RectificationItemId != null && EF.Parameter(ids).Contains(o.RectificationItemId.Value))
            .GroupBy(o => o.RectificationItemId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var today = clock.Today;
        return items.Select(i => new RectificationRowDto(
            i.Id, i.Version, i.UnitId, units.GetValueOrDefault(i.UnitId, "?"), i.Title, i.Status, i.ProgressPercent, i.Deadline, i.DaysOverdue(today),
            i.IsQuickFix, i.SpecialRectificationThemeId is { } t ? themes.GetValueOrDefault(t) : null, i.IsPublic, i.MissingFourHavesText,
            linked.GetValueOrDefault(i.Id), i.NeedsReopenReview, i.RatedUnsatisfied)).ToList();
    }

    private static bool Changed(string? edited, string? current) =>
        (string.IsNullOrWhiteSpace(edited) ? null : edited.Trim()) != current;
}
