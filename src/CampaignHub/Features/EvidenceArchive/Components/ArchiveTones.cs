using CampaignHub.Domain.EvidenceArchive;
using MudBlazor;

namespace CampaignHub.Features.EvidenceArchive.Components;

/// <summary>How each standing looks: missing material stands out, covered reads as done, the rest stay quiet.</summary>
public static class ArchiveTones
{
    public static Color ColorOf(EvidenceStanding standing) => standing switch
    {
        EvidenceStanding.Covered => Color.Success,
        EvidenceStanding.Missing => Color.Error,
        EvidenceStanding.WrittenRecord => Color.Info,
        _ => Color.Default,
    };

    public static string SizeText(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / 1024m / 1024m:0.#} MB" : $"{Math.Max(1, (int)Math.Ceiling(bytes / 1024m))} KB";
}
