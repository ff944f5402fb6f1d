using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Infrastructure.Paging;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Commitments;

/// <summary>The commitment ledger (办实事台账): filing, progress, the office's due date, export, and 三查三看.</summary>
public sealed class CommitmentService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    /// <summary>
    /// The ledger's heading: the campaign, the office's due date and which units filed by it (counted in the
    /// database), and what the viewer may do. The rows come a page at a time from <see cref="PageAsync"/>.
    /// </summary>
    public async Task<LedgerDto> LedgerAsync(Actor actor, int campaignId, int? unitId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().Include("_units").FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var ledger = await db.Set<CommitmentLedger>().AsNoTracking().FirstOrDefaultAsync(l => l.CampaignId == campaignId, cancellationToken);
        var today = clock.Today;

        IReadOnlyList<UnitFilingDto> filings = [];
        if (ledger is not null)
        {
            var tree = await db.LoadUnitTreeAsync(cancellationToken);
            var scope = Scope(tree, unitId);
            var filed = (await db.Set<Commitment>().AsNoTracking().Where(c => c.CampaignId == campaignId)
                    .GroupBy(c => c.ResponsibleUnitId)
                    .Select(g => new { UnitId = g.Key, Count = g.Count(), First = g.Min(c => c.FiledOn) })
                    .ToListAsync(cancellationToken))
                .Select(f => new UnitFiled(f.UnitId, f.Count, f.First));
            var enrolled = campaign.Units.Select(u => u.UnitId).Where(id => scope is null || scope.Contains(id));
            var order = Campaigns.CampaignService.TreeOrder(tree, campaign.Units.Select(u => u.UnitId).ToHashSet());
            var names = await UnitNamesAsync(db, cancellationToken);
            filings = LedgerFiling.EvaluateFiled(ledger.DueDate, enrolled, filed, today)
                .OrderBy(f => order.GetValueOrDefault(f.UnitId, int.MaxValue))
                .Select(f => new UnitFilingDto(f.UnitId, names.GetValueOrDefault(f.UnitId, "?"), f.Count, f.FirstFiledOn, f.State)).ToList();
        }

        return new LedgerDto(campaignId, campaign.Title, ledger?.DueDate, ledger?.Version, filings, today)
        {
            SetDueDate = CommitmentLedger.WhyCannotSetDueDate(actor),
            File = UnitAccess.WhyCannotRecordUnitWork(actor),
        };
    }

    /// <summary>
    /// One page of the ledger's rows for the filter (the unit with its sub-units, the kind), sorted by the column
    /// asked for, and how many rows match in all: filtered, counted, sorted and cut in the database.
    /// </summary>
    public async Task<PageOf<CommitmentRowDto>> PageAsync(Actor actor, int campaignId, int? unitId, CommitmentKind? kind, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var query = Filtered(db, tree, campaignId, unitId, kind);
        var total = await query.CountAsync(cancellationToken);
        var commitments = await Sorted(db, query, page.SortBy, page.Descending).Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken);
        var names = await UnitNamesAsync(db, commitments.Select(c => c.ResponsibleUnitId), cancellationToken);
        return new PageOf<CommitmentRowDto>(ToRows(commitments, names, actor, tree), total);
    }

    /// <summary>Every row matching the filter, in the printed ledger's order (unit, then filing): the export and the print page.</summary>
    public async Task<IReadOnlyList<CommitmentRowDto>> RowsAsync(Actor actor, int campaignId, int? unitId = null, CommitmentKind? kind = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var commitments = await Filtered(db, tree, campaignId, unitId, kind).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var names = await UnitNamesAsync(db, commitments.Select(c => c.ResponsibleUnitId), cancellationToken);
        return ToRows(commitments, names, actor, tree).OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
    }

    private static IQueryable<Commitment> Filtered(CampaignHubDbContext db, UnitTree tree, int campaignId, int? unitId, CommitmentKind? kind)
    {
        var query = db.Set<Commitment>().AsNoTracking().Where(c => c.CampaignId == campaignId);
        if (Scope(tree, unitId) is { } scope)
        {
            // A county's subtree can hold thousands of units: one JSON parameter, not one SQL variable per id.
            var ids = scope.ToList();
            query = query.Where(c => EF.Parameter(ids).Contains(c.ResponsibleUnitId));
        }

        return kind is { } k ? query.Where(c => c.Kind == k) : query;
    }

    /// <summary>The grid's columns sort by the row property they show; ties (and no sort) keep the filing order.</summary>
    private static IQueryable<Commitment> Sorted(CampaignHubDbContext db, IQueryable<Commitment> query, string? sortBy, bool descending)
    {
        IQueryable<Commitment> By<TKey>(System.Linq.Expressions.Expression<Func<Commitment, TKey>> key) =>
            (descending ? query.OrderByDescending(key) : query.OrderBy(key)).ThenBy(c => c.Id);

        return sortBy switch
        {
            nameof(CommitmentRowDto.UnitName) => By(c => db.Set<Unit>().Where(u => u.Id == c.ResponsibleUnitId).Select(u => u.ShortName ?? u.Name).FirstOrDefault()),
            nameof(CommitmentRowDto.Content) => By(c => c.Content),
            nameof(CommitmentRowDto.Deadline) => By(c => c.Deadline),
            nameof(CommitmentRowDto.ResponsiblePerson) => By(c => c.ResponsiblePerson),
            nameof(CommitmentRowDto.Status) => By(c => c.Status),
            _ => query.OrderBy(c => c.Id),
        };
    }

    public async Task<CommitmentRowDto> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var commitment = await db.Set<Commitment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("找不到该承诺事项");
        return ToRows([commitment], await UnitNamesAsync(db, cancellationToken), actor, await db.LoadUnitTreeAsync(cancellationToken))[0];
    }

    public async Task<CommitmentRowDto> FileAsync(Actor actor, int campaignId, CommitmentInput input, CancellationToken cancellationToken = default)
    {
        Commitment commitment;
        await using (var db = await dbFactory.CreateForAsync(actor, cancellationToken))
        {
            var tree = await db.LoadUnitTreeAsync(cancellationToken);
            commitment = Commitment.File(campaignId, input.UnitId, input.Kind, input.Content, input.Goal, input.Deadline, input.ResponsiblePerson, input.Measures, input.PromisedTo, actor, tree, clock);
            db.Add(commitment);
            await db.SaveChangesAsync(cancellationToken);
        }

        return await GetAsync(actor, commitment.Id, cancellationToken);
    }

    public Task<CommitmentRowDto> ReviseAsync(Actor actor, int id, int expectedVersion, CommitmentInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (c, tree) => c.Revise(input.Content, input.Goal, input.Deadline, input.ResponsiblePerson, input.Measures, input.PromisedTo, actor, tree), cancellationToken);

    public Task<CommitmentRowDto> StartAsync(Actor actor, int id, int expectedVersion, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (c, tree) => c.Start(actor, tree), cancellationToken);

    public Task<CommitmentRowDto> UpdateProgressAsync(Actor actor, int id, int expectedVersion, int percent, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (c, tree) => c.UpdateProgress(percent, actor, tree), cancellationToken);

    public Task<CommitmentRowDto> MarkDoneAsync(Actor actor, int id, int expectedVersion, string? resultNote, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (c, tree) => c.MarkDone(resultNote, actor, tree, clock), cancellationToken);

    public Task<CommitmentRowDto> CancelAsync(Actor actor, int id, int expectedVersion, string reason, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (c, _) => c.Cancel(reason, actor), cancellationToken);

    public Task<CommitmentRowDto> SetPublicAsync(Actor actor, int id, int expectedVersion, bool isPublic, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (c, tree) => c.SetPublic(isPublic, actor, tree), cancellationToken);

    /// <summary>The office sets (or moves) the date by which every unit must have filed.</summary>
    public async Task SetDueDateAsync(Actor actor, int campaignId, DateOnly dueDate, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateForAsync(actor, cancellationToken))
        {
            var ledger = await db.Set<CommitmentLedger>().FirstOrDefaultAsync(l => l.CampaignId == campaignId, cancellationToken);
            if (ledger is null)
            {
                db.Add(CommitmentLedger.Open(campaignId, dueDate, actor));
            }
            else
            {
                ledger.EnsureVersion(expectedVersion ?? -1, () => ledger.DueDate);
                ledger.SetDueDate(dueDate, actor);
            }

            await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
        }
    }

    /// <summary>The ledger as .xlsx in the usual 台账 layout (a title row, then 序号, 承诺事项, 目标及时限…).</summary>
    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, int? unitId, CommitmentKind? kind = null, CancellationToken cancellationToken = default)
    {
        var ledger = await LedgerAsync(actor, campaignId, unitId, cancellationToken);
        var rows = await RowsAsync(actor, campaignId, unitId, kind, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<CommitmentRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("承诺事项", r => r.Content, 36),
            new("目标及时限", r => $"{r.Goal}（{r.Deadline:yyyy年M月d日}前）", 36),
            new("责任单位", r => r.UnitName, 18),
            new("责任人", r => r.ResponsiblePerson, 10),
            new("工作措施", r => r.Measures, 40),
            new("承诺对象", r => r.PromisedTo.ToChinese(), 14),
            new("承诺类型", r => r.Kind.ToChinese(), 10),
            new("进展情况", r => Progress(r), 28),
            new("完成状态", r => r.Status.ToChinese(), 10),
            new("是否公示", r => r.IsPublic, 8),
        };
        var filing = new List<XlsxColumn<UnitFilingDto>>
        {
            new("单位", f => f.UnitName, 24),
            new("承诺事项数", f => f.Count, 10),
            new("首次报送日期", f => f.FirstFiledOn?.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture), 16),
            new("报送情况", f => f.State.ToChinese(), 12),
        };
        var writer = new XlsxWriter().AddSheet("办实事台账", rows, columns, $"{ledger.CampaignTitle}办实事承诺事项台账");
        if (ledger.DueDate is { } due)
        {
            // The page names only the first units that missed the date; the export names them all.
            writer.AddSheet("报送情况", ledger.Filings, filing, $"台账报送时限 {due:yyyy年M月d日}：已按时报送 {ledger.Filings.Count - ledger.NotFiled.Count} / {ledger.Filings.Count} 个单位");
        }

        return writer.ToBytes();
    }

    /// <summary>三查三看 counts for a unit (with its sub-units) or the whole campaign: the wall and dashboards read this.</summary>
    public async Task<ThreeChecksSummary> ThreeChecksCountsAsync(int campaignId, int? unitId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return ThreeChecks.Summarise(await ScopedAsync(db, campaignId, unitId, cancellationToken));
    }

    public async Task<ThreeChecksDto> ThreeChecksAsync(Actor actor, int campaignId, int? unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var names = await UnitNamesAsync(db, cancellationToken);
        var commitments = await ScopedAsync(db, campaignId, unitId, cancellationToken);
        var summary = ThreeChecks.Summarise(commitments);
        var reviews = await db.Set<ThreeChecksReview>().AsNoTracking().Where(r => r.CampaignId == campaignId && r.UnitId == unitId).ToListAsync(cancellationToken);
        var rows = ToRows(commitments, names, actor, tree);
        var reviewers = await Rectification.RectificationService.DisplayNamesAsync(db, reviews.Select(r => r.ReviewedBy), cancellationToken);
        var buckets = Enum.GetValues<ThreeChecksBucket>().Select(bucket =>
        {
            var review = reviews.FirstOrDefault(r => r.Bucket == bucket);
            return new ThreeChecksBucketDto(
                bucket,
                summary.CountOf(bucket),
                review is null ? null : new ThreeChecksJudgementDto(review.Id, review.Version, review.Positive, review.JudgementText, review.Comment, review.ItemCount, review.SatisfactionRate, reviewers.GetValueOrDefault(review.ReviewedBy, review.ReviewedBy), review.ReviewedAt),
                rows.Where(r => ThreeChecks.BucketOf(r.Status) == bucket).ToList());
        }).ToList();
        var scope = unitId is { } id ? names.GetValueOrDefault(id, "?") : "全区（整个活动）";
        return new ThreeChecksDto(campaignId, unitId, scope, summary, buckets, actor.IsOffice);
    }

    /// <summary>The office records (or revises) its judgement on one bucket.</summary>
    public async Task JudgeAsync(Actor actor, int campaignId, int? unitId, ThreeChecksBucket bucket, bool positive, string? comment, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateForAsync(actor, cancellationToken))
        {
            var summary = ThreeChecks.Summarise(await ScopedAsync(db, campaignId, unitId, cancellationToken));
            var review = await db.Set<ThreeChecksReview>().FirstOrDefaultAsync(r => r.CampaignId == campaignId && r.UnitId == unitId && r.Bucket == bucket, cancellationToken);
            if (review is null)
            {
                db.Add(ThreeChecksReview.Record(campaignId, unitId, bucket, summary, positive, comment, actor, clock));
            }
            else
            {
                review.EnsureVersion(expectedVersion ?? -1, () => null);
                review.Judge(summary, positive, comment, actor, clock);
            }

            await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
        }
    }

    private static string Progress(CommitmentRowDto r) => r.Status switch
    {
        CommitmentStatus.Done => $"已于{r.DoneOn:yyyy年M月d日}办结{(r.ResultNote is null ? string.Empty : "：" + r.ResultNote)}",
        CommitmentStatus.Cancelled => $"已取消：{r.CancelReason}",
        CommitmentStatus.InProgress => $"完成{r.ProgressPercent}%{(r.DaysOverdue > 0 ? "，" + r.OverdueText : string.Empty)}",
        _ => r.DaysOverdue > 0 ? $"未启动，{r.OverdueText}" : "未启动",
    };

    private async Task<List<Commitment>> ScopedAsync(CampaignHubDbContext db, int campaignId, int? unitId, CancellationToken cancellationToken)
    {
        var all = await db.Set<Commitment>().AsNoTracking().Where(c => c.CampaignId == campaignId).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var scope = Scope(await db.LoadUnitTreeAsync(cancellationToken), unitId);
        return scope is null ? all : all.Where(c => scope.Contains(c.ResponsibleUnitId)).ToList();
    }

    internal static HashSet<int>? Scope(UnitTree tree, int? unitId) =>
        unitId is { } id ? (tree.Contains(id) ? tree.SubtreeOf(id).ToHashSet() : [id]) : null;

    internal static Task<Dictionary<int, string>> UnitNamesAsync(CampaignHubDbContext db, CancellationToken cancellationToken) =>
        db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);

    /// <summary>The names of only these units (a page's): one JSON parameter.</summary>
    private static Task<Dictionary<int, string>> UnitNamesAsync(CampaignHubDbContext db, IEnumerable<int> unitIds, CancellationToken cancellationToken)
    {
        var ids = unitIds.Distinct().ToList();
        return db.Set<Unit>().AsNoTracking().Where(u => EF.Parameter(ids).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
    }

    internal IReadOnlyList<CommitmentRowDto> ToRows(IEnumerable<Commitment> commitments, IReadOnlyDictionary<int, string> names, Actor actor, UnitTree tree)
    {
        var today = clock.Today;
        return commitments.Select(c => new CommitmentRowDto(
            c.Id, c.Version, c.ResponsibleUnitId, names.GetValueOrDefault(c.ResponsibleUnitId, "?"), c.Kind, c.Content, c.Goal, c.Deadline, c.ResponsiblePerson,
            c.Measures, c.PromisedTo, c.Status, c.ProgressPercent, c.IsPublic, c.FiledOn, c.DoneOn, c.ResultNote, c.CancelReason, c.DaysOverdue(today),
            c.PublicRatings, UnitAccess.CanEdit(actor, c.ResponsibleUnitId, tree))
        {
            Actions = CommitmentRowDto.AnswersFor(c, actor, tree),
        }).ToList();
    }

    private async Task<CommitmentRowDto> MutateAsync(Actor actor, int id, int expectedVersion, Action<Commitment, UnitTree> change, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateForAsync(actor, cancellationToken))
        {
            var commitment = await db.Set<Commitment>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("找不到该承诺事项");
            if (commitment.Version != expectedVersion)
            {
                throw new ConcurrencyConflictException(await GetAsync(actor, id, cancellationToken));
            }

            change(commitment, await db.LoadUnitTreeAsync(cancellationToken));
            await db.SaveOrConflictAsync(async () => await GetAsync(actor, id, cancellationToken), cancellationToken);
        }

        return await GetAsync(actor, id, cancellationToken);
    }
}
