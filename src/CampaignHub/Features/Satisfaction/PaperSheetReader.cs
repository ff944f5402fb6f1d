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
            ".xlsx" => XlsxReader.Read(stream, BatchHeader, fileName),
            ".csv" => ReadCsv(stream, fileName, XlsxLimits.Default),
            _ => throw new DomainException("只支持 .xlsx 或 .csv 文件"),
        };
    }

    /// <summary>A CSV is held to the same row and column bounds as a workbook.</summary>
    private static XlsxSheet ReadCsv(Stream stream, string fileName, XlsxLimits limits)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null, MaxFieldSize = 10_000 });
        var rows = new List<XlsxRow>();
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        try
        {
            while (csv.Read())
            {
                if (rows.Count == limits.MaxRows)
                {
                    throw new DomainException($"文件“{name}”无法导入：行数超过{limits.MaxRows}行，请分批导入");
                }

                var record = csv.Parser.Record ?? [];
                if (record.Length > limits.MaxColumns)
                {
                    throw new DomainException($"文件“{name}”无法导入：第{csv.Parser.Row}行超过{limits.MaxColumns}列");
                }

                rows.Add(new XlsxRow(csv.Parser.Row, record));
            }
        }
        catch (CsvHelperException)
        {
            throw new DomainException($"文件“{name}”无法导入：CSV 格式有误，无法读取");
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
