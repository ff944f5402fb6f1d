using System.Globalization;
using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.EvidenceArchive;
using CampaignHub.Domain.Linkage;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Domain.RuleRegister;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.EvidenceArchive;

/// <summary>
/// 实物资料档案: reads every activity, item and meeting of a unit in a campaign from the features that keep them, asks the
/// domain which lack their material (<see cref="EvidenceCoverage"/>) and lists, exports and packs them. Reads only.
/// </summary>
public sealed class EvidenceArchiveService(IDbContextFactory<CampaignHubDbContext> dbFactory)
{
    /// <summary>The units the actor may open, each with its counts (every participating unit for those who oversee them).</summary>
    public async Task<ArchiveOverviewDto> OverviewAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await CampaignAsync(db, campaignId, cancellationToken);
        var fixedUnit = EvidenceArchiveAccess.FixedUnitOf(actor);
        var participating = campaign.Units.Select(u => u.UnitId).Where(id => EvidenceArchiveAccess.WhyCannotRead(actor, id).IsAllowed).ToHashSet();
        var units = await db.Set<Unit>().AsNoTracking().Where(u => participating.Contains(u.Id)).OrderBy(u => u.DisplayOrder).ThenBy(u => u.Id).ToListAsync(cancellationToken);
        var records = await LoadAsync(db, campaign, participating, cancellationToken);
        var rows = units.Select(unit =>
        {
            var coverage = EvidenceCoverage.Assess(records.Where(r => r.UnitId == unit.Id).Select(r => r.Record));
            return new ArchiveUnitDto(unit.Id, unit.DisplayName, coverage.Records.Count, coverage.CoveredCount, coverage.MissingCount);
        }).ToList();
        return new ArchiveOverviewDto(campaign.Id, campaign.Title, fixedUnit, rows);
    }

    public async Task<UnitArchiveDto> UnitAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken = default) =>
        ToDto(await AssessAsync(actor, campaignId, unitId, cancellationToken));

    /// <summary>The list as .xlsx: every record, then the 缺少实物资料 sheet.</summary>
    public async Task<(byte[] Content, string FileName)> ExportAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        var archive = await AssessAsync(actor, campaignId, unitId, cancellationToken);
        var uploadedNames = archive.Coverage.Records.ToDictionary(r => r.Record, r => (IReadOnlyList<string>)r.Record.Files.Select(f => f.FileName).ToList());
        return (Index(archive, uploadedNames, []), $"{archive.UnitName}实物资料清单.xlsx");
    }

    /// <summary>
    /// Everything the download needs, checked and loaded before the first byte is sent (so a refusal is a clean 403/404):
    /// the assessed records and the plan of the .zip.
    /// </summary>
    public async Task<UnitArchive> PrepareDownloadAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken = default) =>
        await AssessAsync(actor, campaignId, unitId, cancellationToken);

    internal async Task<UnitArchive> AssessAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await CampaignAsync(db, campaignId, cancellationToken);
        var unit = await db.Set<Unit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null || campaign.Units.All(u => u.UnitId != unitId))
        {
            throw new NotFoundException("找不到该活动的参与单位");
        }

        EvidenceArchiveAccess.WhyCannotRead(actor, unitId).Ensure();
        var records = await LoadAsync(db, campaign, new HashSet<int> { unitId }, cancellationToken);
        return new UnitArchive(campaign.Id, campaign.Title, unit.Id, unit.DisplayName, EvidenceCoverage.Assess(records.Select(r => r.Record)));
    }

    /// <summary>The index workbook put in the archive (and, with the uploaded names, the list's export).</summary>
    internal static byte[] Index(UnitArchive archive, IReadOnlyDictionary<ArchiveRecord, IReadOnlyList<string>> filesByRecord, IReadOnlyList<(ArchiveRecord Record, ArchiveFile File, string Why)> notPacked)
    {
        var index = 0;
        var missingIndex = 0;
        var columns = new List<XlsxColumn<AssessedRecord>>
        {
            new("序号", _ => ++index, 6),
            new("类别", r => r.Record.Kind.ToChinese(), 14),
            new("名称", r => r.Record.Title, 36),
            new("日期", r => Day(r.Record.Date), 12),
            new("状态", r => r.Record.StatusText, 16),
            new("责任人", r => r.Record.Responsible ?? string.Empty, 12),
            new("实物资料情况", r => r.Standing.ToChinese(), 18),
            new("实物资料文件", r => string.Join("\n", filesByRecord.TryGetValue(r.Record, out var files) ? files : []), 40),
            new("书面记录", r => r.Record.WrittenRecord ?? string.Empty, 40),
            new("备注", r => r.Record.Note ?? string.Empty, 30),
        };
        var missingColumns = new List<XlsxColumn<AssessedRecord>>
        {
            new("序号", _ => ++missingIndex, 6),
            new("类别", r => r.Record.Kind.ToChinese(), 14),
            new("名称", r => r.Record.Title, 36),
            new("日期", r => Day(r.Record.Date), 12),
            new("状态", r => r.Record.StatusText, 16),
            new("责任人", r => r.Record.Responsible ?? string.Empty, 12),
            new("备注", r => r.Record.Note ?? string.Empty, 30),
        };
        var title = $"{archive.UnitName}实物资料档案（{archive.CampaignTitle}）";
        var writer = new XlsxWriter()
            .AddSheet("档案清单", archive.Coverage.Records, columns, title)
            .AddSheet("缺少实物资料", archive.Coverage.Records.Where(r => r.Standing == EvidenceStanding.Missing), missingColumns, $"{archive.UnitName}缺少实物资料的事项（{archive.Coverage.MissingCount}项）");
        if (notPacked.Count > 0)
        {
            var n = 0;
            writer.AddSheet("未打包的文件", notPacked, new List<XlsxColumn<(ArchiveRecord Record, ArchiveFile File, string Why)>>
            {
                new("序号", _ => ++n, 6),
                new("类别", f => f.Record.Kind.ToChinese(), 14),
                new("名称", f => f.Record.Title, 36),
                new("文件名", f => f.File.FileName, 30),
                new("大小（KB）", f => Math.Ceiling(f.File.SizeBytes / 1024m), 12),
                new("原因", f => f.Why, 40),
            }, "未放入压缩包的文件");
        }

        return writer.ToBytes();
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static UnitArchiveDto ToDto(UnitArchive archive)
    {
        var coverage = archive.Coverage;
        return new UnitArchiveDto(
            archive.CampaignId, archive.CampaignTitle, archive.UnitId, archive.UnitName,
            coverage.Kinds.Select(k => new ArchiveKindDto(k.Kind, k.Kind.ToChinese(), k.Kind.TakesFiles(), k.Records, k.Due, k.Covered, k.Missing, k.WrittenRecords, k.NotYetDue)).ToList(),
            coverage.Records.Select(r => new ArchiveRowDto(
                r.Record.Kind, r.Record.Kind.ToChinese(), r.Record.Id, r.Record.Title, r.Record.Date, r.Record.StatusText, r.Record.Responsible,
                r.Standing, r.Standing.ToChinese(), r.Record.Files.Select(f => new ArchiveFileDto(f.FileName, f.SizeBytes)).ToList(), r.Record.WrittenRecord, r.Record.Note)).ToList(),
            coverage.MissingCount, coverage.CoveredCount, coverage.FileCount, coverage.Records.Sum(r => r.Record.Files.Sum(f => f.SizeBytes)));
    }

    private static async Task<Campaign> CampaignAsync(CampaignHubDbContext db, int campaignId, CancellationToken cancellationToken) =>
        await db.Set<Campaign>().AsNoTracking().Include("_units").FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            ?? throw new NotFoundException("找不到该活动");

    /// <summary>
    /// Every record of the units in the campaign, one query per kind. Contact duties are not filed per campaign: those
    /// that overlap the campaign's dates belong to its archive.
    /// </summary>
    private static async Task<IReadOnlyList<(int UnitId, ArchiveRecord Record)>> LoadAsync(CampaignHubDbContext db, Campaign campaign, IReadOnlySet<int> unitIds, CancellationToken cancellationToken)
    {
        var ids = unitIds.ToList();
        var campaignId = campaign.Id;
        var people = await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.UnitId)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        string? Name(int personId) => people.TryGetValue(personId, out var name) ? name : null;
        var records = new List<(int, ArchiveRecord)>();

        records.AddRange((await db.Set<WorkItem>().AsNoTracking().Include("_evidence").Where(i => i.CampaignId == campaignId && ids.Contains(i.UnitId)).ToListAsync(cancellationToken))
            .Select(i => (i.UnitId, ArchiveRecords.From(i, Name))));
        records.AddRange((await db.Set<ContactActivity>().AsNoTracking().Include("_evidence")
                .Where(a => ids.Contains(a.UnitId) && a.EndDate >= campaign.StartDate && a.StartDate <= campaign.EndDate).ToListAsync(cancellationToken))
            .Select(a => (a.UnitId, ArchiveRecords.From(a, Name))));
        records.AddRange((await db.Set<RectificationItem>().AsNoTracking().Include("_evidence").Where(i => i.CampaignId == campaignId && ids.Contains(i.UnitId)).ToListAsync(cancellationToken))
            .Select(i => (i.UnitId, ArchiveRecords.From(i))));
        records.AddRange((await db.Set<RectificationOrder>().AsNoTracking().Include("_feedback._evidence").Where(o => o.CampaignId == campaignId && ids.Contains(o.UnitId)).ToListAsync(cancellationToken))
            .Select(o => (o.UnitId, ArchiveRecords.From(o))));
        records.AddRange((await db.Set<Commitment>().AsNoTracking().Where(c => c.CampaignId == campaignId && ids.Contains(c.ResponsibleUnitId) && c.Status != CommitmentStatus.Cancelled).ToListAsync(cancellationToken))
            .Select(c => (c.ResponsibleUnitId, ArchiveRecords.From(c))));
        records.AddRange((await db.Set<UpperDepartmentVisit>().AsNoTracking().Include(v => v.FirstBatchItems).Include(v => v.ReportedProblems).AsSplitQuery()
                .Where(v => v.CampaignId == campaignId && ids.Contains(v.UnitId)).ToListAsync(cancellationToken))
            .Select(v => (v.UnitId, ArchiveRecords.From(v))));
        records.AddRange((await db.Set<GrassrootsVisit>().AsNoTracking().Include(v => v.Claims).Where(v => v.CampaignId == campaignId && ids.Contains(v.UnitId)).ToListAsync(cancellationToken))
            .Select(v => (v.UnitId, ArchiveRecords.From(v))));
        records.AddRange((await db.Set<DemocraticLifeMeeting>().AsNoTracking().Include(m => m.Contributions).Include(m => m.Appraisals).AsSplitQuery()
                .Where(m => m.CampaignId == campaignId && ids.Contains(m.UnitId)).ToListAsync(cancellationToken))
            .Select(m => (m.UnitId, ArchiveRecords.From(m))));
        records.AddRange((await db.Set<HeartToHeartTalk>().AsNoTracking().Where(t => t.CampaignId == campaignId && ids.Contains(t.UnitId)).ToListAsync(cancellationToken))
            .Select(t => (t.UnitId, ArchiveRecords.From(t, Name))));
        records.AddRange((await db.Set<SelfExaminationMaterial>().AsNoTracking().Include(m => m.Versions).Where(m => m.CampaignId == campaignId && ids.Contains(m.UnitId)).ToListAsync(cancellationToken))
            .Select(m => (m.UnitId, ArchiveRecords.From(m, Name))));
        records.AddRange((await db.Set<DemocraticEvaluation>().AsNoTracking().Include(e => e.Ballots).Where(e => e.CampaignId == campaignId && ids.Contains(e.UnitId)).ToListAsync(cancellationToken))
            .Select(e => (e.UnitId, ArchiveRecords.From(e))));
        records.AddRange((await db.Set<RectificationPlan>().AsNoTracking().Include(p => p.Links).Where(p => p.CampaignId == campaignId && ids.Contains(p.UnitId)).ToListAsync(cancellationToken))
            .Select(p => (p.UnitId, ArchiveRecords.From(p, Name))));
        records.AddRange((await db.Set<RuleRecord>().AsNoTracking().Where(r => r.CampaignId == campaignId && ids.Contains(r.UnitId)).ToListAsync(cancellationToken))
            .Select(r => (r.UnitId, ArchiveRecords.From(r))));
        return records;
    }
}

/// <summary>One unit's assessed archive, as the download and the export read it.</summary>
public sealed record UnitArchive(int CampaignId, string CampaignTitle, int UnitId, string UnitName, EvidenceCoverage Coverage);
