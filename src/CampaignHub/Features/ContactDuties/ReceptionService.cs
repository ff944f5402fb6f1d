using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.ContactDuties;

/// <summary>
/// Reception days announced ahead, the public listing (leader, time, place only) and the reception
/// cases, which stay open until the receiving unit settles them (首接负责制, 案结事了).
/// </summary>
public sealed class ReceptionService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    /// <summary>The public page: upcoming, not cancelled days, projected to the public fields and the leader's post (title and unit).</summary>
    public async Task<IReadOnlyList<PublicReceptionDay>> ListPublicAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today;
        var days = await db.Set<ScheduledReception>().AsNoTracking()
            .Where(r => !r.IsCancelled && r.Date >= today)
            .OrderBy(r => r.Date).ThenBy(r => r.StartTime)
            .ToListAsync(cancellationToken);
        var leaderIds = days.Select(d => d.LeaderPersonId).Distinct().ToList();
        var leaders = await db.Set<Person>().AsNoTracking().Where(p => leaderIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var unitIds = days.Select(d => d.UnitId).Distinct().ToList();
        var units = await db.Set<Unit>().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return days.Select(d =>
        {
            var leader = leaders[d.LeaderPersonId];
            return new PublicReceptionDay(d.ToPublicListing(leader.Name), leader.Title ?? leader.Role.ToChinese(), units[d.UnitId]);
        }).ToList();
    }

    public async Task<ReceptionBoardDto> GetBoardAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = clock.Today;
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
        var people = await db.Set<Person>().AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        var days = await db.Set<ScheduledReception>().AsNoTracking().OrderBy(r => r.Date).ThenBy(r => r.StartTime).ToListAsync(cancellationToken);
        var cases = await db.Set<ReceptionCase>().AsNoTracking().OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        var signerPersonId = await SignedInPersonAsync(db, actor, cancellationToken);

        ReceptionDayDto Day(ScheduledReception r) => new(r.Id, r.Version, r.LeaderPersonId, people[r.LeaderPersonId].Name, r.UnitId, units[r.UnitId],
            r.Date, r.StartTime, r.EndTime, r.Place, r.Form, r.IsCancelled, r.CancelReason, ContactAccess.CanRecord(actor, r.UnitId, tree) && !r.IsCancelled && r.Date >= today);

        var leaders = people.Values
            .Where(p => p.Role.IsLeader() && p.IsActiveOn(today) && ContactAccess.CanRecord(actor, p.UnitId, tree))
            .OrderBy(p => p.UnitId).ThenBy(p => p.Role)
            .Select(p => new PersonOptionDto(p.Id, p.Name, p.Title, p.Role, p.UnitId, units[p.UnitId]))
            .ToList();
        return new ReceptionBoardDto(
            today,
            days.Where(d => d.Date >= today).Select(Day).ToList(),
            days.Where(d => d.Date < today).OrderByDescending(d => d.Date).Select(Day).ToList(),
            cases.Select(c => ToDto(c, people, units, actor, signerPersonId, today)).ToList(),
            leaders,
            people.Values.Where(p => p.Role.IsLeader() && p.IsActiveOn(today)).OrderBy(p => p.UnitId).ThenBy(p => p.Role)
                .Select(p => new PersonOptionDto(p.Id, p.Name, p.Title, p.Role, p.UnitId, units[p.UnitId])).ToList(),
            units.OrderBy(u => u.Key).Select(u => new OptionDto(u.Key, u.Value)).ToList());
    }

    public async Task<ReceptionDayDto> ScheduleAsync(Actor actor, ScheduleReceptionRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var leader = await LeaderAsync(db, request.LeaderPersonId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var reception = ScheduledReception.Schedule(leader.Id, leader.UnitId, request.Date, request.StartTime, request.EndTime, request.Place, request.Form, actor, tree, clock);
        db.Add(reception);
        await db.SaveChangesAsync(cancellationToken);
        return new ReceptionDayDto(reception.Id, reception.Version, leader.Id, leader.Name, leader.UnitId, string.Empty, reception.Date, reception.StartTime, reception.EndTime, reception.Place, reception.Form, false, null, true);
    }

    public async Task CancelAsync(Actor actor, int receptionId, int expectedVersion, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var reception = await db.Set<ScheduledReception>().FirstOrDefaultAsync(r => r.Id == receptionId, cancellationToken)
            ?? throw new NotFoundException("找不到该接访日");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        reception.EnsureVersion(expectedVersion, () => null);
        reception.Cancel(reason, actor, tree);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    public async Task<int> OpenCaseAsync(Actor actor, OpenCaseRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var leader = await LeaderAsync(db, request.LeaderPersonId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        if (!tree.Contains(request.ResponsibleUnitId))
        {
            throw new DomainException("请指定责任单位");
        }

        if (request.ScheduledReceptionId is { } scheduledId &&
            !await db.Set<ScheduledReception>().AnyAsync(r => r.Id == scheduledId && r.LeaderPersonId == leader.Id, cancellationToken))
        {
            throw new DomainException("该接访日不属于所选领导");
        }

        var receptionCase = ReceptionCase.Open(leader.UnitId, leader.Id, request.ReceivedOn, request.ScheduledReceptionId,
            request.VisitorName, request.VisitorContact, request.Matter, request.Measures, request.ResponsibleUnitId, request.Deadline, actor, tree, clock);
        if (request.CaseOwnerPersonId is { } ownerId && ownerId != leader.Id)
        {
            var owner = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == ownerId, cancellationToken);
            if (owner is null || !owner.Role.IsLeader())
            {
                throw new DomainException("包案领导须为单位领导");
            }

            receptionCase.AssignCaseOwner(owner.Id, actor);
        }
        db.Add(receptionCase);
        await db.SaveChangesAsync(cancellationToken);
        return receptionCase.Id;
    }

    public async Task StartCaseAsync(Actor actor, int caseId, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var receptionCase = await CaseAsync(db, caseId, expectedVersion, cancellationToken);
        receptionCase.Start(actor, clock);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    /// <summary>The receiving unit drafts (or redrafts) the written reply; a redraft needs a new signature.</summary>
    public async Task WriteReplyAsync(Actor actor, int caseId, int expectedVersion, string reply, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var receptionCase = await CaseAsync(db, caseId, expectedVersion, cancellationToken);
        receptionCase.WriteReply(reply, actor);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    /// <summary>The receiving leader signs the reply in person: the signer is the person behind the signed-in account.</summary>
    public async Task SignReplyAsync(Actor actor, int caseId, int expectedVersion, string signOff, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var receptionCase = await CaseAsync(db, caseId, expectedVersion, cancellationToken);
        receptionCase.SignReply(signOff, await SignedInPersonAsync(db, actor, cancellationToken), clock);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    public async Task SettleCaseAsync(Actor actor, int caseId, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var receptionCase = await CaseAsync(db, caseId, expectedVersion, cancellationToken);
        receptionCase.Settle(actor, await SignedInPersonAsync(db, actor, cancellationToken), clock);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    /// <summary>The reception cases (接访事项纪要) as a workbook: measures, responsible unit, deadline, owner, reply, overdue days.</summary>
    public async Task<byte[]> ExportCasesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var board = await GetBoardAsync(actor, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<ReceptionCaseDto>>
        {
            new("序号", _ => ++index, 6),
            new("接访日期", c => c.ReceivedOn.ToString("yyyy-MM-dd"), 12),
            new("接访领导", c => c.LeaderName, 12),
            new("首接单位", c => c.ReceivingUnitName, 16),
            new("包案领导", c => c.CaseOwnerName, 12),
            new("来访人", c => c.VisitorName, 10),
            new("反映事项", c => c.Matter, 40),
            new("办理措施", c => c.Measures, 40),
            new("责任单位", c => c.ResponsibleUnitName, 16),
            new("解决时限", c => c.Deadline.ToString("yyyy-MM-dd"), 12),
            new("状态", c => c.Status.ToChinese(), 10),
            new("逾期天数", c => c.IsOverdue ? c.DaysOverdue : null, 8),
            new("答复意见书", c => c.Reply ?? string.Empty, 40),
            new("接访领导签署意见", c => c.LeaderSignOff ?? string.Empty, 24),
            new("办结日期", c => c.SettledOn?.ToString("yyyy-MM-dd") ?? string.Empty, 12),
        };
        return new XlsxWriter().AddSheet("接访事项纪要", board.Cases, columns, "领导接访事项纪要").ToBytes();
    }

    internal static ReceptionCaseDto ToDto(ReceptionCase c, IReadOnlyDictionary<int, Person> people, IReadOnlyDictionary<int, string> units, Actor actor, int? signerPersonId, DateOnly today) => new(
        c.Id,
        c.Version,
        c.ReceivingUnitId,
        units[c.ReceivingUnitId],
        c.ReceivingLeaderPersonId,
        people[c.ReceivingLeaderPersonId].Name,
        c.ScheduledReceptionId,
        c.ReceivedOn,
        ReceptionPrivacy.CanSeeVisitor(actor, c) ? c.VisitorName : PersonalDataMasking.MaskName(c.VisitorName) ?? "*",
        ReceptionPrivacy.CanSeeVisitor(actor, c) ? c.VisitorContact : PersonalDataMasking.MaskPhone(c.VisitorContact),
        !ReceptionPrivacy.CanSeeVisitor(actor, c),
        c.Matter,
        c.Measures,
        c.ResponsibleUnitId,
        units[c.ResponsibleUnitId],
        c.Deadline,
        c.Status,
        c.SettledOn,
        c.Reply,
        c.LeaderSignOff,
        c.IsOverdue(today),
        c.DaysOverdue(today),
        c.Status == ReceptionCaseStatus.Open && (ContactAccess.IsOfUnit(actor, c.ReceivingUnitId) || ContactAccess.IsOfUnit(actor, c.ResponsibleUnitId) || actor.IsOffice),
        c.CanSettle(actor, signerPersonId),
        c.CaseOwnerPersonId,
        people.TryGetValue(c.CaseOwnerPersonId, out var owner) ? owner.Name : people[c.ReceivingLeaderPersonId].Name,
        c.ReplySignedAt is { } signedAt ? ChinaTime.DateOf(signedAt) : null,
        c.CanWriteReply(actor),
        c.CanSignReply(signerPersonId),
        c.ReplyMissing);

    /// <summary>The person behind the signed-in account, if it stands for one.</summary>
    private static async Task<int?> SignedInPersonAsync(CampaignHubDbContext db, Actor actor, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.UserName == actor.UserName).Select(u => u.PersonId).FirstOrDefaultAsync(cancellationToken);

    private static async Task<Person> LeaderAsync(CampaignHubDbContext db, int personId, CancellationToken cancellationToken)
    {
        var leader = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new NotFoundException("找不到该领导");
        if (!leader.Role.IsLeader())
        {
            throw new DomainException("接访须由单位领导接待");
        }

        return leader;
    }

    private static async Task<ReceptionCase> CaseAsync(CampaignHubDbContext db, int caseId, int expectedVersion, CancellationToken cancellationToken)
    {
        var receptionCase = await db.Set<ReceptionCase>().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new NotFoundException("找不到该接访事项");
        receptionCase.EnsureVersion(expectedVersion, () => null);
        return receptionCase;
    }
}
