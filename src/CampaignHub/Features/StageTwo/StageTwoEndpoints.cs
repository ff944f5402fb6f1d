using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.StageTwo;

public static class StageTwoEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Tag = "查摆问题、开展批评";

    public static RouteGroupBuilder MapStageTwoEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/stage-two", async (int campaignId, ClaimsPrincipal user, StageTwoService stageTwo) =>
                TypedResults.Ok(await stageTwo.OverviewAsync(ActorFactory.From(user), campaignId)))
            .WithTags(Tag)
            .WithSummary("获取各单位查摆问题、开展批评环节进展")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/stage-two/export", async (int campaignId, ClaimsPrincipal user, StageTwoService stageTwo) =>
                TypedResults.File(await stageTwo.ExportAsync(ActorFactory.From(user), campaignId), XlsxType, "查摆问题开展批评进展.xlsx"))
            .WithTags(Tag)
            .WithSummary("导出各单位查摆问题、开展批评环节进展（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/stage-two/units/{unitId:int}", async (int campaignId, int unitId, ClaimsPrincipal user, StageTwoService stageTwo) =>
                TypedResults.Ok(await stageTwo.UnitAsync(ActorFactory.From(user), campaignId, unitId)))
            .WithTags(Tag)
            .WithSummary("获取单位的对照检查材料、谈心谈话、民主生活会和情况通报会")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/stage-two/materials/{materialId:int}/submit", async (int materialId, MaterialTextInput input, ClaimsPrincipal user, StageTwoService stageTwo) =>
            {
                await stageTwo.SubmitMaterialAsync(ActorFactory.From(user), materialId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("对照检查材料报送上级审核")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/stage-two/materials/{materialId:int}/comments", async (int materialId, CommentInput input, ClaimsPrincipal user, StageTwoService stageTwo) =>
            {
                await stageTwo.CommentAsync(ActorFactory.From(user), materialId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("对对照检查材料提出意见")
            .RequireAuthorization(Policies.Staff);

        return api;
    }
}
