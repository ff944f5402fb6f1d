using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Campaigns;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Plans;

/// <summary>
/// Work items to and from .xlsx with Chinese headers. The import reads the export's layout (the unit,
/// status and progress columns are informational) and saves nothing unless every row is valid.
/// </summary>
public sealed class WorkItemExcelService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public const string UnitHeader = "单位";
    public const string TitleHeader = "事项名称";
    public const string KindHeader = "类型";
    public const string PhaseHeader = "环节";
    public const string MilestoneHeader = "时间节点";
    public const string DateHeader = "计划日期";
    public const string LeaderHeader = "责任领导";
    public const string ThemeHeader = "下基层主题";
    public const string StatusHeader = "状态";
    public const string ProgressHeader = "进度(%)";
    public const string NotesHeader = "备注";

    private sealed record Row(string Unit, WorkItemDto Item, string Phase, string Milestone, string Leader);

    /// <summary>
    /// One unit's items, or every enrolled unit's the actor may read when <paramref name="unitId"/> is null — the same
    /// scope as the work-item pages (<see cref="UnitAccess.CanReadWorkOf"/>): a coordinator gets their own tree only.
    /// </summary>
    public async Task<(byte[] Content, string FileName)> ExportAsync(Actor actor, int campaignId, int? unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        if (unitId is { } requested)
        {
            UnitAccess.EnsureCanReadWorkOf(actor, requested, tree);
        }

        var campaign = await db.Set<Campaign>().AsNoTracking().Include("_phases").Include("_milestones").Include("_units").AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("找不到该活动");
        var unitIds = campaign.Units.Select(u => u.UnitId).Where(id => UnitAccess.CanReadWorkOf(actor, id, tree)).ToList();
        if (unitId is { } only)
        {
            await PlanQueries.CampaignUnitAsync(db, campaignId, only, cancellationToken);
            unitIds = [only];
        }

        var units = await db.Set<Unit>().AsNoTracking().Include(u => u.People).Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var people = units.Values.SelectMany(u => u.People).ToDictionary(p => p.Id, p => p.Name);
        var items = await db.Set<WorkItem>().AsNoTracking().Include("_evidence").Where(i => i.CampaignId == campaignId && unitIds.Contains(i.UnitId)).ToListAsync(cancellationToken);
        var order = CampaignService.TreeOrder(tree, unitIds);
        var phases = campaign.Phases.ToDictionary(p => p.Id, p => p.Name);
        var milestones = campaign.Milestones.ToDictionary(m => m.Id, m => m.Title);
        var today = clock.Today;
        var names = await UserNames.LoadAsync(db, cancellationToken);
        var rows = items
            .OrderBy(i => order.GetValueOrDefault(i.UnitId, int.MaxValue)).ThenBy(i => i.PlannedDate).ThenBy(i => i.Id)
            .Select(i => new Row(
                units[i.UnitId].Name,
                PlanQueries.ToDto(i, null, today, names),
                i.PhaseId is { } p ? phases.GetValueOrDefault(p, string.Empty) : string.Empty,
                i.MilestoneId is { } m ? milestones.GetValueOrDefault(m, string.Empty) : string.Empty,
                i.ResponsiblePersonId is { } r ? people.GetValueOrDefault(r, string.Empty) : string.Empty))
            .ToList();

        XlsxColumn<Row>[] columns =
        [
            new(UnitHeader, r => r.Unit, 22),
            new(TitleHeader, r => r.Item.Title, 36),
            new(KindHeader, r => r.Item.Kind.ToChinese(), 18),
            new(PhaseHeader, r => r.Phase, 20),
            new(MilestoneHeader, r => r.Milestone, 22),
            new(DateHeader, r => r.Item.PlannedDate, 12),
            new(LeaderHeader, r => r.Leader, 10),
            new(ThemeHeader, r => r.Item.VisitTheme?.ToChinese(), 10),
            new(StatusHeader, r => r.Item.Status.ToChinese(), 10),
            new(ProgressHeader, r => r.Item.Status == WorkItemStatus.Done ? 100 : r.Item.ProgressPercent, 8),
            new(NotesHeader, r => r.Item.Notes, 30),
        ];
        var name = unitId is { } u ? units[u].Name : "全部单位";
        var bytes = new XlsxWriter().AddSheet("工作事项", rows, columns, $"{campaign.Title} · {name}工作事项（{today:yyyy-MM-dd}导出）").ToBytes();
        return (bytes, $"工作事项-{name}-{today:yyyyMMdd}.xlsx");
    }

    /// <summary>Reads the file and checks every row; saves nothing.</summary>
    public async Task<ImportPreview> PreviewAsync(Actor actor, int campaignId, int unitId, byte[] content, CancellationToken cancellationToken = default, string? fileName = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        UnitAccess.EnsureCanEdit(actor, unitId, tree);
        return await ParseAsync(db, campaignId, unitId, content, fileName, cancellationToken);
    }

    /// <summary>Adds every row of the file as a new planned item, in one transaction, or nothing when any row is invalid.</summary>
    public async Task<int> ImportAsync(Actor actor, int campaignId, int unitId, byte[] content, CancellationToken cancellationToken = default, string? fileName = null)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        UnitAccess.EnsureCanEdit(actor, unitId, tree);
        var preview = await ParseAsync(db, campaignId, unitId, content, fileName, cancellationToken);
        if (preview.Rows.Count == 0 && preview.Errors.Count == 0)
        {
            throw new DomainException("文件中没有工作事项");
        }

        if (!preview.IsValid)
        {
            var first = preview.Errors[0];
            throw new DomainException($"文件有{preview.Errors.Count}处错误，未导入任何事项（第{first.Row}行“{first.Column}”：{first.Message}）");
        }

        db.AddRange(WorkItem.Import(campaignId, unitId, preview.Rows.Select(r => r.Details).ToList(), actor, tree, clock));
        await db.SaveChangesAsync(cancellationToken);
        return preview.Rows.Count;
    }

    private async Task<ImportPreview> ParseAsync(CampaignHubDbContext db, int campaignId, int unitId, byte[] content, string? fileName, CancellationToken cancellationToken)
    {
        var reference = await PlanQueries.CampaignUnitAsync(db, campaignId, unitId, cancellationToken);
        var lookups = await PlanQueries.LookupsAsync(db, campaignId, unitId, clock.Today, cancellationToken);
        using var stream = new MemoryStream(content, writable: false);
        var sheet = XlsxReader.Read(stream, TitleHeader, fileName);
        var errors = new List<ImportError>();
        var headerRow = sheet.Rows.Count > 0 ? sheet.Rows[0].RowNumber - 1 : 1;
        foreach (var required in new[] { TitleHeader, KindHeader, DateHeader })
        {
            if (!sheet.Headers.Contains(required))
            {
                errors.Add(new ImportError(headerRow, required, $"缺少“{required}”列，请使用导出的模板格式"));
            }
        }

        if (errors.Count > 0)
        {
            return new ImportPreview([], errors);
        }

        var rows = new List<ImportRow>();
        foreach (var row in sheet.Rows)
        {
            var cell = (string header) => sheet.Headers.ToList().IndexOf(header) is var i and >= 0 ? row[i].Trim() : string.Empty;
            var rowErrors = new List<ImportError>();
            void Error(string column, string message) => rowErrors.Add(new ImportError(row.RowNumber, column, message));

            var unitName = cell(UnitHeader);
            if (unitName.Length > 0 && unitName != reference.UnitName)
            {
                Error(UnitHeader, $"该行属于“{unitName}”，不是“{reference.UnitName}”");
            }

            var kind = WorkItemNames.KindFromChinese(cell(KindHeader));
            if (kind is null)
            {
                Error(KindHeader, $"类型应为：{string.Join("、", WorkItemNames.AllKinds.Select(k => k.ToChinese()))}");
            }

            var date = default(DateOnly);
            if (cell(DateHeader).Length == 0)
            {
                Error(DateHeader, "请填写计划日期");
            }
            else if (!XlsxReader.TryParseDate(cell(DateHeader), out date))
            {
                Error(DateHeader, $"无法识别日期“{cell(DateHeader)}”，请写成2014-04-15");
            }

            var phaseId = Match(cell(PhaseHeader), lookups.Phases.Select(p => (p.Id, p.Name)), PhaseHeader, "环节", Error);
            var milestoneId = Match(cell(MilestoneHeader), lookups.Milestones.Select(m => (m.Id, m.Title)), MilestoneHeader, "时间节点", Error);
            var leaderId = Match(cell(LeaderHeader), lookups.Leaders.Select(l => (l.Id, l.Name)), LeaderHeader, "本单位在任领导", Error);
            GrassrootsVisitTheme? theme = null;
            if (cell(ThemeHeader).Length > 0)
            {
                theme = WorkItemNames.ThemeFromChinese(cell(ThemeHeader));
                if (theme is null)
                {
                    Error(ThemeHeader, "下基层主题只能是“找问题”或“问成效”");
                }
            }

            var details = new WorkItemDetails(cell(TitleHeader), kind ?? WorkItemKind.Other, date, phaseId, milestoneId, leaderId, theme, NullIfEmpty(cell(NotesHeader)));
            var known = rowErrors.Select(e => e.Column).ToHashSet();
            foreach (var fieldError in WorkItemRules.Validate(details, lookups))
            {
                var column = ColumnOf(fieldError.Field);
                if (!known.Contains(column) && !(fieldError.Field == nameof(WorkItemDetails.PlannedDate) && known.Contains(DateHeader)))
                {
                    Error(column, fieldError.Message);
                }
            }

            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0)
            {
                rows.Add(new ImportRow(row.RowNumber, details));
            }
        }

        return new ImportPreview(rows, errors);
    }

    private static int? Match(string text, IEnumerable<(int Id, string Name)> options, string column, string what, Action<string, string> error)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var list = options.ToList();
        var match = list.Where(o => o.Name == text).ToList();
        if (match.Count == 1)
        {
            return match[0].Id;
        }

        error(column, $"“{text}”不是{what}，可选：{string.Join("、", list.Select(o => o.Name))}");
        return null;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string ColumnOf(string field) => field switch
    {
        nameof(WorkItemDetails.Title) => TitleHeader,
        nameof(WorkItemDetails.Kind) => KindHeader,
        nameof(WorkItemDetails.PlannedDate) => DateHeader,
        nameof(WorkItemDetails.PhaseId) => PhaseHeader,
        nameof(WorkItemDetails.MilestoneId) => MilestoneHeader,
        nameof(WorkItemDetails.ResponsiblePersonId) => LeaderHeader,
        nameof(WorkItemDetails.VisitTheme) => ThemeHeader,
        nameof(WorkItemDetails.Notes) => NotesHeader,
        _ => field,
    };
}
