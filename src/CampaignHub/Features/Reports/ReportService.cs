using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Features.Units;
using CampaignHub.Features.Wall;
using CampaignHub.Infrastructure.Excel;

namespace CampaignHub.Features.Reports;

/// <summary>The leading group's progress report: the wall's figures, the milestones and the 简报 issued up to the report's day.</summary>
public sealed record CampaignReportDto(WallSnapshot Snapshot, CampaignOverviewDto Overview, IReadOnlyList<Briefings.BriefingLinkDto> Briefings);

public sealed record UnitReportDto(WallSnapshot Snapshot, UnitDetailDto Unit, WallUnitRow? Row, IReadOnlyList<int> Scope)
{
    public IEnumerable<WallOverdueItem> Overdue => Snapshot.Overdue.Where(o => o.UnitId == Unit.Id);

    public IEnumerable<WallDueItem> DueSoon => Snapshot.DueSoon.Where(d => d.UnitId == Unit.Id);

    public IEnumerable<WallAlert> Alerts => Snapshot.Alerts.Where(a => a.UnitId == Unit.Id);

    public IEnumerable<WallFlag> Flags => Snapshot.Flags.Where(f => f.UnitId == Unit.Id);

    public IEnumerable<WallOrder> Orders => Snapshot.Orders.Where(o => o.UnitId == Unit.Id);
}

/// <summary>
/// The printable campaign and unit reports and the campaign workbook, compiled from the same live
/// aggregates as the wall (rates sealed for units exactly as on the wall).
/// </summary>
public sealed class ReportService(WallCache wall, SatisfactionWallVisibility sealedRates, CampaignService campaigns, UnitService units, Briefings.BriefingService briefings)
{
    public async Task<CampaignReportDto> GetCampaignReportAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(actor, campaignId, cancellationToken);
        return new(snapshot, await campaigns.GetOverviewAsync(campaignId, cancellationToken), await briefings.IssuedAsync(campaignId, snapshot.Today, cancellationToken));
    }

    public async Task<UnitReportDto> GetUnitReportAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(actor, campaignId, cancellationToken);
        var unit = await units.GetAsync(actor, unitId, cancellationToken);
        return new UnitReportDto(snapshot, unit, snapshot.Units.FirstOrDefault(u => u.UnitId == unitId), [unitId, .. unit.Children.Select(c => c.Id)]);
    }

    /// <summary>The campaign report as a workbook: per-unit progress, overdue items, milestones.</summary>
    public async Task<(byte[] Content, string FileName)> ExportCampaignAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var report = await GetCampaignReportAsync(actor, campaignId, cancellationToken);
        var s = report.Snapshot;
        var title = $"{s.Campaign.Title}（{s.Campaign.DocumentNumber}）进展情况 · 截至{s.Today:yyyy年M月d日}";
        var workbook = new XlsxWriter()
            .AddSheet("各单位进展", s.Units,
            [
                new("单位", u => u.Name, 22),
                new("整改事项完成", u => u.Problems.Done),
                new("整改事项总数", u => u.Problems.Total),
                new("承诺事项办结", u => u.Commitments.Done),
                new("承诺事项总数", u => u.Commitments.Total),
                new("工作事项完成", u => u.WorkItems.Done),
                new("工作事项总数", u => u.WorkItems.Total),
                new("群众满意率", u => u.Rate is null ? "—" : u.Rate.Rate is { } r ? Domain.Satisfaction.SatisfactionRate.FormatPercent(r) : Domain.Satisfaction.SatisfactionRate.SampleInsufficientText),
                new("作风转变满意度", u => u.Rate?.TwoDisplay(Domain.Satisfaction.QuestionKind.ConductChange) ?? "—"),
                new("问题解决满意度", u => u.Rate?.TwoDisplay(Domain.Satisfaction.QuestionKind.ProblemSolving) ?? "—"),
                new("满意率说明", u => u.Rate?.Label ?? "", 30),
                new("有效问卷", u => u.Rate?.Respondents ?? 0),
                new("逾期事项（全部类别）", u => u.OverdueCount),
                new("督导标记", u => u.Flagged ? "是" : "否"),
            ], title)
            .AddSheet("逾期事项", s.Overdue,
            [
                new("单位", o => s.UnitName(o.UnitId), 22),
                new("类别", o => o.Kind, 12),
                new("事项", o => o.Title, 50),
                new("逾期天数", o => o.DaysOverdue),
            ], title)
            .AddSheet("时间节点", report.Overview.Units,
            [
                new XlsxColumn<UnitMilestoneRowDto>("单位", u => u.UnitName, 22),
                .. report.Overview.Milestones.Select((m, i) => new XlsxColumn<UnitMilestoneRowDto>(
                    $"{m.Title}（{m.DueDate:M月d日}前）",
                    u => !u.Cells[i].IsOwed ? MilestoneState.NotRequired.ToChinese() : u.Cells[i].MetOn is { } met ? $"{met:yyyy-MM-dd} 完成" : u.Cells[i].DaysOverdue > 0 ? $"逾期{u.Cells[i].DaysOverdue}天" : "未到期",
                    24)),
            ], title)
            .AddSheet("印发的简报", report.Briefings,
            [
                new("期号", b => b.NumberText, 10),
                new("标题", b => b.Title, 40),
                new("类别", b => b.VisibilityText, 8),
                new("印发日期", b => b.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 12),
                new("刊登稿件（篇）", b => b.Articles),
            ], title);
        return (workbook.ToBytes(), $"活动进展报告-{s.Today:yyyyMMdd}.xlsx");
    }

    private async Task<WallSnapshot> SnapshotAsync(Actor actor, int campaignId, CancellationToken cancellationToken) =>
        await sealedRates.ForViewerAsync(await wall.GetAsync(campaignId, cancellationToken), actor, cancellationToken);
}
