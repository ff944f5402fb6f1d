using CampaignHub.Components.Shared;
using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RuleRegister;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.RuleRegister;

/// <summary>The 建章立制 register: each unit's rules created or revised, their status and the problems they answer.</summary>
public sealed class RuleRegisterService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    private static readonly RuleAction[] RowActions = [RuleAction.Issue, RuleAction.PutInForce, RuleAction.LinkProblem, RuleAction.Comment];

    public async Task<RuleRegisterDto> ListAsync(Actor actor, int campaignId, RuleFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaignTitle = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Title).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var query = db.Set<RuleRecord>().AsNoTracking().Include(r => r.Problems).Where(r => r.CampaignId == campaignId);
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(r => r.UnitId == unitId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }

        var rules = (await query.ToListAsync(cancellationToken)).Where(r => RuleRecord.CanRead(actor, r.UnitId, tree)).ToList();
        var unitIds = rules.Select(r => r.UnitId).ToHashSet();
        var participating = await db.Set<CampaignUnit>().AsNoTracking().Where(u => u.CampaignId == campaignId).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var registering = participating.Where(id => units.ContainsKey(id) && RuleRecord.WhyCannot(RuleAction.Register, actor, tree, id, null).IsAllowed).ToList();
        var items = (await db.Set<RectificationItem>().AsNoTracking().Where(i => i.CampaignId == campaignId).Select(i => new { i.Id, i.UnitId, i.Title }).ToListAsync(cancellationToken))
            .Where(i => unitIds.Contains(i.UnitId) || registering.Contains(i.UnitId)).ToList();
        var titles = items.ToDictionary(i => i.Id, i => i.Title);

        var rows = rules
            .OrderBy(r => units[r.UnitId].DisplayOrder).ThenBy(r => r.UnitId).ThenBy(r => r.DraftedOn).ThenBy(r => r.Id)
            .Select(r =>
            {
                var linked = r.Problems.Select(p => p.RectificationItemId).ToHashSet();
                return new RuleRowDto(
                    r.Id, r.Version, r.UnitId, units[r.UnitId].DisplayName, r.Title, r.Kind, r.Kind.ToChinese(), r.Status, r.Status.ToChinese(), r.Summary,
                    r.DraftedOn, r.IssuedOn, r.DocumentNumber, r.InForceOn,
                    r.Problems.Where(p => titles.ContainsKey(p.RectificationItemId)).Select(p => new RuleProblemDto(p.RectificationItemId, titles[p.RectificationItemId])).ToList(),
                    items.Where(i => i.UnitId == r.UnitId && !linked.Contains(i.Id)).Select(i => new RuleProblemDto(i.Id, i.Title)).ToList(),
                    r.Comments.Select(c => new CommentView(c.Text, c.ByName, c.ByRole, c.At)).ToList(),
                    RowActions.ToDictionary(a => a, a => r.WhyCannot(a, actor, tree)));
            })
            .ToList();
        return new RuleRegisterDto(campaignId, campaignTitle, rows,
            registering.Select(id => units[id]).OrderBy(u => u.DisplayOrder).ThenBy(u => u.Id).Select(u => new RuleUnitOption(u.Id, u.DisplayName, items.Where(i => i.UnitId == u.Id).Select(i => new RuleProblemDto(i.Id, i.Title)).ToList())).ToList());
    }

    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, RuleFilter filter, CancellationToken cancellationToken = default)
    {
        var register = await ListAsync(actor, campaignId, filter, cancellationToken);
        var index = 0;
        static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        var columns = new List<XlsxColumn<RuleRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("单位", r => r.UnitName, 20),
            new("制度名称", r => r.Title, 30),
            new("新建/修订", r => r.KindText, 10),
            new("状态", r => r.StatusText, 10),
            new("起草日期", r => Day(r.DraftedOn), 12),
            new("印发日期", r => Day(r.IssuedOn), 12),
            new("文号", r => r.DocumentNumber ?? string.Empty, 18),
            new("施行日期", r => Day(r.InForceOn), 12),
            new("针对的问题", r => r.ProblemsText, 40),
            new("主要内容", r => r.Summary ?? string.Empty, 40),
            new("督导意见", r => string.Join("\n", r.Comments.Select(c => $"{c.ByRole}{c.ByName}：{c.Text}")), 40),
        };
        return new XlsxWriter().AddSheet("建章立制", register.Rows, columns, $"{register.CampaignTitle}建章立制情况登记表").ToBytes();
    }

    public async Task<int> RegisterAsync(Actor actor, int campaignId, RegisterRuleInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        if (!await db.Set<CampaignUnit>().AnyAsync(u => u.CampaignId == campaignId && u.UnitId == input.UnitId, cancellationToken))
        {
            throw new NotFoundException("找不到该活动的参与单位");
        }

        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var rule = RuleRecord.Register(campaignId, input.UnitId, input.Title, input.Kind, input.Summary, input.DraftedOn, actor, tree, clock);
        var ids = (input.ProblemIds ?? []).Distinct().ToList();
        var items = await db.Set<RectificationItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        if (items.Count != ids.Count)
        {
            throw new DomainException("所选整改事项不存在");
        }

        foreach (var item in items)
        {
            rule.Answer(item, actor, tree, clock);
        }

        db.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        return rule.Id;
    }

    public Task IssueAsync(Actor actor, int ruleId, RuleStepInput input, CancellationToken cancellationToken = default) =>
        EditAsync(actor, ruleId, RuleAction.Issue, input.Version, (_, rule, tree) =>
        {
            rule.Issue(input.On, input.DocumentNumber, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task PutInForceAsync(Actor actor, int ruleId, RuleStepInput input, CancellationToken cancellationToken = default) =>
        EditAsync(actor, ruleId, RuleAction.PutInForce, input.Version, (_, rule, tree) =>
        {
            rule.PutInForce(input.On, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task LinkProblemAsync(Actor actor, int ruleId, int rectificationItemId, CancellationToken cancellationToken = default) =>
        EditAsync(actor, ruleId, RuleAction.LinkProblem, null, async (db, rule, tree) =>
        {
            var item = await db.Set<RectificationItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == rectificationItemId, cancellationToken)
                ?? throw new NotFoundException("找不到该整改事项");
            rule.Answer(item, actor, tree, clock);
        }, cancellationToken);

    /// <summary>提出意见 on a rule: the unit's supervision group, or the unit answering it.</summary>
    public Task CommentAsync(Actor actor, int ruleId, CommentInput input, CancellationToken cancellationToken = default) =>
        EditAsync(actor, ruleId, RuleAction.Comment, null, (_, rule, tree) =>
        {
            rule.Comment(input.Text, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task EditAsync(Actor actor, int ruleId, RuleAction action, int? version, Func<CampaignHubDbContext, RuleRecord, UnitTree, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var rule = await db.Set<RuleRecord>().Include(r => r.Problems).FirstOrDefaultAsync(r => r.Id == ruleId, cancellationToken)
            ?? throw new NotFoundException("找不到该制度");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        if (rule.WhyCannot(action, actor, tree) is { Refusal: RefusalKind.NotPermitted } refusal)
        {
            refusal.Ensure();
        }

        if (version is { } expected)
        {
            rule.EnsureVersion(expected, () => null);
        }

        await change(db, rule, tree);
        await db.SaveChangesAsync(cancellationToken);
    }
}
