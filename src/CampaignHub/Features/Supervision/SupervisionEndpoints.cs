using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.Supervision;

/// <summary>The authorised download of a report's evidence: whoever reads the order (a coordinator within their tree).</summary>
public static class SupervisionEndpoints
{
    public static void MapSupervisionEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/supervision/orders/{orderId:int}/evidence/{evidenceId:int}", async (int orderId, int evidenceId, ClaimsPrincipal user, SupervisionService supervision) =>
            {
                var (content, fileName, contentType) = await supervision.OpenEvidenceAsync(ActorFactory.From(user), orderId, evidenceId);
                return TypedResults.File(content, contentType, fileName);
            })
            .WithTags("督导与整改通知")
            .WithSummary("下载整改反馈的佐证材料")
            .RequireAuthorization(Policies.Staff);
}
