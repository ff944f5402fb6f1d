using System.Text;

namespace CampaignHub.Domain.EvidenceArchive;

/// <summary>One file to put in the archive: the record it proves, the file, and its path inside the .zip.</summary>
public sealed record PackedFile(ArchiveRecord Record, ArchiveFile File, string EntryPath);

/// <summary>A file left out of the archive because the archive reached its size bound; the index lists it.</summary>
public sealed record LeftOutFile(ArchiveRecord Record, ArchiveFile File);

/// <summary>What goes into one unit's archive.</summary>
public sealed record ArchivePlan(IReadOnlyList<PackedFile> Packed, IReadOnlyList<LeftOutFile> LeftOut, long PackedBytes);

/// <summary>
/// Plans a unit's .zip: one folder per kind, each file named after its record and its uploaded name, made safe
/// (no path separators, no "..", no characters Windows refuses, bounded length) and made unique within its folder.
/// Files are packed in archive order until <see cref="MaxArchiveBytes"/>; the rest are left out and listed.
/// </summary>
public static class ArchivePacking
{
    /// <summary>
    /// 500 MB of evidence per archive: each file is at most 20 MB, so this holds 25 or more files at the largest and a
    /// campaign's photos and scans in practice, while one download stays within what the office's network carries.
    /// </summary>
    public const long MaxArchiveBytes = 500L * 1024 * 1024;

    /// <summary>File names stay well under the 255 characters file systems allow, with room for a "(2)".</summary>
    public const int MaxNameLength = 80;

    public const string IndexFileName = "实物资料索引.xlsx";

    public static ArchivePlan Plan(EvidenceCoverage coverage, long maxBytes = MaxArchiveBytes)
    {
        var packed = new List<PackedFile>();
        var leftOut = new List<LeftOutFile>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long total = 0;
        foreach (var record in coverage.Records.Select(r => r.Record))
        {
            foreach (var file in record.Files)
            {
                if (total + file.SizeBytes > maxBytes)
                {
                    leftOut.Add(new LeftOutFile(record, file));
                    continue;
                }

                var folder = record.Kind.FolderName();
                var name = Unique(taken, folder, SafeName($"{record.Title}_{file.FileName}"));
                packed.Add(new PackedFile(record, file, $"{folder}/{name}"));
                total += file.SizeBytes;
            }
        }

        return new ArchivePlan(packed, leftOut, total);
    }

    /// <summary>A name safe as one path segment: separators, control and reserved characters become "_", dots never lead.</summary>
    public static string SafeName(string? name)
    {
        var text = (name ?? string.Empty).Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) || "/\\:*?\"<>|".Contains(c) ? '_' : c);
        }

        var cleaned = builder.ToString().Replace("..", "_", StringComparison.Ordinal).Trim().Trim('.', ' ');
        if (cleaned.Length == 0)
        {
            cleaned = "文件";
        }

        var extension = Path.GetExtension(cleaned);
        if (extension.Length > 10)
        {
            extension = string.Empty;
        }

        var stem = cleaned[..^extension.Length].TrimEnd('.', ' ');
        if (stem.Length == 0)
        {
            stem = "文件";
        }

        if (stem.Length + extension.Length > MaxNameLength)
        {
            stem = stem[..(MaxNameLength - extension.Length)].TrimEnd('.', ' ');
        }

        return IsReservedDeviceName(stem) ? "_" + stem + extension : stem + extension;
    }

    private static string Unique(HashSet<string> taken, string folder, string name)
    {
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        var candidate = name;
        for (var n = 2; !taken.Add($"{folder}/{candidate}"); n++)
        {
            candidate = $"{stem}({n}){extension}";
        }

        return candidate;
    }

    private static bool IsReservedDeviceName(string stem) =>
        stem.ToUpperInvariant() is "CON" or "PRN" or "AUX" or "NUL"
        || (stem.Length == 4 && (stem.StartsWith("COM", StringComparison.OrdinalIgnoreCase) || stem.StartsWith("LPT", StringComparison.OrdinalIgnoreCase)) && char.IsDigit(stem[3]));
}
