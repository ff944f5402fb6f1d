using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Plans;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Security;

/// <summary>Uploads are bounded before they are parsed, refused with a Chinese message naming the file and the reason, and leave nothing half-saved.</summary>
public sealed class ImportBoundsTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static readonly string[] WorkItemHeaders = ["事项名称", "类型", "计划日期"];

    private T Service<T>()
        where T : notnull => factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private async Task<int> WorkItemCountAsync()
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<WorkItem>().CountAsync();
    }

    private async Task<string> RefusedWorkItemImportAsync(byte[] file, string fileName)
    {
        var office = await Accounts.ActorAsync(factory, "office");
        var unit = await DemoLookup.UnitIdAsync(factory, "殷巷社区");
        var before = await WorkItemCountAsync();
        var preview = await Assert.ThrowsAsync<DomainException>(() => Service<WorkItemExcelService>().PreviewAsync(office, 1, unit, file, fileName: fileName));
        var import = await Assert.ThrowsAsync<DomainException>(() => Service<WorkItemExcelService>().ImportAsync(office, 1, unit, file, fileName: fileName));
        Assert.Equal(preview.Message, import.Message);
        Assert.Equal(before, await WorkItemCountAsync());
        return import.Message;
    }

    [Fact]
    public async Task A_workbook_that_unpacks_to_150_MB_is_refused_without_being_unpacked_and_nothing_is_saved()
    {
        var bomb = HostileFiles.ZipBomb(WorkItemHeaders);
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb is {bomb.Length} bytes packed");

        var message = await RefusedWorkItemImportAsync(bomb, "计划.xlsx");

        Assert.Equal("文件“计划.xlsx”无法导入：解压后的内容超过20MB（可能是压缩炸弹），请检查文件后重新上传", message);
    }

    [Fact]
    public async Task A_2_KB_workbook_with_a_cell_at_column_AAAAAA_is_refused_for_its_dimensions()
    {
        var file = HostileFiles.FarCell(WorkItemHeaders);
        Assert.True(file.Length < 4096);

        var message = await RefusedWorkItemImportAsync(file, "far.xlsx");

        Assert.StartsWith("文件“far.xlsx”无法导入：第3行有超出第50列的单元格（AAAAAA3）", message);
    }

    [Fact]
    public async Task A_workbook_with_more_than_5000_rows_is_refused()
    {
        var file = HostileFiles.ManyRows(WorkItemHeaders, ["走访", "走访", "2014-04-20"], 5001);

        var message = await RefusedWorkItemImportAsync(file, "many.xlsx");

        Assert.Equal("文件“many.xlsx”无法导入：行数超过5000行，请分批导入", message);
    }

    [Fact]
    public async Task Files_that_are_not_workbooks_are_refused_by_name_and_a_traversal_name_shows_only_its_file_name()
    {
        foreach (var (name, content) in HostileFiles.Garbage(WorkItemHeaders))
        {
            Assert.StartsWith($"文件“{name}”无法导入：", await RefusedWorkItemImportAsync(content, name));
        }

        Assert.StartsWith("文件“passwd”无法导入：", await RefusedWorkItemImportAsync(HostileFiles.ZipBomb(WorkItemHeaders, 21), "../../etc/passwd"));
        Assert.StartsWith("上传的文件无法导入：", await RefusedWorkItemImportAsync(HostileFiles.ZipBomb(WorkItemHeaders, 21), null!));
    }

    [Fact]
    public async Task A_paper_questionnaire_bomb_or_oversized_csv_is_refused_and_no_questionnaire_is_saved()
    {
        await using var db = await DemoLookup.DbAsync(factory);
        var survey = await db.Set<SatisfactionSurvey>().AsNoTracking().FirstAsync(s => s.Title == SatisfactionDemoSeed.OpenSurveyTitle);
        var responses = await db.Set<SurveyResponse>().CountAsync();
        var office = await Accounts.ActorAsync(factory, "office");
        var imports = Service<PaperImportService>();
        string[] headers = ["问卷批次号", "问卷编号", "被测评单位", "参评群体"];

        var bomb = await Assert.ThrowsAsync<DomainException>(() => imports.ConfirmAsync(office, survey.Id, HostileFiles.ZipBomb(headers), "纸质问卷.xlsx"));
        var far = await Assert.ThrowsAsync<DomainException>(() => imports.PreviewAsync(office, survey.Id, HostileFiles.FarCell(headers), "纸质问卷.xlsx"));
        var wide = string.Join(',', Enumerable.Repeat("x", 51));
        var csv = await Assert.ThrowsAsync<DomainException>(() => imports.ConfirmAsync(office, survey.Id, System.Text.Encoding.UTF8.GetBytes("问卷批次号,问卷编号\n" + wide + "\n"), "wide.csv"));

        Assert.Contains("解压后的内容超过20MB", bomb.Message);
        Assert.Contains("超出第50列", far.Message);
        Assert.Equal("文件“wide.csv”无法导入：第2行超过50列", csv.Message);
        Assert.Equal(responses, await db.Set<SurveyResponse>().CountAsync());
    }

    [Fact]
    public void Limits_apply_to_unseekable_streams_too()
    {
        var bomb = HostileFiles.ZipBomb(WorkItemHeaders, 25);

        var error = Assert.Throws<DomainException>(() => XlsxReader.Read(new UnseekableStream(bomb), "事项名称", "x.xlsx"));

        Assert.Contains("解压后的内容超过20MB", error.Message);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
