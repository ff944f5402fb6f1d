using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.ContactDuties;

/// <summary>
/// Reads: expected versus actual per person, unit and year, worst first for the office, counts for
/// the wall, and the year-end report compiled from the records. The year defaults to today's China year.
/// </summary>
public sealed class ComplianceService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public int CurrentYear => clock.Today.Year;

    public async Task<PersonCardDto> GetPersonCardAsync(Actor actor, int personId, int? year = null, CancellationToken cancellationToken = default)
    {
        var y = CheckYear(year);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken)
            ?? throw new NotFoundException("找不到该人员");
        var inputs = await ComplianceInputs.LoadAsync(db, y, clock.Today, person.UnitId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var subject = inputs.Subjects.FirstOrDefault(s => s.PersonId == personId) ?? ComplianceSubject.ForPerson(person);
        var card = ComplianceEngine.Evaluate(subject, inputs.Rules, inputs.Spans, y, clock.Today);

        var activities = await ActivityQueries.ForPersonAsync(db, personId, y, cancellationToken);
        var recorders = await ActivityQueries.RecorderNamesAsync(db, activities.Select(a => a.RecordedBy), cancellationToken);
        var secondments = await db.Set<Secondment>().AsNoTracking().Where(s => s.PersonId == personId).OrderByDescending(s => s.StartDate).ToListAsync(cancellationToken);
        return new PersonCardDto(
            person.Id,
            person.Name,
            person.Title,
            person.UnitId,
            inputs.UnitName(person.UnitId),
            y,
            clock.Today,
            ComplianceInputs.QuotaRolesText(subject),
            card.WorstStatus,
            card.Score,
            card.Rules,
            activities.Select(a => ActivityQueries.ToDto(a, person.Name, recorders)).ToList(),
            secondments.Select(s => SecondmentService.ToDto(s, person.Name, inputs.UnitName(s.HomeUnitId), actor, tree, clock.Today)).ToList(),
            ContactAccess.CanRecord(actor, person.UnitId, tree));
    }

    public async Task<UnitComplianceDto> GetUnitAsync(Actor actor, int unitId, int? year = null, CancellationToken cancellationToken = default)
    {
        var y = CheckYear(year);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Unit>().AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            throw new NotFoundException("找不到该单位");
        }

        var inputs = await ComplianceInputs.LoadAsync(db, y, clock.Today, unitId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var table = ComplianceRollup.ForUnit(unitId, inputs.Subjects, inputs.Rules, inputs.Spans, y, clock.Today);
        var rows = table.Rows.OrderBy(r => inputs.People[r.Subject.PersonId].Role).ThenBy(r => r.Subject.PersonId).Select(inputs.Row).ToList();
        var rural = (await RuralService.SummaryAsync(db, y, clock.Today, unitId, cancellationToken)).Single();
        return new UnitComplianceDto(unitId, inputs.UnitName(unitId), y, clock.Today, table.DutyTypes, rows, table.WorstStatus, table.Score, ContactAccess.CanRecord(actor, unitId, tree), rural);
    }

    /// <summary>Every person under quota, worst compliance first, and the units likewise.</summary>
    public async Task<OfficeComplianceDto> GetOfficeAsync(int? year = null, CancellationToken cancellationToken = default)
    {
        var y = CheckYear(year);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var inputs = await ComplianceInputs.LoadAsync(db, y, clock.Today, null, cancellationToken);
        var people = ComplianceRollup.WorstFirst(inputs.Evaluate(inputs.Subjects)).Select(inputs.Row).ToList();
        var units = ComplianceRollup.WorstFirst(inputs.UnitTables()).Select(inputs.UnitRow).ToList();
        var (open, overdue, _) = await CaseCountsAsync(db, y, cancellationToken);
        var rural = await RuralService.SummaryAsync(db, y, clock.Today, null, cancellationToken);
        return new OfficeComplianceDto(y, clock.Today, people, units, open, overdue, rural);
    }

    /// <summary>The wall panel's numbers: people per colour, per unit (worst first), and reception cases.</summary>
    public async Task<ContactWallDto> GetWallSummaryAsync(int? year = null, CancellationToken cancellationToken = default)
    {
        var y = CheckYear(year);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var inputs = await ComplianceInputs.LoadAsync(db, y, clock.Today, null, cancellationToken);
        var units = ComplianceRollup.WorstFirst(inputs.UnitTables()).Select(inputs.UnitRow).ToList();
        var (open, overdue, settled) = await CaseCountsAsync(db, y, cancellationToken);
        return new ContactWallDto(y, clock.Today, units.Sum(u => u.PeopleGreen), units.Sum(u => u.PeopleYellow), units.Sum(u => u.PeopleRed), units, open, overdue, settled);
    }

    public async Task<YearEndReportDto> GetYearEndReportAsync(int unitId, int? year = null, CancellationToken cancellationToken = default)
    {
        var y = CheckYear(year);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Unit>().AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            throw new NotFoundException("找不到该单位");
        }

        var inputs = await ComplianceInputs.LoadAsync(db, y, clock.Today, unitId, cancellationToken);
        var asOf = clock.Today < ComplianceEngine.YearRange(y).End ? clock.Today : ComplianceEngine.YearRange(y).End;
        var table = ComplianceRollup.ForUnit(unitId, inputs.Subjects, inputs.Rules, inputs.Spans, y, clock.Today);
        var duties = table.Rows
            .OrderBy(r => inputs.People[r.Subject.PersonId].Role)
            .SelectMany(r => r.Rules.Select(rule => new ReportDutyRowDto(
                r.Subject.Name, rule.Role.ToChinese(), rule.DutyType.ToChinese(), rule.TargetText, rule.Expected, rule.Actual, rule.UnitText, rule.Status.ToChinese())))
            .ToList();

        var range = ComplianceEngine.YearRange(y);
        var activities = await db.Set<ContactActivity>().AsNoTracking().Include("_evidence")
            .Where(a => a.UnitId == unitId && a.StartDate >= range.Start && a.StartDate <= range.End)
            .OrderBy(a => a.StartDate).ToListAsync(cancellationToken);
        List<ReportActivityRowDto> Of(DutyType type) => activities.Where(a => a.DutyType == type)
            .Select(a => new ReportActivityRowDto(inputs.People.TryGetValue(a.PersonId, out var p) ? p.Name : "—", a.StartDate, a.EndDate, a.Place, a.Content, a.Outcome, a.Evidence.Count))
            .ToList();

        var cases = await db.Set<ReceptionCase>().AsNoTracking()
            .Where(c => c.ReceivingUnitId == unitId && c.ReceivedOn >= range.Start && c.ReceivedOn <= range.End)
            .Select(c => c.Status).ToListAsync(cancellationToken);
        var plans = (await ResearchService.PlansAsync(db, y, cancellationToken)).Where(p => p.UnitId == unitId).ToDictionary(p => p.PersonId);
        var research = table.Rows
            .OrderBy(r => inputs.People[r.Subject.PersonId].Role)
            .Select(r =>
            {
                var plan = plans.GetValueOrDefault(r.Subject.PersonId);
                var standing = ResearchPlanRule.Assess(plan, y, clock.Today);
                var titles = string.Join("；", plan?.Topics.Where(t => t.HasReport).Select(t => $"《{t.ReportTitle}》") ?? []);
                return new ReportResearchRowDto(r.Subject.Name, standing.Topics, standing.Reports, titles, standing.Text, standing.IsFlagged);
            })
            .ToList();
        var exchanges = await db.Set<ResearchExchange>().AsNoTracking()
            .Where(e => e.UnitId == unitId && e.HeldOn >= range.Start && e.HeldOn <= range.End).ToListAsync(cancellationToken);
        return new YearEndReportDto(unitId, inputs.UnitName(unitId), y, asOf, duties,
            Of(DutyType.ResearchReport), Of(DutyType.PracticalMatter), Of(DutyType.ContactPointVisit),
            activities.Count, cases.Count, cases.Count(s => s == ReceptionCaseStatus.Settled),
            research, ResearchExchangeRule.Assess(exchanges, y, clock.Today),
            (await RuralService.SummaryAsync(db, y, clock.Today, unitId, cancellationToken)).Single());
    }

    public async Task<(byte[] Content, string FileName)> ExportYearEndReportAsync(int unitId, int? year = null, CancellationToken cancellationToken = default)
    {
        var report = await GetYearEndReportAsync(unitId, year, cancellationToken);
        var title = $"{report.UnitName}{report.Year}年度联系群众制度落实情况（截至{report.AsOf:yyyy年M月d日}）";
        XlsxColumn<ReportActivityRowDto>[] activityColumns =
        [
            new("人员", r => r.PersonName, 12),
            new("开始日期", r => r.StartDate, 12),
            new("结束日期", r => r.EndDate, 12),
            new("地点", r => r.Place, 20),
            new("内容", r => r.Content, 50),
            new("成效", r => r.Outcome, 40),
            new("实物资料（份）", r => r.EvidenceCount, 14),
        ];
        var bytes = new XlsxWriter()
            .AddSheet("履职情况", report.Duties,
            [
                new("人员", r => r.PersonName, 12),
                new("身份", r => r.Role, 12),
                new("职责", r => r.Duty, 18),
                new("要求", r => r.Requirement, 36),
                new("应完成", r => r.Expected, 10),
                new("已完成", r => r.Actual, 10),
                new("单位", r => r.UnitText, 10),
                new("状态", r => r.Status, 12),
            ], title)
            .AddSheet("调研报告", report.ResearchReports, activityColumns, $"{report.UnitName}{report.Year}年调研报告")
            .AddSheet("为联系点办实事", report.PracticalMatters, activityColumns, $"{report.UnitName}{report.Year}年为联系点办实事")
            .AddSheet("联系点走访", report.ContactPointVisits, activityColumns, $"{report.UnitName}{report.Year}年深入联系点")
            .AddSheet("年度调研计划", report.Research,
            [
                new("人员", r => r.PersonName, 12),
                new("调研课题（个）", r => r.Topics, 14),
                new("调研报告（篇）", r => r.Reports, 14),
                new("报告标题", r => r.ReportTitles, 50),
                new("落实情况", r => r.Standing, 30),
            ], $"{report.UnitName}{report.Year}年度调研计划落实情况（调研成果讨论交流：{report.Exchange.Text}）")
            .AddSheet("三个一和三送", report.Rural.Points,
            [
                new("农村联系点", p => p.VillageName, 20),
                new("党建工作指导员（名）", p => p.Standing.Instructors, 12),
                new("党员活动室经费（元）", p => p.Standing.FundingYuan, 14),
                new("党员活动专用电脑（台）", p => p.Standing.Computers, 12),
                new("落实情况", p => p.Standing.Text, 50),
            ], $"{report.UnitName}{report.Year}年农村联系点“三个一”（“三送”：{report.Rural.Sends.Text}；结对共建{report.Rural.ActivePairings}个，共建活动{report.Rural.JointActivities}次）")
            .ToBytes();
        return (bytes, $"{report.UnitName}-{report.Year}年联系群众制度年度报告.xlsx");
    }

    private int CheckYear(int? year)
    {
        var y = year ?? CurrentYear;
        if (y < 2000 || y > CurrentYear + 1)
        {
            throw new DomainException($"年份必须在2000到{CurrentYear + 1}之间");
        }

        return y;
    }

    private async Task<(int Open, int Overdue, int Settled)> CaseCountsAsync(CampaignHubDbContext db, int year, CancellationToken cancellationToken)
    {
        var range = ComplianceEngine.YearRange(year);
        var cases = await db.Set<ReceptionCase>().AsNoTracking()
            .Where(c => c.ReceivedOn >= range.Start && c.ReceivedOn <= range.End)
            .Select(c => new { c.Status, c.Deadline }).ToListAsync(cancellationToken);
        return (
            cases.Count(c => c.Status != ReceptionCaseStatus.Settled),
            cases.Count(c => ReceptionCaseDeadline.IsOverdue(c.Status, c.Deadline, clock.Today)),
            cases.Count(c => c.Status == ReceptionCaseStatus.Settled));
    }
}
