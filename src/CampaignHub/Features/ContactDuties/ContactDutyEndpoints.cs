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
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/people/{personId:int}", async (int personId, int? year, ClaimsPrincipal user, ComplianceService compliance) =>
                TypedResults.Ok(await compliance.GetPersonCardAsync(ActorFactory.From(user), personId, year)))
            .RequireAuthorization(Policies.Staff);

        // Leaders record for their own unit, coordinators for theirs: the service decides, whatever the caller sends.
        api.MapPost("/contacts/activities", async (RecordActivityRequest request, ClaimsPrincipal user, ContactActivityService activities) =>
                TypedResults.Ok(await activities.RecordAsync(ActorFactory.From(user), request)))
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/evidence/{evidenceId:int}", async (int evidenceId, ContactActivityService activities) =>
            {
                var (content, fileName, contentType) = await activities.OpenEvidenceAsync(evidenceId);
                return TypedResults.File(content, contentType, fileName);
            })
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/units/{unitId:int}/report.xlsx", async (int unitId, int? year, ComplianceService compliance) =>
            {
                var (content, fileName) = await compliance.ExportYearEndReportAsync(unitId, year);
                return TypedResults.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
            })
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/wall", async (int? year, ComplianceService compliance) =>
                TypedResults.Ok(await compliance.GetWallSummaryAsync(year)))
            .RequireAuthorization(Policies.Wall);
    }
}
