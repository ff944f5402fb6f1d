using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// Paper questionnaires imported from .xlsx or .csv: a preview with errors by row, then a confirmation that saves
/// every sheet or none. Sheets already imported (same batch and sheet number) or repeated in the file are refused.
/// The import itself is recorded as an audited <see cref="PaperImport"/>.
/// </summary>
public sealed class PaperImportService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, LowSatisfactionMonitor monitor)
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    public async Task<PaperImportPreview> PreviewAsync(Actor actor, int surveyId, byte[] file, string fileName, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var (preview, _, _) = await ParseAsync(db, actor, surveyId, file, fileName, cancellationToken);
        return preview;
    }

    /// <summary>Re-reads and re-checks the file; saves all sheets in one transaction only if every row is valid.</summary>
    public async Task<PaperImportDto> ConfirmAsync(Actor actor, int surveyId, byte[] file, string fileName, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var (preview, survey, responses) = await ParseAsync(db, actor, surveyId, file, fileName, cancellationToken);
        if (!preview.IsValid || survey is null)
        {
            throw new DomainException($"文件有{Math.Max(preview.ErrorCount, 1)}处错误，未导入任何问卷，请修改后重新上传");
        }

        var record = PaperImport.Record(survey, fileName, responses, actor, clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddRange(responses);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await monitor.FlagLowUnitsAsync(db, survey, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new PaperImportDto(record.Id, record.FileName, record.SheetCount, record.BatchIds, actor.DisplayName, record.ImportedAt);
    }

    /// <summary>A template with the survey's questions as columns and one example row.</summary>
    public async Task<byte[]> TemplateAsync(int surveyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var survey = await SurveyAdminService.LoadAsync(db, surveyId, cancellationToken);
        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        var example = new[] { 0 };
        var columns = new List<XlsxColumn<int>>
        {
            new(PaperSheetReader.BatchHeader, _ => "A01", 14),
            new(PaperSheetReader.SheetHeader, _ => "1", 10),
            new(PaperSheetReader.UnitHeader, _ => names.GetValueOrDefault(survey.TargetUnitIds.FirstOrDefault(), string.Empty), 22),
            new(PaperSheetReader.GroupHeader, _ => survey.RespondentGroups.FirstOrDefault()?.Name, 16),
        };
        columns.AddRange(survey.Questions.Select(q => new XlsxColumn<int>(q.Text, _ => Answer.Satisfied.ToChinese(), 14)));
        return new XlsxWriter().AddSheet("纸质问卷", example, columns, $"{survey.Title} · 纸质问卷录入表（答案填：满意 / 基本满意 / 不满意 / 不了解，不了解可留空）").ToBytes();
    }

    private async Task<(PaperImportPreview Preview, SatisfactionSurvey? Survey, List<SurveyResponse> Responses)> ParseAsync(
        CampaignHubDbContext db, Actor actor, int surveyId, byte[] file, string fileName, CancellationToken cancellationToken)
    {
        SurveyRules.WhyCannotManage(actor).Ensure();

        if (file.Length == 0 || file.Length > MaxFileBytes)
        {
            throw new DomainException("文件为空或超过5MB");
        }

        var survey = await SurveyAdminService.LoadAsync(db, surveyId, cancellationToken);
        var questions = survey.Questions;
        var questionTexts = questions.Select(q => q.Text).ToList();
        XlsxSheet sheet;
        using (var stream = new MemoryStream(file))
        {
            sheet = PaperSheetReader.Read(stream, fileName);
        }

        var fileErrors = new List<string>();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var header in PaperSheetReader.FixedHeaders.Concat(questionTexts))
        {
            var index = sheet.Headers.ToList().IndexOf(header);
            if (index < 0)
            {
                fileErrors.Add($"缺少列“{header}”");
            }
            else
            {
                column[header] = index;
            }
        }

        if (survey.WhyCannotNow(SurveyAction.ImportPaper) is { IsAllowed: false, Reason: { } refused })
        {
            fileErrors.Add(refused);
        }

        if (sheet.Rows.Count == 0)
        {
            fileErrors.Add("文件中没有问卷数据");
        }

        if (fileErrors.Count > 0)
        {
            return (new PaperImportPreview(fileName, questionTexts, [], fileErrors), null, []);
        }

        var units = await db.Set<Unit>().AsNoTracking().Where(u => survey.TargetUnitIds.Contains(u.Id)).ToListAsync(cancellationToken);
        var unitByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            unitByName.TryAdd(unit.Name, unit.Id);
            if (unit.ShortName is { } shortName)
            {
                unitByName.TryAdd(shortName, unit.Id);
            }
        }

        var groupByName = survey.RespondentGroups.ToDictionary(g => g.Name, g => g.Number, StringComparer.Ordinal);
        var answerByText = AnswerNames.Scale.ToDictionary(a => a.ToChinese(), a => a, StringComparer.Ordinal);
        var rows = new List<PaperRowResult>();
        var responses = new List<SurveyResponse>();
        var keys = new List<PaperDuplicates.SheetKey>();
        foreach (var row in sheet.Rows)
        {
            var errors = new List<string>();
            string Cell(string header) => row[column[header]].Trim();
            var batch = Cell(PaperSheetReader.BatchHeader);
            var number = Cell(PaperSheetReader.SheetHeader);
            var unitName = Cell(PaperSheetReader.UnitHeader);
            var groupName = Cell(PaperSheetReader.GroupHeader);
            if (!unitByName.TryGetValue(unitName, out var unitId))
            {
                errors.Add(string.IsNullOrEmpty(unitName) ? "被测评单位为空" : $"“{unitName}”不是本测评的测评对象");
            }

            if (!groupByName.TryGetValue(groupName, out var groupNumber))
            {
                errors.Add(string.IsNullOrEmpty(groupName) ? "参评群体为空" : $"参评群体“{groupName}”不存在");
            }

            var answers = new Dictionary<int, Answer?>();
            var answerTexts = new List<string>();
            foreach (var question in questions)
            {
                var text = Cell(question.Text);
                answerTexts.Add(text);
                if (text.Length == 0)
                {
                    answers[question.Number] = null;
                }
                else if (answerByText.TryGetValue(text, out var answer))
                {
                    answers[question.Number] = answer;
                }
                else
                {
                    errors.Add($"“{question.Text}”的答案“{text}”无效（应为满意、基本满意、不满意或不了解）");
                }
            }

            if (errors.Count == 0)
            {
                try
                {
                    responses.Add(SurveyResponse.ImportPaper(survey, unitId, groupNumber, batch, number, answers, actor, clock));
                }
                catch (DomainException ex)
                {
                    errors.Add(ex.Message);
                }
            }

            keys.Add(new PaperDuplicates.SheetKey(batch, number));
            rows.Add(new PaperRowResult(row.RowNumber, batch, number, unitName, groupName, answerTexts, errors));
        }

        var imported = await db.Set<SurveyResponse>().AsNoTracking()
            .Where(r => r.SurveyId == surveyId && r.PaperBatchId != null)
            .Select(r => new { r.PaperBatchId, r.PaperSheetNumber })
            .ToListAsync(cancellationToken);
        var existing = imported.Select(k => new PaperDuplicates.SheetKey(k.PaperBatchId!, k.PaperSheetNumber ?? string.Empty));
        foreach (var (index, message) in PaperDuplicates.Find(existing, keys))
        {
            rows[index] = rows[index] with { Errors = [.. rows[index].Errors, message] };
        }

        return (new PaperImportPreview(fileName, questionTexts, rows, []), survey, responses);
    }
}
