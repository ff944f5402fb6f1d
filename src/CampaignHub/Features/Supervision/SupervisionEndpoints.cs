using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.Supervision;

/// <summary>
/// The authorised download of a report's evidence (whoever reads the order), and the supervision actions' JSON
/// endpoints and exports: the same service and rules as the pages.
/// </summary>
public static class SupervisionEndpoints
{
    private const string Tag = "督导与整改通知";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapSupervisionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/supervision/orders/{orderId:int}/evidence/{evidenceId:int}", async (int orderId, int evidenceId, ClaimsPrincipal user, SupervisionService supervision) =>
            {
                var (content, fileName, contentType) = await supervision.OpenEvidenceAsync(ActorFactory.From(user), orderId, evidenceId);
                return TypedResults.File(content, contentType, fileName);
            })
            .WithTags(Tag)
            .WithSummary("下载整改反馈的佐证材料")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/supervision/actions", async (int campaignId, ClaimsPrincipal user, SupervisionActionService actions) =>
                TypedResults.Ok(await actions.WorkAsync(ActorFactory.From(user), campaignId)))
            .WithTags(Tag)
            .WithSummary("获取督导活动、工作量和未办结的发现问题")
            .RequireAuthorization(Policies.Supervision);

        api.MapGet("/supervision/actions/{actionId:int}", async (int actionId, ClaimsPrincipal user, SupervisionActionService actions) =>
                TypedResults.Ok(await actions.GetAsync(ActorFactory.From(user), actionId)))
            .WithTags(Tag)
            .WithSummary("获取一次督导活动及其发现问题")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/supervision/actions", async (int campaignId, SupervisionActionInput input, ClaimsPrincipal user, SupervisionActionService actions) =>
                TypedResults.Ok(await actions.RecordAsync(ActorFactory.From(user), campaignId, input)))
            .WithTags(Tag)
            .WithSummary("记录督导活动（审阅方案材料、抽查、列席会议、回头看）及发现问题")
            .RequireAuthorization(Policies.Supervision);

        api.MapPost("/supervision/actions/{actionId:int}/findings/{number:int}/respond", async (int actionId, int number, FindingTextRequest request, ClaimsPrincipal user, SupervisionActionService actions) =>
            {
                await actions.RespondAsync(ActorFactory.From(user), actionId, number, request.ExpectedVersion, request.Text);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("单位反馈督导发现问题的整改情况")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/supervision/actions/{actionId:int}/findings/{number:int}/close", async (int actionId, int number, FindingTextRequest request, ClaimsPrincipal user, SupervisionActionService actions) =>
            {
                await actions.CloseFindingAsync(ActorFactory.From(user), actionId, number, request.ExpectedVersion, request.Text);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("督导组办结发现问题")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/supervision/actions/{actionId:int}/findings/{number:int}/return", async (int actionId, int number, FindingTextRequest request, ClaimsPrincipal user, SupervisionActionService actions) =>
            {
                await actions.ReturnFindingAsync(ActorFactory.From(user), actionId, number, request.ExpectedVersion, request.Text);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("督导组退回单位的整改反馈")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/supervision/actions/export", async (int campaignId, ClaimsPrincipal user, SupervisionActionService actions) =>
                TypedResults.File(await actions.ExportActionsAsync(ActorFactory.From(user), campaignId), XlsxType, "督导活动台账.xlsx"))
            .WithTags(Tag)
            .WithSummary("导出督导活动台账（Excel）")
            .RequireAuthorization(Policies.Supervision);

        api.MapGet("/supervision/findings/export", async (int campaignId, ClaimsPrincipal user, SupervisionActionService actions) =>
                TypedResults.File(await actions.ExportFindingsAsync(ActorFactory.From(user), campaignId), XlsxType, "督导发现问题整改跟踪表.xlsx"))
            .WithTags(Tag)
            .WithSummary("导出督导发现问题整改跟踪表（Excel）")
            .RequireAuthorization(Policies.Supervision);
    }
}
