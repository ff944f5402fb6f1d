using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CampaignHub.Infrastructure.Excel;

/// <summary>One column of an export: its Chinese header and how to read the cell from a row.</summary>
public sealed record XlsxColumn<T>(string Header, Func<T, object?> Value, double Width = 16);

/// <summary>
/// Writes .xlsx workbooks with Chinese headers (a bold, frozen header row), one sheet per call to
/// <see cref="AddSheet{T}"/>. Numbers stay numbers; dates are written as yyyy-MM-dd text so they read
/// the same in every spreadsheet program. Every string is cleaned of characters XML forbids
/// (<see cref="XmlText"/>), so free text typed by anyone can never make an export fail.
/// </summary>
public sealed class XlsxWriter
{
    private readonly List<(string Name, IReadOnlyList<string> Headers, IReadOnlyList<double> Widths, List<object?[]> Rows, string? Title)> _sheets = [];

    public XlsxWriter AddSheet<T>(string name, IEnumerable<T> rows, IReadOnlyList<XlsxColumn<T>> columns, string? title = null)
    {
        var values = rows.Select(row => columns.Select(c => c.Value(row)).ToArray()).ToList();
        _sheets.Add((name, columns.Select(c => c.Header).ToList(), columns.Select(c => c.Width).ToList(), values, title));
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Styles();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var sheet in _sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                worksheetPart.Worksheet = BuildSheet(sheet.Headers, sheet.Widths, sheet.Rows, sheet.Title);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = SafeSheetName(sheet.Name) });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Worksheet BuildSheet(IReadOnlyList<string> headers, IReadOnlyList<double> widths, List<object?[]> rows, string? title)
    {
        var columns = new Columns();
        for (var i = 0; i < widths.Count; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        var data = new SheetData();
        uint rowIndex = 1;
        if (title is not null)
        {
            data.Append(new Row(TextCell(title, 1)) { RowIndex = rowIndex++ });
        }

        var headerRowIndex = rowIndex;
        data.Append(new Row(headers.Select(h => TextCell(h, 1))) { RowIndex = rowIndex++ });
        foreach (var row in rows)
        {
            data.Append(new Row(row.Select(Cell)) { RowIndex = rowIndex++ });
        }

        var freeze = new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = headerRowIndex,
            TopLeftCell = $"A{headerRowIndex + 1}",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 });
        return new Worksheet(freeze, columns, data);
    }

    private static Cell Cell(object? value) => value switch
    {
        null => TextCell(string.Empty, 0),
        int or long or short or decimal or double or float => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        },
        DateOnly d => TextCell(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 0),
        DateTime t => TextCell(t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), 0),
        DateTimeOffset t => TextCell(t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), 0),
        bool b => TextCell(b ? "是" : "否", 0),
        _ => TextCell(value.ToString() ?? string.Empty, 0),
    };

    private static Cell TextCell(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));

    private static string SafeSheetName(string name)
    {
        var cleaned = new string(name.Where(c => !"[]:*?/\\".Contains(c)).ToArray()).Trim('\'');
        cleaned = XmlText.Clean(cleaned.Length > 31 ? cleaned[..31] : cleaned); // cut first: a cut pair is cleaned too
        return cleaned.Length == 0 ? "Sheet" : cleaned;
    }
}
