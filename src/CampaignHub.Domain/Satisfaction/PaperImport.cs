using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Satisfaction;

/// <summary>
/// One confirmed import of paper questionnaires: which file, how many sheets, which batches, by whom and when.
/// It is the audited record of the import (the answers themselves are anonymous and carry no audit rows).
/// </summary>
public sealed class PaperImport : AggregateRoot
{
    private PaperImport()
    {
        FileName = string.Empty;
        BatchIds = string.Empty;
        ImportedBy = string.Empty;
    }

    private PaperImport(int surveyId, string fileName, int sheetCount, string batchIds, string importedBy, DateTimeOffset importedAt)
    {
        SurveyId = surveyId;
        FileName = fileName;
        SheetCount = sheetCount;
        BatchIds = batchIds;
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public int SurveyId { get; private set; }

    public string FileName { get; private set; }

    public int SheetCount { get; private set; }

    /// <summary>The distinct paper batch ids in the file, comma-separated.</summary>
    public string BatchIds { get; private set; }

    public string ImportedBy { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public static PaperImport Record(SatisfactionSurvey survey, string fileName, IReadOnlyCollection<SurveyResponse> sheets, Actor actor, IClock clock)
    {
        survey.WhyCannot(SurveyAction.ImportPaper, actor).Ensure();

        if (sheets.Count == 0)
        {
            throw new DomainException("文件中没有问卷");
        }

        if (sheets.Any(s => s.SurveyId != survey.Id || s.Source != ResponseSource.PaperImport))
        {
            throw new DomainException("导入的问卷与测评不符");
        }

        var batches = string.Join(",", sheets.Select(s => s.PaperBatchId).Distinct().Order(StringComparer.Ordinal));
        var name = Guard.Required(Path.GetFileName(fileName), "文件名", 200);
        var record = new PaperImport(survey.Id, name, sheets.Count, batches.Length > 1000 ? batches[..1000] : batches, actor.UserName, clock.UtcNow);

        // The sheets are anonymous and record nothing themselves; the import is the one fact about them.
        record.Raise(new PaperQuestionnairesImported(survey, sheets.Count));
        return record;
    }
}
