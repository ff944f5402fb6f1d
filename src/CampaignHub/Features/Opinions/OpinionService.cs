using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Public;
using CampaignHub.Features.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Opinions;

/// <summary>
/// Opinions (意见建议): entry by staff or the public, claiming, rooted-above escalation, answering,
/// closing, grouping under rectification items. Personal data leaves this service masked unless
/// <see cref="OpinionPrivacy"/> lets the actor see it.
/// </summary>
public sealed class OpinionService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<IReadOnlyList<OpinionRowDto>> ListAsync(Actor actor, int campaignId, OpinionFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var query = db.Set<Opinion>().AsNoTracking().Where(o => o.CampaignId == campaignId);
        if (filter.Status is { } status)
        {
            query = query.Where(o => o.Status == status);
        }

        if (filter.Source is { } source)
        {
            query = query.Where(o => o.Source == source);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(o => o.Category == category);
        }

        if (filter.RootedAboveOnly)
        {
            query = query.Where(o => o.RootedAbove);
        }

        if (filter.PublicOnly)
        {
            query = query.Where(o => o.SubmittedByPublic);
        }

        if (filter.UnitId is { } unitId)
        {
            var units = tree.Contains(unitId) ? tree.SubtreeOf(unitId).ToList() : [unitId];
            query = query.Where(o =>
                (o.ClaimedByUnitId != null && units.Contains(o.ClaimedByUnitId.Value))
                || (o.EscalatedToUnitId != null && o.Status == OpinionStatus.Escalated && units.Contains(o.EscalatedToUnitId.Value))
                || (o.EnteredByUnitId != null && o.Status == OpinionStatus.New && units.Contains(o.EnteredByUnitId.Value)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            query = query.Where(o => o.Content.Contains(text) || o.ReceiptNumber.Contains(text));
        }

        var opinions = await query.OrderByDescending(o => o.RaisedOn).ThenByDescending(o => o.Id).ToListAsync(cancellationToken);
        return await ToRowsAsync(db, actor, tree, opinions, cancellationToken);
    }

    public async Task<OpinionRowDto> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var opinion = await db.Set<Opinion>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("找不到该意见");
        return (await ToRowsAsync(db, actor, await db.LoadUnitTreeAsync(cancellationToken), [opinion], cancellationToken))[0];
    }

    public async Task<OpinionRowDto> EnterAsync(Actor actor, int campaignId, OpinionEntry entry, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var opinion = Opinion.Enter(campaignId, entry.Source, entry.Category, entry.Content, entry.RaisedOn, entry.RaisedByName, entry.RaisedByPhone, entry.UnitId, actor, tree, clock);
        if (entry.ChannelScheduleId is { } scheduleId)
        {
            var schedule = await db.Set<Domain.PublicOversight.ChannelSchedule>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken)
                ?? throw new NotFoundException("找不到所选的接待或热线场次");
            opinion.HeardAtSession(schedule, actor, tree);
        }

        db.Add(opinion);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(actor, opinion.Id, cancellationToken);
    }

    /// <summary>The public form: no login. Returns the receipt number to follow up with.</summary>
    public async Task<string> SubmitByPublicAsync(OpinionCategory category, string content, string? name, string? phone, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(PublicActor, cancellationToken);
        var campaignId = await CurrentCampaign.IdAsync(db, clock.Today, cancellationToken) ?? throw new DomainException("当前没有正在开展的活动，暂不能提交意见");
        var opinion = Opinion.SubmitByPublic(campaignId, category, content, name, phone, clock);
        db.Add(opinion);
        await db.SaveChangesAsync(cancellationToken);
        return opinion.ReceiptNumber;
    }

    /// <summary>The receipt lookup: status and answer only, never personal data or content.</summary>
    public async Task<OpinionReceipt?> FindReceiptAsync(string? receiptNumber, CancellationToken cancellationToken = default)
    {
        var number = ReceiptNumber.Normalize(receiptNumber);
        if (!ReceiptNumber.IsWellFormed(number))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var opinion = await db.Set<Opinion>().AsNoTracking().FirstOrDefaultAsync(o => o.ReceiptNumber == number, cancellationToken);
        return opinion?.ToReceipt();
    }

    public Task<OpinionRowDto> ClaimAsync(Actor actor, int id, int expectedVersion, int unitId, DateOnly? dueOn, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (o, tree, _) => o.Claim(unitId, dueOn, actor, tree, clock), cancellationToken, (o, tree) => OpinionAccess.EnsureCanActOn(actor, o, tree));

    /// <summary>Sends a rooted-above opinion to the unit the claimer names (an upper unit or a district department).</summary>
    public async Task<OpinionRowDto> EscalateAsync(Actor actor, int id, int expectedVersion, int? toUnitId, string reason, int? foundAtUnitId, CancellationToken cancellationToken = default)
    {
        var target = toUnitId ?? throw new DomainException("请选择接收单位");
        var kinds = await UnitKindsAsync(cancellationToken);
        return await MutateAsync(actor, id, expectedVersion, (o, tree, _) => o.EscalateAsRootedAbove(target, reason, actor, tree, kinds, clock, foundAtUnitId), cancellationToken,
            (o, tree) => OpinionAccess.EnsureCanActOn(actor, o, tree));
    }

    /// <summary>The units this opinion may be sent to as rooted above (nearest ancestor first, then district departments).</summary>
    public async Task<IReadOnlyList<UnitOptionDto>> EscalationTargetsAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var opinion = await db.Set<Opinion>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException("找不到该意见");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        OpinionAccess.EnsureCanActOn(actor, opinion, tree);
        var units = await db.Set<Unit>().AsNoTracking().ToListAsync(cancellationToken);
        var byId = units.ToDictionary(u => u.Id);
        return OpinionAccess.EscalationTargets(opinion, tree, units.ToDictionary(u => u.Id, u => u.Kind))
            .Select(unitId => new UnitOptionDto(unitId, byId[unitId].DisplayName))
            .ToList();
    }

    /// <summary>交办: hands a new opinion to a unit with the day by which it must be answered (限时办结).</summary>
    public Task<OpinionRowDto> HandToAsync(Actor actor, int id, int expectedVersion, int? unitId, DateOnly? dueOn, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (o, tree, _) => o.HandTo(unitId ?? throw new DomainException("请选择承办单位"), dueOn, actor, tree, clock), cancellationToken,
            (o, tree) => OpinionAccess.EnsureCanActOn(actor, o, tree));

    /// <summary>
    /// Rooted-above opinions waiting for a claim by a unit the actor acts for: a coordinator's own unit and its
    /// sub-units, every unit for the office. Oldest first, with the reason and who sent them.
    /// </summary>
    public async Task<IReadOnlyList<WaitingOpinionDto>> WaitingForClaimAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var escalated = await db.Set<Opinion>().AsNoTracking()
            .Where(o => o.CampaignId == campaignId && o.Status == OpinionStatus.Escalated)
            .OrderBy(o => o.EscalatedOn).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var mine = escalated.Where(o => OpinionAccess.CanClaim(actor, o, tree)).ToList();
        if (mine.Count == 0)
        {
            return [];
        }

        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
        var senders = mine.Where(o => o.EscalatedBy != null).Select(o => o.EscalatedBy!).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => u.UserName != null && senders.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, cancellationToken);
        return mine.Select(o => new WaitingOpinionDto(
            o.Id, o.Version, o.ReceiptNumber, o.Content, o.EscalatedToUnitId ?? 0, units.GetValueOrDefault(o.EscalatedToUnitId ?? 0, "?"),
            units.GetValueOrDefault(o.EscalatedFromUnitId ?? o.RootedAboveFromUnitId ?? 0, "?"),
            o.EscalatedBy is { } by ? people.GetValueOrDefault(by) : null, o.EscalationReason ?? string.Empty, o.EscalatedOn)).ToList();
    }

    public Task<OpinionRowDto> AnswerAsync(Actor actor, int id, int expectedVersion, string answer, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (o, tree, _) => o.AnswerWith(answer, actor, tree, clock), cancellationToken);

    public Task<OpinionRowDto> CloseAsync(Actor actor, int id, int expectedVersion, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (o, tree, _) => o.Close(actor, tree, clock), cancellationToken);

    public Task<OpinionRowDto> UnlinkAsync(Actor actor, int id, int expectedVersion, CancellationToken cancellationToken = default) =>
        MutateAsync(actor, id, expectedVersion, (o, tree, _) => o.UnlinkFromRectification(actor, tree), cancellationToken);

    /// <summary>Groups several similar opinions under one rectification item, all or none.</summary>
    public async Task LinkAsync(Actor actor, IReadOnlyCollection<int> opinionIds, int rectificationItemId, CancellationToken cancellationToken = default)
    {
        if (opinionIds.Count == 0)
        {
            throw new DomainException("请选择要关联的意见");
        }

        await using (var db = await dbFactory.CreateForAsync(actor, cancellationToken))
        {
            var tree = await db.LoadUnitTreeAsync(cancellationToken);
            var item = await db.Set<RectificationItem>().FirstOrDefaultAsync(r => r.Id == rectificationItemId, cancellationToken)
                ?? throw new NotFoundException("找不到该整改事项");
            var opinions = await db.Set<Opinion>().Where(o => opinionIds.Contains(o.Id)).ToListAsync(cancellationToken);
            if (opinions.Count != opinionIds.Distinct().Count())
            {
                throw new NotFoundException("找不到所选的部分意见");
            }

            foreach (var opinion in opinions)
            {
                opinion.LinkToRectification(item, actor, tree);
            }

            item.RecordLinkedOpinions(opinions.Count);

            await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
        }
    }

    /// <summary>The list as .xlsx; names and phones masked exactly as on screen for this actor.</summary>
    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, OpinionFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync(actor, campaignId, filter, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<OpinionRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("回执编号", r => r.ReceiptNumber, 22),
            new("提出日期", r => r.RaisedOn, 12),
            new("来源", r => r.Source.ToChinese(), 12),
            new("类别", r => r.Category.ToChinese(), 12),
            new("意见内容", r => r.Content, 50),
            new("提出人", r => r.RaisedByName, 10),
            new("联系电话", r => r.RaisedByPhone, 15),
            new("状态", r => r.Status.ToChinese(), 10),
            new("根子在上", r => r.RootedAbove, 8),
            new("接待领导", r => r.ReceivedByName, 10),
            new("受理单位", r => r.ClaimedByUnit ?? r.EscalatedToUnit, 18),
            new("办结时限", r => r.DueOn, 12),
            new("关联整改事项", r => r.RectificationItemTitle, 24),
            new("答复", r => r.Answer, 40),
        };
        return new XlsxWriter().AddSheet("群众意见", rows, columns, "群众意见建议台账").ToBytes();
    }

    private static readonly Actor PublicActor = new("public", "群众（网上）", new HashSet<string>(), null);

    /// <param name="rightsFirst">Checked before the version, so an actor who may not act learns nothing from a conflict.</param>
    private async Task<OpinionRowDto> MutateAsync(Actor actor, int id, int expectedVersion, Action<Opinion, UnitTree, CampaignHubDbContext> change, CancellationToken cancellationToken, Action<Opinion, UnitTree>? rightsFirst = null)
    {
        await using (var db = await dbFactory.CreateForAsync(actor, cancellationToken))
        {
            var opinion = await db.Set<Opinion>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException("找不到该意见");
            var tree = await db.LoadUnitTreeAsync(cancellationToken);
            rightsFirst?.Invoke(opinion, tree);
            if (opinion.Version != expectedVersion)
            {
                throw new ConcurrencyConflictException(await GetAsync(actor, id, cancellationToken));
            }

            change(opinion, tree, db);
            await db.SaveOrConflictAsync(async () => await GetAsync(actor, id, cancellationToken), cancellationToken);
        }

        return await GetAsync(actor, id, cancellationToken);
    }

    private async Task<IReadOnlyDictionary<int, UnitKind>> UnitKindsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Kind, cancellationToken);
    }

    private async Task<IReadOnlyList<OpinionRowDto>> ToRowsAsync(CampaignHubDbContext db, Actor actor, UnitTree tree, IReadOnlyList<Opinion> opinions, CancellationToken cancellationToken)
    {
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
        var itemIds = opinions.Where(o => o.RectificationItemId != null).Select(o => o.RectificationItemId!.Value).Distinct().ToList();
        var items = await db.Set<RectificationItem>().AsNoTracking().Where(r => itemIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Title, cancellationToken);
        var senders = opinions.Where(o => o.EscalatedBy != null).Select(o => o.EscalatedBy!).Distinct().ToList();
        var senderNames = await db.Users.AsNoTracking().Where(u => u.UserName != null && senders.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, cancellationToken);
        var today = clock.Today;
        string? Name(int? id) => id is { } value ? units.GetValueOrDefault(value) : null;
        return opinions.Select(o =>
        {
            var contact = OpinionPrivacy.ContactFor(actor, o);
            var answers = OpinionRowDto.AnswersFor(o.Facts, actor, tree);
            var canHandle = answers.Values.Any(a => a.IsAllowed);
            var sitsWith = Name(o.Facts.CurrentUnitId);
            return new OpinionRowDto(
                o.Id, o.Version, o.ReceiptNumber, o.Source, o.Category, o.Content, o.RaisedOn, contact.Name, contact.Phone, contact.IsMasked,
                o.SubmittedByPublic, o.Status, o.RootedAbove, Name(o.RootedAboveFromUnitId), Name(o.EscalatedToUnitId), o.EscalatedToUnitId,
                o.EscalationReason, o.ClaimedByUnitId, Name(o.ClaimedByUnitId), Name(o.EnteredByUnitId), o.EnteredByUnitId, o.DueOn,
                o.DaysOverdue(today), o.RectificationItemId, o.RectificationItemId is { } r ? items.GetValueOrDefault(r) : null, o.Answer, o.AnsweredOn, canHandle)
            {
                EscalatedFromUnit = Name(o.EscalatedFromUnitId),
                EscalatedByName = o.EscalatedBy is { } by ? senderNames.GetValueOrDefault(by) : null,
                EscalatedOn = o.EscalatedOn,
                ReceivedByName = o.ReceivedByName,
                ContactActivityId = o.ContactActivityId,
                AssignedOn = o.AssignedOn,
                CanHandOver = answers[OpinionAction.HandOver].IsAllowed,
                Actions = answers,
                SitsWith = OpinionRules.ClaimingUnitIsFixed(o.Facts) ? $"待{sitsWith}认领" : sitsWith,
                ProposedClaimingUnitId = OpinionRules.ProposedClaimingUnit(o.Facts, actor),
                ClaimingUnitFixed = OpinionRules.ClaimingUnitIsFixed(o.Facts),
            };
        }).ToList();
    }
}
