using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.ContactDuties;

/// <summary>
/// The rural points' 三个一, the 三送 records and 结对共建 over JSON: the same service and domain rules as the page.
/// Whose unit it is comes from the records and the rules, never from what the caller claims.
/// </summary>
public static class RuralEndpoints
{
    private const string Tag = "联系服务群众";

    public static void MapRuralDutyEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/contacts/rural", async (int? year, ClaimsPrincipal user, RuralService rural) =>
                TypedResults.Ok(await rural.GetBoardAsync(ActorFactory.From(user), year)))
            .WithTags(Tag)
            .WithSummary("获取各单位农村联系点“三个一”落实情况、“三送”记录和结对共建情况")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/rural.xlsx", async (int? year, ClaimsPrincipal user, RuralService rural) =>
                TypedResults.File(await rural.ExportAsync(ActorFactory.From(user), year), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "三送、三个一和结对共建.xlsx"))
            .WithTags(Tag)
            .WithSummary("导出农村联系点“三个一”、“三送”和结对共建（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/rural/points", async (DesignateRuralPointRequest request, ClaimsPrincipal user, RuralService rural) =>
                TypedResults.Created((string?)null, await rural.DesignatePointAsync(ActorFactory.From(user), request)))
            .WithTags(Tag)
            .WithSummary("登记单位的农村联系点（新农村建设点）")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/rural/points/{pointId:int}/contributions", async (int pointId, RuralContributionRequest request, ClaimsPrincipal user, RuralService rural) =>
                TypedResults.Created((string?)null, await rural.RecordContributionAsync(ActorFactory.From(user), pointId, request)))
            .WithTags(Tag)
            .WithSummary("登记农村联系点“三个一”：下派党建工作指导员、资助党员活动室经费或捐赠电脑")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/rural/sends", async (RecordThreeSendsRequest request, ClaimsPrincipal user, RuralService rural) =>
                TypedResults.Created((string?)null, await rural.RecordSendAsync(ActorFactory.From(user), request)))
            .WithTags(Tag)
            .WithSummary("登记一次“三送”（送政策、送服务、送温暖）")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/rural/pairings", async (FormPairingRequest request, ClaimsPrincipal user, RuralService rural) =>
                TypedResults.Created((string?)null, await rural.FormPairingAsync(ActorFactory.From(user), request)))
            .WithTags(Tag)
            .WithSummary("登记机关党组织与农村党组织结对共建")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/rural/pairings/{pairingId:int}/activities", async (int pairingId, JointActivityRequest request, ClaimsPrincipal user, RuralService rural) =>
                TypedResults.Created((string?)null, await rural.RecordJointActivityAsync(ActorFactory.From(user), pairingId, request)))
            .WithTags(Tag)
            .WithSummary("登记结对共建的共建活动（同建共进）")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/rural/pairings/{pairingId:int}/end", async (int pairingId, EndPairingRequest request, ClaimsPrincipal user, RuralService rural) =>
            {
                await rural.EndPairingAsync(ActorFactory.From(user), pairingId, request);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("结束结对共建")
            .RequireAuthorization(Policies.Staff);
    }
}
