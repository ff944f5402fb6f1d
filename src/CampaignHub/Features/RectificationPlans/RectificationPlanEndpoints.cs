using System.Security.Claims;
using CampaignHub.Components.Shared;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Identity;

namespace CampaignHub.Features.RectificationPlans;

public static class RectificationPlanEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Tag = "整改方案";

    public static RouteGroupBuilder MapRectificationPlanEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/rectification-plans", async (int campaignId, int? unitId, RectificationPlanKind? kind, ClaimsPrincipal user, RectificationPlanService plans) =>
                TypedResults.Ok(await plans.ListAsync(ActorFactory.From(user), campaignId, new PlanFilter(unitId, kind))))
            .WithTags(Tag)
            .WithSummary("获取各单位整改方案、个人整改措施和问题清单")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/rectification-plans/export", async (int campaignId, int? unitId, RectificationPlanKind? kind, ClaimsPrincipal user, RectificationPlanService plans) =>
                TypedResults.File(await plans.ExportAsync(ActorFactory.From(user), campaignId, new PlanFilter(unitId, kind)), XlsxType, "整改方案.xlsx"))
            .WithTags(Tag)
            .WithSummary("导出整改方案、个人整改措施和问题清单（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/campaigns/{campaignId:int}/rectification-plans", async (int campaignId, FilePlanInput input, ClaimsPrincipal user, RectificationPlanService plans) =>
                TypedResults.Ok(new { id = await plans.FileAsync(ActorFactory.From(user), campaignId, input) }))
            .WithTags(Tag)
            .WithSummary("制定整改方案、个人整改措施或问题清单")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapGet("/rectification-plans/{planId:int}", async (int planId, ClaimsPrincipal user, RectificationPlanService plans) =>
                TypedResults.Ok(await plans.GetAsync(ActorFactory.From(user), planId)))
            .WithTags(Tag)
            .WithSummary("获取整改方案及其关联的整改事项")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/rectification-plans/{planId:int}/items", async (int planId, NewPlanItem input, ClaimsPrincipal user, RectificationPlanService plans) =>
                TypedResults.Ok(new { id = await plans.CreateItemAsync(ActorFactory.From(user), planId, input) }))
            .WithTags(Tag)
            .WithSummary("从整改方案新增整改事项")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/rectification-plans/{planId:int}/links", async (int planId, LinkItemInput input, ClaimsPrincipal user, RectificationPlanService plans) =>
            {
                await plans.LinkAsync(ActorFactory.From(user), planId, input.RectificationItemId);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("将本单位已有整改事项关联到整改方案")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/rectification-plans/{planId:int}/comments", async (int planId, CommentInput input, ClaimsPrincipal user, RectificationPlanService plans) =>
            {
                await plans.CommentAsync(ActorFactory.From(user), planId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("对整改方案提出意见")
            .RequireAuthorization(Policies.Staff);

        return api;
    }
}
