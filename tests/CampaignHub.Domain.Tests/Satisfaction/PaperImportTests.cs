using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Satisfaction;

public sealed class PaperImportTests
{
    [Fact]
    public void An_import_records_the_file_the_sheet_count_and_the_batches()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var clock = Clocks.AtChina(2014, 6, 10);
        var sheets = new[]
        {
            SurveyResponse.ImportPaper(survey, 11, 1, "B2", "1", Answers.All(survey, Answer.Satisfied), ActorBuilder.Office(), clock),
            SurveyResponse.ImportPaper(survey, 12, 2, "B1", "2", Answers.All(survey, Answer.Dissatisfied), ActorBuilder.Office(), clock),
            SurveyResponse.ImportPaper(survey, 12, 2, "B1", "3", Answers.All(survey, Answer.Dissatisfied), ActorBuilder.Office(), clock),
        };

        var import = PaperImport.Record(survey, "/tmp/纸质问卷.xlsx", sheets, ActorBuilder.Office(), clock);

        Assert.Equal("纸质问卷.xlsx", import.FileName);
        Assert.Equal(3, import.SheetCount);
        Assert.Equal("B1,B2", import.BatchIds);
        Assert.Equal("office", import.ImportedBy);
    }

    [Fact]
    public void Only_the_office_imports_and_an_empty_file_is_refused()
    {
        var survey = new SurveyBuilder().Opened().Build();
        var clock = Clocks.AtChina(2014, 6, 10);

        Assert.Throws<AccessDeniedException>(() => PaperImport.Record(survey, "a.csv", [], ActorBuilder.Supervisor(), clock));
        Assert.Equal("文件中没有问卷", Assert.Throws<DomainException>(() => PaperImport.Record(survey, "a.csv", [], ActorBuilder.Office(), clock)).Message);
    }

    [Fact]
    public void Anonymous_answers_are_marked_so_the_audit_trail_leaves_them_out()
    {
        Assert.True(typeof(IAnonymousRecord).IsAssignableFrom(typeof(SurveyResponse)));
        Assert.True(typeof(IAnonymousRecord).IsAssignableFrom(typeof(SurveyAnswer)));
    }
}
