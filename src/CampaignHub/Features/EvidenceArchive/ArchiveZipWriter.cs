using System.IO.Compression;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.EvidenceArchive;
using CampaignHub.Infrastructure.Files;

namespace CampaignHub.Features.EvidenceArchive;

/// <summary>
/// Streams one unit's archive as a .zip straight to the response: a folder per kind with the evidence files (names
/// planned by <see cref="ArchivePacking"/>), then the index workbook, which lists every record, where each file went,
/// the records lacking material and any file not packed (over the size bound, or absent from the store).
/// Photos and PDFs are already compressed, so files are stored rather than deflated again.
/// </summary>
public sealed class ArchiveZipWriter(EvidenceStore store, ILogger<ArchiveZipWriter> logger)
{
    public static string FileNameOf(UnitArchive archive) => $"{ArchivePacking.SafeName(archive.UnitName)}实物资料档案.zip";

    public async Task WriteAsync(UnitArchive archive, Stream output, CancellationToken cancellationToken)
    {
        var plan = ArchivePacking.Plan(archive.Coverage);
        var notPacked = plan.LeftOut
            .Select(f => (f.Record, f.File, $"压缩包已达{ArchivePacking.MaxArchiveBytes / 1024 / 1024}MB上限，请到原事项中下载"))
            .ToList();
        var entries = new Dictionary<ArchiveRecord, List<string>>();
        await using var body = new ResponseZipStream(output);
        await using (var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            foreach (var packed in plan.Packed)
            {
                Stream source;
                try
                {
                    source = store.OpenRead(packed.File.StoragePath);
                }
                catch (NotFoundException)
                {
                    logger.LogWarning("Evidence file {Path} of {Kind} {Id} is absent from the store", packed.File.StoragePath, packed.Record.Kind, packed.Record.Id);
                    notPacked.Add((packed.Record, packed.File, "文件在存储中找不到，请重新上传"));
                    continue;
                }

                await using (source)
                {
                    var entry = zip.CreateEntry(packed.EntryPath, CompressionLevel.NoCompression);
                    await using var target = await entry.OpenAsync(cancellationToken);
                    await source.CopyToAsync(target, cancellationToken);
                }

                if (!entries.TryGetValue(packed.Record, out var paths))
                {
                    entries[packed.Record] = paths = [];
                }

                paths.Add(packed.EntryPath);
            }

            var index = EvidenceArchiveService.Index(archive, entries.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value), notPacked);
            var indexEntry = zip.CreateEntry(ArchivePacking.IndexFileName, CompressionLevel.Optimal);
            await using var indexStream = await indexEntry.OpenAsync(cancellationToken);
            await indexStream.WriteAsync(index, cancellationToken);
        }

        await body.SendPendingAsync(cancellationToken);
    }
}
