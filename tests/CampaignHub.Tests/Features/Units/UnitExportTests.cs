using System.Globalization;
using System.Net;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Units;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Units;

public sealed class UnitExportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Theory]
    [InlineData("leader")]
    [InlineData("unit")]
    public async Task Staff_export_the_unit_list_in_the_pages_tree_order_with_Chinese_headers(string account)
    {
        var client = await Accounts.SignedInClientAsync(factory, account);

        var download = await XlsxDownload.GetAsync(client, "/api/units/export");
        var sheet = download.Read("序号");

        var page = await factory.Services.CreateScope().ServiceProvider.GetRequiredService<UnitService>().ListTreeAsync();
        await using var db = await DemoLookup.DbAsync(factory);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id);
        Assert.Equal(["序号", "单位", "单位全称", "简称", "上级单位", "类别", "层级", "在任人员"], sheet.Headers);
        Assert.Equal(units.Count, sheet.Rows.Count);
        Assert.Equal(page.Select(u => u.Name), sheet.Rows.Select(r => r[1]));
        Assert.Equal(page.Select(u => units[u.Id].Name), sheet.Rows.Select(r => r[2]));
        Assert.Equal(page.Select(u => units[u.Id].ShortName ?? string.Empty), sheet.Rows.Select(r => r[3]));
        Assert.Equal(page.Select(u => u.Kind.ToChinese()), sheet.Rows.Select(r => r[5]));
        Assert.Equal(page.Select(u => u.PeopleCount.ToString(CultureInfo.InvariantCulture)), sheet.Rows.Select(r => r[7]));
        Assert.Contains(sheet.Rows, r => r[1] == "上坊社区" && r[4] == "东山街道");
        Assert.Equal("1", sheet.Rows[0][6]);
        Assert.Equal(string.Empty, sheet.Rows[0][4]);
        Assert.Equal("单位名录.xlsx", download.FileName);
        Assert.Contains("data-testid=\"units-export\"", await client.GetStringAsync("/units"));
    }

    [Fact]
    public async Task The_wall_display_is_refused_and_anonymous_visitors_must_sign_in()
    {
        var wall = await Accounts.SignedInClientAsync(factory, "wall");

        Assert.Equal(HttpStatusCode.Forbidden, (await wall.GetAsync("/api/units/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserLikeClient().GetAsync("/api/units/export")).StatusCode);
    }
}
