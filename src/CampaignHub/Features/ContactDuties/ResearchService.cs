using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.ContactDuties;

/// <summary>
/// Leaders' yearly research plans (年度调研计划) with their topics and reports (调研报告), and each unit's yearly
/// research exchange (调研成果讨论交流). Whether a leader or a unit is flagged is the domain's rule.
/// </summary>
public sealed class ResearchService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<ResearchBoardDto> GetBoardAsync(Actor actor, int? year = null, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var y = year ?? today.Year;
        if (y < 2000 || y > today.Year + 1)
        {
            throw new DomainException($"年份必须在2000到{today.Year + 1}之间");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
        var leaders = (await db.Set<Person>().AsNoTracking().ToListAsync(cancellationToken))
            .Where(p => p.Role.IsLeader() && p.IsActiveOn(today)).OrderBy(p => p.UnitId).ThenBy(p => p.Role).ToList();
        var plans = await PlansAsync(db, y, cancellationToken);
        var exchanges = await db.Set<ResearchExchange>().AsNoTracking().Include("_reports")
            .Where(e => e.HeldOn >= new DateOnly(y, 1, 1) && e.HeldOn <= new DateOnly(y, 12, 31))
            .OrderBy(e => e.HeldOn).ToListAsync(cancellationToken);
        var topics = plans.SelectMany(p => p.Topics.Select(t => (Plan: p, Topic: t))).ToDictionary(x => x.Topic.Id);
        var byPerson = plans.ToDictionary(p => p.PersonId);
        var names = leaders.ToDictionary(p => p.Id, p => p.Name);

        string ReportLabel(int topicId) => topics.TryGetValue(topicId, out var t)
            ? $"{names.GetValueOrDefault(t.Plan.PersonId, "—")}：《{t.Topic.ReportTitle}》"
            : "—";

        var leaderRows = leaders.Select(p =>
        {
            var plan = byPerson.GetValueOrDefault(p.Id);
            return new LeaderResearchDto(p.Id, p.Name, p.Title, p.UnitId, units[p.UnitId], plan?.Id, plan?.Version ?? 0, plan?.FiledOn,
                plan?.Topics.Select(t => new ResearchTopicDto(t.Id, t.Title, t.ReportTitle, t.ReportSummary, t.ReportFiledOn)).ToList() ?? [],
                ResearchPlanRule.Assess(plan, y, today),
                ContactAccess.CanRecord(actor, p.UnitId, tree));
        }).ToList();
        var unitRows = leaders.Select(p => p.UnitId).Distinct().Select(unitId =>
        {
            var held = exchanges.Where(e => e.UnitId == unitId).ToList();
            return new UnitExchangeDto(unitId, units[unitId],
                held.Select(e => new ExchangeDto(e.Id, e.HeldOn, e.Place, e.Summary, e.Reports.Select(r => ReportLabel(r.ResearchTopicId)).ToList())).ToList(),
                ResearchExchangeRule.Assess(held, y, today),
                ContactAccess.CanRecord(actor, unitId, tree));
        }).ToList();
        var candidates = leaders.Where(p => !byPerson.ContainsKey(p.Id) && ContactAccess.CanRecord(actor, p.UnitId, tree))
            .Select(p => new PersonOptionDto(p.Id, p.Name, p.Title, p.Role, p.UnitId, units[p.UnitId])).ToList();
        var reports = topics.Values.Where(t => t.Topic.HasReport && ContactAccess.CanRecord(actor, t.Plan.UnitId, tree))
            .Select(t => new ReportOptionDto(t.Topic.Id, t.Plan.UnitId, ReportLabel(t.Topic.Id))).ToList();
        return new ResearchBoardDto(y, today.Year, today, leaderRows, unitRows, candidates, reports);
    }

    public async Task<int> FilePlanAsync(Actor actor, FileResearchPlanRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var leader = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken)
            ?? throw new NotFoundException("找不到该领导");
        if (!leader.Role.IsLeader())
        {
            throw new DomainException("年度调研计划由党员领导干部制定");
        }

        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        ContactAccess.EnsureCanRecord(actor, leader.UnitId, tree);
        if (await db.Set<ResearchPlan>().AnyAsync(p => p.PersonId == leader.Id && p.Year == request.Year, cancellationToken))
        {
            throw new DomainException($"{leader.Name}已制定{request.Year}年度调研计划，请在原计划中增加课题");
        }

        var plan = ResearchPlan.File(leader.Id, leader.UnitId, request.Year, request.Topics ?? [], actor, tree, clock);
        db.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan.Id;
    }

    public async Task AddTopicAsync(Actor actor, int planId, int expectedVersion, string title, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var plan = await PlanAsync(db, planId, expectedVersion, cancellationToken);
        plan.AddTopic(title, actor, await db.LoadUnitTreeAsync(cancellationToken), clock);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    public async Task FileReportAsync(Actor actor, int planId, FileResearchReportRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var plan = await PlanAsync(db, planId, request.Version, cancellationToken);
        plan.FileReport(request.TopicId, request.Title, request.Summary, request.FiledOn, actor, await db.LoadUnitTreeAsync(cancellationToken), clock);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    public async Task<int> HoldExchangeAsync(Actor actor, HoldResearchExchangeRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        if (!tree.Contains(request.UnitId))
        {
            throw new NotFoundException("找不到该单位");
        }

        var year = request.HeldOn.Year;
        var plans = await db.Set<ResearchPlan>().Include("_topics").Where(p => p.UnitId == request.UnitId && p.Year == year).ToListAsync(cancellationToken);
        var exchange = ResearchExchange.Hold(request.UnitId, request.HeldOn, request.Place, request.Summary, request.TopicIds ?? [], plans, actor, tree, clock);
        db.Add(exchange);
        await db.SaveChangesAsync(cancellationToken);
        return exchange.Id;
    }

    /// <summary>The board as a workbook: leaders' plans, topics and reports; units' exchanges.</summary>
    public async Task<byte[]> ExportAsync(Actor actor, int? year = null, CancellationToken cancellationToken = default)
    {
        var board = await GetBoardAsync(actor, year, cancellationToken);
        var topicRows = board.Leaders.SelectMany(l => l.Topics.Count == 0
            ? [(Leader: l, Topic: (ResearchTopicDto?)null)]
            : l.Topics.Select(t => (Leader: l, Topic: (ResearchTopicDto?)t))).ToList();
        return new XlsxWriter()
            .AddSheet("调研计划与报告", topicRows,
            [
                new("单位", r => r.Leader.UnitName, 16),
                new("领导", r => r.Leader.PersonName, 10),
                new("职务", r => r.Leader.Title ?? string.Empty, 14),
                new("计划报送日期", r => r.Leader.FiledOn?.ToString("yyyy-MM-dd") ?? string.Empty, 12),
                new("调研课题", r => r.Topic?.Title ?? "（未制定年度调研计划）", 30),
                new("调研报告", r => r.Topic?.ReportTitle ?? string.Empty, 30),
                new("报告日期", r => r.Topic?.ReportFiledOn?.ToString("yyyy-MM-dd") ?? string.Empty, 12),
                new("主要内容和对策建议", r => r.Topic?.ReportSummary ?? string.Empty, 50),
                new("落实情况", r => r.Leader.Standing.Text, 24),
            ], $"{board.Year}年度党员领导干部调研计划和调研报告")
            .AddSheet("调研成果讨论交流", board.Units,
            [
                new("单位", u => u.UnitName, 16),
                new("落实情况", u => u.Standing.Text, 30),
                new("交流会", u => string.Join("；", u.Exchanges.Select(e => $"{e.HeldOn:yyyy-MM-dd} {e.Place}")), 30),
                new("讨论的调研报告", u => string.Join("；", u.Exchanges.SelectMany(e => e.Reports)), 50),
                new("交流情况和成果转化", u => string.Join("；", u.Exchanges.Select(e => e.Summary)), 50),
            ], $"{board.Year}年度各单位调研成果讨论交流")
            .ToBytes();
    }

    /// <summary>The year's plans with their topics, for the compliance views and the year-end report.</summary>
    internal static async Task<List<ResearchPlan>> PlansAsync(CampaignHubDbContext db, int year, CancellationToken cancellationToken) =>
        await db.Set<ResearchPlan>().AsNoTracking().Include("_topics").Where(p => p.Year == year).ToListAsync(cancellationToken);

    private static async Task<ResearchPlan> PlanAsync(CampaignHubDbContext db, int planId, int expectedVersion, CancellationToken cancellationToken)
    {
        var plan = await db.Set<ResearchPlan>().Include("_topics").FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw new NotFoundException("找不到该年度调研计划");
        plan.EnsureVersion(expectedVersion, () => null);
        return plan;
    }
}
