using System.Globalization;
using System.Text;
using CampaignHub.Domain.Common;
using CampaignHub.Infrastructure.Excel;
using CsvHelper;
using CsvHelper.Configuration;

namespace CampaignHub.Features.Satisfaction;

/// <summary>Reads a paper-questionnaire file (.xlsx or .csv) into rows of text with their file row numbers.</summary>
public static class PaperSheetReader
{
    public const string BatchHeader = "问卷批次号";
    public const string SheetHeader = "问卷编号";
    public const string UnitHeader = "被测评单位";
    public const string GroupHeader = "参评群体";

    public static readonly IReadOnlyList<string> FixedHeaders = [BatchHeader, SheetHeader, UnitHeader, GroupHeader];

    public static XlsxSheet Read(Stream stream, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".xlsx" => XlsxReader.Read(stream, BatchHeader),
            ".csv" => ReadCsv(stream),
            _ => throw new DomainException("只支持 .xlsx 或 .csv 文件"),
        };
    }

    private static XlsxSheet ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null });
        var rows = new List<XlsxRow>();
        while (csv.Read())
        {
            rows.Add(new XlsxRow(csv.Parser.Row, csv.Parser.Record ?? []));
        }

        var headerIndex = rows.FindIndex(r => r.Cells.Any(c => c.Trim() == BatchHeader));
        if (headerIndex < 0)
        {
            throw new DomainException($"找不到表头“{BatchHeader}”，请使用下载的模板格式");
        }

        var headers = rows[headerIndex].Cells.Select(c => c.Trim()).ToList();
        return new XlsxSheet(headers, rows.Skip(headerIndex + 1).Where(r => !r.IsBlank).ToList());
    }
}
