using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.Reports;

public static class ReportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapReportEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/campaigns/{campaignId:int}/report.xlsx", async (int campaignId, ClaimsPrincipal user, ReportService reports, CancellationToken cancellationToken) =>
            {
                var (content, fileName) = await reports.ExportCampaignAsync(ActorFactory.From(user), campaignId, cancellationToken);
                return TypedResults.File(content, Xlsx, fileName);
            })
            .WithTags("统计报表")
            .WithSummary("导出活动统计报表（Excel）")
            .RequireAuthorization(Policies.Staff);
}
