using System.IO.Compression;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.EvidenceArchive;

[Collection(BrowserCollection.Name)]
public sealed class EvidenceArchiveBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_office_picks_a_unit_sees_what_lacks_material_and_downloads_its_archive()
    {
        var office = await browser.SignInAsync("office", "evidence-archive?campaign=1");
        await Expect(office.Locator("[data-testid=archive-units-table]")).ToContainTextAsync("区民政局");
        await BrowserFixture.ScreenshotAsync(office, "evidence-archive-overview");

        await office.Locator("[data-testid=archive-unit-select]").First.ClickAsync();
        await office.Locator(".mud-popover-open .mud-list-item", new() { HasText = "区民政局" }).First.ClickAsync();
        await Expect(office.Locator("[data-testid=archive-unit-name]")).ToHaveTextAsync("区民政局");
        await Expect(office.Locator("[data-testid=archive-missing-table]")).ToContainTextAsync("缺少实物资料");
        await Expect(office.Locator("[data-testid=archive-records-table]")).ToContainTextAsync("有实物资料");
        await BrowserFixture.ScreenshotAsync(office, "evidence-archive-unit");

        var download = await office.RunAndWaitForDownloadAsync(() => office.Locator("[data-testid=archive-download]").ClickAsync());
        Assert.EndsWith("实物资料档案.zip", download.SuggestedFilename, StringComparison.Ordinal);
        await using (var zip = new ZipArchive(File.OpenRead(await download.PathAsync()), ZipArchiveMode.Read))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "实物资料索引.xlsx");
        }

        await office.Locator("[data-testid=archive-print]").ClickAsync();
        await Expect(office.Locator("[data-testid=print-title]")).ToHaveTextAsync("区民政局实物资料档案清单");
        await BrowserFixture.ScreenshotAsync(office, "evidence-archive-print");
        await office.Context.CloseAsync();
    }

    [Fact]
    public async Task A_coordinators_archive_opens_on_their_own_unit_without_a_unit_choice()
    {
        var coordinator = await browser.SignInAsync("unit", "evidence-archive?campaign=1");
        await Expect(coordinator.Locator("[data-testid=archive-unit-name]")).ToHaveTextAsync("东山街道");
        await Expect(coordinator.Locator("[data-testid=archive-unit-select]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(coordinator, "evidence-archive-coordinator");
        await coordinator.Context.CloseAsync();
    }
}
