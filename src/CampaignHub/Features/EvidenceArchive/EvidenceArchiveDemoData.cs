using System.Text;
using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.EvidenceArchive;

/// <summary>
/// Photos of a few Jiangning leaders' latest contact activities, so the archive shows activities with their material
/// beside the many still lacking it (the other features' demos already attach files to some work and rectification items).
/// </summary>
public sealed class EvidenceArchiveDemoData(EvidenceStore evidenceStore) : IDemoSeedContributor
{
    private const string DemoPdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    private static readonly (string UnitKey, string FileName)[] Attachments =
    [
        ("dongshan", "走访现场照片.pdf"),
        ("dongshan", "活动签到表.pdf"),
        ("minzheng", "走访现场照片.pdf"),
    ];

    /// <summary>After the contact duties and the other features' demos.</summary>
    public int Order => 130;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstAsync(c => c.Id == context.CampaignId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var office = new Actor("office", "区委学教办", new HashSet<string> { Roles.Office }, null);
        foreach (var unitAttachments in Attachments.GroupBy(a => a.UnitKey))
        {
            var unitId = context.Units[unitAttachments.Key];
            var latest = await db.Set<ContactActivity>().Include("_evidence")
                .Where(a => a.UnitId == unitId && a.StartDate >= campaign.StartDate && a.EndDate <= context.Today)
                .OrderByDescending(a => a.StartDate).ThenBy(a => a.Id)
                .Take(unitAttachments.Count())
                .ToListAsync(cancellationToken);
            foreach (var (activity, fileName) in latest.Zip(unitAttachments.Select(a => a.FileName)))
            {
                using var content = new MemoryStream(Encoding.ASCII.GetBytes(DemoPdf));
                var stored = await evidenceStore.SaveAsync(content, fileName, "application/pdf", ActivityEvidence.MaxSizeBytes, cancellationToken);
                activity.AddEvidence(fileName, stored.RelativePath, "application/pdf", stored.SizeBytes, office, tree);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
