using CampaignHub.Domain.Common;
using Microsoft.Extensions.Options;

namespace CampaignHub.Infrastructure.Files;

public sealed record StoredFile(string RelativePath, string FileName, string ContentType, long SizeBytes);

/// <summary>
/// Stores evidence files (实物资料) under {SharedFolder}/evidence (the data folder unless set), named by a random id so a user's file
/// name never becomes a path. Type and size rules belong to the feature's domain; this only refuses
/// what no feature accepts.
/// </summary>
public sealed class EvidenceStore(IOptions<CampaignHubOptions> options)
{
    /// <summary>No evidence file may exceed this, whatever the feature allows.</summary>
    public const long AbsoluteMaxBytes = 20 * 1024 * 1024;

    private string Root => Path.Combine(options.Value.ResolveSharedFolder(), "evidence");

    public async Task<StoredFile> SaveAsync(Stream content, string fileName, string contentType, long maxBytes, CancellationToken cancellationToken = default)
    {
        var limit = Math.Min(maxBytes, AbsoluteMaxBytes);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var relative = Path.Combine(DateTime.UtcNow.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N") + extension);
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        long written = 0;
        var buffer = new byte[81920];
        await using (var target = File.Create(full))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                written += read;
                if (written > limit)
                {
                    target.Close();
                    File.Delete(full);
                    throw new DomainException($"文件不能超过{limit / 1024 / 1024}MB");
                }

                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }

        return new StoredFile(relative.Replace('\\', '/'), Path.GetFileName(fileName), contentType, written);
    }

    /// <summary>Opens a stored file; refuses any path that escapes the evidence folder.</summary>
    public Stream OpenRead(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            throw new NotFoundException("文件不存在");
        }

        return File.OpenRead(full);
    }

    public void Delete(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (full.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
        {
            File.Delete(full);
        }
    }
}
