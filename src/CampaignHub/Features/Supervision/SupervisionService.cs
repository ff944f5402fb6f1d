using CampaignHub.Features.Units;
using System.Globalization;
using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Supervision;

/// <summary>
/// Supervisors' flags and rectification orders: flag a unit by hand, issue an order for a flagged unit, a coordinator
/// of the unit (or of a unit above it) reports back with measures and evidence, the supervisor accepts or returns the
/// report, or arranges a re-survey that closes the order at the threshold. Every write is checked by the domain
/// against the acting person and saved with the audit trail.
/// </summary>
public sealed class SupervisionService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, EvidenceStore evidenceStore)
{
    /// <summary>Photos, scans and office documents: what proves a measure was carried out.</summary>
    public static readonly IReadOnlySet<string> AllowedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".txt",
    };

    public async Task<SupervisionOverviewDto> OverviewAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        EnsureSupervisionReader(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().Include("_units").FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("找不到该活动");
        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var orders = await OrdersAsync(db, actor, tree, o => o.CampaignId == campaignId && o.Status != RectificationOrderStatus.Closed, names, cancellationToken);
        var flags = await FlagsAsync(db, f => f.CampaignId == campaignId && f.ClearedAt == null, names, orders, cancellationToken);
        return new SupervisionOverviewDto(
            campaignId,
            campaign.Title,
            campaign.Rules.SatisfactionThreshold,
            clock.Today,
            flags,
            orders.Where(o => !o.Overdue).ToList(),
            orders.Where(o => o.Overdue).OrderByDescending(o => o.DaysOverdue).ToList(),
            campaign.Units.Select(u => new UnitOptionDto(u.UnitId, names.GetValueOrDefault(u.UnitId, "?"))).OrderBy(u => u.Id).ToList());
    }

    /// <summary>
    /// A unit's flags, orders (all, newest first) and rate in each survey of the campaign. Open to whoever reads the
    /// unit's orders (<see cref="OrderAccess"/>): a coordinator for any unit in their tree. A rate the viewer may not
    /// see (sealed, or another unit's for a coordinator) is left out, never counted.
    /// </summary>
    public async Task<UnitHistoryDto> UnitHistoryAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        if (!names.TryGetValue(unitId, out var unitName))
        {
            throw new NotFoundException("找不到该单位");
        }

        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        OrderAccess.EnsureCanRead(actor, unitId, tree);
        var orders = await OrdersAsync(db, actor, tree, o => o.CampaignId == campaignId && o.UnitId == unitId, names, cancellationToken);
        var flags = await FlagsAsync(db, f => f.CampaignId == campaignId && f.UnitId == unitId, names, orders, cancellationToken);
        var surveys = await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_targets")
            .Where(s => s.CampaignId == campaignId && s.Status != SurveyStatus.Draft)
            .ToListAsync(cancellationToken);
        var now = clock.UtcNow;
        var targeted = surveys.Where(s => s.Targets(unitId)).OrderBy(s => s.OpensAt).ToList();
        var visible = targeted.Where(s => s.CanSeeUnitRate(actor, unitId, now)).Select(s => s.Id).ToList();
        var counts = await RateQueries.CountsAsync(db, visible, unitId, cancellationToken);
        var rates = targeted
            .Select(s => new TrendPointDto(s.Id, s.Title, visible.Contains(s.Id) ? RateDto.From(RateQueries.Rate(counts.Where(c => c.SurveyId == s.Id), s.MinimumSample)) : null))
            .ToList();
        return new UnitHistoryDto(unitId, unitName, flags.OrderByDescending(f => f.RaisedAt).ToList(), orders.OrderByDescending(o => o.IssuedAt).ToList(), rates);
    }

    /// <summary>
    /// The orders a person must act on or follows: for a coordinator every order addressed to a unit in their tree
    /// (their own unit and its sub-units); supervisors, the office and leaders see every unit's.
    /// </summary>
    public async Task<IReadOnlyList<OrderDto>> MyOrdersAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        switch (OrderAccess.ScopeOf(actor, tree))
        {
            case null:
                return await OrdersAsync(db, actor, tree, _ => true, names, cancellationToken);
            case { Count: > 0 } scope:
                var units = scope.ToList();
                return await OrdersAsync(db, actor, tree, o => units.Contains(o.UnitId), names, cancellationToken);
            default:
                throw new AccessDeniedException("您无权查看整改通知");
        }
    }

    public async Task<int> FlagAsync(Actor actor, int campaignId, FlagInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var unitId = await EnsureCampaignUnitAsync(db, campaignId, input.UnitId, cancellationToken);
        var flag = UnitFlag.RaiseManual(campaignId, unitId, input.Reason, actor, clock);
        db.Add(flag);
        await db.SaveChangesAsync(cancellationToken);
        return flag.Id;
    }

    public async Task<int> FlagVersionAsync(int flagId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<UnitFlag>().Where(f => f.Id == flagId).Select(f => f.Version).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task ClearFlagAsync(Actor actor, int flagId, int expectedVersion, string? note, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var flag = await db.Set<UnitFlag>().FirstOrDefaultAsync(f => f.Id == flagId, cancellationToken) ?? throw new NotFoundException("找不到该标记");
        flag.EnsureVersion(expectedVersion, () => null);
        flag.Clear(note, actor, clock);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    /// <summary>A supervisor issues an order to a flagged unit (the flag it follows is recorded).</summary>
    public async Task<int> IssueOrderAsync(Actor actor, int campaignId, OrderInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var unitId = await EnsureCampaignUnitAsync(db, campaignId, input.UnitId, cancellationToken);
        var flags = await db.Set<UnitFlag>().AsNoTracking().Where(f => f.CampaignId == campaignId && f.UnitId == unitId && f.ClearedAt == null).ToListAsync(cancellationToken);
        if (flags.Count == 0)
        {
            throw new DomainException("只能对已标记的单位下达整改通知，请先标记该单位");
        }

        var flag = flags.FirstOrDefault(f => f.Id == input.FlagId) ?? flags.OrderByDescending(f => f.RaisedAt).First();
        var deadline = input.Deadline is { } d ? DateOnly.FromDateTime(d) : throw new DomainException("请选择整改期限");
        var order = RectificationOrder.Issue(campaignId, unitId, input.Reason, deadline, actor, clock, flag.Id);
        db.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return order.Id;
    }

    /// <summary>
    /// 整改反馈: the measures and their evidence files, all or nothing. The right to answer is checked before a
    /// byte is stored; files already stored are removed again when the report is refused.
    /// </summary>
    public async Task RespondAsync(Actor actor, int orderId, int expectedVersion, RespondInput input, CancellationToken cancellationToken = default)
    {
        var files = input.Files;
        await EnsureAllowedAsync(actor, orderId, OrderAction.ReportBack, cancellationToken);
        if (files.Count > OrderFeedback.MaxFiles)
        {
            throw new DomainException($"每次反馈最多附{OrderFeedback.MaxFiles}份佐证材料");
        }

        if (files.FirstOrDefault(f => !AllowedExtensions.Contains(Path.GetExtension(f.FileName))) is { } refused)
        {
            throw new DomainException($"“{refused.FileName}”不是图片、PDF、Word、Excel、PPT或文本文件");
        }

        if (files.FirstOrDefault(f => f.SizeBytes > OrderFeedbackEvidence.MaxSizeBytes) is { } tooBig)
        {
            throw new DomainException($"“{tooBig.FileName}”超过{OrderFeedbackEvidence.MaxSizeBytes / 1024 / 1024}MB");
        }

        var stored = new List<StoredFile>();
        try
        {
            foreach (var file in files)
            {
                await using var content = file.Open();
                stored.Add(await evidenceStore.SaveAsync(content, file.FileName, string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType, OrderFeedbackEvidence.MaxSizeBytes, cancellationToken));
            }

            var evidence = stored.Select(f => new FeedbackFile(f.FileName, f.RelativePath, f.ContentType, f.SizeBytes)).ToList();
            await EditOrderAsync(actor, orderId, expectedVersion, OrderAction.ReportBack, (_, order, tree) =>
            {
                order.ReportBack(input.Text, ParseIds(input.ItemIds), evidence, actor, tree, clock);
                return Task.CompletedTask;
            }, cancellationToken);
        }
        catch
        {
            foreach (var file in stored)
            {
                evidenceStore.Delete(file.RelativePath);
            }

            throw;
        }
    }

    /// <summary>验收: the supervisor accepts the waiting report; the order is closed.</summary>
    public Task AcceptFeedbackAsync(Actor actor, int orderId, int expectedVersion, string? comment, CancellationToken cancellationToken = default) =>
        EditOrderAsync(actor, orderId, expectedVersion, OrderAction.Accept, (_, order, tree) =>
        {
            order.AcceptFeedback(comment, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>退回: the supervisor returns the waiting report with a reason; the unit reports again.</summary>
    public Task ReturnFeedbackAsync(Actor actor, int orderId, int expectedVersion, string reason, CancellationToken cancellationToken = default) =>
        EditOrderAsync(actor, orderId, expectedVersion, OrderAction.Return, (_, order, tree) =>
        {
            order.ReturnFeedback(reason, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Opens a report's evidence file for whoever may read the order (a coordinator within their tree).</summary>
    public async Task<(Stream Content, string FileName, string ContentType)> OpenEvidenceAsync(Actor actor, int orderId, int evidenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.Set<RectificationOrder>().AsNoTracking().Include("_feedback._evidence")
            .FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken) ?? throw new NotFoundException("找不到该整改通知");
        OrderAccess.EnsureCanRead(actor, order.UnitId, await db.LoadUnitTreeAsync(cancellationToken));
        var evidence = order.Feedback.SelectMany(f => f.Evidence).FirstOrDefault(e => e.Id == evidenceId) ?? throw new NotFoundException("找不到该佐证材料");
        return (evidenceStore.OpenRead(evidence.StoragePath), evidence.FileName, evidence.ContentType);
    }

    public Task ChangeDeadlineAsync(Actor actor, int orderId, int expectedVersion, DateOnly deadline, string reason, CancellationToken cancellationToken = default) =>
        EditOrderAsync(actor, orderId, expectedVersion, OrderAction.ChangeDeadline, (_, order, _) =>
        {
            order.ChangeDeadline(deadline, reason, actor, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// Arranges the re-survey of the ordered unit: a one-unit copy of the campaign's latest survey that covers it,
    /// open from now until <paramref name="closesAt"/>. The office then generates its codes. The new survey raises its own
    /// creation event, so the survey list shows it at once.
    /// </summary>
    public async Task ArrangeResurveyAsync(Actor actor, int orderId, int expectedVersion, DateTimeOffset closesAt, CancellationToken cancellationToken = default)
    {
        await EditOrderAsync(actor, orderId, expectedVersion, OrderAction.ArrangeResurvey, async (db, order, _) =>
        {
            var originals = await db.Set<SatisfactionSurvey>().Include("_questions").Include("_groups").Include("_targets").AsSplitQuery()
                .Where(s => s.CampaignId == order.CampaignId && s.Status != SurveyStatus.Draft && s.ResurveyOfId == null)
                .ToListAsync(cancellationToken);
            var original = originals.Where(s => s.Targets(order.UnitId)).OrderByDescending(s => s.OpensAt).FirstOrDefault()
                ?? throw new DomainException("该单位没有可复测的满意度测评");
            var name = (await SurveyAdminService.UnitNamesAsync(db, cancellationToken)).GetValueOrDefault(order.UnitId, string.Empty);
            var resurvey = SatisfactionSurvey.CreateResurvey(original, order.UnitId, $"{name}整改复测（{clock.Today:M月d日}）", clock.UtcNow, closesAt, actor, clock);
            resurvey.OpenIfDue(clock);
            db.Add(resurvey);
            await db.SaveChangesAsync(cancellationToken);
            order.RequestResurvey(resurvey, actor, clock);
        }, cancellationToken);
    }

    private async Task EnsureAllowedAsync(Actor actor, int orderId, OrderAction action, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.Set<RectificationOrder>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken) ?? throw new NotFoundException("找不到该整改通知");
        order.EnsureAllowed(action, actor, await db.LoadUnitTreeAsync(cancellationToken));
    }

    /// <param name="action">Checked for the actor's rights before the version, so a stranger learns nothing from a conflict.</param>
    private async Task EditOrderAsync(Actor actor, int orderId, int expectedVersion, OrderAction action, Func<CampaignHubDbContext, RectificationOrder, UnitTree, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await db.Set<RectificationOrder>().Include("_steps").Include("_itemLinks").Include("_feedback._evidence").AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken) ?? throw new NotFoundException("找不到该整改通知");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        order.EnsureAllowed(action, actor, tree);
        if (order.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(await OrderAsync(actor, orderId, cancellationToken));
        }

        await change(db, order, tree);
        await db.SaveOrConflictAsync(async () => await OrderAsync(actor, orderId, cancellationToken), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<OrderDto?> OrderAsync(Actor actor, int orderId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        return (await OrdersAsync(db, actor, await db.LoadUnitTreeAsync(cancellationToken), o => o.Id == orderId, names, cancellationToken)).FirstOrDefault();
    }

    private async Task<List<OrderDto>> OrdersAsync(CampaignHubDbContext db, Actor actor, UnitTree tree, System.Linq.Expressions.Expression<Func<RectificationOrder, bool>> where, Dictionary<int, string> names, CancellationToken cancellationToken)
    {
        var orders = await db.Set<RectificationOrder>().AsNoTracking().Include("_steps").Include("_itemLinks").Include("_feedback._evidence").AsSplitQuery().Where(where).ToListAsync(cancellationToken);
        var resurveyIds = orders.Where(o => o.ResurveyId != null).Select(o => o.ResurveyId!.Value).ToList();
        var titles = await db.Set<SatisfactionSurvey>().Where(s => resurveyIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
        var today = clock.Today;
        var people = await SurveyAdminService.PersonNamesAsync(db, cancellationToken);
        return orders.OrderBy(o => o.Deadline).Select(o => new OrderDto(
            o.Id, o.Version, o.CampaignId, o.UnitId, names.GetValueOrDefault(o.UnitId, "?"), o.Reason, o.Deadline, o.Status, o.StatusText(today),
            o.IsOverdue(today), o.DaysOverdue(today), people(o.IssuedBy), o.IssuedAt, o.ResponseText, o.LinkedRectificationItemIds,
            o.ResurveyId, o.ResurveyId is { } r ? titles.GetValueOrDefault(r) : null, o.LastResurveyRate,
            o.Steps.Select(s => new OrderStepDto(s.Status.ToChinese(), s.Note, s.ByName, s.At)).ToList())
        {
            Feedback = o.Feedback.Select(f => new FeedbackDto(
                f.Round, f.Measures, f.SubmittedByName, f.SubmittedAt, f.Decision, f.Decision.ToChinese(), f.DecisionNote, f.DecidedByName, f.DecidedAt,
                f.Evidence.Select(e => new FeedbackFileDto(e.Id, e.FileName, e.SizeBytes)).ToList())).ToList(),
            ReturnReason = o.OpenReturnReason,
            Answers = Enum.GetValues<OrderAction>().ToDictionary(a => a, a => o.WhyCannot(a, actor, tree)),
        }).ToList();
    }

    private static async Task<List<FlagDto>> FlagsAsync(CampaignHubDbContext db, System.Linq.Expressions.Expression<Func<UnitFlag, bool>> where, Dictionary<int, string> names, List<OrderDto> orders, CancellationToken cancellationToken)
    {
        var flags = await db.Set<UnitFlag>().AsNoTracking().Where(where).ToListAsync(cancellationToken);
        var ordered = orders.Where(o => o.Status != RectificationOrderStatus.Closed).Select(o => o.UnitId).ToHashSet();
        var people = await SurveyAdminService.PersonNamesAsync(db, cancellationToken);
        return flags.OrderByDescending(f => f.RaisedAt).Select(f => new FlagDto(
            f.Id, f.CampaignId, f.UnitId, names.GetValueOrDefault(f.UnitId, "?"), f.Kind, f.Kind.ToChinese(), f.Reason, f.Rate, people(f.RaisedBy), f.RaisedAt,
            f.IsActive, f.ClearNote, f.ClearedAt, ordered.Contains(f.UnitId))).ToList();
    }

    private static async Task<int> EnsureCampaignUnitAsync(CampaignHubDbContext db, int campaignId, int? unitId, CancellationToken cancellationToken)
    {
        if (unitId is not { } id)
        {
            throw new DomainException("请选择单位");
        }

        var campaign = await db.Set<Campaign>().AsNoTracking().Include("_units").FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("找不到该活动");
        return campaign.Includes(id) ? id : throw new DomainException("该单位未参加本活动");
    }

    private static void EnsureSupervisionReader(Actor actor)
    {
        if (!actor.IsSupervisor && !actor.IsOffice && !actor.IsIn(Roles.Leader))
        {
            throw new AccessDeniedException("只有督导组、活动办和领导可以查看督导情况");
        }
    }

    private static List<int> ParseIds(string? text) =>
        (text ?? string.Empty).Split([',', '，', ' ', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : throw new DomainException($"整改事项编号“{t}”无效"))
            .ToList();
}
