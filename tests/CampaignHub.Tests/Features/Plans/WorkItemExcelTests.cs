using System.Net;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Features.Plans;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Plans;

public sealed class WorkItemExcelTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private sealed record Line(string Title, string Kind, string Date, string Leader = "", string Theme = "");

    private WorkItemExcelService Excel => factory.Services.CreateScope().ServiceProvider.GetRequiredService<WorkItemExcelService>();

    private static byte[] Workbook(params Line[] lines) => new XlsxWriter().AddSheet("工作事项", lines,
    [
        new XlsxColumn<Line>("事项名称", l => l.Title),
        new XlsxColumn<Line>("类型", l => l.Kind),
        new XlsxColumn<Line>("计划日期", l => l.Date),
        new XlsxColumn<Line>("责任领导", l => l.Leader),
        new XlsxColumn<Line>("下基层主题", l => l.Theme),
    ], "导入模板").ToBytes();

    private static async Task<int> CountAsync(CampaignHubFactory factory, int unitId)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<WorkItem>().CountAsync(i => i.UnitId == unitId);
    }

    [Fact]
    public async Task An_invalid_import_saves_nothing_and_lists_errors_by_row_and_column()
    {
        var office = await Accounts.ActorAsync(factory, "office");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;
        var yinxiang = await DemoLookup.UnitIdAsync(factory, "殷巷社区");
        var file = Workbook(
            new Line("社区书记以群众身份办事体验", "以群众身份体验", "2014-04-12"),
            new Line("", "下基层", "2014/4/20", "章立军", "找问题"),
            new Line("到居民家中走访", "走访", "明天"),
            new Line("下基层问成效", "下基层", "2014年5月6日", "不认识的人", "问成效"));
        var before = await CountAsync(factory, yinxiang);

        var preview = await Excel.PreviewAsync(office, campaign, yinxiang, file);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Excel.ImportAsync(office, campaign, yinxiang, file));

        Assert.False(preview.IsValid);
        Assert.Single(preview.Rows);
        Assert.Contains(preview.Errors, e => e is { Row: 4, Column: "事项名称", Message: "事项名称不能为空" });
        Assert.Contains(preview.Errors, e => e.Row == 5 && e.Column == "类型");
        Assert.Contains(preview.Errors, e => e.Row == 5 && e.Column == "计划日期");
        Assert.Contains(preview.Errors, e => e.Row == 6 && e.Column == "责任领导");
        Assert.Contains("未导入任何事项", refused.Message);
        Assert.Equal(before, await CountAsync(factory, yinxiang));
    }

    [Fact]
    public async Task A_valid_import_saves_every_row()
    {
        var office = await Accounts.ActorAsync(factory, "office");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;
        var feigong = await DemoLookup.UnitIdAsync(factory, "区个体私营经济协会");
        var file = Workbook(
            new Line("以群众身份到个体工商户登记窗口体验", "以群众身份体验", "2014-04-12"),
            new Line("以工作人员身份在协会服务窗口体验", "以工作人员身份体验", "2014-04-14"),
            new Line("会长下基层找问题", "下基层", "2014/4/20", "范德胜", "找问题"));

        var count = await Excel.ImportAsync(office, campaign, feigong, file);

        Assert.Equal(3, count);
        Assert.Equal(3, await CountAsync(factory, feigong));
    }

    [Fact]
    public async Task A_coordinator_cannot_import_into_another_unit()
    {
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;
        var chunhua = await DemoLookup.UnitIdAsync(factory, "淳化街道");
        var before = await CountAsync(factory, chunhua);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Excel.ImportAsync(coordinator, campaign, chunhua, Workbook(new Line("伪造", "其他", "2014-04-20"))));

        Assert.Equal(before, await CountAsync(factory, chunhua));
    }

    [Fact]
    public async Task The_export_has_Chinese_headers_and_reads_back_in_the_import_layout()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var campaign = (await DemoLookup.CampaignAsync(factory)).Id;
        var shangfang = await DemoLookup.UnitIdAsync(factory, "上坊社区");

        var response = await client.GetAsync($"/api/campaigns/{campaign}/units/{shangfang}/work-items.xlsx");
        var all = await client.GetAsync($"/api/campaigns/{campaign}/work-items.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PlanEndpoints.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        var sheet = XlsxReader.Read(await response.Content.ReadAsStreamAsync(), "事项名称");
        Assert.Equal(["单位", "事项名称", "类型", "环节", "时间节点", "计划日期", "责任领导", "下基层主题", "状态", "进度(%)", "备注"], sheet.Headers);
        Assert.True(sheet.Rows.Count >= 5);
        Assert.All(sheet.Rows, r => Assert.Equal("上坊社区", r[0]));
        Assert.Equal(HttpStatusCode.Forbidden, all.StatusCode); // coordinators export their own units, not every unit

        var office = await Accounts.ActorAsync(factory, "office");
        var preview = await Excel.PreviewAsync(office, campaign, shangfang, await response.Content.ReadAsByteArrayAsync());
        Assert.True(preview.IsValid, string.Join("; ", preview.Errors));
    }
}
