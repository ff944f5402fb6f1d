using System.Globalization;
using System.Net;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Admin;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Admin;

public sealed class AuditExportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static readonly string[] Headers = ["时间", "操作人", "对象", "编号", "字段", "原值", "新值"];

    [Fact]
    public async Task The_admin_exports_the_whole_trail_newest_first_in_China_time()
    {
        var client = await Accounts.SignedInClientAsync(factory, "admin");

        var download = await XlsxDownload.GetAsync(client, "/api/admin/audit/export");
        var sheet = download.Read("时间");

        await using var db = await DemoLookup.DbAsync(factory);
        var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).ToListAsync();
        Assert.NotEmpty(entries);
        Assert.Equal(Headers, sheet.Headers);
        Assert.Equal(entries.Count, sheet.Rows.Count);
        Assert.Equal(entries.Select(e => ChinaTime.ToChina(e.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)), sheet.Rows.Select(r => r[0]));
        var names = await db.Users.ToDictionaryAsync(u => u.UserName!, u => u.DisplayName);
        Assert.Equal(entries.Select(e => AuditLabels.Person(names, e.UserName)), sheet.Rows.Select(r => r[1]));
        Assert.Equal(entries.Select(e => AuditLabels.Entity(e.EntityType)), sheet.Rows.Select(r => r[2]));
        Assert.DoesNotContain(sheet.Rows, r => r[1] is "office" or "unit" or "system");
        Assert.Equal($"审计日志：共 {entries.Count} 条", download.Title);
        Assert.Equal("审计日志.xlsx", download.FileName);
        Assert.Contains("data-testid=\"audit-export\"", await client.GetStringAsync("/admin/audit"));
    }

    [Fact]
    public async Task The_export_applies_the_pages_filter_like_the_grid()
    {
        await using var db = await DemoLookup.DbAsync(factory);
        var type = await db.AuditEntries.GroupBy(a => a.EntityType).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var admin = await Accounts.ActorAsync(factory, "admin");
        var page = await factory.Services.CreateScope().ServiceProvider.GetRequiredService<AuditService>().SearchAsync(admin, type, null, 0, 200);
        var client = await Accounts.SignedInClientAsync(factory, "admin");

        var download = await XlsxDownload.GetAsync(client, $"/api/admin/audit/export?entityType={Uri.EscapeDataString(type)}");
        var sheet = download.Read("时间");

        Assert.Equal(page.Total, sheet.Rows.Count);
        Assert.All(sheet.Rows, r => Assert.Equal(AuditLabels.Entity(type), r[2]));
        Assert.Equal(page.Rows.Select(e => e.EntityId), sheet.Rows.Take(page.Rows.Count).Select(r => r[3]));
        Assert.Contains($"对象：{AuditLabels.Entity(type)}", download.Title);
    }

    [Fact]
    public async Task A_capped_export_keeps_the_newest_rows_and_says_so_in_its_title()
    {
        var admin = await Accounts.ActorAsync(factory, "admin");
        var audit = factory.Services.CreateScope().ServiceProvider.GetRequiredService<AuditService>();
        await using var db = await DemoLookup.DbAsync(factory);
        var total = await db.AuditEntries.CountAsync();
        var newest = await db.AuditEntries.OrderByDescending(a => a.Id).Take(3).Select(a => a.EntityId).ToListAsync();
        Assert.True(total > 3);

        var bytes = await audit.ExportAsync(admin, null, null, maxRows: 3);
        var sheet = CampaignHub.Infrastructure.Excel.XlsxReader.Read(new MemoryStream(bytes), "时间");

        Assert.Equal(50_000, AuditService.MaxExportRows);
        Assert.Equal(newest, sheet.Rows.Select(r => r[3]));
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Contains($"共 {total} 条，仅导出最近 3 条", document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText);
    }

    [Theory]
    [InlineData("leader")]
    [InlineData("office")]
    [InlineData("unit")]
    [InlineData("supervisor")]
    [InlineData("wall")]
    public async Task Only_the_admin_may_export_the_audit_trail(string account)
    {
        var client = await Accounts.SignedInClientAsync(factory, account);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/audit/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserLikeClient().GetAsync("/api/admin/audit/export")).StatusCode);
        var actor = await Accounts.ActorAsync(factory, account);
        await Assert.ThrowsAsync<AccessDeniedException>(() => factory.Services.CreateScope().ServiceProvider.GetRequiredService<AuditService>().ExportAsync(actor, null, null));
    }
}
