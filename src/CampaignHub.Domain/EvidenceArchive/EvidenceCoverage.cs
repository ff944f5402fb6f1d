namespace CampaignHub.Domain.EvidenceArchive;

/// <summary>Where a record stands on its tangible material (实物资料).</summary>
public enum EvidenceStanding
{
    /// <summary>有实物资料: at least one file is attached.</summary>
    Covered = 0,

    /// <summary>缺少实物资料: the work has happened, files can be attached, and none is.</summary>
    Missing = 1,

    /// <summary>尚未到期: the work has not happened yet, so nothing is owed.</summary>
    NotYetDue = 2,

    /// <summary>以书面记录为凭: a kind kept as a written record in the system, with no files to attach.</summary>
    WrittenRecord = 3,
}

public static class EvidenceStandingNames
{
    public static string ToChinese(this EvidenceStanding standing) => standing switch
    {
        EvidenceStanding.Covered => "有实物资料",
        EvidenceStanding.Missing => "缺少实物资料",
        EvidenceStanding.NotYetDue => "尚未完成，暂不要求",
        EvidenceStanding.WrittenRecord => "以系统内书面记录为凭",
        _ => standing.ToString(),
    };
}

/// <summary>A record with where it stands.</summary>
public sealed record AssessedRecord(ArchiveRecord Record, EvidenceStanding Standing);

/// <summary>One kind's counts: how many records, how many owe material, how many have it and how many lack it.</summary>
public sealed record KindCoverage(ArchiveKind Kind, int Records, int Due, int Covered, int Missing, int WrittenRecords, int NotYetDue);

/// <summary>
/// The one computation of which of a unit's records lack their tangible material ("每一项活动都要有能看得到的具体实物资料"):
/// a record with files is covered; one of a kind that takes files whose work has happened and has none is missing;
/// kinds kept only as written records stand on that record; work not yet done owes nothing.
/// </summary>
public sealed class EvidenceCoverage
{
    private EvidenceCoverage(IReadOnlyList<AssessedRecord> records)
    {
        Records = records;
        Kinds = ArchiveKinds.All
            .Select(kind =>
            {
                var ofKind = records.Where(r => r.Record.Kind == kind).ToList();
                return new KindCoverage(
                    kind,
                    ofKind.Count,
                    ofKind.Count(r => r.Record.EvidenceDue),
                    ofKind.Count(r => r.Standing == EvidenceStanding.Covered),
                    ofKind.Count(r => r.Standing == EvidenceStanding.Missing),
                    ofKind.Count(r => r.Standing == EvidenceStanding.WrittenRecord),
                    ofKind.Count(r => r.Standing == EvidenceStanding.NotYetDue));
            })
            .ToList();
    }

    /// <summary>Every record, in archive order (kind, then date, then id).</summary>
    public IReadOnlyList<AssessedRecord> Records { get; }

    /// <summary>Counts for every kind, including kinds with no records.</summary>
    public IReadOnlyList<KindCoverage> Kinds { get; }

    /// <summary>The 缺少实物资料 list.</summary>
    public IReadOnlyList<ArchiveRecord> Missing => Records.Where(r => r.Standing == EvidenceStanding.Missing).Select(r => r.Record).ToList();

    public int MissingCount => Kinds.Sum(k => k.Missing);

    public int CoveredCount => Kinds.Sum(k => k.Covered);

    public int FileCount => Records.Sum(r => r.Record.Files.Count);

    public static EvidenceCoverage Assess(IEnumerable<ArchiveRecord> records) =>
        new(records
            .OrderBy(r => r.Kind).ThenBy(r => r.Date ?? DateOnly.MaxValue).ThenBy(r => r.Id)
            .Select(r => new AssessedRecord(r, StandingOf(r)))
            .ToList());

    public static EvidenceStanding StandingOf(ArchiveRecord record) => record switch
    {
        { HasFiles: true } => EvidenceStanding.Covered,
        { EvidenceDue: false } => EvidenceStanding.NotYetDue,
        _ when !record.Kind.TakesFiles() => EvidenceStanding.WrittenRecord,
        _ => EvidenceStanding.Missing,
    };
}
