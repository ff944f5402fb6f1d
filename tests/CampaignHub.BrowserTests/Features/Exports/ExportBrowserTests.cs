using System.IO.Compression;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CampaignHub.BrowserTests.Features.Exports;

/// <summary>The 导出Excel buttons, clicked in the browser: each downloads a workbook with Chinese headers and the rows shown.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_coordinator_downloads_the_rectification_list_and_the_unit_list_as_workbooks()
    {
        var page = await browser.SignInAsync("unit", "rectification");
        await page.Locator("[data-interactive=true] [data-testid=rect-export]").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "export-rectification-list");

        var rectification = await DownloadAsync(page, "[data-testid=rect-export]");
        Assert.Equal("整改事项清单.xlsx", rectification.FileName);
        Assert.Contains("单位", rectification.Text, StringComparison.Ordinal);
        Assert.Contains("东山街道", rectification.Text, StringComparison.Ordinal);

        await page.GotoAsync("units");
        await page.Locator("[data-interactive=true] [data-testid=units-export]").WaitForAsync();
        var units = await DownloadAsync(page, "[data-testid=units-export]");
        Assert.Equal("单位名录.xlsx", units.FileName);
        Assert.Contains("上级单位", units.Text, StringComparison.Ordinal);
        Assert.Contains("东山街道", units.Text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_opinions_export_contains_exactly_what_the_filtered_list_shows()
    {
        var page = await browser.SignInAsync("office", "opinions");
        await page.Locator("[data-interactive=true] [data-testid=op-export]").WaitForAsync();
        await Microsoft.Playwright.Assertions.Expect(page.GetByText("渣土车").First).ToBeVisibleAsync();

        var keyword = page.Locator("input[data-testid=op-text-filter], [data-testid=op-text-filter] input");
        await keyword.FillAsync("挂号");
        await keyword.PressAsync("Tab");
        await Microsoft.Playwright.Assertions.Expect(page.GetByText("渣土车")).ToHaveCountAsync(0);

        var export = await DownloadAsync(page, "[data-testid=op-export]");
        Assert.Contains("挂号", export.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("渣土车", export.Text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>Clicks an export button and returns the file's name and the text of its sheets and shared strings.</summary>
    private static async Task<(string FileName, string Text)> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(button).ClickAsync());
        var path = await download.PathAsync();
        using var zip = ZipFile.OpenRead(path);
        var text = string.Concat(zip.Entries
            .Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            }));
        return (download.SuggestedFilename, text);
    }
}
