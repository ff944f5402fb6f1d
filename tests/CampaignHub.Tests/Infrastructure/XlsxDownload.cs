using System.Net;
using CampaignHub.Infrastructure.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CampaignHub.Tests.Infrastructure;

/// <summary>A downloaded .xlsx export: its file name, and its sheets read back as text.</summary>
public sealed class XlsxDownload
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxDownload(byte[] bytes, string? fileName)
    {
        Bytes = bytes;
        FileName = fileName;
    }

    public byte[] Bytes { get; }

    public string? FileName { get; }

    /// <summary>GETs an export and asserts it is a 200 .xlsx download.</summary>
    public static async Task<XlsxDownload> GetAsync(HttpClient client, string route)
    {
        var response = await client.GetAsync(route);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ContentType, response.Content.Headers.ContentType?.MediaType);
        return new XlsxDownload(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    /// <summary>The first sheet as the app's own reader sees it (header row found by its first header).</summary>
    public XlsxSheet Read(string firstHeader) => XlsxReader.Read(new MemoryStream(Bytes), firstHeader);

    /// <summary>Every sheet in order: its name and every row (title row included) as text.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)> Sheets()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Bytes), false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            IReadOnlyList<IReadOnlyList<string>> rows = part.Worksheet.Descendants<Row>()
                .Select(r => (IReadOnlyList<string>)r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.InnerText ?? string.Empty).ToList())
                .ToList();
            return (sheet.Name!.Value!, rows);
        }).ToList();
    }

    /// <summary>The title row above the headers of the first sheet.</summary>
    public string Title => Sheets()[0].Rows[0][0];
}
