using CampaignHub.Domain.EvidenceArchive;

namespace CampaignHub.Features.EvidenceArchive;

/// <summary>A unit one may open the archive of, with its count of records lacking material.</summary>
public sealed record ArchiveUnitDto(int UnitId, string UnitName, int Records, int Covered, int Missing);

/// <summary>The archive page's start: the units the actor may open (one, for a coordinator) and their counts.</summary>
public sealed record ArchiveOverviewDto(int CampaignId, string CampaignTitle, int? FixedUnitId, IReadOnlyList<ArchiveUnitDto> Units);

public sealed record ArchiveFileDto(string FileName, long SizeBytes);

/// <summary>One record as the list shows it; texts are already Chinese.</summary>
public sealed record ArchiveRowDto(
    ArchiveKind Kind,
    string KindText,
    int Id,
    string Title,
    DateOnly? Date,
    string StatusText,
    string? Responsible,
    EvidenceStanding Standing,
    string StandingText,
    IReadOnlyList<ArchiveFileDto> Files,
    string? WrittenRecord,
    string? Note)
{
    public string FilesText => Files.Count == 0 ? string.Empty : string.Join("、", Files.Select(f => f.FileName));
}

public sealed record ArchiveKindDto(ArchiveKind Kind, string KindText, bool TakesFiles, int Records, int Due, int Covered, int Missing, int WrittenRecords, int NotYetDue);

/// <summary>One unit's archive in one campaign: every record with its material, the counts per kind and the missing list.</summary>
public sealed record UnitArchiveDto(
    int CampaignId,
    string CampaignTitle,
    int UnitId,
    string UnitName,
    IReadOnlyList<ArchiveKindDto> Kinds,
    IReadOnlyList<ArchiveRowDto> Rows,
    int MissingCount,
    int CoveredCount,
    int FileCount,
    long FileBytes)
{
    public IReadOnlyList<ArchiveRowDto> Missing => Rows.Where(r => r.Standing == EvidenceStanding.Missing).ToList();
}
