using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Satisfaction;

/// <summary>
/// One completed questionnaire: the unit evaluated, the respondent group, when and how it came in, and one answer
/// per question. Anonymous by construction: no person, account, IP address or response code is stored, and the
/// online submission time is kept only to the minute so it cannot be matched to the moment a code was used.
/// </summary>
public sealed class SurveyResponse : AggregateRoot, IAnonymousRecord
{
    private readonly List<SurveyAnswer> _answers = [];

    private SurveyResponse()
    {
    }

    private SurveyResponse(int surveyId, int unitId, int respondentGroupNumber, DateTimeOffset submittedAt, ResponseSource source)
    {
        SurveyId = surveyId;
        UnitId = unitId;
        RespondentGroupNumber = respondentGroupNumber;
        SubmittedAt = submittedAt;
        Source = source;
    }

    public int SurveyId { get; private set; }

    public int UnitId { get; private set; }

    public int RespondentGroupNumber { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public ResponseSource Source { get; private set; }

    /// <summary>For paper imports: the batch (e.g. the evaluator's envelope number) the sheet came in.</summary>
    public string? PaperBatchId { get; private set; }

    /// <summary>For paper imports: the number printed on the sheet; with the batch it identifies a duplicate.</summary>
    public string? PaperSheetNumber { get; private set; }

    public IReadOnlyList<SurveyAnswer> Answers => _answers;

    public Answer AnswerTo(int questionNumber) =>
        _answers.FirstOrDefault(a => a.QuestionNumber == questionNumber)?.Answer ?? Answer.DontKnow;

    /// <summary>
    /// A respondent submits online with a one-time code. Everything is validated before the code is spent, so a
    /// refused answer leaves the code usable; a used code throws "该答题码已使用，不能重复作答".
    /// <paramref name="answers"/> maps question number to answer; a missing or null answer means 不了解.
    /// </summary>
    public static SurveyResponse SubmitOnline(
        SatisfactionSurvey survey,
        ResponseCode code,
        IReadOnlyDictionary<int, Answer?> answers,
        IClock clock)
    {
        if (code.SurveyId != survey.Id)
        {
            throw new DomainException("答题码与测评不符");
        }

        if (code.IsUsed)
        {
            throw new DomainException(ResponseCode.AlreadyUsedMessage);
        }

        var now = clock.UtcNow;
        survey.EnsureAcceptingResponses(now);
        var response = new SurveyResponse(survey.Id, code.UnitId, code.RespondentGroupNumber, TruncateToMinute(now), ResponseSource.Online);
        response.Fill(survey, answers);
        code.Use(clock);
        response.Raise(new SurveyAnswered(survey, response.UnitId));
        return response;
    }

    /// <summary>
    /// The office imports one paper questionnaire. Allowed while the survey is open and after it closes (sheets
    /// filled during the survey arrive later). Duplicates (same batch and sheet number) are found with
    /// <see cref="PaperDuplicates"/> before anything is saved.
    /// </summary>
    public static SurveyResponse ImportPaper(
        SatisfactionSurvey survey,
        int unitId,
        int respondentGroupNumber,
        string paperBatchId,
        string paperSheetNumber,
        IReadOnlyDictionary<int, Answer?> answers,
        Actor actor,
        IClock clock)
    {
        survey.WhyCannot(SurveyAction.ImportPaper, actor).Ensure();

        if (!survey.Targets(unitId))
        {
            throw new DomainException("该单位不是本测评的测评对象");
        }

        if (survey.FindRespondentGroup(respondentGroupNumber) is null)
        {
            throw new DomainException("参评群体不存在");
        }

        var response = new SurveyResponse(survey.Id, unitId, respondentGroupNumber, clock.UtcNow, ResponseSource.PaperImport)
        {
            PaperBatchId = Guard.Required(paperBatchId, "问卷批次号", 50),
            PaperSheetNumber = Guard.Required(paperSheetNumber, "问卷编号", 50),
        };
        response.Fill(survey, answers);
        return response;
    }

    /// <summary>The flat records the pure rate functions work on.</summary>
    public IEnumerable<AnswerRecord> ToRecords() =>
        _answers.Select(a => new AnswerRecord(SurveyId, UnitId, RespondentGroupNumber, a.QuestionNumber, a.Answer));

    private void Fill(SatisfactionSurvey survey, IReadOnlyDictionary<int, Answer?> answers)
    {
        foreach (var (questionNumber, answer) in answers)
        {
            if (survey.FindQuestion(questionNumber) is null)
            {
                throw new DomainException("答卷包含不属于本测评的题目");
            }

            if (answer is { } given && !Enum.IsDefined(given))
            {
                throw new DomainException("答案无效");
            }
        }

        // Every question gets an answer; 不了解 is the only one that may be left blank.
        foreach (var question in survey.Questions)
        {
            var answer = answers.TryGetValue(question.Number, out var given) && given is { } value ? value : Answer.DontKnow;
            _answers.Add(new SurveyAnswer(question.Number, answer));
        }
    }

    private static DateTimeOffset TruncateToMinute(DateTimeOffset instant) => ChinaTime.ToMinute(instant);
}

/// <summary>The answer to one question of a <see cref="SurveyResponse"/>.</summary>
public sealed class SurveyAnswer : Entity, IAnonymousRecord
{
    private SurveyAnswer()
    {
    }

    internal SurveyAnswer(int questionNumber, Answer answer)
    {
        QuestionNumber = questionNumber;
        Answer = answer;
    }

    public int SurveyResponseId { get; private set; }

    public int QuestionNumber { get; private set; }

    public Answer Answer { get; private set; }
}

/// <summary>Finds paper sheets that were already imported, or appear twice in the same file.</summary>
public static class PaperDuplicates
{
    public readonly record struct SheetKey(string BatchId, string SheetNumber)
    {
        public override string ToString() => $"批次{BatchId}第{SheetNumber}号";
    }

    /// <summary>The indexes (0-based, in file order) of incoming sheets that are duplicates, with a Chinese reason.</summary>
    public static IReadOnlyList<(int Index, string Message)> Find(IEnumerable<SheetKey> alreadyImported, IReadOnlyList<SheetKey> incoming)
    {
        var existing = alreadyImported.Select(Normalize).ToHashSet();
        var seen = new Dictionary<SheetKey, int>();
        var duplicates = new List<(int, string)>();
        for (var i = 0; i < incoming.Count; i++)
        {
            var key = Normalize(incoming[i]);
            if (existing.Contains(key))
            {
                duplicates.Add((i, $"问卷{key}已导入过，不能重复导入"));
            }
            else if (!seen.TryAdd(key, i))
            {
                duplicates.Add((i, $"问卷{key}在文件中重复（与第{seen[key] + 1}条相同）"));
            }
        }

        return duplicates;
    }

    private static SheetKey Normalize(SheetKey key) => new(key.BatchId.Trim(), key.SheetNumber.Trim());
}
