using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.EvidenceArchive;
using CampaignHub.Features.EvidenceArchive;
using CampaignHub.Features.EvidenceArchive.Components;

namespace CampaignHub.Components.Tests.Features.EvidenceArchive;

/// <summary>A unit's archive leads with what lacks material, then lists every record with its files or written record.</summary>
public sealed class UnitArchiveViewTests : ComponentTestContext
{
    private static ArchiveRowDto Row(ArchiveKind kind, int id, string title, EvidenceStanding standing, string[]? files = null, string? written = null, string? note = null) =>
        new(kind, kind.ToChinese(), id, title, new DateOnly(2014, 4, 2), "已完成", "王科长", standing, standing.ToChinese(), (files ?? []).Select(f => new ArchiveFileDto(f, 2048)).ToList(), written, note);

    private static UnitArchiveDto Archive(params ArchiveRowDto[] rows)
    {
        var kinds = ArchiveKinds.All.Select(k =>
        {
            var ofKind = rows.Where(r => r.Kind == k).ToList();
            return new ArchiveKindDto(k, k.ToChinese(), k.TakesFiles(), ofKind.Count, ofKind.Count(r => r.Standing != EvidenceStanding.NotYetDue), ofKind.Count(r => r.Standing == EvidenceStanding.Covered), ofKind.Count(r => r.Standing == EvidenceStanding.Missing), ofKind.Count(r => r.Standing == EvidenceStanding.WrittenRecord), ofKind.Count(r => r.Standing == EvidenceStanding.NotYetDue));
        }).ToList();
        return new UnitArchiveDto(1, "江宁区“双联动双体验双满意”活动", 10, "东山街道", kinds, rows,
            rows.Count(r => r.Standing == EvidenceStanding.Missing), rows.Count(r => r.Standing == EvidenceStanding.Covered), rows.Sum(r => r.Files.Count), rows.Sum(r => r.Files.Sum(f => f.SizeBytes)));
    }

    [Fact]
    public void Missing_records_are_counted_and_listed_with_the_reason_given_for_having_none()
    {
        var cut = Render<UnitArchiveView>(p => p.Add(x => x.Archive, Archive(
            Row(ArchiveKind.RectificationItem, 1, "低保审核周期过长", EvidenceStanding.Covered, ["整改照片.jpg"]),
            Row(ArchiveKind.RectificationItem, 2, "路灯损坏", EvidenceStanding.Missing, note: "无实物资料的原因：现场维修"),
            Row(ArchiveKind.Meeting, 3, "专题民主生活会", EvidenceStanding.WrittenRecord, written: "发言记录5人"))));

        Assert.Equal("1", cut.Find("[data-testid=archive-missing-count] .ch-stat-value").TextContent);
        var missing = cut.Find("[data-testid=archive-missing-table]");
        Assert.Contains("路灯损坏", missing.TextContent);
        Assert.Contains("无实物资料的原因：现场维修", missing.TextContent);
        Assert.DoesNotContain("低保审核周期过长", missing.TextContent);
    }

    [Fact]
    public void Every_record_shows_its_files_or_its_written_record_in_Chinese()
    {
        var cut = Render<UnitArchiveView>(p => p.Add(x => x.Archive, Archive(
            Row(ArchiveKind.WorkItem, 1, "联动对接上级", EvidenceStanding.Covered, ["活动记录.pdf"]),
            Row(ArchiveKind.Meeting, 3, "专题民主生活会", EvidenceStanding.WrittenRecord, written: "发言记录5人"))));

        var all = cut.Find("[data-testid=archive-records-table]");
        Assert.Contains("活动记录.pdf", cut.Find("[data-record='WorkItem-1']").TextContent);
        Assert.Contains("有实物资料", cut.Find("[data-record='WorkItem-1'] [data-testid=archive-standing]").TextContent);
        Assert.Contains("以系统内书面记录为凭", cut.Find("[data-record='Meeting-3']").TextContent);
        Assert.Contains("发言记录5人", all.TextContent);
        Assert.Contains("应有实物资料的事项都已上传", cut.Markup);
        Assert.Contains("本类不上传附件", cut.Find("[data-testid=archive-kinds-table] [data-kind='Meeting']").TextContent);
    }

    [Fact]
    public void Opening_a_unit_from_the_overview_raises_its_id()
    {
        int? opened = null;
        var cut = Render<ArchiveUnitTable>(p => p
            .Add(x => x.Units, [new ArchiveUnitDto(10, "东山街道", 12, 4, 3), new ArchiveUnitDto(11, "区民政局", 8, 5, 0)])
            .Add(x => x.OnOpen, (int id) => opened = id));

        Assert.Contains("ch-bad-text", cut.Find("[data-unit='10'] td:nth-child(4)").ClassName);
        cut.Find("[data-unit='11'] button").Click();

        Assert.Equal(11, opened);
    }
}
