using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.ContactDuties;

/// <summary>
/// Units' rural points with their “三个一”, the “三送” records and the 结对共建 pairings. Every staff member sees every
/// unit; what may be recorded, and whether a point is compliant, are the domain's answers.
/// </summary>
public sealed class RuralService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<RuralBoardDto> GetBoardAsync(Actor actor, int? year = null, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var y = CheckYear(year, today);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().OrderBy(u => u.DisplayOrder).ThenBy(u => u.Id).ToListAsync(cancellationToken);
        var names = units.ToDictionary(u => u.Id, u => u.DisplayName);
        var order = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var people = await db.Set<Person>().AsNoTracking().ToListAsync(cancellationToken);
        var personNames = people.ToDictionary(p => p.Id, p => p.Name);
        var points = await PointsAsync(db, y, cancellationToken);
        var sends = await SendsAsync(db, y, cancellationToken);
        var pairings = await PairingsAsync(db, y, cancellationToken);

        var pointRows = points
            .OrderBy(p => order[p.UnitId]).ThenBy(p => p.Id)
            .Select(p => new RuralPointDto(p.Id, p.Version, p.UnitId, names[p.UnitId], p.Year, p.VillageName,
                p.Contributions.OrderBy(c => c.Date).Select(c => new RuralContributionDto(c.Id, c.Kind, c.Date, c.Text)).ToList(),
                ThreeOnesRule.Assess(p, today), p.WhyCannotRecord(actor, tree)))
            .ToList();
        var owing = units.Where(OwesRuralDuties).ToList();
        var sendUnits = owing.Select(u => new UnitThreeSendsDto(u.Id, u.DisplayName, ThreeSendsTally.For(sends, u.Id, y))).ToList();
        var sendRows = sends.OrderByDescending(s => s.SentOn).ThenByDescending(s => s.Id)
            .Select(s => new ThreeSendsDto(s.Id, s.UnitId, names[s.UnitId], personNames.GetValueOrDefault(s.SenderPersonId, "—"), s.Kind, s.RecipientKind, s.RecipientName, s.SentOn, s.Content))
            .ToList();
        var pairingRows = pairings.OrderBy(p => p.StartedOn).ThenBy(p => p.Id)
            .Select(p => new PartyPairingDto(p.Id, p.Version, p.OfficeUnitId, names[p.OfficeUnitId], p.OfficeOrganisationName, p.RuralOrganisationName, p.RuralKind,
                p.StartedOn, p.EndedOn, p.Activities.OrderBy(a => a.HeldOn).Select(a => new JointActivityDto(a.Id, a.HeldOn, a.Content)).ToList(),
                p.WhyCannotRecordActivity(actor, tree), p.WhyCannotEnd(actor, tree)))
            .ToList();
        var recordable = owing.Where(u => ContactAccess.CanRecord(actor, u.Id, tree)).Select(u => new OptionDto(u.Id, u.DisplayName)).ToList();
        var recordableIds = recordable.Select(u => u.Id).ToHashSet();
        var senders = people.Where(p => recordableIds.Contains(p.UnitId) && p.IsActiveOn(today))
            .OrderBy(p => p.UnitId).ThenBy(p => p.Role)
            .Select(p => new PersonOptionDto(p.Id, p.Name, p.Title, p.Role, p.UnitId, names[p.UnitId])).ToList();
        var villages = units.Where(u => u.Kind == UnitKind.VillageOrCommunity && !u.IsRetired).Select(u => new OptionDto(u.Id, u.Name)).ToList();
        return new RuralBoardDto(y, today.Year, today, ThreeOnesRule.Requirements, ThreeOnesRule.Source, pointRows, sendUnits, sendRows, pairingRows, recordable, senders, villages);
    }

    public async Task<int> DesignatePointAsync(Actor actor, DesignateRuralPointRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        await UnitAsync(db, request.UnitId, cancellationToken);
        var village = request.VillageUnitId is { } villageId ? await UnitAsync(db, villageId, cancellationToken) : null;
        if (village is not null && village.Kind != UnitKind.VillageOrCommunity)
        {
            throw new DomainException("农村联系点须是村（社区）");
        }

        var existing = await db.Set<RuralPoint>().Where(p => p.UnitId == request.UnitId && p.Year == request.Year).ToListAsync(cancellationToken);
        var point = RuralPoint.Designate(request.UnitId, request.Year, string.IsNullOrWhiteSpace(request.VillageName) ? village?.Name ?? string.Empty : request.VillageName, village?.Id, existing, actor, tree, clock);
        db.Add(point);
        await db.SaveChangesAsync(cancellationToken);
        return point.Id;
    }

    public async Task<int> RecordContributionAsync(Actor actor, int pointId, RuralContributionRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var point = await db.Set<RuralPoint>().Include("_contributions").FirstOrDefaultAsync(p => p.Id == pointId, cancellationToken)
            ?? throw new NotFoundException("找不到该农村联系点");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        point.WhyCannotRecord(actor, tree).Ensure();
        point.EnsureVersion(request.Version, () => null);
        var contribution = request.Kind switch
        {
            RuralContributionKind.Instructor => point.DispatchInstructor(request.InstructorName ?? string.Empty, request.Date, actor, tree, clock),
            RuralContributionKind.ActivityRoomFunding => point.FundActivityRoom(request.AmountYuan ?? throw new DomainException("请填写资助金额"),
                request.VoucherNumber ?? string.Empty, request.Date, actor, tree, clock),
            RuralContributionKind.Computers => point.DonateComputers(request.ComputerCount ?? throw new DomainException("请填写捐赠电脑台数"), request.Date, actor, tree, clock),
            _ => throw new DomainException("请选择下派指导员、资助经费或捐赠电脑"),
        };
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
        return contribution.Id;
    }

    public async Task<int> RecordSendAsync(Actor actor, RecordThreeSendsRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        await UnitAsync(db, request.UnitId, cancellationToken);
        ThreeSendsRecord.WhyCannotRecord(actor, request.UnitId, tree).Ensure();
        var sender = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.SenderPersonId, cancellationToken)
            ?? throw new NotFoundException("找不到该送出人");
        var record = ThreeSendsRecord.Record(request.UnitId, sender, request.Kind, request.RecipientKind, request.RecipientName, request.SentOn, request.Content, actor, tree, clock);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    public async Task<int> FormPairingAsync(Actor actor, FormPairingRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var office = await UnitAsync(db, request.OfficeUnitId, cancellationToken);
        var rural = request.RuralUnitId is { } ruralId ? await UnitAsync(db, ruralId, cancellationToken) : null;
        var existing = await db.Set<PartyPairing>().Where(p => p.OfficeUnitId == office.Id && p.EndedOn == null).ToListAsync(cancellationToken);
        var pairing = PartyPairing.Form(office, request.OfficeOrganisationName, rural, string.IsNullOrWhiteSpace(request.RuralOrganisationName) ? rural?.Name ?? string.Empty : request.RuralOrganisationName, request.RuralKind,
            request.StartedOn, existing, actor, tree, clock);
        db.Add(pairing);
        await db.SaveChangesAsync(cancellationToken);
        return pairing.Id;
    }

    public async Task<int> RecordJointActivityAsync(Actor actor, int pairingId, JointActivityRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var (pairing, tree) = await PairingAsync(db, pairingId, actor, request.Version, cancellationToken);
        var activity = pairing.RecordActivity(request.HeldOn, request.Content, actor, tree, clock);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
        return activity.Id;
    }

    public async Task EndPairingAsync(Actor actor, int pairingId, EndPairingRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var (pairing, tree) = await PairingAsync(db, pairingId, actor, request.Version, cancellationToken);
        pairing.End(request.EndedOn, actor, tree, clock);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    /// <summary>The board as a workbook: rural points with their 三个一, 三送 counts and records, pairings with their activities.</summary>
    public async Task<byte[]> ExportAsync(Actor actor, int? year = null, CancellationToken cancellationToken = default)
    {
        var board = await GetBoardAsync(actor, year, cancellationToken);
        var activityRows = board.Pairings.SelectMany(p => p.Activities.Count == 0
            ? [(Pairing: p, Activity: (JointActivityDto?)null)]
            : p.Activities.Select(a => (Pairing: p, Activity: (JointActivityDto?)a))).ToList();
        return new XlsxWriter()
            .AddSheet("农村联系点三个一", board.Points,
            [
                new("单位", p => p.UnitName, 16),
                new("联系点", p => p.VillageName, 20),
                new("党建工作指导员（名）", p => p.Standing.Instructors, 12),
                new("党员活动室经费（元）", p => p.Standing.FundingYuan, 14),
                new("党员活动专用电脑（台）", p => p.Standing.Computers, 12),
                new("落实情况", p => p.Standing.StatusText, 12),
                new("尚缺", p => p.Standing.IsMet ? string.Empty : string.Join("；", p.Standing.Shortfalls.Select(s => s.Text)), 40),
                new("明细", p => string.Join("；", p.Contributions.Select(c => $"{c.Date:yyyy-MM-dd} {c.Text}")), 60),
            ], $"{board.Year}年度农村联系点“三个一”落实情况（{string.Join("，", board.Requirements)}）")
            .AddSheet("三送统计", board.SendUnits,
            [
                new("单位", u => u.UnitName, 20),
                new("送政策（次）", u => u.Count.Policy, 12),
                new("送服务（次）", u => u.Count.Service, 12),
                new("送温暖（次）", u => u.Count.Warmth, 12),
                new("合计（次）", u => u.Count.Total, 10),
            ], $"{board.Year}年度各单位“三送”统计")
            .AddSheet("三送记录", board.Sends,
            [
                new("日期", s => s.SentOn.ToString("yyyy-MM-dd"), 12),
                new("单位", s => s.UnitName, 16),
                new("送出人", s => s.SenderName, 10),
                new("类别", s => s.Kind.ToChinese(), 10),
                new("接收对象", s => $"{s.RecipientName}（{s.RecipientKind.ToChinese()}）", 24),
                new("内容", s => s.Content, 60),
            ], $"{board.Year}年度“三送”记录")
            .AddSheet("结对共建", activityRows,
            [
                new("机关党组织", r => $"{r.Pairing.OfficeOrganisationName}（{r.Pairing.OfficeUnitName}）", 26),
                new("农村党组织", r => $"{r.Pairing.RuralOrganisationName}（{r.Pairing.RuralKind.ToChinese()}）", 26),
                new("结对日期", r => r.Pairing.StartedOn.ToString("yyyy-MM-dd"), 12),
                new("结束日期", r => r.Pairing.EndedOn?.ToString("yyyy-MM-dd") ?? string.Empty, 12),
                new("共建活动日期", r => r.Activity?.HeldOn.ToString("yyyy-MM-dd") ?? string.Empty, 12),
                new("共建活动内容", r => r.Activity?.Content ?? "（尚未登记共建活动）", 60),
            ], $"{board.Year}年度机关党组织与农村党组织结对共建")
            .ToBytes();
    }

    /// <summary>Each unit's 三个一, 三送 and pairings for a year (one unit, or all that have any), for the compliance pages and reports.</summary>
    internal static async Task<IReadOnlyList<UnitRuralDutiesDto>> SummaryAsync(CampaignHubDbContext db, int year, DateOnly today, int? unitId, CancellationToken cancellationToken)
    {
        var units = await db.Set<Unit>().AsNoTracking().Where(u => unitId == null || u.Id == unitId)
            .OrderBy(u => u.DisplayOrder).ThenBy(u => u.Id).ToListAsync(cancellationToken);
        var points = await PointsAsync(db, year, cancellationToken);
        var sends = await SendsAsync(db, year, cancellationToken);
        var pairings = await PairingsAsync(db, year, cancellationToken);
        return units.Select(u => new UnitRuralDutiesDto(u.Id, u.DisplayName,
                points.Where(p => p.UnitId == u.Id).OrderBy(p => p.Id).Select(p => new RuralPointSummaryDto(p.Id, p.VillageName, ThreeOnesRule.Assess(p, today))).ToList(),
                ThreeSendsTally.For(sends, u.Id, year),
                pairings.Count(p => p.OfficeUnitId == u.Id && p.IsActive),
                pairings.Where(p => p.OfficeUnitId == u.Id).Sum(p => p.Activities.Count(a => a.HeldOn.Year == year))))
            .Where(u => unitId is not null || u.HasAny)
            .ToList();
    }

    /// <summary>Villages and communities are the points themselves, and the district is the office: neither owes 三送 or points.</summary>
    private static bool OwesRuralDuties(Unit unit) => unit.Kind is not (UnitKind.VillageOrCommunity or UnitKind.District) && !unit.IsRetired;

    private static int CheckYear(int? year, DateOnly today)
    {
        var y = year ?? today.Year;
        if (y < 2000 || y > today.Year + 1)
        {
            throw new DomainException($"年份必须在2000到{today.Year + 1}之间");
        }

        return y;
    }

    private static async Task<Unit> UnitAsync(CampaignHubDbContext db, int unitId, CancellationToken cancellationToken) =>
        await db.Set<Unit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken) ?? throw new NotFoundException("找不到该单位");

    private static async Task<List<RuralPoint>> PointsAsync(CampaignHubDbContext db, int year, CancellationToken cancellationToken) =>
        await db.Set<RuralPoint>().AsNoTracking().Include("_contributions").Where(p => p.Year == year).ToListAsync(cancellationToken);

    private static async Task<List<ThreeSendsRecord>> SendsAsync(CampaignHubDbContext db, int year, CancellationToken cancellationToken) =>
        await db.Set<ThreeSendsRecord>().AsNoTracking()
            .Where(s => s.SentOn >= new DateOnly(year, 1, 1) && s.SentOn <= new DateOnly(year, 12, 31)).ToListAsync(cancellationToken);

    /// <summary>Pairings that ran at some time during the year.</summary>
    private static async Task<List<PartyPairing>> PairingsAsync(CampaignHubDbContext db, int year, CancellationToken cancellationToken) =>
        await db.Set<PartyPairing>().AsNoTracking().Include("_activities")
            .Where(p => p.StartedOn <= new DateOnly(year, 12, 31) && (p.EndedOn == null || p.EndedOn >= new DateOnly(year, 1, 1)))
            .ToListAsync(cancellationToken);

    private static async Task<(PartyPairing Pairing, UnitTree Tree)> PairingAsync(CampaignHubDbContext db, int pairingId, Actor actor, int expectedVersion, CancellationToken cancellationToken)
    {
        var pairing = await db.Set<PartyPairing>().Include("_activities").FirstOrDefaultAsync(p => p.Id == pairingId, cancellationToken)
            ?? throw new NotFoundException("找不到该结对共建");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        PartyPairing.WhyCannotRecord(actor, pairing.OfficeUnitId, tree).Ensure();
        pairing.EnsureVersion(expectedVersion, () => null);
        return (pairing, tree);
    }
}
