using CampaignHub.Infrastructure.Excel;

namespace CampaignHub.Tests.Features.SetUp;

/// <summary>Builds .xlsx files for the set-up imports with the app's own writer: a header row, then the rows given.</summary>
internal static class SetUpFiles
{
    public static byte[] Workbook(string[] headers, params string?[][] rows)
    {
        var columns = headers.Select((h, i) => new XlsxColumn<string?[]>(h, r => i < r.Length ? r[i] : null)).ToList();
        return new XlsxWriter().AddSheet("导入", rows, columns).ToBytes();
    }

    public static byte[] Units(params string?[][] rows) => Workbook(["单位名称", "上级单位", "单位类别", "排序"], rows);

    public static byte[] People(params string?[][] rows) => Workbook(["姓名", "单位", "职务", "班子角色", "职级", "联系电话", "账号", "角色", "管辖单位"], rows);
}
