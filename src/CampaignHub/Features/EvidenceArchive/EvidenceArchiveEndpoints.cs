using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.EvidenceArchive;

public static class EvidenceArchiveEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Tag = "实物资料档案";

    public static RouteGroupBuilder MapEvidenceArchiveEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/evidence-archive", async (int campaignId, ClaimsPrincipal user, EvidenceArchiveService archive) =>
                TypedResults.Ok(await archive.OverviewAsync(ActorFactory.From(user), campaignId)))
            .WithTags(Tag)
            .WithSummary("获取可查看实物资料档案的单位及缺少实物资料的数量")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/evidence-archive/units/{unitId:int}", async (int campaignId, int unitId, ClaimsPrincipal user, EvidenceArchiveService archive) =>
                TypedResults.Ok(await archive.UnitAsync(ActorFactory.From(user), campaignId, unitId)))
            .WithTags(Tag)
            .WithSummary("获取单位实物资料档案清单及缺少实物资料的事项")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/evidence-archive/units/{unitId:int}/export", async (int campaignId, int unitId, ClaimsPrincipal user, EvidenceArchiveService archive) =>
            {
                var (content, fileName) = await archive.ExportAsync(ActorFactory.From(user), campaignId, unitId);
                return TypedResults.File(content, XlsxType, fileName);
            })
            .WithTags(Tag)
            .WithSummary("导出单位实物资料档案清单（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/evidence-archive/units/{unitId:int}/download", async (int campaignId, int unitId, ClaimsPrincipal user, EvidenceArchiveService archive, ArchiveZipWriter zip, CancellationToken cancellationToken) =>
            {
                // Checked and loaded before the response starts, so a refusal is a clean 403/404 rather than a broken download.
                var unitArchive = await archive.PrepareDownloadAsync(ActorFactory.From(user), campaignId, unitId, cancellationToken);
                return TypedResults.Stream(output => zip.WriteAsync(unitArchive, output, cancellationToken), "application/zip", ArchiveZipWriter.FileNameOf(unitArchive));
            })
            .WithTags(Tag)
            .WithSummary("下载单位实物资料档案压缩包（按类别分文件夹，附索引表）")
            .RequireAuthorization(Policies.Staff);

        return api;
    }
}
