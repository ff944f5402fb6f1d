using CampaignHub.Domain.Common;
using CampaignHub.Domain.EvidenceArchive;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.EvidenceArchive;

/// <summary>How a unit's archive is laid out: a folder per kind, safe unique Chinese names, bounded in size.</summary>
public sealed class ArchivePackingTests
{
    private static ArchiveRecord Record(ArchiveKind kind, int id, string title, params (string Name, long Size)[] files) =>
        new(kind, id, title, new DateOnly(2014, 4, 1), "已完成", null, true, files.Select(f => new ArchiveFile(f.Name, $"201404/{Guid.NewGuid():N}", "image/jpeg", f.Size)).ToList());

    [Fact]
    public void Each_file_goes_in_its_kinds_folder_named_after_its_record()
    {
        var plan = ArchivePacking.Plan(EvidenceCoverage.Assess([Record(ArchiveKind.RectificationItem, 1, "低保审核周期过长", ("整改照片.jpg", 100))]));

        Assert.Equal("03_整改事项/低保审核周期过长_整改照片.jpg", Assert.Single(plan.Packed).EntryPath);
    }

    [Fact]
    public void Duplicate_names_in_a_folder_are_numbered()
    {
        var plan = ArchivePacking.Plan(EvidenceCoverage.Assess([
            Record(ArchiveKind.WorkItem, 1, "走访", ("照片.jpg", 10), ("照片.jpg", 10)),
            Record(ArchiveKind.WorkItem, 2, "走访", ("照片.jpg", 10)),
        ]));

        Assert.Equal(["01_工作事项/走访_照片.jpg", "01_工作事项/走访_照片(2).jpg", "01_工作事项/走访_照片(3).jpg"], plan.Packed.Select(p => p.EntryPath));
    }

    [Theory]
    [InlineData("../../etc/passwd", "____etc_passwd")]
    [InlineData("..\\..\\系统\\照片.jpg", "____系统_照片.jpg")]
    [InlineData("a:b*c?.pdf", "a_b_c_.pdf")]
    [InlineData("   ", "文件")]
    [InlineData("CON.pdf", "_CON.pdf")]
    public void Names_cannot_leave_their_folder_or_upset_a_file_system(string uploaded, string expected)
    {
        var safe = ArchivePacking.SafeName(uploaded);

        Assert.Equal(expected, safe);
        Assert.DoesNotContain("..", safe, StringComparison.Ordinal);
        Assert.DoesNotContain('/', safe);
        Assert.DoesNotContain('\\', safe);
    }

    [Fact]
    public void Long_names_are_shortened_keeping_the_extension()
    {
        var safe = ArchivePacking.SafeName(new string('长', 300) + ".pdf");

        Assert.Equal(ArchivePacking.MaxNameLength, safe.Length);
        Assert.EndsWith(".pdf", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_past_the_size_bound_are_left_out_and_listed()
    {
        var plan = ArchivePacking.Plan(EvidenceCoverage.Assess([Record(ArchiveKind.WorkItem, 1, "走访", ("一.jpg", 60), ("二.jpg", 60), ("三.jpg", 30))]), maxBytes: 100);

        Assert.Equal(["01_工作事项/走访_一.jpg", "01_工作事项/走访_三.jpg"], plan.Packed.Select(p => p.EntryPath));
        Assert.Equal("二.jpg", Assert.Single(plan.LeftOut).File.FileName);
        Assert.Equal(90, plan.PackedBytes);
    }

    [Fact]
    public void A_coordinator_reads_only_their_own_units_archive_and_overseers_read_every_units()
    {
        Assert.True(EvidenceArchiveAccess.WhyCannotRead(ActorBuilder.Coordinator(4), 4).IsAllowed);
        Assert.Equal(RefusalKind.NotPermitted, EvidenceArchiveAccess.WhyCannotRead(ActorBuilder.Coordinator(4), 5).Refusal);
        Assert.True(EvidenceArchiveAccess.WhyCannotRead(ActorBuilder.Leader(), 5).IsAllowed);
        Assert.True(EvidenceArchiveAccess.WhyCannotRead(ActorBuilder.Supervisor(), 5).IsAllowed);
        Assert.Equal(4, EvidenceArchiveAccess.FixedUnitOf(ActorBuilder.Coordinator(4)));
        Assert.Null(EvidenceArchiveAccess.FixedUnitOf(ActorBuilder.Office()));
    }
}
