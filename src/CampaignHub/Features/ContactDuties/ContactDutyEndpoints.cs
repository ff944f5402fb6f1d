using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.ContactDuties;

/// <summary>JSON and file endpoints of the contact duties: the same services and rules as the pages.</summary>
public static class ContactDutyEndpoints
{
    public static void MapContactDutyEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/contacts/office", async (int? year, ComplianceService compliance) =>
                TypedResults.Ok(await compliance.GetOfficeAsync(year)))
            .WithTags("联系服务群众")
            .WithSummary("获取活动办的联系服务群众履职汇总")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/people/{personId:int}", async (int personId, int? year, ClaimsPrincipal user, ComplianceService compliance) =>
                TypedResults.Ok(await compliance.GetPersonCardAsync(ActorFactory.From(user), personId, year)))
            .WithTags("联系服务群众")
            .WithSummary("获取某位领导的年度履职卡")
            .RequireAuthorization(Policies.Staff);

        // Leaders record for their own unit, coordinators for theirs: the service decides, whatever the caller sends.
        api.MapPost("/contacts/activities", async (RecordActivityRequest request, ClaimsPrincipal user, ContactActivityService activities) =>
                TypedResults.Ok(await activities.RecordAsync(ActorFactory.From(user), request)))
            .WithTags("联系服务群众")
            .WithSummary("登记一次联系服务群众活动")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/evidence/{evidenceId:int}", async (int evidenceId, ContactActivityService activities) =>
            {
                var (content, fileName, contentType) = await activities.OpenEvidenceAsync(evidenceId);
                return TypedResults.File(content, contentType, fileName);
            })
            .WithTags("联系服务群众")
            .WithSummary("下载联系活动的佐证材料")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/units/{unitId:int}/report.xlsx", async (int unitId, int? year, ComplianceService compliance) =>
            {
                var (content, fileName) = await compliance.ExportYearEndReportAsync(unitId, year);
                return TypedResults.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
            })
            .WithTags("联系服务群众")
            .WithSummary("导出某单位年终履职报表（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/wall", async (int? year, ComplianceService compliance) =>
                TypedResults.Ok(await compliance.GetWallSummaryAsync(year)))
            .WithTags("联系服务群众")
            .WithSummary("获取大屏上的联系服务群众履职摘要")
            .RequireAuthorization(Policies.Wall);
    }
}
