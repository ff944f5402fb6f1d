using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.ContactDuties;

/// <summary>JSON and file endpoints of the contact duties: the same services and rules as the pages.</summary>
public static class ContactDutyEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

        api.MapGet("/contacts/receptions/cases.xlsx", async (ClaimsPrincipal user, ReceptionService receptions) =>
                TypedResults.File(await receptions.ExportCasesAsync(ActorFactory.From(user)), XlsxType, "领导接访事项纪要.xlsx"))
            .WithTags("联系服务群众")
            .WithSummary("导出领导接访事项纪要（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/receptions/cases/{caseId:int}/reply", async (int caseId, CaseReplyRequest request, ClaimsPrincipal user, ReceptionService receptions) =>
            {
                await receptions.WriteReplyAsync(ActorFactory.From(user), caseId, request.Version, request.Text);
                return TypedResults.NoContent();
            })
            .WithTags("联系服务群众")
            .WithSummary("首接单位起草接访事项的答复意见书")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/receptions/cases/{caseId:int}/sign", async (int caseId, CaseReplyRequest request, ClaimsPrincipal user, ReceptionService receptions) =>
            {
                await receptions.SignReplyAsync(ActorFactory.From(user), caseId, request.Version, request.Text);
                return TypedResults.NoContent();
            })
            .WithTags("联系服务群众")
            .WithSummary("接访领导签署答复意见书")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/receptions/cases/{caseId:int}/settle", async (int caseId, VersionRequest request, ClaimsPrincipal user, ReceptionService receptions) =>
            {
                await receptions.SettleCaseAsync(ActorFactory.From(user), caseId, request.Version);
                return TypedResults.NoContent();
            })
            .WithTags("联系服务群众")
            .WithSummary("首接单位办结接访事项（案结事了）")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/research", async (int? year, ClaimsPrincipal user, ResearchService research) =>
                TypedResults.Ok(await research.GetBoardAsync(ActorFactory.From(user), year)))
            .WithTags("联系服务群众")
            .WithSummary("获取领导干部年度调研计划、调研报告和各单位调研成果交流情况")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/contacts/research.xlsx", async (int? year, ClaimsPrincipal user, ResearchService research) =>
                TypedResults.File(await research.ExportAsync(ActorFactory.From(user), year), XlsxType, "年度调研计划和调研成果交流.xlsx"))
            .WithTags("联系服务群众")
            .WithSummary("导出年度调研计划和调研成果交流（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/research/plans", async (FileResearchPlanRequest request, ClaimsPrincipal user, ResearchService research) =>
                TypedResults.Ok(await research.FilePlanAsync(ActorFactory.From(user), request)))
            .WithTags("联系服务群众")
            .WithSummary("报送领导干部年度调研计划")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/contacts/research/plans/{planId:int}/reports", async (int planId, FileResearchReportRequest request, ClaimsPrincipal user, ResearchService research) =>
            {
                await research.FileReportAsync(ActorFactory.From(user), planId, request);
                return TypedResults.NoContent();
            })
            .WithTags("联系服务群众")
            .WithSummary("提交调研课题的调研报告")
            .RequireAuthorization(Policies.Staff);

        api.MapRuralDutyEndpoints();

        api.MapGet("/contacts/wall", async (int? year, ComplianceService compliance) =>
                TypedResults.Ok(await compliance.GetWallSummaryAsync(year)))
            .WithTags("联系服务群众")
            .WithSummary("获取大屏上的联系服务群众履职摘要")
            .RequireAuthorization(Policies.Wall);
    }
}
