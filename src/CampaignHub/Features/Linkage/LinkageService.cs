using System.Globalization;
using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Linkage;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Linkage;

/// <summary>
/// 双联动 registers: the visits to upper counterpart departments (by the end of March) and the leaders' point-to-point
/// visits to the grassroots (by April 5). Every write is decided by the domain against the acting person; standings
/// come from the domain's rules (<see cref="UpperVisitRule"/>, <see cref="GrassrootsRule"/>).
/// </summary>
public sealed class LinkageService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<UpperVisitsDto> UpperVisitsAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = await ScopeAsync(db, actor, campaignId, cancellationToken);
        var visits = await db.Set<UpperDepartmentVisit>().AsNoTracking()
            .Include(v => v.FirstBatchItems).Include(v => v.ReportedProblems)
            .Where(v => v.CampaignId == campaignId && scope.Readable.Contains(v.UnitId))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var due = scope.Schedule.UpperVisitsDueOn;
        var owing = scope.Readable.Where(id => UpperVisitRule.Owes(id, scope.Units[id].Kind, scope.Tree)).ToList();
        var rows = owing
            .Select(id => new UpperVisitUnitRowDto(id, scope.Name(id), UpperVisitRule.Evaluate(true, due, visits.Where(v => v.UnitId == id).Select(v => v.VisitedOn), clock.Today), visits.Count(v => v.UnitId == id)))
            .ToList();
        var recordable = scope.Participants.Where(id => UpperVisitRule.Owes(id, scope.Units[id].Kind, scope.Tree) && LinkageAccess.WhyCannotRecord(actor, id, scope.Tree).IsAllowed).ToList();
        var districtRoot = scope.Tree.ChildrenOf(null).ToList();
        var leaders = await LeadersAsync(db, [.. recordable, .. districtRoot], cancellationToken);
        var visitRows = visits
            .OrderBy(v => v.VisitedOn).ThenBy(v => scope.Order(v.UnitId)).ThenBy(v => v.Id)
            .Select(v => new UpperVisitDto(
                v.Id, v.Version, v.UnitId, scope.Name(v.UnitId), v.LeaderPersonId, v.LeaderName, v.VisitedOn, v.DepartmentVisited,
                v.FirstBatchItems.Select(i => new FirstBatchItemDto(i.Item, i.LocalMeasures)).ToList(),
                v.ReportedProblems.Select(p => new ReportedProblemDto(p.Problem, p.UpperAnswer)).ToList(),
                v.ExperienceTakenOver, v.VisitedOn > due, v.RevisedOn, LinkageAccess.WhyCannotRecord(actor, v.UnitId, scope.Tree)))
            .ToList();
        return new UpperVisitsDto(campaignId, scope.Title, due, rows, visitRows, recordable.Select(id => new LinkageOptionDto(id, scope.Name(id))).ToList(), leaders);
    }

    public async Task<int> RecordUpperVisitAsync(Actor actor, int campaignId, UpperVisitInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, input.UnitId, cancellationToken);
        LinkageAccess.WhyCannotRecord(actor, input.UnitId, tree).Ensure();
        var kind = await db.Set<Unit>().Where(u => u.Id == input.UnitId).Select(u => u.Kind).SingleAsync(cancellationToken);
        if (!UpperVisitRule.Owes(input.UnitId, kind, tree))
        {
            throw new DomainException("与上级对口部门对接联动由区级机关登记");
        }

        var leader = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.LeaderPersonId, cancellationToken)
            ?? throw new DomainException("请选择带队领导");
        var visit = UpperDepartmentVisit.Record(campaignId, input.UnitId, leader, input.Details, actor, tree, clock);
        db.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return visit.Id;
    }

    /// <summary>Corrects or completes a visit, typically with the upper department's answers as they arrive.</summary>
    public async Task ReviseUpperVisitAsync(Actor actor, int visitId, UpperVisitRevision revision, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var visit = await db.Set<UpperDepartmentVisit>().Include(v => v.FirstBatchItems).Include(v => v.ReportedProblems).AsSplitQuery()
            .FirstOrDefaultAsync(v => v.Id == visitId, cancellationToken)
            ?? throw new NotFoundException("找不到该对接联动登记");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        LinkageAccess.WhyCannotRecord(actor, visit.UnitId, tree).Ensure();
        visit.EnsureVersion(revision.Version, () => null);
        var leader = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == revision.LeaderPersonId, cancellationToken)
            ?? throw new DomainException("请选择带队领导");
        visit.Revise(leader, revision.Details, actor, tree, clock);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<byte[]> ExportUpperVisitsAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var register = await UpperVisitsAsync(actor, campaignId, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<UpperVisitDto>>
        {
            new("序号", _ => ++index, 6),
            new("单位", v => v.UnitName, 20),
            new("带队领导", v => v.LeaderName, 18),
            new("对接日期", v => Day(v.VisitedOn), 12),
            new("对接的上级部门", v => v.DepartmentVisited, 22),
            new("第一批整改事项涉及本地内容及本地配套措施", v => string.Join("\n", v.FirstBatchItems.Select((i, n) => $"{n + 1}. {i.Item}：{i.LocalMeasures}")), 50),
            new("向上级报告的问题及上级部门答复", v => string.Join("\n", v.ReportedProblems.Select((p, n) => $"{n + 1}. {p.Problem}（答复：{p.UpperAnswer ?? "尚未答复"}）")), 50),
            new("承接运用的经验做法", v => v.ExperienceTakenOver, 40),
            new("是否按时", v => v.AfterDeadline ? "逾期对接" : "按时", 10),
        };
        var unitColumns = new List<XlsxColumn<UpperVisitUnitRowDto>>
        {
            new("单位", r => r.UnitName, 24),
            new("对接次数", r => r.Visits, 10),
            new("完成情况", r => r.Standing.Text, 24),
        };
        return new XlsxWriter()
            .AddSheet("对接联动登记", register.Visits, columns, $"{register.CampaignTitle}与上级对口部门对接联动登记（{register.DueOn:M月d日}前）")
            .AddSheet("各单位完成情况", register.Units, unitColumns, "区级机关与上级对口部门对接联动完成情况")
            .ToBytes();
    }

    public async Task<GrassrootsDto> GrassrootsAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scope = await ScopeAsync(db, actor, campaignId, cancellationToken);
        var due = scope.Schedule.GrassrootsDueOn;
        var visits = await db.Set<GrassrootsVisit>().AsNoTracking().Include(v => v.Claims)
            .Where(v => v.CampaignId == campaignId && scope.Readable.Contains(v.UnitId))
            .ToListAsync(cancellationToken);
        var owing = scope.Readable.Where(id => GrassrootsRule.Owes(scope.Units[id].Kind)).ToList();
        var leaders = await db.Set<Person>().AsNoTracking()
            .Where(p => owing.Contains(p.UnitId) && (p.Role == PersonRole.MainLeader || p.Role == PersonRole.OtherLeader))
            .OrderBy(p => p.Role).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        leaders = leaders.Where(p => p.IsActiveOn(due) || visits.Any(v => v.LeaderPersonId == p.Id)).ToList();
        var leaderRows = leaders
            .OrderBy(p => scope.Order(p.UnitId)).ThenBy(p => p.UnitId)
            .Select(p => new GrassrootsLeaderRowDto(p.UnitId, scope.Name(p.UnitId), p.Id, Titled(p),
                GrassrootsRule.Evaluate(visits.Where(v => v.LeaderPersonId == p.Id).Select(v => (v.VisitedOn, v.Theme)), due, clock.Today)))
            .ToList();
        var unitRows = owing
            .Select(id =>
            {
                var standings = leaderRows.Where(l => l.UnitId == id).Select(l => l.Standing).ToList();
                return new GrassrootsUnitRowDto(id, scope.Name(id), standings.Count, standings.Count(s => s.IsMet), standings.Count(s => s.IsOverdue), GrassrootsRule.UnitComplies(standings));
            })
            .ToList();

        var opinionIds = visits.SelectMany(v => v.Claims).Select(c => c.OpinionId).OfType<int>().ToList();
        var itemIds = visits.SelectMany(v => v.Claims).Select(c => c.RectificationItemId).OfType<int>().ToList();
        var recordable = scope.Participants.Where(id => GrassrootsRule.Owes(scope.Units[id].Kind) && LinkageAccess.WhyCannotRecord(actor, id, scope.Tree).IsAllowed).ToList();
        var rootedAbove = await db.Set<Opinion>().AsNoTracking()
            .Where(o => o.CampaignId == campaignId && ((o.RootedAbove && ((o.EscalatedToUnitId != null && recordable.Contains(o.EscalatedToUnitId.Value)) || (o.ClaimedByUnitId != null && recordable.Contains(o.ClaimedByUnitId.Value)))) || opinionIds.Contains(o.Id)))
            .Select(o => new { o.Id, o.ReceiptNumber, o.Content, o.EscalatedToUnitId, o.ClaimedByUnitId })
            .ToListAsync(cancellationToken);
        var items = await db.Set<RectificationItem>().AsNoTracking()
            .Where(i => i.CampaignId == campaignId && (recordable.Contains(i.UnitId) || itemIds.Contains(i.Id)))
            .Select(i => new { i.Id, i.UnitId, i.Title })
            .ToListAsync(cancellationToken);
        string OpinionText(int id) => rootedAbove.FirstOrDefault(o => o.Id == id) is { } o ? $"{o.ReceiptNumber} {Shorten(o.Content)}" : $"意见{id}";
        string ItemTitle(int id) => items.FirstOrDefault(i => i.Id == id)?.Title ?? $"整改事项{id}";

        var visitRows = visits
            .OrderBy(v => v.VisitedOn).ThenBy(v => scope.Order(v.UnitId)).ThenBy(v => v.Id)
            .Select(v => new GrassrootsVisitDto(v.Id, v.UnitId, scope.Name(v.UnitId), v.LeaderName, v.VisitedOn, v.GrassrootsUnitName, v.Theme.ToChinese(), v.Findings,
                v.Claims.Select(c => new RootedAboveClaimDto(c.Problem, c.OpinionId is { } o ? OpinionText(o) : null, c.RectificationItemId is { } i ? ItemTitle(i) : null)).ToList()))
            .ToList();
        var recordableLeaders = await LeadersAsync(db, recordable, cancellationToken);
        return new GrassrootsDto(
            campaignId, scope.Title, due, unitRows, leaderRows, visitRows,
            recordable.Select(id => new LinkageOptionDto(id, scope.Name(id))).ToList(),
            recordableLeaders,
            rootedAbove.Where(o => o.EscalatedToUnitId is not null || o.ClaimedByUnitId is not null)
                .Select(o => new ClaimTargetDto(o.Id, (o.ClaimedByUnitId ?? o.EscalatedToUnitId)!.Value, OpinionText(o.Id))).ToList(),
            items.Where(i => recordable.Contains(i.UnitId)).Select(i => new ClaimTargetDto(i.Id, i.UnitId, i.Title)).ToList());
    }

    public async Task<int> RecordGrassrootsVisitAsync(Actor actor, int campaignId, GrassrootsVisitInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, input.UnitId, cancellationToken);
        LinkageAccess.WhyCannotRecord(actor, input.UnitId, tree).Ensure();
        var leader = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.LeaderPersonId, cancellationToken)
            ?? throw new DomainException("请选择下基层的领导");
        var claims = new List<RootedAboveClaimDraft>();
        foreach (var claim in input.Claims ?? [])
        {
            var opinion = claim.OpinionId is { } opinionId
                ? await db.Set<Opinion>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == opinionId, cancellationToken) ?? throw new DomainException("找不到关联的意见")
                : null;
            var item = claim.RectificationItemId is { } itemId
                ? await db.Set<RectificationItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken) ?? throw new DomainException("找不到关联的整改事项")
                : null;
            claims.Add(new RootedAboveClaimDraft(claim.Problem, opinion, item));
        }

        var visit = GrassrootsVisit.Record(campaignId, input.UnitId, leader, input.Details, claims, actor, tree, clock);
        db.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return visit.Id;
    }

    public async Task<byte[]> ExportGrassrootsAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var register = await GrassrootsAsync(actor, campaignId, cancellationToken);
        var index = 0;
        var visitColumns = new List<XlsxColumn<GrassrootsVisitDto>>
        {
            new("序号", _ => ++index, 6),
            new("单位", v => v.UnitName, 20),
            new("领导", v => v.LeaderName, 18),
            new("日期", v => Day(v.VisitedOn), 12),
            new("走访的基层单位", v => v.GrassrootsUnitName, 22),
            new("主题", v => v.Theme, 10),
            new("发现的问题和听取的意见", v => v.Findings, 50),
            new("认领“表现在下、根子在上”的问题", v => string.Join("\n", v.Claims.Select(ClaimText)), 50),
        };
        var leaderColumns = new List<XlsxColumn<GrassrootsLeaderRowDto>>
        {
            new("单位", l => l.UnitName, 20),
            new("领导", l => l.LeaderName, 20),
            new("下基层次数", l => l.Standing.Visits, 10),
            new("找问题", l => l.Standing.FoundProblems ? "已覆盖" : "未覆盖", 10),
            new("问成效", l => l.Standing.AskedResults ? "已覆盖" : "未覆盖", 10),
            new("完成情况", l => l.Standing.Text, 24),
            new("尚缺", l => l.Standing.Missing ?? string.Empty, 30),
        };
        return new XlsxWriter()
            .AddSheet("点对点下基层", register.Visits, visitColumns, $"{register.CampaignTitle}领导干部“点对点”下基层登记")
            .AddSheet("各领导完成情况", register.Leaders, leaderColumns, GrassrootsRule.Description)
            .ToBytes();
    }

    /// <summary>What the 工作台 shows: for a coordinator their own tree, for everyone else the whole campaign.</summary>
    public async Task<(int UpperVisitsOverdue, int GrassrootsLeadersOverdue)> OverdueAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var upper = await UpperVisitsAsync(actor, campaignId, cancellationToken);
        var grassroots = await GrassrootsAsync(actor, campaignId, cancellationToken);
        return (upper.OverdueUnits, grassroots.OverdueLeaders);
    }

    public static string ClaimText(RootedAboveClaimDto claim) =>
        claim.Problem + (claim.OpinionText is { } o ? $"（关联意见：{o}）" : string.Empty) + (claim.ItemTitle is { } i ? $"（纳入整改事项：{i}）" : string.Empty);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static string Titled(Person p) => string.IsNullOrWhiteSpace(p.Title) ? p.Name : $"{p.Title} {p.Name}";

    private static async Task<IReadOnlyList<LeaderOptionDto>> LeadersAsync(CampaignHubDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        var people = await db.Set<Person>().AsNoTracking()
            .Where(p => unitIds.Contains(p.UnitId) && (p.Role == PersonRole.MainLeader || p.Role == PersonRole.OtherLeader) && p.LeftOn == null)
            .OrderBy(p => p.UnitId).ThenBy(p => p.Role).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return people.Select(p => new LeaderOptionDto(p.Id, p.UnitId, Titled(p))).ToList();
    }

    private static async Task EnsureParticipatesAsync(CampaignHubDbContext db, int campaignId, int unitId, CancellationToken cancellationToken)
    {
        if (!await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            throw new NotFoundException("找不到该活动");
        }

        if (!await db.Set<CampaignUnit>().AnyAsync(u => u.CampaignId == campaignId && u.UnitId == unitId, cancellationToken))
        {
            throw new NotFoundException("找不到该活动的参加单位");
        }
    }

    private sealed record UnitInfo(string Name, UnitKind Kind, int DisplayOrder);

    private sealed record Scope(string Title, LinkageSchedule Schedule, UnitTree Tree, IReadOnlyDictionary<int, UnitInfo> Units, IReadOnlyList<int> Participants, IReadOnlyList<int> Readable)
    {
        public string Name(int unitId) => Units.TryGetValue(unitId, out var unit) ? unit.Name : "（已删除单位）";

        public int Order(int unitId) => Units.TryGetValue(unitId, out var unit) ? unit.DisplayOrder : int.MaxValue;
    }

    private static async Task<Scope> ScopeAsync(CampaignHubDbContext db, Actor actor, int campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Title, c.StartDate }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var milestones = await db.Set<Milestone>().AsNoTracking().Where(m => m.CampaignId == campaignId).Select(m => new { m.Title, m.DueDate }).ToListAsync(cancellationToken);
        var schedule = LinkageSchedule.For(campaign.StartDate.Year, milestones.Select(m => (m.Title, m.DueDate)));
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking()
            .Select(u => new { u.Id, u.Name, u.ShortName, u.Kind, u.DisplayOrder })
            .ToDictionaryAsync(u => u.Id, u => new UnitInfo(u.ShortName ?? u.Name, u.Kind, u.DisplayOrder), cancellationToken);
        var participants = (await db.Set<CampaignUnit>().AsNoTracking().Where(u => u.CampaignId == campaignId).Select(u => u.UnitId).ToListAsync(cancellationToken))
            .Where(units.ContainsKey)
            .OrderBy(id => units[id].DisplayOrder).ThenBy(id => id)
            .ToList();
        var readable = participants.Where(id => LinkageAccess.CanRead(actor, id, tree)).ToList();
        if (readable.Count == 0 && participants.Count > 0)
        {
            throw new AccessDeniedException("您无权查看双联动情况");
        }

        return new Scope(campaign.Title, schedule, tree, units, participants, readable);
    }
}
