using System.IO.Compression;
using CampaignHub.Infrastructure.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CampaignHub.Tests.Security;

/// <summary>Uploads built to hurt: zip bombs, exploding dimensions, endless rows, garbage.</summary>
public static class HostileFiles
{
    /// <summary>A genuine workbook with the given header row, plus a part of zeros that unpacks to <paramref name="unpackedMegabytes"/> MB.</summary>
    public static byte[] ZipBomb(string[] headers, int unpackedMegabytes = 150)
    {
        var workbook = Workbook(headers, []);
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var bomb = zip.CreateEntry("xl/media/image1.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < unpackedMegabytes; i++)
            {
                bomb.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A tiny workbook whose header row is fine and whose one data cell sits at column <paramref name="column"/> (e.g. AAAAAA).</summary>
    public static byte[] FarCell(string[] headers, string column = "AAAAAA", int row = 3)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData(
                new Row(headers.Select((h, i) => InlineCell(h, $"{(char)('A' + i)}2"))) { RowIndex = 2 },
                new Row(InlineCell("x", $"{column}{row}")) { RowIndex = (uint)row });
            sheetPart.Worksheet = new Worksheet(data);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A workbook with the header row and <paramref name="rows"/> copies of one data row.</summary>
    public static byte[] ManyRows(string[] headers, string[] row, int rows) => Workbook(headers, Enumerable.Repeat(row, rows).ToList());

    public static byte[] Workbook(string[] headers, IReadOnlyList<string[]> rows) =>
        new XlsxWriter().AddSheet("Sheet1", rows, headers.Select((h, i) => new XlsxColumn<string[]>(h, r => i < r.Length ? r[i] : null)).ToList(), "导入").ToBytes();

    /// <summary>Not a zip at all, a truncated zip, and a zip without a workbook.</summary>
    public static IEnumerable<(string Name, byte[] Content)> Garbage(string[] headers)
    {
        var genuine = Workbook(headers, []);
        yield return ("not-a-zip.xlsx", "PK\u0003\u0004 this is no workbook"u8.ToArray());
        yield return ("truncated.xlsx", genuine[..(genuine.Length / 2)]);
        using var empty = new MemoryStream();
        using (var zip = new ZipArchive(empty, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hi");
        }

        yield return ("empty.xlsx", empty.ToArray());
        yield return ("zero.xlsx", []);
    }

    private static Cell InlineCell(string text, string reference) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text)),
    };
}
