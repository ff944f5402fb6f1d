using CampaignHub.Components.Shared;
using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.EducationPeriods;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.EducationPeriods;

/// <summary>Each unit's concentrated education period, judged against the three-month minimum by the domain.</summary>
public sealed class EducationPeriodService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<EducationPeriodListDto> ListAsync(Actor actor, int campaignId, bool shortOnly = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaignTitle = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Title).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var participating = await db.Set<CampaignUnit>().AsNoTracking().Where(u => u.CampaignId == campaignId).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().Where(u => participating.Contains(u.Id)).ToListAsync(cancellationToken);
        var periods = await db.Set<EducationPeriod>().AsNoTracking().Where(p => p.CampaignId == campaignId).ToDictionaryAsync(p => p.UnitId, cancellationToken);
        var rows = units
            .Where(u => EducationPeriod.CanRead(actor, u.Id, tree))
            .OrderBy(u => u.DisplayOrder).ThenBy(u => u.Id)
            .Select(u =>
            {
                var period = periods.GetValueOrDefault(u.Id);
                return new EducationPeriodRowDto(
                    u.Id, u.DisplayName, u.Kind.ToChinese(), period?.Version, period?.PlannedStart, period?.PlannedEnd, period?.ActualStart, period?.ActualEnd, period?.Note,
                    period?.ShortOfMinimum()?.Text, EducationPeriod.WhyCannotKeep(actor, u.Id, tree),
                    period?.Comments.Select(c => new CommentView(c.Text, c.ByName, c.ByRole, c.At)).ToList() ?? [],
                    period is null ? ActionAnswer.NotApplicable("该单位尚未登记集中教育时间") : RecordComment.WhyCannotWrite(actor, u.Id, tree));
            })
            .Where(r => !shortOnly || r.Shortfall is not null)
            .ToList();
        return new EducationPeriodListDto(campaignId, campaignTitle, rows);
    }

    /// <summary>The units of the campaign whose period falls short, as the domain judges them (for the 工作台).</summary>
    public async Task<IReadOnlyList<ShortEducationPeriod>> ShortPeriodsAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var list = await ListAsync(actor, campaignId, shortOnly: true, cancellationToken);
        return list.Rows.Select(r => new ShortEducationPeriod(r.UnitId, r.UnitName, r.Shortfall!)).ToList();
    }

    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var list = await ListAsync(actor, campaignId, cancellationToken: cancellationToken);
        var index = 0;
        static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        var columns = new List<XlsxColumn<EducationPeriodRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("单位", r => r.UnitName, 20),
            new("单位类别", r => r.UnitKind, 16),
            new("计划开始", r => Day(r.PlannedStart), 12),
            new("计划结束", r => Day(r.PlannedEnd), 12),
            new("实际开始", r => Day(r.ActualStart), 12),
            new("实际结束", r => Day(r.ActualEnd), 12),
            new("是否不少于3个月", r => r.Verdict, 40),
            new("说明", r => r.Note ?? string.Empty, 30),
            new("督导意见", r => string.Join("\n", r.Comments.Select(c => $"{c.ByRole}{c.ByName}：{c.Text}")), 40),
        };
        return new XlsxWriter().AddSheet("集中教育时间", list.Rows, columns, $"{list.CampaignTitle}各单位集中教育时间").ToBytes();
    }

    /// <summary>提出意见 on a unit's period: its supervision group, or the unit answering it.</summary>
    public async Task CommentAsync(Actor actor, int campaignId, int unitId, CommentInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var period = await db.Set<EducationPeriod>().FirstOrDefaultAsync(p => p.CampaignId == campaignId && p.UnitId == unitId, cancellationToken)
            ?? throw new NotFoundException("该单位尚未登记集中教育时间");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        period.Comment(input.Text, actor, tree, clock);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Plans the unit's period, or changes it and records the actual dates (against the version the editor read).</summary>
    public async Task RecordAsync(Actor actor, int campaignId, int unitId, EducationPeriodInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        if (!await db.Set<CampaignUnit>().AnyAsync(u => u.CampaignId == campaignId && u.UnitId == unitId, cancellationToken))
        {
            throw new NotFoundException("找不到该活动的参与单位");
        }

        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        EducationPeriod.WhyCannotKeep(actor, unitId, tree).Ensure();
        var period = await db.Set<EducationPeriod>().FirstOrDefaultAsync(p => p.CampaignId == campaignId && p.UnitId == unitId, cancellationToken);
        if (period is null)
        {
            period = EducationPeriod.Plan(campaignId, unitId, input.PlannedStart, input.PlannedEnd, input.Note, actor, tree, clock);
            if (input.ActualStart is not null || input.ActualEnd is not null)
            {
                period.Record(input.PlannedStart, input.PlannedEnd, input.ActualStart, input.ActualEnd, input.Note, actor, tree, clock);
            }

            db.Add(period);
        }
        else
        {
            period.EnsureVersion(input.Version ?? -1, () => null);
            period.Record(input.PlannedStart, input.PlannedEnd, input.ActualStart, input.ActualEnd, input.Note, actor, tree, clock);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
