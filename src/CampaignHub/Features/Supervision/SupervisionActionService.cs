using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Features.Units;
using CampaignHub.Identity;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Supervision;

/// <summary>
/// Typed supervision actions (审阅方案材料, 抽查, 列席会议, 回头看) and their findings. Members of a group record actions
/// on the units it supervises and close or return findings; the unit's coordinators (and those of units above it)
/// answer findings; the office and leaders read everything, a supervisor reads their groups' units, a coordinator their
/// tree. Every write is checked by <see cref="SupervisionAction"/> against the acting person.
/// </summary>
public sealed class SupervisionActionService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    /// <summary>
    /// The dashboard: a supervisor's groups' work (their units), or every group's for the office and leaders, with the
    /// workload per unit and type and the findings still open.
    /// </summary>
    public async Task<SupervisionWorkDto> WorkAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        EnsureOverseer(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().Include("_units").FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("找不到该活动");
        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var scope = GroupScope(actor);
        var actions = await ActionsAsync(db, actor, tree, names, a => a.CampaignId == campaignId && (scope == null || scope.Contains(a.UnitId)), cancellationToken);
        var workload = actions.GroupBy(a => a.UnitId)
            .Select(g => new WorkloadRowDto(
                g.Key, g.First().UnitName,
                g.Count(a => a.Type == SupervisionActionType.ReviewMaterials), g.Count(a => a.Type == SupervisionActionType.SpotCheck),
                g.Count(a => a.Type == SupervisionActionType.AttendMeeting), g.Count(a => a.Type == SupervisionActionType.LookBack),
                g.Sum(a => a.OpenFindings)))
            .OrderByDescending(r => r.OpenFindings).ThenBy(r => r.UnitId).ToList();
        var recordable = campaign.Units.Where(u => SupervisionActionRules.WhoRecords(actor, u.UnitId).IsAllowed)
            .Select(u => new UnitOptionDto(u.UnitId, names.GetValueOrDefault(u.UnitId, "?"))).OrderBy(u => u.Id).ToList();
        return new SupervisionWorkDto(
            campaignId, campaign.Title, clock.Today, scope is null ? "全部督导组" : "本督导组督导的单位",
            actions, OpenFindingsOf(actions), workload, recordable, SupervisionActionRules.WhoRecordsAny(actor));
    }

    /// <summary>The open findings a coordinator must answer: those of every unit in their tree (the 工作台 and their list).</summary>
    public async Task<IReadOnlyList<FindingDto>> MyOpenFindingsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        List<SupervisionActionDto> actions;
        switch (OrderAccess.ScopeOf(actor, tree))
        {
            case null:
                actions = await ActionsAsync(db, actor, tree, names, a => db.Set<SupervisionFinding>().Any(f => f.SupervisionActionId == a.Id && f.Status != FindingStatus.Closed), cancellationToken);
                break;
            case { Count: > 0 } scope:
                var units = scope.ToList();
                actions = await ActionsAsync(db, actor, tree, names, a => units.Contains(a.UnitId) && db.Set<SupervisionFinding>().Any(f => f.SupervisionActionId == a.Id && f.Status != FindingStatus.Closed), cancellationToken);
                break;
            default:
                throw new AccessDeniedException("您无权查看督导发现问题");
        }

        return OpenFindingsOf(actions);
    }

    /// <summary>
    /// The 工作台's findings: the open findings a coordinator answers for their tree; nothing for those who answer none
    /// (supervisors and the office follow findings on the supervision page).
    /// </summary>
    public async Task<IReadOnlyList<FindingDto>> WorkbenchFindingsAsync(Actor actor, CancellationToken cancellationToken = default) =>
        SupervisionActionRules.AnswersFindings(actor) ? await MyOpenFindingsAsync(actor, cancellationToken) : [];

    /// <summary>One action, for whoever reads the unit's supervision (a coordinator within their tree).</summary>
    public async Task<SupervisionActionDto> GetAsync(Actor actor, int actionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unitId = await db.Set<SupervisionAction>().Where(a => a.Id == actionId).Select(a => (int?)a.UnitId).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("找不到该督导活动");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        EnsureCanRead(actor, unitId, tree);
        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        return (await ActionsAsync(db, actor, tree, names, a => a.Id == actionId, cancellationToken)).Single();
    }

    /// <summary>
    /// One unit's actions in the campaign, newest first, for its supervision history; null when the viewer may not read
    /// them (a supervisor of another group, a coordinator outside the unit's tree).
    /// </summary>
    public async Task<IReadOnlyList<SupervisionActionDto>?> ForUnitAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        if (!CanRead(actor, unitId, tree))
        {
            return null;
        }

        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        return await ActionsAsync(db, actor, tree, names, a => a.CampaignId == campaignId && a.UnitId == unitId, cancellationToken);
    }

    /// <summary>A group member records an action on a unit of the campaign their group supervises.</summary>
    public async Task<int> RecordAsync(Actor actor, int campaignId, SupervisionActionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().Include("_units").FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("找不到该活动");
        var unitId = input.UnitId ?? throw new DomainException("请选择被督导单位");
        SupervisionActionRules.WhoRecords(actor, unitId).Ensure();
        if (!campaign.Includes(unitId))
        {
            throw new DomainException("该单位未参加本活动");
        }

        var type = input.Type ?? throw new DomainException("请选择督导方式");
        var date = input.Date ?? throw new DomainException("请选择督导日期");
        var action = SupervisionAction.Record(campaignId, campaign.Period, unitId, await GroupOfAsync(db, actor, unitId, cancellationToken), type, date, input.Examined, input.Summary, input.Findings ?? [], actor, clock);
        db.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return action.Id;
    }

    public Task AddFindingAsync(Actor actor, int actionId, int expectedVersion, string? problem, CancellationToken cancellationToken = default) =>
        EditAsync(actor, actionId, expectedVersion, (action, _) => action.WhyCannot(SupervisionActionStep.AddFinding, actor), (action, _) => action.AddFinding(problem ?? string.Empty, actor, clock), cancellationToken);

    /// <summary>整改反馈 on a finding by the unit's coordinator (or one above it).</summary>
    public Task RespondAsync(Actor actor, int actionId, int findingNumber, int expectedVersion, string? response, CancellationToken cancellationToken = default) =>
        EditFindingAsync(actor, actionId, FindingAction.Respond, expectedVersion, (action, tree) => action.RespondToFinding(findingNumber, response ?? string.Empty, actor, tree, clock), cancellationToken);

    public Task CloseFindingAsync(Actor actor, int actionId, int findingNumber, int expectedVersion, string? note, CancellationToken cancellationToken = default) =>
        EditFindingAsync(actor, actionId, FindingAction.Close, expectedVersion, (action, tree) => action.CloseFinding(findingNumber, note, actor, tree, clock), cancellationToken);

    public Task ReturnFindingAsync(Actor actor, int actionId, int findingNumber, int expectedVersion, string? reason, CancellationToken cancellationToken = default) =>
        EditFindingAsync(actor, actionId, FindingAction.Return, expectedVersion, (action, tree) => action.ReturnFinding(findingNumber, reason ?? string.Empty, actor, tree, clock), cancellationToken);

    public Task ConcludeLookBackAsync(Actor actor, int actionId, int expectedVersion, CancellationToken cancellationToken = default) =>
        EditAsync(actor, actionId, expectedVersion, (action, _) => SupervisionActionRules.WhoRecords(actor, action.UnitId), (action, _) => action.ConcludeLookBack(actor, clock), cancellationToken);

    /// <summary>The dashboard's actions as .xlsx: exactly the rows the viewer sees.</summary>
    public async Task<byte[]> ExportActionsAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var work = await WorkAsync(actor, campaignId, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<SupervisionActionDto>>
        {
            new("序号", _ => ++index, 6),
            new("督导日期", a => a.Date, 12),
            new("被督导单位", a => a.UnitName, 18),
            new("督导方式", a => a.TypeName, 12),
            new("督导内容", a => a.Examined, 36),
            new("督导意见", a => a.Summary, 30),
            new("发现问题", a => a.Findings.Count, 8),
            new("未办结问题", a => a.OpenFindings, 10),
            new("状态", a => a.StatusText, 18),
            new("督导组", a => a.GroupName, 16),
            new("记录人", a => a.RecordedByName, 10),
        };
        return new XlsxWriter().AddSheet("督导活动", work.Actions, columns, $"{work.CampaignTitle}督导活动台账（{work.Scope}，{clock.Today:yyyy-MM-dd}导出）").ToBytes();
    }

    /// <summary>Every finding the viewer's dashboard covers (open and closed) as .xlsx.</summary>
    public async Task<byte[]> ExportFindingsAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var work = await WorkAsync(actor, campaignId, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<FindingDto>>
        {
            new("序号", _ => ++index, 6),
            new("被督导单位", f => f.UnitName, 18),
            new("督导方式", f => f.ActionTypeName, 12),
            new("督导日期", f => f.ActionDate, 12),
            new("发现问题", f => f.Problem, 40),
            new("状态", f => f.StatusText, 10),
            new("整改情况", f => f.Response, 40),
            new("退回原因", f => f.ReturnReason, 24),
            new("办结意见", f => f.CloseNote, 24),
            new("办结人", f => f.ClosedByName, 10),
        };
        var findings = work.Actions.SelectMany(a => a.Findings).OrderBy(f => f.Status == FindingStatus.Closed).ThenBy(f => f.ActionDate).ToList();
        return new XlsxWriter().AddSheet("督导发现问题", findings, columns, $"{work.CampaignTitle}督导发现问题整改跟踪表（{work.Scope}，{clock.Today:yyyy-MM-dd}导出）").ToBytes();
    }

    /// <summary>Supervisors (their groups' units), the office and leaders (everything) read the dashboard.</summary>
    private static void EnsureOverseer(Actor actor)
    {
        if (!actor.IsSupervisor && !actor.IsOffice && !actor.IsIn(Roles.Leader))
        {
            throw new AccessDeniedException("只有督导组、活动办和领导可以查看督导活动");
        }
    }

    /// <summary>A supervisor's dashboard covers their groups' units; null (everything) for the office and leaders.</summary>
    private static IReadOnlySet<int>? GroupScope(Actor actor) =>
        actor.IsOffice || actor.IsIn(Roles.Leader) ? null : actor.SupervisedUnitIds ?? new HashSet<int>();

    private static bool CanRead(Actor actor, int unitId, UnitTree tree) =>
        actor.IsOffice || actor.IsIn(Roles.Leader) || actor.Supervises(unitId) || OrderAccess.CanAnswerFor(actor, unitId, tree);

    private static void EnsureCanRead(Actor actor, int unitId, UnitTree tree)
    {
        if (!CanRead(actor, unitId, tree))
        {
            throw new AccessDeniedException(ReadRefusal);
        }
    }

    public const string ReadRefusal = "您只能查看本督导组或本单位及下属单位的督导活动";

    /// <summary>The group of the recording member that supervises the unit (the first, by id, if several do).</summary>
    private static async Task<int?> GroupOfAsync(CampaignHubDbContext db, Actor actor, int unitId, CancellationToken cancellationToken)
    {
        var userId = await db.Set<AppUser>().Where(u => u.UserName == actor.UserName).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        return await db.Set<SupervisionGroup>().AsNoTracking()
            .Where(g => g.Members.Any(m => m.UserId == userId) && g.Units.Any(u => u.UnitId == unitId))
            .OrderBy(g => g.Id).Select(g => (int?)g.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private Task EditFindingAsync(Actor actor, int actionId, FindingAction step, int expectedVersion, Action<SupervisionAction, UnitTree> change, CancellationToken cancellationToken) =>
        EditAsync(actor, actionId, expectedVersion, (action, tree) => SupervisionActionRules.RightsProblem(step, new FindingFacts(action.UnitId, FindingStatus.Open), actor, tree), change, cancellationToken);

    /// <param name="rights">Checked before the version, so a stranger learns nothing from a conflict.</param>
    private async Task EditAsync(Actor actor, int actionId, int expectedVersion, Func<SupervisionAction, UnitTree, ActionAnswer> rights, Action<SupervisionAction, UnitTree> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var action = await db.Set<SupervisionAction>().Include("_findings").FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken) ?? throw new NotFoundException("找不到该督导活动");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var answer = rights(action, tree);
        if (answer.Refusal == RefusalKind.NotPermitted)
        {
            answer.Ensure();
        }

        if (action.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(ConcurrencyConflictException.DefaultMessage, null);
        }

        change(action, tree);
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
    }

    private static List<FindingDto> OpenFindingsOf(IEnumerable<SupervisionActionDto> actions) =>
        actions.SelectMany(a => a.Findings).Where(f => f.Status != FindingStatus.Closed)
            .OrderBy(f => f.Status).ThenBy(f => f.ActionDate).ThenBy(f => f.Number).ToList();

    private static async Task<List<SupervisionActionDto>> ActionsAsync(CampaignHubDbContext db, Actor actor, UnitTree tree, Dictionary<int, string> names, System.Linq.Expressions.Expression<Func<SupervisionAction, bool>> where, CancellationToken cancellationToken)
    {
        var actions = await db.Set<SupervisionAction>().AsNoTracking().Include("_findings").Where(where).ToListAsync(cancellationToken);
        var groupIds = actions.Where(a => a.SupervisionGroupId != null).Select(a => a.SupervisionGroupId!.Value).Distinct().ToList();
        var groups = await db.Set<SupervisionGroup>().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        return actions.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).Select(a =>
        {
            var unitName = names.GetValueOrDefault(a.UnitId, "?");
            var findings = a.Findings.Select(f => new FindingDto(
                a.Id, a.Version, f.Number, a.UnitId, unitName, a.Type, a.Date, a.Examined, f.Problem, f.Status, f.StatusText,
                f.Response, f.RespondedByName, f.RespondedAt, f.ReturnReason, f.CloseNote, f.ClosedByName, f.ClosedAt)
            {
                Answers = Enum.GetValues<FindingAction>().ToDictionary(x => x, x => a.WhyCannot(x, f.Number, actor, tree)),
            }).ToList();
            return new SupervisionActionDto(
                a.Id, a.Version, a.CampaignId, a.UnitId, unitName, a.SupervisionGroupId is { } g ? groups.GetValueOrDefault(g) : null, a.Type, a.Date,
                a.Examined, a.Summary, a.RecordedByName, a.IsClosed, a.StatusText, a.OpenFindings, findings,
                a.WhyCannot(SupervisionActionStep.AddFinding, actor), a.WhyCannot(SupervisionActionStep.ConcludeLookBack, actor));
        }).ToList();
    }
}
