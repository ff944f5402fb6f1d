using System.Net;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Rectification;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Rectification;

public sealed class RectificationExportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static readonly string[] Headers = ["序号", "单位", "整改事项", "专项整治", "时限", "状态", "逾期天数", "进度（%）", "四有缺项", "立行立改", "已公示", "关联意见"];

    private async Task<IReadOnlyList<RectificationRowDto>> ListAsync(RectificationFilter filter)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RectificationService>().ListAsync(1, filter);
    }

    [Fact]
    public async Task A_coordinator_exports_only_their_own_units_rectification_items_as_the_page_shows_them_by_default()
    {
        // The page opens a coordinator's list on their own unit (with sub-units) and its button sends that filter.
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        var download = await XlsxDownload.GetAsync(client, $"/api/rectification/export?campaignId=1&unitId={dongshan}");
        var sheet = download.Read("序号");

        var expected = await ListAsync(new RectificationFilter(dongshan));
        Assert.Equal(Headers, sheet.Headers);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(r => r.Title), sheet.Rows.Select(r => r[2]));
        Assert.All(sheet.Rows, r => Assert.Contains(r[1], new[] { "东山街道", "上坊社区", "竹山社区", "东山便民中心" }));
        Assert.DoesNotContain(sheet.Rows, r => r[2] == "公务用车管理不规范"); // 秣陵街道's item
        Assert.Contains("单位：东山街道（含下级）", download.Title);
        Assert.Equal("整改事项清单.xlsx", download.FileName);
        Assert.Contains("data-testid=\"rect-export\"", await client.GetStringAsync("/rectification"));
    }

    [Fact]
    public async Task The_office_exports_every_units_items_with_the_grids_values()
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");

        var sheet = (await XlsxDownload.GetAsync(client, "/api/rectification/export?campaignId=1")).Read("序号");

        var expected = await ListAsync(new RectificationFilter());
        await using var db = await DemoLookup.DbAsync(factory);
        Assert.Equal(await db.Set<RectificationItem>().CountAsync(r => r.CampaignId == 1), sheet.Rows.Count);
        Assert.Equal(expected.Count, sheet.Rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = expected[i];
            var cells = sheet.Rows[i];
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0]);
            Assert.Equal(row.UnitName, cells[1]);
            Assert.Equal(row.Title, cells[2]);
            Assert.Equal(row.ThemeName ?? string.Empty, cells[3]);
            Assert.Equal(row.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, cells[4]);
            Assert.Equal(row.Status.ToChinese(), cells[5]);
            Assert.Equal(row.DaysOverdue > 0 ? row.DaysOverdue.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty, cells[6]);
            Assert.Equal(row.MissingFourHaves ?? string.Empty, cells[8]);
            Assert.Equal(row.IsQuickFix ? "是" : "否", cells[9]);
        }

        Assert.Contains(sheet.Rows, r => r[6] != string.Empty); // the demo has overdue items
    }

    [Fact]
    public async Task The_export_applies_the_pages_filters()
    {
        var client = await Accounts.SignedInClientAsync(factory, "supervisor");

        var overdue = (await XlsxDownload.GetAsync(client, "/api/rectification/export?campaignId=1&overdueOnly=true")).Read("序号");
        var notStarted = (await XlsxDownload.GetAsync(client, "/api/rectification/export?campaignId=1&status=NotStarted")).Read("序号");

        var expectedOverdue = await ListAsync(new RectificationFilter(OverdueOnly: true));
        var expectedNotStarted = await ListAsync(new RectificationFilter(Status: RectificationStatus.NotStarted));
        Assert.NotEmpty(expectedOverdue);
        Assert.Equal(expectedOverdue.Select(r => r.Title), overdue.Rows.Select(r => r[2]));
        Assert.All(overdue.Rows, r => Assert.NotEqual(string.Empty, r[6]));
        Assert.Equal(expectedNotStarted.Select(r => r.Title), notStarted.Rows.Select(r => r[2]));
        Assert.All(notStarted.Rows, r => Assert.Equal(RectificationStatus.NotStarted.ToChinese(), r[5]));
    }

    [Fact]
    public async Task The_wall_display_is_refused_and_anonymous_visitors_must_sign_in()
    {
        var wall = await Accounts.SignedInClientAsync(factory, "wall");

        Assert.Equal(HttpStatusCode.Forbidden, (await wall.GetAsync("/api/rectification/export?campaignId=1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserLikeClient().GetAsync("/api/rectification/export?campaignId=1")).StatusCode);
    }
}
