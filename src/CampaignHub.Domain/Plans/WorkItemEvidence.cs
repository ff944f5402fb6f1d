using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Plans;

/// <summary>
/// A file proving an activity happened (实物资料: "每一项活动都要有能看得到的具体实物资料", seed 000).
/// The bytes are stored under data/ by the web layer; this records where and what. Part of <see cref="WorkItem"/>.
/// </summary>
public sealed class WorkItemEvidence : Entity
{
    private WorkItemEvidence()
    {
        FileName = string.Empty;
        StoredPath = string.Empty;
        ContentType = string.Empty;
        UploadedBy = string.Empty;
    }

    internal WorkItemEvidence(string fileName, string storedPath, string contentType, long sizeBytes, string uploadedBy, DateTimeOffset uploadedAt)
    {
        FileName = fileName;
        StoredPath = storedPath;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int WorkItemId { get; private set; }

    /// <summary>The name the user uploaded, shown in the list.</summary>
    public string FileName { get; private set; }

    /// <summary>Where the web layer stored the bytes, relative to data/.</summary>
    public string StoredPath { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>Which files are accepted as evidence: JPEG/PNG images and PDF, up to 10 MB.</summary>
public static class EvidenceRules
{
    public const long MaxSizeBytes = 10L * 1024 * 1024;

    public static IReadOnlyDictionary<string, string[]> AllowedTypes { get; } = new Dictionary<string, string[]>
    {
        ["image/jpeg"] = [".jpg", ".jpeg"],
        ["image/png"] = [".png"],
        ["application/pdf"] = [".pdf"],
    };

    /// <summary>For the file input's accept attribute.</summary>
    public static string AcceptAttribute => string.Join(',', AllowedTypes.Keys.Concat(AllowedTypes.Values.SelectMany(e => e)));

    /// <summary>The problem with an upload, or null when it is acceptable. Checked before the bytes are stored.</summary>
    public static string? Check(string? fileName, string? contentType, long sizeBytes)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return "文件名不能为空";
        }

        if (fileName.Trim().Length > 200)
        {
            return "文件名不能超过200个字符";
        }

        var type = contentType?.Trim().ToLowerInvariant() ?? string.Empty;
        var extension = Path.GetExtension(fileName.Trim()).ToLowerInvariant();
        if (!AllowedTypes.TryGetValue(type, out var extensions) || !extensions.Contains(extension))
        {
            return "只能上传 JPG、PNG 图片或 PDF 文件";
        }

        if (sizeBytes <= 0)
        {
            return "文件是空的，请重新选择";
        }

        if (sizeBytes > MaxSizeBytes)
        {
            return $"文件不能超过{MaxSizeBytes / 1024 / 1024}MB";
        }

        return null;
    }

    public static void EnsureAcceptable(string? fileName, string? contentType, long sizeBytes)
    {
        if (Check(fileName, contentType, sizeBytes) is { } problem)
        {
            throw new DomainException(problem);
        }
    }
}
