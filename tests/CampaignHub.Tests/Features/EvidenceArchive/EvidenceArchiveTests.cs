using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using CampaignHub.Domain.EvidenceArchive;
using CampaignHub.Features.EvidenceArchive;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.EvidenceArchive;

/// <summary>实物资料档案 through the real app: the demo's covered and missing records, the list's export, the unit's .zip and who may have it.</summary>
public sealed class EvidenceArchiveTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Theory]
    [InlineData("东山街道")]
    [InlineData("区民政局")]
    public async Task Demo_shows_records_with_their_material_and_records_lacking_it(string unitName)
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var archive = await Service().UnitAsync(await Accounts.ActorAsync(factory, "office"), campaign.Id, await DemoLookup.UnitIdAsync(factory, unitName));

        Assert.True(archive.CoveredCount > 0, $"{unitName}: no record has material");
        Assert.True(archive.MissingCount > 0, $"{unitName}: no record lacks material");
        Assert.Equal(archive.MissingCount, archive.Missing.Count);
        Assert.Contains(archive.Rows, r => r.Standing == EvidenceStanding.WrittenRecord);
    }

    [Fact]
    public async Task Download_is_a_zip_with_a_folder_per_kind_the_evidence_files_and_the_index()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var minzheng = await DemoLookup.UnitIdAsync(factory, "区民政局");
        var client = await Accounts.SignedInClientAsync(factory, "office");

        var response = await client.GetAsync($"/api/campaigns/{campaign.Id}/evidence-archive/units/{minzheng}/download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("实物资料档案.zip", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        await using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains(ArchivePacking.IndexFileName, names);
        Assert.Contains(names, n => n.StartsWith($"{ArchiveKind.RectificationItem.FolderName()}/低保审核周期过长_", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith($"{ArchiveKind.WorkItem.FolderName()}/", StringComparison.Ordinal) && n.EndsWith("活动记录.pdf", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith($"{ArchiveKind.ContactActivity.FolderName()}/", StringComparison.Ordinal));
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.DoesNotContain("..", n, StringComparison.Ordinal));
        var pdf = zip.Entries.First(e => e.FullName.EndsWith("活动记录.pdf", StringComparison.Ordinal));
        await using (var pdfStream = await pdf.OpenAsync())
        {
            var head = new byte[5];
            await pdfStream.ReadExactlyAsync(head);
            Assert.Equal("%PDF-"u8.ToArray(), head);
        }

        var indexBytes = new MemoryStream();
        await using (var indexStream = await zip.GetEntry(ArchivePacking.IndexFileName)!.OpenAsync())
        {
            await indexStream.CopyToAsync(indexBytes);
        }

        indexBytes.Position = 0;
        var sheet = XlsxReader.Read(indexBytes, "序号");
        var archive = await Service().UnitAsync(await Accounts.ActorAsync(factory, "office"), campaign.Id, minzheng);
        Assert.Equal(archive.Rows.Count, sheet.Rows.Count);
        var fileColumn = sheet.Headers.ToList().IndexOf("实物资料文件");
        Assert.Contains(sheet.Rows, r => r[fileColumn].StartsWith(ArchiveKind.RectificationItem.FolderName() + "/", StringComparison.Ordinal));
        Assert.Contains(sheet.Rows, r => r.Cells.Contains("缺少实物资料"));
    }

    [Fact]
    public async Task A_coordinator_downloads_their_own_units_archive_but_another_units_is_403_and_an_unknown_unit_404()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var own = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var other = await DemoLookup.UnitIdAsync(factory, "区民政局");

        var ownZip = await client.GetAsync($"/api/campaigns/{campaign.Id}/evidence-archive/units/{own}/download");
        var otherZip = await client.GetAsync($"/api/campaigns/{campaign.Id}/evidence-archive/units/{other}/download");
        var otherList = await client.GetAsync($"/api/campaigns/{campaign.Id}/evidence-archive/units/{other}");
        var unknown = await client.GetAsync($"/api/campaigns/{campaign.Id}/evidence-archive/units/999999/download");
        var unknownCampaign = await client.GetAsync($"/api/campaigns/999999/evidence-archive/units/{own}/download");

        Assert.Equal(HttpStatusCode.OK, ownZip.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherZip.StatusCode);
        Assert.Equal("您只能查看本单位的实物资料档案", (await otherZip.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, otherList.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCampaign.StatusCode);
    }

    [Fact]
    public async Task A_coordinators_overview_holds_only_their_own_unit_and_the_office_sees_every_participating_unit()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);

        var coordinator = await Service().OverviewAsync(await Accounts.ActorAsync(factory, "unit"), campaign.Id);
        var office = await Service().OverviewAsync(await Accounts.ActorAsync(factory, "office"), campaign.Id);

        Assert.Equal("东山街道", Assert.Single(coordinator.Units).UnitName);
        Assert.Equal(coordinator.Units[0].UnitId, coordinator.FixedUnitId);
        Assert.Contains(office.Units, u => u.UnitName == "区民政局");
        Assert.True(office.Units.Count > coordinator.Units.Count);
        Assert.Null(office.FixedUnitId);
    }

    [Fact]
    public async Task The_list_exports_every_record_and_the_missing_ones_to_xlsx()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var client = await Accounts.SignedInClientAsync(factory, "leader");

        var export = await XlsxDownload.GetAsync(client, $"/api/campaigns/{campaign.Id}/evidence-archive/units/{dongshan}/export");

        var archive = await Service().UnitAsync(await Accounts.ActorAsync(factory, "leader"), campaign.Id, dongshan);
        Assert.StartsWith("东山街道实物资料档案", export.Title, StringComparison.Ordinal);
        var sheets = export.Sheets();
        Assert.Equal(["档案清单", "缺少实物资料"], sheets.Select(s => s.Name));
        Assert.Equal(archive.Rows.Count + 2, sheets[0].Rows.Count);
        Assert.Equal(archive.MissingCount + 2, sheets[1].Rows.Count);
    }

    private EvidenceArchiveService Service() => factory.Services.CreateScope().ServiceProvider.GetRequiredService<EvidenceArchiveService>();
}
