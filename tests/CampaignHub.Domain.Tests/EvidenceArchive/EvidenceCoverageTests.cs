using CampaignHub.Domain.EvidenceArchive;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.EvidenceArchive;

/// <summary>Which records owe tangible material (实物资料) and which lack it: one computation over every kind.</summary>
public sealed class EvidenceCoverageTests
{
    private static ArchiveRecord Record(ArchiveKind kind, int id, bool due, params string[] files) =>
        new(kind, id, $"记录{id}", new DateOnly(2014, 4, id % 28 + 1), "状态", null, due, files.Select(f => new ArchiveFile(f, $"201404/{id}-{f}", "image/jpeg", 1000)).ToList());

    [Fact]
    public void Closed_item_without_evidence_is_reported_missing()
    {
        var item = ItemBuilder.Started().WithId(5);
        item.Complete(ActorBuilder.Office(), DemoTree.Build(), ItemBuilder.Clock(), "现场维修，未留存照片");

        var coverage = EvidenceCoverage.Assess([ArchiveRecords.From(item)]);

        var missing = Assert.Single(coverage.Missing);
        Assert.Equal((ArchiveKind.RectificationItem, 5), (missing.Kind, missing.Id));
        Assert.Equal("无实物资料的原因：现场维修，未留存照片", missing.Note);
        Assert.Equal(1, coverage.Kinds.Single(k => k.Kind == ArchiveKind.RectificationItem).Missing);
    }

    [Fact]
    public void Completed_item_with_evidence_is_covered()
    {
        var coverage = EvidenceCoverage.Assess([ArchiveRecords.From(ItemBuilder.Completed().WithId(6))]);

        Assert.Equal(EvidenceStanding.Covered, Assert.Single(coverage.Records).Standing);
        Assert.Empty(coverage.Missing);
    }

    [Fact]
    public void Item_still_in_progress_owes_nothing_yet()
    {
        var coverage = EvidenceCoverage.Assess([ArchiveRecords.From(ItemBuilder.Started().WithId(7))]);

        Assert.Equal(EvidenceStanding.NotYetDue, Assert.Single(coverage.Records).Standing);
        Assert.Equal(0, coverage.MissingCount);
    }

    [Fact]
    public void Done_work_item_with_its_photo_is_covered_and_a_planned_one_is_not_due()
    {
        var done = new WorkItemBuilder().In(WorkItemStatus.Done).Build().WithId(1);
        var planned = new WorkItemBuilder().Build().WithId(2);

        var coverage = EvidenceCoverage.Assess([ArchiveRecords.From(done, _ => null), ArchiveRecords.From(planned, _ => null)]);

        Assert.Equal([EvidenceStanding.Covered, EvidenceStanding.NotYetDue], coverage.Records.OrderBy(r => r.Record.Id).Select(r => r.Standing));
        var kind = coverage.Kinds.Single(k => k.Kind == ArchiveKind.WorkItem);
        Assert.Equal((2, 1, 1, 0, 1), (kind.Records, kind.Due, kind.Covered, kind.Missing, kind.NotYetDue));
    }

    [Fact]
    public void A_recorded_contact_activity_without_a_file_is_missing()
    {
        var coverage = EvidenceCoverage.Assess([Record(ArchiveKind.ContactActivity, 3, due: true)]);

        Assert.Equal(EvidenceStanding.Missing, Assert.Single(coverage.Records).Standing);
    }

    [Fact]
    public void Kinds_kept_as_written_records_are_never_reported_missing()
    {
        var coverage = EvidenceCoverage.Assess([Record(ArchiveKind.Meeting, 1, due: true), Record(ArchiveKind.Talk, 2, due: true), Record(ArchiveKind.Meeting, 3, due: false)]);

        Assert.Empty(coverage.Missing);
        Assert.Equal([EvidenceStanding.WrittenRecord, EvidenceStanding.NotYetDue, EvidenceStanding.WrittenRecord], coverage.Records.Select(r => r.Standing));
        Assert.False(ArchiveKind.Meeting.TakesFiles());
    }

    [Fact]
    public void Counts_cover_every_kind_and_records_come_in_archive_order()
    {
        var coverage = EvidenceCoverage.Assess([Record(ArchiveKind.Rule, 9, true), Record(ArchiveKind.WorkItem, 2, true, "照片.jpg"), Record(ArchiveKind.WorkItem, 1, true)]);

        Assert.Equal(ArchiveKinds.All, coverage.Kinds.Select(k => k.Kind));
        Assert.Equal([ArchiveKind.WorkItem, ArchiveKind.WorkItem, ArchiveKind.Rule], coverage.Records.Select(r => r.Record.Kind));
        Assert.Equal((1, 1, 1), (coverage.CoveredCount, coverage.MissingCount, coverage.FileCount));
    }
}
