using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CampaignHub.Infrastructure.Excel;

/// <summary>A read sheet: its header row and data rows (1-based Excel row numbers kept for error messages).</summary>
public sealed record XlsxSheet(IReadOnlyList<string> Headers, IReadOnlyList<XlsxRow> Rows);

public sealed record XlsxRow(int RowNumber, IReadOnlyList<string> Cells)
{
    public string this[int column] => column < Cells.Count ? Cells[column] : string.Empty;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Reads the first sheet of an .xlsx file as text. The header row is the first row whose cells
/// include <paramref name="firstHeader"/> (so a title row above the headers is allowed). Throws
/// <see cref="Domain.Common.DomainException"/> with a Chinese message when the file is not a workbook.
/// </summary>
public static class XlsxReader
{
    public static XlsxSheet Read(Stream stream, string firstHeader)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new Domain.Common.DomainException("无法读取该文件，请上传 .xlsx 格式的 Excel 文件");
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new Domain.Common.DomainException("Excel 文件中没有工作表");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new Domain.Common.DomainException("Excel 文件中没有工作表");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var rows = part.Worksheet.Descendants<Row>().Select(r => new XlsxRow((int)(r.RowIndex?.Value ?? 0), ReadCells(r, shared))).ToList();
            var headerIndex = rows.FindIndex(r => r.Cells.Any(c => c.Trim() == firstHeader));
            if (headerIndex < 0)
            {
                throw new Domain.Common.DomainException($"找不到表头“{firstHeader}”，请使用导出的模板格式");
            }

            var headers = rows[headerIndex].Cells.Select(c => c.Trim()).ToList();
            return new XlsxSheet(headers, rows.Skip(headerIndex + 1).Where(r => !r.IsBlank).ToList());
        }
    }

    private static List<string> ReadCells(Row row, List<string> shared)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var index = ColumnIndex(cell.CellReference?.Value);
            while (cells.Count < index)
            {
                cells.Add(string.Empty);
            }

            cells.Add(CellText(cell, shared));
        }

        return cells;
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        var raw = cell.CellValue?.InnerText ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i < shared.Count)
        {
            return shared[i];
        }

        return raw;
    }

    private static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return 0;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>
    /// Reads a date typed as text (2014-04-05, 2014/4/5, 2014年4月5日) or stored by Excel as a serial number.
    /// </summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        text = text.Trim();
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy年M月d日", "yyyy.M.d"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 100000)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }

        return false;
    }
}
