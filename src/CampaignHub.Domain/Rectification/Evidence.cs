using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Rectification;

/// <summary>
/// A file proving the work was done (实物资料). Only the metadata lives here; the bytes are kept by
/// the file store under <see cref="StoragePath"/>. Part of the <see cref="RectificationItem"/> aggregate.
/// </summary>
public sealed class Evidence : Entity
{
    public const long MaxSizeBytes = 20L * 1024 * 1024;

    private Evidence()
    {
        FileName = string.Empty;
        StoragePath = string.Empty;
        ContentType = string.Empty;
        UploadedBy = string.Empty;
    }

    internal Evidence(string fileName, string storagePath, string contentType, long sizeBytes, string uploadedBy, DateTimeOffset uploadedAt)
    {
        FileName = Guard.Required(fileName, "文件名", 200);
        StoragePath = Guard.Required(storagePath, "存储路径", 500);
        ContentType = Guard.Required(contentType, "文件类型", 100);
        if (sizeBytes is <= 0 or > MaxSizeBytes)
        {
            throw new DomainException($"文件大小必须在1字节到{MaxSizeBytes / 1024 / 1024}MB之间");
        }

        SizeBytes = sizeBytes;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int RectificationItemId { get; private set; }

    public string FileName { get; private set; }

    public string StoragePath { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
