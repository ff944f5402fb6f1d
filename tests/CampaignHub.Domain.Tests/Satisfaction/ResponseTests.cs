using System.Reflection;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Satisfaction;

public class ResponseTests
{
    private static readonly FixedClock During = Clocks.AtChina(2014, 6, 10, 10, 15);

    private static ResponseCode OneCode(SatisfactionSurvey survey, int unitId = 11) =>
        ResponseCode.Generate(survey, unitId, survey.RespondentGroups[0].Number, 1, ActorBuilder.Office(), During)[0];

    [Fact]
    public void Codes_are_generated_per_unit_and_group_unique_and_unambiguous()
    {
        var survey = new SurveyBuilder().Build();
        var group = survey.RespondentGroups[2].Number;

        var codes = ResponseCode.Generate(survey, 12, group, 200, ActorBuilder.Office(), During);

        Assert.Equal(200, codes.Count);
        Assert.Equal(200, codes.Select(c => c.Code).Distinct().Count());
        Assert.All(codes, c =>
        {
            Assert.True(ResponseCode.IsWellFormed(c.Code));
            Assert.DoesNotContain(c.Code, ch => ch is '0' or 'O' or '1' or 'I' or 'L');
            Assert.Equal(12, c.UnitId);
            Assert.Equal(group, c.RespondentGroupNumber);
            Assert.Equal($"/s/{c.Code}", c.Link);
        });
    }

    [Fact]
    public void Only_the_office_generates_codes_and_only_for_target_units()
    {
        var survey = new SurveyBuilder().Build();

        Assert.Throws<AccessDeniedException>(() => ResponseCode.Generate(survey, 11, 1, 5, ActorBuilder.Coordinator(11), During));
        Assert.Equal("该单位不是本测评的测评对象", Assert.Throws<DomainException>(() => ResponseCode.Generate(survey, 99, 1, 5, ActorBuilder.Office(), During)).Message);
        Assert.Equal("参评群体不存在", Assert.Throws<DomainException>(() => ResponseCode.Generate(survey, 11, 999, 5, ActorBuilder.Office(), During)).Message);
    }

    [Fact]
    public void A_code_works_once()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var code = OneCode(survey);

        var response = SurveyResponse.SubmitOnline(survey, code, Answers.All(survey, Answer.Satisfied), During);

        Assert.True(code.IsUsed);
        Assert.Equal(7, response.Answers.Count);
        var error = Assert.Throws<DomainException>(() => SurveyResponse.SubmitOnline(survey, code, Answers.All(survey, Answer.Dissatisfied), During));
        Assert.Equal("该答题码已使用，不能重复作答", error.Message);
        Assert.Equal("该答题码已使用，不能重复作答", Assert.Throws<DomainException>(() => code.Use(During)).Message);
    }

    [Fact]
    public void A_spent_code_keeps_its_time_of_use_only_to_the_minute_like_the_answer()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var code = OneCode(survey);
        var atSeconds = new FixedClock(new DateTimeOffset(2014, 6, 10, 10, 15, 47, ChinaTime.Offset).AddMilliseconds(123));

        var response = SurveyResponse.SubmitOnline(survey, code, Answers.All(survey, Answer.Satisfied), atSeconds);

        Assert.Equal(new DateTimeOffset(2014, 6, 10, 10, 15, 0, ChinaTime.Offset), code.UsedAt);
        Assert.Equal(response.SubmittedAt, code.UsedAt);
    }

    [Fact]
    public void A_refused_answer_does_not_spend_the_code()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var code = OneCode(survey);

        Assert.Throws<DomainException>(() => SurveyResponse.SubmitOnline(survey, code, new Dictionary<int, Answer?> { [999] = Answer.Satisfied }, During));
        Assert.False(code.IsUsed);

        var late = Clocks.AtChina(2014, 6, 30, 18);
        Assert.Equal("测评已结束，不能再作答", Assert.Throws<DomainException>(() => SurveyResponse.SubmitOnline(survey, code, Answers.All(survey, Answer.Satisfied), late)).Message);
        Assert.False(code.IsUsed);
    }

    [Fact]
    public void A_draft_survey_takes_no_answers()
    {
        var survey = new SurveyBuilder().Build();
        var code = OneCode(survey);

        Assert.Equal("测评尚未开始", Assert.Throws<DomainException>(() => SurveyResponse.SubmitOnline(survey, code, Answers.All(survey, Answer.Satisfied), During)).Message);
    }

    [Fact]
    public void Blank_answers_count_as_dont_know_and_every_question_gets_an_answer()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var first = survey.Questions[0].Number;
        var second = survey.Questions[1].Number;

        var response = SurveyResponse.SubmitOnline(survey, OneCode(survey), new Dictionary<int, Answer?> { [first] = Answer.Satisfied, [second] = null }, During);

        Assert.Equal(survey.Questions.Count, response.Answers.Count);
        Assert.Equal(Answer.Satisfied, response.AnswerTo(first));
        Assert.Equal(Answer.DontKnow, response.AnswerTo(second));
        Assert.All(survey.Questions.Skip(1), q => Assert.Equal(Answer.DontKnow, response.AnswerTo(q.Number)));
        Assert.Equal(1, SatisfactionRate.Overall(response.ToRecords(), 1).Denominator);
    }

    [Fact]
    public void An_online_answer_stores_the_group_and_no_code_or_person()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var code = OneCode(survey, 12);

        var response = SurveyResponse.SubmitOnline(survey, code, Answers.All(survey, Answer.BasicallySatisfied), Clocks.AtChina(2014, 6, 10, 10, 15));

        Assert.Equal(12, response.UnitId);
        Assert.Equal(code.RespondentGroupNumber, response.RespondentGroupNumber);
        Assert.Equal(ResponseSource.Online, response.Source);
        var properties = typeof(SurveyResponse).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
        Assert.DoesNotContain(properties, p => p.Contains("Code", StringComparison.Ordinal) || p.Contains("User", StringComparison.Ordinal) || p.Contains("Person", StringComparison.Ordinal) || p.Contains("Ip", StringComparison.Ordinal));
        Assert.Equal(0, response.SubmittedAt.Second);
    }

    [Fact]
    public void Paper_sheets_are_imported_by_the_office_with_batch_and_sheet_number()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var group = survey.RespondentGroups[10].Number;

        var response = SurveyResponse.ImportPaper(survey, 11, group, "B-01", "0007", Answers.All(survey, Answer.Dissatisfied), ActorBuilder.Office(), During);

        Assert.Equal(ResponseSource.PaperImport, response.Source);
        Assert.Equal("B-01", response.PaperBatchId);
        Assert.Equal("0007", response.PaperSheetNumber);
        Assert.Throws<AccessDeniedException>(() => SurveyResponse.ImportPaper(survey, 11, group, "B-01", "0008", Answers.All(survey, Answer.Satisfied), ActorBuilder.Coordinator(11), During));
    }

    [Fact]
    public void Duplicate_paper_sheets_are_found_in_the_file_and_against_earlier_imports()
    {
        PaperDuplicates.SheetKey[] existing = [new("B-01", "0001")];
        PaperDuplicates.SheetKey[] incoming = [new("B-01", "0001"), new("B-01", "0002"), new("B-01", " 0002 "), new("B-02", "0001")];

        var duplicates = PaperDuplicates.Find(existing, incoming);

        Assert.Equal([0, 2], duplicates.Select(d => d.Index));
        Assert.Equal("问卷批次B-01第0001号已导入过，不能重复导入", duplicates[0].Message);
        Assert.Equal("问卷批次B-01第0002号在文件中重复（与第2条相同）", duplicates[1].Message);
    }
}
