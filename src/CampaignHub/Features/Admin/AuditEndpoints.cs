using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.Admin;

/// <summary>The audit trail's export (admin only), on the same service and filter as the page.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/admin/audit/export", async (string? entityType, string? person, ClaimsPrincipal user, AuditService audit) =>
                TypedResults.File(
                    await audit.ExportAsync(ActorFactory.From(user), entityType, person),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "审计日志.xlsx"))
            .WithTags("系统管理")
            .WithSummary("导出审计日志（Excel）")
            .RequireAuthorization(Policies.Admin);
    }
}
