using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.Linkage;

public static class LinkageEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Tag = "双联动";

    public static RouteGroupBuilder MapLinkageEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/linkage/upper-visits", async (int campaignId, ClaimsPrincipal user, LinkageService linkage) =>
                TypedResults.Ok(await linkage.UpperVisitsAsync(ActorFactory.From(user), campaignId)))
            .WithTags(Tag).WithSummary("获取与上级对口部门对接联动登记及各单位完成情况").RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/linkage/upper-visits/export", async (int campaignId, ClaimsPrincipal user, LinkageService linkage) =>
                TypedResults.File(await linkage.ExportUpperVisitsAsync(ActorFactory.From(user), campaignId), XlsxType, "与上级对口部门对接联动登记.xlsx"))
            .WithTags(Tag).WithSummary("导出与上级对口部门对接联动登记（Excel）").RequireAuthorization(Policies.Staff);

        api.MapPost("/campaigns/{campaignId:int}/linkage/upper-visits", async (int campaignId, UpperVisitInput input, ClaimsPrincipal user, LinkageService linkage) =>
                TypedResults.Ok(new { id = await linkage.RecordUpperVisitAsync(ActorFactory.From(user), campaignId, input) }))
            .WithTags(Tag).WithSummary("登记与上级对口部门对接联动").RequireAuthorization(Policies.UnitEditor);

        api.MapPut("/linkage/upper-visits/{visitId:int}", async (int visitId, UpperVisitRevision revision, ClaimsPrincipal user, LinkageService linkage) =>
            {
                await linkage.ReviseUpperVisitAsync(ActorFactory.From(user), visitId, revision);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("修改对接联动登记（如补录上级答复）").RequireAuthorization(Policies.UnitEditor);

        api.MapGet("/campaigns/{campaignId:int}/linkage/grassroots", async (int campaignId, ClaimsPrincipal user, LinkageService linkage) =>
                TypedResults.Ok(await linkage.GrassrootsAsync(ActorFactory.From(user), campaignId)))
            .WithTags(Tag).WithSummary("获取领导干部点对点下基层登记及完成情况").RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/linkage/grassroots/export", async (int campaignId, ClaimsPrincipal user, LinkageService linkage) =>
                TypedResults.File(await linkage.ExportGrassrootsAsync(ActorFactory.From(user), campaignId), XlsxType, "点对点下基层登记.xlsx"))
            .WithTags(Tag).WithSummary("导出领导干部点对点下基层登记（Excel）").RequireAuthorization(Policies.Staff);

        api.MapPost("/campaigns/{campaignId:int}/linkage/grassroots", async (int campaignId, GrassrootsVisitInput input, ClaimsPrincipal user, LinkageService linkage) =>
                TypedResults.Ok(new { id = await linkage.RecordGrassrootsVisitAsync(ActorFactory.From(user), campaignId, input) }))
            .WithTags(Tag).WithSummary("登记领导干部点对点下基层").RequireAuthorization(Policies.UnitEditor);

        api.MapGet("/campaigns/{campaignId:int}/linkage/upper-opinions", async (int campaignId, ClaimsPrincipal user, UpperOpinionService opinions) =>
                TypedResults.Ok(await opinions.ListAsync(ActorFactory.From(user), campaignId)))
            .WithTags(Tag).WithSummary("获取上级部门意见及转交反馈情况").RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/linkage/upper-opinions/export", async (int campaignId, ClaimsPrincipal user, UpperOpinionService opinions) =>
                TypedResults.File(await opinions.ExportAsync(ActorFactory.From(user), campaignId), XlsxType, "上级部门意见转交反馈台账.xlsx"))
            .WithTags(Tag).WithSummary("导出上级部门意见转交反馈台账（Excel）").RequireAuthorization(Policies.Staff);

        api.MapPost("/campaigns/{campaignId:int}/linkage/upper-opinions", async (int campaignId, ReceiveUpperOpinionInput input, ClaimsPrincipal user, UpperOpinionService opinions) =>
                TypedResults.Ok(new { id = await opinions.ReceiveAsync(ActorFactory.From(user), campaignId, input) }))
            .WithTags(Tag).WithSummary("区委学教办登记上级部门意见").RequireAuthorization(Policies.Office);

        api.MapPost("/linkage/upper-opinions/{opinionId:int}/forward", async (int opinionId, ForwardInput input, ClaimsPrincipal user, UpperOpinionService opinions) =>
            {
                await opinions.ForwardAsync(ActorFactory.From(user), opinionId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("转交上级部门意见并明确反馈时限").RequireAuthorization(Policies.Office);

        api.MapPost("/linkage/upper-opinions/{opinionId:int}/answer", async (int opinionId, FeedbackInput input, ClaimsPrincipal user, UpperOpinionService opinions) =>
            {
                await opinions.AnswerAsync(ActorFactory.From(user), opinionId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("接收单位反馈上级部门意见").RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/linkage/upper-opinions/{opinionId:int}/return", async (int opinionId, ReturnFeedbackInput input, ClaimsPrincipal user, UpperOpinionService opinions) =>
            {
                await opinions.ReturnAsync(ActorFactory.From(user), opinionId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("退回接收单位的反馈，要求重新反馈").RequireAuthorization(Policies.Office);

        api.MapPost("/linkage/upper-opinions/{opinionId:int}/close", async (int opinionId, ClaimsPrincipal user, UpperOpinionService opinions) =>
            {
                await opinions.CloseAsync(ActorFactory.From(user), opinionId);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("确认反馈，办结上级部门意见").RequireAuthorization(Policies.Office);

        return api;
    }
}
