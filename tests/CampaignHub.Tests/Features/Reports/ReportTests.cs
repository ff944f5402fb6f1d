using System.Net;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Tests.Infrastructure;

namespace CampaignHub.Tests.Features.Reports;

public sealed class ReportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_campaign_report_exports_to_xlsx_with_Chinese_headers_and_every_unit()
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");

        var response = await client.GetAsync("/api/campaigns/1/report.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var sheet = XlsxReader.Read(stream, "单位");
        Assert.Equal(["单位", "整改事项完成", "整改事项总数", "承诺事项办结", "承诺事项总数", "工作事项完成", "工作事项总数", "群众满意率", "作风转变满意度", "问题解决满意度", "满意率说明", "有效问卷", "逾期事项（全部类别）", "督导标记"], sheet.Headers);
        Assert.Equal(17, sheet.Rows.Count);
        Assert.Contains(sheet.Rows, r => r[0] == "东山街道");
    }

    [Fact]
    public async Task The_printable_reports_render_for_staff()
    {
        var client = await Accounts.SignedInClientAsync(factory, "leader");

        var campaign = await client.GetStringAsync("/reports/campaigns/1");
        var unit = await client.GetStringAsync("/reports/units/10");

        Assert.Contains("进展情况报告", campaign);
        Assert.Contains("各单位进展", campaign);
        Assert.Contains("东山街道 进展情况报告", unit);
        Assert.Contains("assets/print.css", campaign);
    }

    [Fact]
    public async Task A_coordinator_gets_no_sealed_rates_in_the_exported_report()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        await using var stream = await (await client.GetAsync("/api/campaigns/1/report.xlsx")).Content.ReadAsStreamAsync();
        var sheet = XlsxReader.Read(stream, "单位");

        // The demo's open survey is sealed for units: no other unit's rate may appear.
        var rateColumn = sheet.Headers.ToList().IndexOf("群众满意率");
        Assert.All(sheet.Rows.Where(r => r[0] != "东山街道"), r => Assert.Equal("—", r[rateColumn]));
    }
}
