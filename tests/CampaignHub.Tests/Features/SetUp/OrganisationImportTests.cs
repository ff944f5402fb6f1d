using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Organisation;
using CampaignHub.Infrastructure.Excel;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.SetUp;

public sealed class OrganisationImportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private OrganisationService Service() => factory.Services.CreateScope().ServiceProvider.GetRequiredService<OrganisationService>();

    private async Task<int> UnitCountAsync()
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<Unit>().CountAsync();
    }

    [Fact]
    public async Task Bad_unit_file_gets_row_level_Chinese_messages_and_saves_nothing()
    {
        var admin = await Accounts.ActorAsync(factory, "admin");
        var before = await UnitCountAsync();
        var file = SetUpFiles.Units(
            ["江宁开发区", "中共南京市江宁区委", "街道/乡镇", "10"],
            ["", "东山街道", "村/社区", "1"],
            [new string('社', 101), "东山街道", "村/社区", "2"],
            ["新社区甲", "不存在的单位", "村/社区", "3"],
            ["新社区乙", "东山街道", "小区", "4"],
            ["东山街道", "中共南京市江宁区委", "街道/乡镇", "5"],
            ["环甲", "环乙", "村/社区", "6"],
            ["环乙", "环甲", "村/社区", "7"],
            ["江宁开发区", null, "街道/乡镇", "第一"]);

        var preview = await Service().PreviewImportAsync(admin, file, "坏文件.xlsx");

        Assert.False(preview.IsValid);
        Assert.Contains(preview.Errors, e => e is { Row: 3, Column: "单位名称", Message: "单位名称不能为空" });
        Assert.Contains(preview.Errors, e => e.Row == 4 && e.Column == "单位名称" && e.Message.StartsWith("单位名称不能超过100个字符", StringComparison.Ordinal));
        Assert.Contains(preview.Errors, e => e.Row == 5 && e.Column == "上级单位" && e.Message.Contains("找不到上级单位“不存在的单位”", StringComparison.Ordinal));
        Assert.Contains(preview.Errors, e => e.Row == 6 && e.Column == "单位类别" && e.Message.StartsWith("未知的单位类别“小区”", StringComparison.Ordinal));
        Assert.Contains(preview.Errors, e => e is { Row: 7, Column: "单位名称", Message: "已有名为“东山街道”的单位" });
        Assert.Contains(preview.Errors, e => e.Row == 8 && e.Column == "上级单位" && e.Message.StartsWith("上级关系形成循环", StringComparison.Ordinal));
        Assert.Contains(preview.Errors, e => e is { Row: 10, Column: "单位名称", Message: "与第2行重名" });
        Assert.Contains(preview.Errors, e => e.Row == 10 && e.Column == "排序");

        var refused = await Assert.ThrowsAsync<DomainException>(() => Service().ImportAsync(admin, file, "坏文件.xlsx"));
        Assert.StartsWith($"文件有{preview.Errors.Count}处错误，未导入任何单位", refused.Message);
        Assert.Equal(before, await UnitCountAsync());
    }

    [Fact]
    public async Task Good_unit_file_adds_the_tree_with_parents_from_the_file_or_the_organisation()
    {
        var admin = await Accounts.ActorAsync(factory, "admin");
        var file = SetUpFiles.Units(
            ["汤山街道社区甲", "汤山街道", "社区", "2"],
            ["汤山街道", "中共南京市江宁区委", "街道/乡镇", "90"],
            ["汤山街道便民中心", "汤山街道", "执法监管部门和窗口单位", null]);

        var count = await Service().ImportAsync(admin, file, "汤山.xlsx");

        Assert.Equal(3, count);
        await using var db = await DemoLookup.DbAsync(factory);
        var tangshan = await db.Set<Unit>().SingleAsync(u => u.Name == "汤山街道");
        var community = await db.Set<Unit>().SingleAsync(u => u.Name == "汤山街道社区甲");
        Assert.Equal(tangshan.Id, community.ParentId);
        Assert.Equal(UnitKind.VillageOrCommunity, community.Kind);
        Assert.Equal(90, tangshan.DisplayOrder);
    }

    [Fact]
    public async Task Hostile_text_in_a_unit_file_gets_messages_not_errors()
    {
        var admin = await Accounts.ActorAsync(factory, "admin");
        var file = SetUpFiles.Units(
            ["\u0000\u202Eevil<script>", "\uFFFE", "'; DROP TABLE Units;--", "-1"],
            ["😀单位", "../../etc/passwd", "街道/乡镇", "99999999999"]);

        var preview = await Service().PreviewImportAsync(admin, file, "../恶意.xlsx");

        Assert.False(preview.IsValid);
        Assert.All(preview.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        await Assert.ThrowsAsync<DomainException>(() => Service().ImportAsync(admin, file));
    }

    [Fact]
    public async Task Not_a_workbook_is_refused_with_the_file_named()
    {
        var admin = await Accounts.ActorAsync(factory, "admin");

        var error = await Assert.ThrowsAsync<DomainException>(() => Service().PreviewImportAsync(admin, "not a zip"u8.ToArray(), "单位.xlsx"));

        Assert.Contains("单位.xlsx", error.Message);
    }

    [Fact]
    public async Task Only_the_administrator_imports_units()
    {
        var office = await Accounts.ActorAsync(factory, "office");

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().ImportAsync(office, SetUpFiles.Units(["某单位", null, "区委/区政府部门", "1"])));
    }

    [Fact]
    public async Task Export_has_the_import_columns_and_imports_back_as_the_same_tree()
    {
        var admin = await Accounts.ActorAsync(factory, "admin");
        var bytes = await Service().ExportAsync(admin);

        using var stream = new MemoryStream(bytes);
        var sheet = XlsxReader.Read(stream, "单位名称");

        Assert.Equal(["单位名称", "上级单位", "单位类别", "排序"], sheet.Headers.Take(4));
        var dongshan = sheet.Rows.Single(r => r[0] == "东山街道");
        Assert.Equal(["中共南京市江宁区委", "街道/乡镇"], new[] { dongshan[1], dongshan[2] });
        // Re-imported here every name is taken: the preview says so row by row, proving each row parses.
        var preview = await Service().PreviewImportAsync(admin, bytes);
        Assert.Equal(sheet.Rows.Count, preview.Errors.Count(e => e.Column == "单位名称" && e.Message.StartsWith("已有名为", StringComparison.Ordinal)));
        Assert.DoesNotContain(preview.Errors, e => e.Column is "单位类别" or "排序");
    }

    [Fact]
    public async Task Unit_with_records_is_retired_never_deleted_and_an_unused_one_is_deleted()
    {
        var admin = await Accounts.ActorAsync(factory, "admin");
        var service = Service();
        var yinxiang = await DemoLookup.UnitIdAsync(factory, "殷巷社区");

        var refused = await Assert.ThrowsAsync<DomainException>(() => service.DeleteAsync(admin, yinxiang));
        Assert.Contains("不能删除，只能撤销", refused.Message);
        await service.RetireAsync(admin, yinxiang);
        Assert.DoesNotContain(await service.PickableUnitsAsync(), u => u.Id == yinxiang);
        Assert.Contains(await service.ListAsync(admin), u => u.Id == yinxiang && u.IsRetired);

        var mistake = await service.AddAsync(admin, new UnitInput { Name = "误建单位", Kind = UnitKind.Agency, ParentId = await DemoLookup.UnitIdAsync(factory, "中共南京市江宁区委") });
        await service.DeleteAsync(admin, mistake);
        Assert.DoesNotContain(await service.ListAsync(admin), u => u.Id == mistake);
    }

    [Fact]
    public async Task Moving_a_unit_under_its_own_sub_unit_is_refused()
    {
        var admin = await Accounts.ActorAsync(factory, "admin");
        var service = Service();
        var dongshan = (await service.ListAsync(admin)).Single(u => u.Name == "东山街道");
        var shangfang = await DemoLookup.UnitIdAsync(factory, "上坊社区");

        var error = await Assert.ThrowsAsync<DomainException>(() => service.UpdateAsync(admin, dongshan.Id, dongshan.Version,
            new UnitInput { Name = dongshan.Name, Kind = dongshan.Kind, ParentId = shangfang, DisplayOrder = dongshan.DisplayOrder }));

        Assert.Equal("不能把单位移到其下级单位之下", error.Message);
    }
}
