namespace CampaignHub.Domain.EvidenceArchive;

/// <summary>One evidence file of a record: its uploaded name and where the evidence store keeps its bytes.</summary>
public sealed record ArchiveFile(string FileName, string StoragePath, string ContentType, long SizeBytes);

/// <summary>
/// One activity, item or meeting of a unit as the evidence archive sees it. <see cref="EvidenceDue"/> says whether the
/// work has happened, so its tangible material is owed now (<see cref="ArchiveRecords"/> decides it per kind).
/// </summary>
public sealed record ArchiveRecord(
    ArchiveKind Kind,
    int Id,
    string Title,
    DateOnly? Date,
    string StatusText,
    string? Responsible,
    bool EvidenceDue,
    IReadOnlyList<ArchiveFile> Files,
    string? WrittenRecord = null,
    string? Note = null)
{
    public bool HasFiles => Files.Count > 0;
}
