using System.Text;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Satisfaction;

public sealed class PaperImportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task An_invalid_import_is_previewed_with_errors_by_row_and_saves_nothing()
    {
        var survey = await OpenSurveyAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var file = Csv(survey,
            ["T1", "1", "秣陵街道", "农民", "满意", "满意", "基本满意", "", "满意", "不满意", "不了解"],
            ["T1", "2", "不存在的单位", "农民", "满意", "满意", "满意", "满意", "满意", "满意", "满意"],
            ["T1", "3", "秣陵街道", "农民", "很好", "满意", "满意", "满意", "满意", "满意", "满意"],
            ["T1", "1", "秣陵街道", "农民", "满意", "满意", "满意", "满意", "满意", "满意", "满意"]);
        var before = await ResponseCountAsync(factory, survey.Id);
        var imports = Service<PaperImportService>(factory);

        var preview = await imports.PreviewAsync(office, survey.Id, file, "纸质问卷.csv");

        Assert.False(preview.IsValid);
        Assert.True(preview.Rows[0].IsValid);
        Assert.Contains("“不存在的单位”不是本测评的测评对象", preview.Rows[1].Errors);
        Assert.Contains(preview.Rows[2].Errors, e => e.Contains("答案“很好”无效", StringComparison.Ordinal));
        Assert.Contains(preview.Rows[3].Errors, e => e.Contains("在文件中重复", StringComparison.Ordinal));
        Assert.Equal([2, 3, 4, 5], preview.Rows.Select(r => r.RowNumber));
        await Assert.ThrowsAsync<CampaignHub.Domain.Common.DomainException>(() => imports.ConfirmAsync(office, survey.Id, file, "纸质问卷.csv"));
        Assert.Equal(before, await ResponseCountAsync(factory, survey.Id));
        await using var db = await DbAsync(factory);
        Assert.False(await db.Set<PaperImport>().AnyAsync(i => i.FileName == "纸质问卷.csv"));
    }

    [Fact]
    public async Task A_valid_import_saves_every_sheet_is_audited_and_cannot_be_imported_twice()
    {
        var survey = await OpenSurveyAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var file = Csv(survey,
            ["V9", "1", "淳化街道", "离退休人员", "满意", "满意", "基本满意", "", "满意", "不满意", "不了解"],
            ["V9", "2", "淳化街道", "农民", "基本满意", "满意", "满意", "满意", "满意", "满意", "满意"]);
        var before = await ResponseCountAsync(factory, survey.Id);
        var imports = Service<PaperImportService>(factory);

        var result = await imports.ConfirmAsync(office, survey.Id, file, "淳化纸质问卷.csv");
        var again = await imports.PreviewAsync(office, survey.Id, file, "淳化纸质问卷.csv");

        Assert.Equal(before + 2, await ResponseCountAsync(factory, survey.Id));
        Assert.Equal(2, result.SheetCount);
        Assert.All(again.Rows, r => Assert.Contains(r.Errors, e => e.Contains("已导入过", StringComparison.Ordinal)));
        await using var db = await DbAsync(factory);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EntityType == nameof(PaperImport) && a.EntityId == result.Id.ToString() && a.UserName == "office"));
        var blank = await db.Set<SurveyResponse>().Include("_answers").SingleAsync(r => r.PaperBatchId == "V9" && r.PaperSheetNumber == "1");
        Assert.Equal(Answer.DontKnow, blank.AnswerTo(survey.Questions[3].Number));
    }

    [Fact]
    public async Task An_xlsx_made_from_the_template_can_be_previewed()
    {
        var survey = await OpenSurveyAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var imports = Service<PaperImportService>(factory);

        var template = await imports.TemplateAsync(survey.Id);
        var preview = await imports.PreviewAsync(office, survey.Id, template, "模板.xlsx");

        Assert.Empty(preview.FileErrors);
        Assert.Single(preview.Rows);
        Assert.True(preview.IsValid, string.Join("；", preview.Rows.SelectMany(r => r.Errors)));
    }

    private static byte[] Csv(SatisfactionSurvey survey, params string[][] rows)
    {
        var header = new[] { "问卷批次号", "问卷编号", "被测评单位", "参评群体" }.Concat(survey.Questions.Select(q => q.Text));
        var lines = new[] { string.Join(",", header) }.Concat(rows.Select(r => string.Join(",", r)));
        return Encoding.UTF8.GetBytes(string.Join("\n", lines));
    }
}
