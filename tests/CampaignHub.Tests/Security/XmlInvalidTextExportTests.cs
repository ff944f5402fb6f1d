using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Plans;
using CampaignHub.Features.Opinions;
using CampaignHub.Features.Plans;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Security;

/// <summary>Text XML forbids, typed into any field, never breaks a workbook export.</summary>
public sealed class XmlInvalidTextExportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task An_opinion_holding_U_FFFF_and_NUL_still_exports_and_the_workbook_opens()
    {
        using var scope = factory.Services.CreateScope();
        var office = await Accounts.ActorAsync(factory, "office");
        await scope.ServiceProvider.GetRequiredService<OpinionService>().EnterAsync(office, 1,
            new OpinionEntry { Source = OpinionSource.Visit, Category = OpinionCategory.Other, Content = "路灯\uFFFF不亮\0已三周\u0001\uD800", RaisedOn = new DateOnly(2014, 4, 9), RaisedByName = "张\u0000三" });

        var export = await XlsxDownload.GetAsync(await Accounts.SignedInClientAsync(factory, "office"), "/api/opinions/export?campaignId=1");

        var cells = export.Sheets().SelectMany(s => s.Rows).SelectMany(r => r).ToList();
        Assert.Contains("路灯\uFFFD不亮已三周\uFFFD", cells);
        Assert.Contains("张三", cells);
    }

    [Fact]
    public async Task A_work_item_title_holding_NUL_still_exports_and_both_work_item_workbooks_open()
    {
        using var scope = factory.Services.CreateScope();
        var office = await Accounts.ActorAsync(factory, "office");
        var unitId = await DemoLookup.UnitIdAsync(factory, "殷巷社区");
        await scope.ServiceProvider.GetRequiredService<WorkItemService>().AddAsync(office, 1, unitId,
            new WorkItemDetails("到居民家中\0走访\uFFFE", WorkItemKind.ExperienceAsPublic, new DateOnly(2014, 4, 20), Notes: "备注\u001F"));
        var client = await Accounts.SignedInClientAsync(factory, "office");

        foreach (var route in new[] { $"/api/campaigns/1/units/{unitId}/work-items.xlsx", "/api/campaigns/1/work-items.xlsx" })
        {
            var cells = (await XlsxDownload.GetAsync(client, route)).Sheets().SelectMany(s => s.Rows).SelectMany(r => r).ToList();
            Assert.Contains("到居民家中走访\uFFFD", cells);
        }
    }

    [Theory]
    [InlineData("ok 中文 😀", "ok 中文 😀")]
    [InlineData("a\0b", "ab")]
    [InlineData("tab\tline\nret\r", "tab\tline\nret\r")]
    [InlineData("\uFFFF\uFFFE", "\uFFFD\uFFFD")]
    [InlineData("\u200F\u202Eرتب", "\u200F\u202Eرتب")]
    public void Text_is_cleaned_of_exactly_what_XML_forbids(string input, string expected)
    {
        Assert.Equal(expected, XmlText.Clean(input));
        Assert.True(XmlText.IsClean(XmlText.Clean(input)));
    }

    [Fact]
    public void Lone_surrogates_become_the_replacement_character_and_pairs_stay()
    {
        // Not theory data: xunit's serialisation of test cases would mangle a lone surrogate before the test sees it.
        Assert.Equal("lone \uFFFD low", XmlText.Clean("lone \uDC00 low"));
        Assert.Equal("at end \uFFFD", XmlText.Clean("at end \uD83D"));
        Assert.Equal("\uFFFD\uD83D\uDE00", XmlText.Clean("\uD83D\uD83D\uDE00"));
        Assert.False(XmlText.IsClean("\uDC00"));
    }

    [Fact]
    public void A_sheet_name_cut_inside_an_emoji_is_still_valid()
    {
        var name = new string('表', 30) + "😀";
        var bytes = new XlsxWriter().AddSheet(name, new[] { 1 }, [new XlsxColumn<int>("列", i => i)]).ToBytes();

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheetName = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name!.Value!;
        Assert.Equal(new string('表', 30) + "\uFFFD", sheetName);
    }
}
