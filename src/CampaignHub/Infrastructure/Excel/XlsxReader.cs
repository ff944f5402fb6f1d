using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
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
/// Bounds on an uploaded workbook, checked before it is parsed: the total size of everything it unpacks
/// to (a zip bomb is refused without being unpacked past the bound), how many parts it has, and how many
/// rows and columns its sheet may have (a cell at column AAAAAA would otherwise make a row of millions of cells).
/// </summary>
public sealed record XlsxLimits(long MaxUnpackedBytes, int MaxEntries, int MaxRows, int MaxColumns)
{
    public static readonly XlsxLimits Default = new(MaxUnpackedBytes: 20 * 1024 * 1024, MaxEntries: 500, MaxRows: 5000, MaxColumns: 50);
}

/// <summary>
/// Reads the first sheet of an .xlsx file as text. The header row is the first row whose cells
/// include <paramref name="firstHeader"/> (so a title row above the headers is allowed). Throws
/// <see cref="Domain.Common.DomainException"/> with a Chinese message naming the file and the reason when
/// the file is not a workbook or is beyond <see cref="XlsxLimits"/>; nothing is parsed past a bound.
/// </summary>
public static class XlsxReader
{
    public static XlsxSheet Read(Stream stream, string firstHeader, string? fileName = null, XlsxLimits? limits = null)
    {
        limits ??= XlsxLimits.Default;
        var file = FileLabel(fileName);
        var seekable = stream.CanSeek ? stream : CopyBounded(stream, limits, file);
        EnsureUnpackedWithinLimits(seekable, limits, file);

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(seekable, false, new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes });
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or InvalidOperationException or ArgumentException)
        {
            throw Refused(file, "无法读取该文件，请上传 .xlsx 格式的 Excel 文件");
        }

        using (document)
        {
            try
            {
                return ReadFirstSheet(document, firstHeader, limits, file);
            }
            catch (Exception ex) when (ex is System.Xml.XmlException or OpenXmlPackageException or InvalidDataException or IOException or InvalidOperationException or InvalidCastException or FormatException or OverflowException)
            {
                throw Refused(file, "文件内容已损坏，无法读取");
            }
        }
    }

    private static XlsxSheet ReadFirstSheet(SpreadsheetDocument document, string firstHeader, XlsxLimits limits, string file)
    {
        var workbook = document.WorkbookPart ?? throw Refused(file, "Excel 文件中没有工作表");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Refused(file, "Excel 文件中没有工作表");
        if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            throw Refused(file, "Excel 文件中没有工作表");
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<XlsxRow>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            if (rows.Count == limits.MaxRows)
            {
                throw Refused(file, $"行数超过{limits.MaxRows}行，请分批导入");
            }

            var rowNumber = row.RowIndex?.Value is { } index && index <= int.MaxValue ? (int)index : rows.Count + 1;
            rows.Add(new XlsxRow(rowNumber, ReadCells(row, rowNumber, shared, limits, file)));
        }

        var headerIndex = rows.FindIndex(r => r.Cells.Any(c => c.Trim() == firstHeader));
        if (headerIndex < 0)
        {
            throw new Domain.Common.DomainException($"找不到表头“{firstHeader}”，请使用导出的模板格式");
        }

        var headers = rows[headerIndex].Cells.Select(c => c.Trim()).ToList();
        return new XlsxSheet(headers, rows.Skip(headerIndex + 1).Where(r => !r.IsBlank).ToList());
    }

    private static List<string> ReadCells(Row row, int rowNumber, List<string> shared, XlsxLimits limits, string file)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var reference = cell.CellReference?.Value;
            var index = string.IsNullOrEmpty(reference) ? cells.Count : ColumnIndex(reference);
            if (index < 0 || index >= limits.MaxColumns)
            {
                throw Refused(file, $"第{rowNumber}行有超出第{limits.MaxColumns}列的单元格（{Shorten(reference)}），表格不能超过{limits.MaxColumns}列");
            }

            while (cells.Count < index)
            {
                cells.Add(string.Empty);
            }

            if (cells.Count > index)
            {
                continue; // a repeated reference: the first cell wins
            }

            cells.Add(CellText(cell, shared));
        }

        return cells;
    }

    /// <summary>
    /// Unpacks every part through a counting stream and stops at the bound: the sizes a zip declares are
    /// not trusted, and a bomb is never unpacked past <see cref="XlsxLimits.MaxUnpackedBytes"/>.
    /// </summary>
    private static void EnsureUnpackedWithinLimits(Stream stream, XlsxLimits limits, string file)
    {
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw Refused(file, $"文件内部包含的部件超过{limits.MaxEntries}个，不是正常的 Excel 文件");
            }

            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > limits.MaxUnpackedBytes - total)
                {
                    throw TooLarge(file, limits);
                }

                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > limits.MaxUnpackedBytes)
                    {
                        throw TooLarge(file, limits);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw Refused(file, "无法读取该文件，请上传 .xlsx 格式的 Excel 文件");
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static MemoryStream CopyBounded(Stream stream, XlsxLimits limits, string file)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > limits.MaxUnpackedBytes)
            {
                throw TooLarge(file, limits);
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    private static Domain.Common.DomainException TooLarge(string file, XlsxLimits limits) =>
        Refused(file, $"解压后的内容超过{limits.MaxUnpackedBytes / (1024 * 1024)}MB（可能是压缩炸弹），请检查文件后重新上传");

    private static Domain.Common.DomainException Refused(string file, string reason) => new($"{file}无法导入：{reason}");

    private static string FileLabel(string? fileName)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? null : XmlText.Clean(Path.GetFileName(fileName.Replace('\\', '/')).Trim());
        if (string.IsNullOrEmpty(name))
        {
            return "上传的文件";
        }

        return $"文件“{Shorten(name)}”";
    }

    private static string Shorten(string? text) => text is null ? string.Empty : text.Length > 40 ? text[..40] + "…" : text;

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

    /// <summary>The 0-based column of a reference such as "C7"; -1 when it is not one Excel can have (past XFD, or not A–Z).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= '0' and <= '9')
            {
                break;
            }

            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z' || ++letters > 3)
            {
                return -1;
            }

            index = (index * 26) + (upper - 'A' + 1);
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
