using CampaignHub.Domain.Common;
using CampaignHub.Identity;
using System.Security.Claims;

namespace CampaignHub.Features.Campaigns;

public sealed record MarkMilestoneRequest(DateOnly MetOn, string? Note, int? ExpectedVersion);

/// <summary>JSON endpoints for external clients and scripts. The same services and rules as the UI.</summary>
public static class CampaignEndpoints
{
    public static void MapCampaignEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/overview", async (int campaignId, CampaignService campaigns) =>
                TypedResults.Ok(await campaigns.GetOverviewAsync(campaignId)))
            .WithTags("活动与时间节点")
            .WithSummary("获取活动总览：各单位各时间节点完成情况")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/milestones/{milestoneId:int}/units/{unitId:int}/met", async (int milestoneId, int unitId, MarkMilestoneRequest request, ClaimsPrincipal user, MilestoneService milestones) =>
                TypedResults.Ok(await milestones.MarkMetAsync(ActorFactory.From(user), milestoneId, unitId, request.MetOn, request.Note, request.ExpectedVersion)))
            .WithTags("活动与时间节点")
            .WithSummary("登记某单位完成某时间节点")
            .RequireAuthorization(Policies.UnitEditor);

    }
}
