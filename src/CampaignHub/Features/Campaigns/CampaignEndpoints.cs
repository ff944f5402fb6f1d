using CampaignHub.Domain.Campaigns;
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
        api.MapGet("/campaigns", async (CampaignSelection selection) => TypedResults.Ok(await selection.ListAsync()))
            .WithTags("活动与时间节点")
            .WithSummary("列出活动（含已归档）")
            .RequireAuthorization(Policies.Wall);

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

        MapSetup(api);
    }

    private static void MapSetup(IEndpointRouteBuilder api)
    {
        api.MapGet("/campaign-templates", () => TypedResults.Ok(CampaignSetupService.Templates()))
            .WithTags("活动设置")
            .WithSummary("列出活动模板")
            .RequireAuthorization(Policies.Office);

        api.MapGet("/campaign-templates/{templateKey}/draft", (string templateKey, int? year) =>
                TypedResults.Ok(CampaignSetupService.DraftFromTemplate(templateKey, year ?? CampaignTemplate.Find(templateKey).SourceYear)))
            .WithTags("活动设置")
            .WithSummary("按模板生成某年的活动草稿（不保存）")
            .RequireAuthorization(Policies.Office);

        api.MapPost("/campaigns", async (CampaignDraft draft, ClaimsPrincipal user, CampaignSetupService setup) =>
                TypedResults.Ok(await setup.CreateAsync(ActorFactory.From(user), draft)))
            .WithTags("活动设置")
            .WithSummary("新建活动")
            .RequireAuthorization(Policies.Office);

        api.MapPost("/campaign-templates/{templateKey}/campaigns", async (string templateKey, CreateFromTemplateRequest request, ClaimsPrincipal user, CampaignSetupService setup) =>
                TypedResults.Ok(await setup.CreateFromTemplateAsync(ActorFactory.From(user), templateKey, request)))
            .WithTags("活动设置")
            .WithSummary("按模板新建活动")
            .RequireAuthorization(Policies.Office);

        api.MapGet("/campaigns/{campaignId:int}/setup", async (int campaignId, ClaimsPrincipal user, CampaignSetupService setup) =>
                TypedResults.Ok(await setup.GetAsync(ActorFactory.From(user), campaignId)))
            .WithTags("活动设置")
            .WithSummary("获取活动设置")
            .RequireAuthorization(Policies.Office);

        api.MapPut("/campaigns/{campaignId:int}/setup", async (int campaignId, ReviseCampaignRequest request, ClaimsPrincipal user, CampaignSetupService setup) =>
                TypedResults.Ok(await setup.ReviseAsync(ActorFactory.From(user), campaignId, request.Draft ?? throw new DomainException("请填写活动设置"), request.ExpectedVersion)))
            .WithTags("活动设置")
            .WithSummary("修改活动设置（带版本号；会使已有记录失效的修改被拒绝并说明原因）")
            .RequireAuthorization(Policies.Office);

        api.MapPost("/campaigns/{campaignId:int}/archive", async (int campaignId, ClaimsPrincipal user, CampaignSetupService setup) =>
                TypedResults.Ok(await setup.ArchiveAsync(ActorFactory.From(user), campaignId)))
            .WithTags("活动设置")
            .WithSummary("结束并归档活动")
            .RequireAuthorization(Policies.Office);

        api.MapPost("/campaigns/{campaignId:int}/copy", async (int campaignId, CopyCampaignRequest request, ClaimsPrincipal user, CampaignSetupService setup) =>
                TypedResults.Ok(await setup.CopyAsync(ActorFactory.From(user), campaignId, request.Years)))
            .WithTags("活动设置")
            .WithSummary("复制活动到下一年")
            .RequireAuthorization(Policies.Office);
    }
}
