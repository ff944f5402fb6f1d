using System.Security.Claims;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Identity;

namespace CampaignHub.Features.Plans;

public sealed record SavePlanRequest(PlanText Text, int? ExpectedVersion);

public sealed record DecidePlanRequest(int ExpectedVersion, string? Comment);

public sealed record UpdateWorkItemRequest(int ExpectedVersion, WorkItemDetails Details, int ProgressPercent);

/// <summary>JSON and file endpoints of plans and work items: the same services and rules as the pages.</summary>
public static class PlanEndpoints
{
    /// <summary>Who may export every unit's items at once: everyone on staff but unit coordinators.</summary>
    public const string AllUnitsExportPolicy = "PlansAllUnitsExport";

    public static void MapPlanEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/plans", async (int campaignId, ClaimsPrincipal user, PlanOverviewService overview) =>
                TypedResults.Ok(await overview.GetAsync(ActorFactory.From(user), campaignId)))
            .WithTags("实施方案与工作事项")
            .WithSummary("获取各单位实施方案的审核概况")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/units/{unitId:int}/plan", async (int campaignId, int unitId, ClaimsPrincipal user, PlanService plans) =>
                TypedResults.Ok(await plans.GetAsync(ActorFactory.From(user), campaignId, unitId)))
            .WithTags("实施方案与工作事项")
            .WithSummary("获取某单位的实施方案")
            .RequireAuthorization(Policies.Staff);

        api.MapPut("/campaigns/{campaignId:int}/units/{unitId:int}/plan", async (int campaignId, int unitId, SavePlanRequest request, ClaimsPrincipal user, PlanService plans) =>
                TypedResults.Ok(await plans.SaveDraftAsync(ActorFactory.From(user), campaignId, unitId, request.Text, request.ExpectedVersion)))
            .WithTags("实施方案与工作事项")
            .WithSummary("保存某单位的实施方案草稿")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/campaigns/{campaignId:int}/units/{unitId:int}/plan/submit", async (int campaignId, int unitId, SavePlanRequest request, ClaimsPrincipal user, PlanService plans) =>
                TypedResults.Ok(await plans.SubmitAsync(ActorFactory.From(user), campaignId, unitId, request.Text, request.ExpectedVersion)))
            .WithTags("实施方案与工作事项")
            .WithSummary("提交实施方案，报上一级审核")
            .RequireAuthorization(Policies.UnitEditor);

        // UnitEditor, not Office: the service itself refuses coordinators, and the tests prove it does.
        api.MapPost("/plans/{planId:int}/approve", async (int planId, DecidePlanRequest request, ClaimsPrincipal user, PlanService plans) =>
                TypedResults.Ok(await plans.ApproveAsync(ActorFactory.From(user), planId, request.ExpectedVersion, request.Comment)))
            .WithTags("实施方案与工作事项")
            .WithSummary("审核通过实施方案")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/plans/{planId:int}/return", async (int planId, DecidePlanRequest request, ClaimsPrincipal user, PlanService plans) =>
                TypedResults.Ok(await plans.ReturnAsync(ActorFactory.From(user), planId, request.ExpectedVersion, request.Comment ?? string.Empty)))
            .WithTags("实施方案与工作事项")
            .WithSummary("退回实施方案并说明理由")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapGet("/campaigns/{campaignId:int}/units/{unitId:int}/work-items", async (int campaignId, int unitId, ClaimsPrincipal user, WorkItemService items) =>
                TypedResults.Ok(await items.GetUnitAsync(ActorFactory.From(user), campaignId, unitId)))
            .WithTags("实施方案与工作事项")
            .WithSummary("获取某单位的工作事项台账")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/campaigns/{campaignId:int}/units/{unitId:int}/work-items", async (int campaignId, int unitId, WorkItemDetails details, ClaimsPrincipal user, WorkItemService items) =>
                TypedResults.Ok(await items.AddAsync(ActorFactory.From(user), campaignId, unitId, details)))
            .WithTags("实施方案与工作事项")
            .WithSummary("新增一项工作事项")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPut("/work-items/{workItemId:int}", async (int workItemId, UpdateWorkItemRequest request, ClaimsPrincipal user, WorkItemService items) =>
                TypedResults.Ok(await items.UpdateAsync(ActorFactory.From(user), workItemId, request.ExpectedVersion, request.Details, request.ProgressPercent)))
            .WithTags("实施方案与工作事项")
            .WithSummary("修改工作事项（带版本号防止覆盖）")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapDelete("/work-items/{workItemId:int}", async (int workItemId, int version, ClaimsPrincipal user, WorkItemService items) =>
            {
                await items.DeleteAsync(ActorFactory.From(user), workItemId, version);
                return TypedResults.NoContent();
            })
            .WithTags("实施方案与工作事项")
            .WithSummary("删除工作事项（带版本号）")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapGet("/work-items/{workItemId:int}/evidence/{evidenceId:int}", async (int workItemId, int evidenceId, ClaimsPrincipal user, WorkItemService items) =>
            {
                var (content, fileName, contentType) = await items.OpenEvidenceAsync(ActorFactory.From(user), workItemId, evidenceId);
                return TypedResults.File(content, contentType, fileName);
            })
            .WithTags("实施方案与工作事项")
            .WithSummary("下载工作事项的佐证材料")
            .RequireAuthorization(Policies.Staff);

        // The same scope as the work-item page: a coordinator exports their own tree's units only.
        api.MapGet("/campaigns/{campaignId:int}/units/{unitId:int}/work-items.xlsx", async (int campaignId, int unitId, ClaimsPrincipal user, WorkItemExcelService excel) =>
            {
                var (content, fileName) = await excel.ExportAsync(ActorFactory.From(user), campaignId, unitId);
                return TypedResults.File(content, XlsxContentType, fileName);
            })
            .WithTags("实施方案与工作事项")
            .WithSummary("导出某单位的工作事项台账（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/work-items.xlsx", async (int campaignId, ClaimsPrincipal user, WorkItemExcelService excel) =>
            {
                var (content, fileName) = await excel.ExportAsync(ActorFactory.From(user), campaignId, null);
                return TypedResults.File(content, XlsxContentType, fileName);
            })
            .WithTags("实施方案与工作事项")
            .WithSummary("导出全部单位的工作事项台账（Excel）")
            .RequireAuthorization(AllUnitsExportPolicy);
    }

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
