using CampaignHub.Components.Shared;
using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Features.RectificationPlans.Components;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.RectificationPlans;

/// <summary>
/// The units' 整改方案, 个人整改措施 and 问题清单 and the rectification items they answer through. The domain decides
/// every write; the change feed hears of it through the aggregates' events.
/// </summary>
public sealed class RectificationPlanService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    private static readonly PlanAction[] DetailActions = [PlanAction.Revise, PlanAction.AddItem, PlanAction.Link, PlanAction.Unlink, PlanAction.Comment];

    public async Task<PlanListDto> ListAsync(Actor actor, int campaignId, PlanFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaignTitle = await CampaignTitleAsync(db, campaignId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var people = await db.Set<Person>().AsNoTracking().ToListAsync(cancellationToken);
        var participating = await db.Set<CampaignUnit>().AsNoTracking().Where(u => u.CampaignId == campaignId).Select(u => u.UnitId).ToListAsync(cancellationToken);

        var query = db.Set<RectificationPlan>().AsNoTracking().Include(p => p.Links).Include(p => p.Comments).AsSplitQuery().Where(p => p.CampaignId == campaignId);
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(p => p.UnitId == unitId);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        var plans = (await query.ToListAsync(cancellationToken)).Where(p => RectificationPlan.CanRead(actor, p.UnitId, tree)).ToList();
        var itemIds = plans.SelectMany(p => p.Links.Select(l => l.RectificationItemId)).ToList();
        var finished = (await db.Set<RectificationItem>().AsNoTracking().Where(i => itemIds.Contains(i.Id)).Select(i => new { i.Id, i.Status }).ToListAsync(cancellationToken))
            .Where(i => i.Status.IsFinished()).Select(i => i.Id).ToHashSet();
        var names = people.ToDictionary(p => p.Id, p => p.Name);
        var rows = plans
            .OrderBy(p => units[p.UnitId].DisplayOrder).ThenBy(p => p.UnitId).ThenBy(p => p.Kind == RectificationPlanKind.PersonalMeasures).ThenBy(p => p.Id)
            .Select(p => new PlanRowDto(
                p.Id, p.UnitId, units[p.UnitId].DisplayName, p.Kind, p.Kind.ToChinese(), p.PersonId is { } id ? names.GetValueOrDefault(id) : null,
                p.Title, p.Problems, p.FiledOn, p.Links.Count, p.Links.Count(l => finished.Contains(l.RectificationItemId)), p.Comments.Count))
            .ToList();

        var filing = participating
            .Where(id => RectificationPlan.WhyCannot(PlanAction.File, actor, tree, id).IsAllowed && units.ContainsKey(id))
            .Select(id => units[id])
            .OrderBy(u => u.DisplayOrder).ThenBy(u => u.Id)
            .Select(u => new PlanUnitOption(u.Id, u.DisplayName, RectificationPlanRules.KindsFor(u.Kind),
                people.Where(p => p.UnitId == u.Id && p.Role.IsLeader() && p.IsActiveOn(clock.Today)).Select(p => new PlanMemberOption(p.Id, p.Name)).ToList()))
            .ToList();
        return new PlanListDto(campaignId, campaignTitle, rows, filing);
    }

    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, PlanFilter filter, CancellationToken cancellationToken = default)
    {
        var list = await ListAsync(actor, campaignId, filter, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<PlanRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("单位", r => r.UnitName, 20),
            new("类别", r => r.KindText, 14),
            new("班子成员", r => r.PersonName ?? string.Empty, 10),
            new("标题", r => r.Title, 30),
            new("针对的问题", r => r.Problems, 40),
            new("制定日期", r => r.FiledOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 12),
            new("整改事项数", r => r.ItemCount, 10),
            new("已完成", r => r.FinishedCount, 10),
            new("督导意见数", r => r.CommentCount, 10),
        };
        return new XlsxWriter().AddSheet("整改方案", list.Rows, columns, $"{list.CampaignTitle}整改方案和个人整改措施").ToBytes();
    }

    public async Task<PlanDetailDto> GetAsync(Actor actor, int planId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await db.Set<RectificationPlan>().AsNoTracking().Include(p => p.Links).Include(p => p.Comments).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw new NotFoundException("找不到该整改方案");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        RectificationPlan.EnsureCanRead(actor, plan.UnitId, tree);
        var unit = await db.Set<Unit>().AsNoTracking().FirstAsync(u => u.Id == plan.UnitId, cancellationToken);
        var personName = plan.PersonId is { } personId ? await db.Set<Person>().Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var linkIds = plan.Links.Select(l => l.RectificationItemId).ToList();
        var items = await db.Set<RectificationItem>().AsNoTracking().Where(i => linkIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var linkedAnywhere = db.Set<PlanItemLink>().Select(l => l.RectificationItemId);
        var linkable = await db.Set<RectificationItem>().AsNoTracking()
            .Where(i => i.CampaignId == plan.CampaignId && i.UnitId == plan.UnitId && !linkedAnywhere.Contains(i.Id))
            .OrderBy(i => i.Id).Select(i => new PickOption(i.Id, i.Title)).ToListAsync(cancellationToken);
        var today = clock.Today;
        return new PlanDetailDto(
            plan.Id, plan.Version, plan.CampaignId, plan.UnitId, unit.DisplayName, plan.Kind, plan.Kind.ToChinese(), personName, plan.Title, plan.Summary, plan.Problems, plan.FiledOn,
            plan.Links.Where(l => items.ContainsKey(l.RectificationItemId)).Select(l => items[l.RectificationItemId]).Select(i => new PlanItemDto(
                i.Id, i.Title, i.Status, i.Status.ToChinese(), i.ProgressPercent, i.ResponsiblePerson, i.Deadline, i.DaysOverdue(today), i.MissingFourHavesText,
                plan.Links.First(l => l.RectificationItemId == i.Id).CreatedFromPlan)).ToList(),
            plan.Comments.Select(c => new CommentView(c.Text, c.ByName, c.ByRole, c.At)).ToList(),
            linkable,
            DetailActions.ToDictionary(a => a, a => plan.WhyCannot(a, actor, tree)));
    }

    /// <summary>The plan or measures a rectification item came from, for those who may read the item's unit.</summary>
    public async Task<PlanOriginDto?> OriginOfItemAsync(Actor actor, int rectificationItemId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var link = await db.Set<PlanItemLink>().AsNoTracking().Where(l => l.RectificationItemId == rectificationItemId)
            .Select(l => new { l.RectificationPlanId, l.CreatedFromPlan }).FirstOrDefaultAsync(cancellationToken);
        var origin = link is null ? null : await db.Set<RectificationPlan>().AsNoTracking().Where(p => p.Id == link.RectificationPlanId)
            .Select(p => new { p.Id, p.UnitId, p.Kind, p.Title, p.PersonId, link.CreatedFromPlan }).FirstOrDefaultAsync(cancellationToken);
        if (origin is null || !RectificationPlan.CanRead(actor, origin.UnitId, await db.LoadUnitTreeAsync(cancellationToken)))
        {
            return null;
        }

        var personName = origin.PersonId is { } personId ? await db.Set<Person>().Where(p => p.Id == personId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) : null;
        return new PlanOriginDto(origin.Id, origin.Kind.ToChinese(), origin.Title, personName, origin.CreatedFromPlan);
    }

    public async Task<int> FileAsync(Actor actor, int campaignId, FilePlanInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        if (!await db.Set<CampaignUnit>().AnyAsync(u => u.CampaignId == campaignId && u.UnitId == input.UnitId, cancellationToken))
        {
            throw new NotFoundException("找不到该活动的参与单位");
        }

        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        RectificationPlan.WhyCannot(PlanAction.File, actor, tree, input.UnitId).Ensure();
        if (!Enum.IsDefined(input.Kind))
        {
            throw new DomainException("请选择整改方案类别");
        }

        var unitKind = await db.Set<Unit>().Where(u => u.Id == input.UnitId).Select(u => u.Kind).FirstAsync(cancellationToken);
        PlanMember? member = null;
        if (input.Kind == RectificationPlanKind.PersonalMeasures)
        {
            var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.PersonId, cancellationToken);
            member = person is null ? null : new PlanMember(person.Id, person.UnitId, person.Name, person.Role, person.IsActiveOn(clock.Today));
        }

        // The domain checks the words and the kind first, so a form's mistakes are told before any clash with what is stored.
        var plan = RectificationPlan.File(campaignId, input.UnitId, unitKind, input.Kind, member, new PlanText(input.Title, input.Summary, input.Problems), actor, tree, clock);
        var existing = await db.Set<RectificationPlan>().Where(p => p.CampaignId == campaignId && p.UnitId == input.UnitId).Select(p => new { p.Kind, p.PersonId }).ToListAsync(cancellationToken);
        if (input.Kind.IsTheUnits() && existing.Any(p => p.Kind.IsTheUnits()))
        {
            throw new DomainException("本单位已制定整改方案或问题清单，请在原方案上修改");
        }

        if (input.Kind == RectificationPlanKind.PersonalMeasures && existing.Any(p => p.PersonId == input.PersonId))
        {
            throw new DomainException("该班子成员已制定个人整改措施");
        }

        db.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan.Id;
    }

    public Task ReviseAsync(Actor actor, int planId, RevisePlanInput input, CancellationToken cancellationToken = default) =>
        EditAsync(actor, planId, PlanAction.Revise, input.Version, async (_, plan, tree) =>
        {
            plan.Revise(new PlanText(input.Title, input.Summary, input.Problems), actor, tree, clock);
            await Task.CompletedTask;
        }, cancellationToken);

    /// <summary>从方案新增整改事项: the item and its link are saved together.</summary>
    public async Task<int> CreateItemAsync(Actor actor, int planId, NewPlanItem input, CancellationToken cancellationToken = default)
    {
        RectificationItem? item = null;
        await EditAsync(actor, planId, PlanAction.AddItem, null, (db, plan, tree) =>
        {
            item = plan.CreateItem(input, actor, tree, clock);
            db.Add(item);
            return Task.CompletedTask;
        }, cancellationToken);
        return item!.Id;
    }

    public Task LinkAsync(Actor actor, int planId, int rectificationItemId, CancellationToken cancellationToken = default) =>
        EditAsync(actor, planId, PlanAction.Link, null, async (db, plan, tree) =>
        {
            var item = await db.Set<RectificationItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == rectificationItemId, cancellationToken)
                ?? throw new NotFoundException("找不到该整改事项");
            var elsewhere = await db.Set<PlanItemLink>().AnyAsync(l => l.RectificationItemId == rectificationItemId && l.RectificationPlanId != planId, cancellationToken);
            plan.Link(item, elsewhere, actor, tree, clock);
        }, cancellationToken);

    public Task UnlinkAsync(Actor actor, int planId, int rectificationItemId, CancellationToken cancellationToken = default) =>
        EditAsync(actor, planId, PlanAction.Unlink, null, (_, plan, tree) =>
        {
            plan.Unlink(rectificationItemId, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task CommentAsync(Actor actor, int planId, CommentInput input, CancellationToken cancellationToken = default) =>
        EditAsync(actor, planId, PlanAction.Comment, null, (_, plan, tree) =>
        {
            plan.Comment(input.Text ?? string.Empty, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task EditAsync(Actor actor, int planId, PlanAction action, int? version, Func<CampaignHubDbContext, RectificationPlan, UnitTree, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var plan = await db.Set<RectificationPlan>().Include(p => p.Links).Include(p => p.Comments).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw new NotFoundException("找不到该整改方案");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);

        // Someone whose business the plan is not learns nothing of its state or version.
        plan.WhyCannot(action, actor, tree).Ensure();
        if (version is { } expected)
        {
            plan.EnsureVersion(expected, () => null);
        }

        await change(db, plan, tree);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<string> CampaignTitleAsync(CampaignHubDbContext db, int campaignId, CancellationToken cancellationToken) =>
        await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Title).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("找不到该活动");
}
