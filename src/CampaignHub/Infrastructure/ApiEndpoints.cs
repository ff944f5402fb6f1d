using CampaignHub.Domain.Common;
using CampaignHub.Features.Accounts;
using CampaignHub.Features.Admin;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Plans;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Features.Rectification;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Features.Units;
using CampaignHub.Features.Wall;
using CampaignHub.Live;

namespace CampaignHub.Infrastructure;

public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapCampaignHubApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").DisableAntiforgery().AddEndpointFilter(TranslateDomainErrors).RequireBodyFields();

        // Every operation may answer with these (TranslateDomainErrors, the authorisation middleware, the body limits);
        // the contract transformer drops 401/403 from anonymous operations.
        api.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapCampaignEndpoints();
        api.MapUnitEndpoints();
        api.MapSetUpEndpoints();
        api.MapPlanEndpoints();
        api.MapContactDutyEndpoints();
        api.MapRectificationEndpoints();
        Features.Commitments.CommitmentEndpoints.MapCommitmentEndpoints(api);
        api.MapSatisfactionEndpoints();
        Features.Supervision.SupervisionEndpoints.MapSupervisionEndpoints(api);
        Features.StageTwo.StageTwoEndpoints.MapStageTwoEndpoints(api);
        Features.Evaluation.EvaluationEndpoints.MapEvaluationEndpoints(api);
        Features.RectificationPlans.RectificationPlanEndpoints.MapRectificationPlanEndpoints(api);
        Features.RuleRegister.RuleRegisterEndpoints.MapRuleRegisterEndpoints(api);
        Features.EducationPeriods.EducationPeriodEndpoints.MapEducationPeriodEndpoints(api);
        Features.Linkage.LinkageEndpoints.MapLinkageEndpoints(api);
        Features.EvidenceArchive.EvidenceArchiveEndpoints.MapEvidenceArchiveEndpoints(api);
        Features.PublicOversight.OversightEndpoints.MapOversightEndpoints(api);
        Features.Briefings.BriefingEndpoints.MapBriefingEndpoints(api);
        api.MapWallEndpoints();
        Features.Reports.ReportEndpoints.MapReportEndpoints(api);
        api.MapAuditEndpoints();
        api.MapDiagnosticsEndpoints();
        return endpoints;
    }

    /// <summary>Business-rule failures become clear Chinese problem responses, not 500s.</summary>
    private static async ValueTask<object?> TranslateDomainErrors(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (AccessDeniedException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status403Forbidden, title: "无权操作");
        }
        catch (NotFoundException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound, title: "未找到");
        }
        catch (ConcurrencyConflictException ex)
        {
            return TypedResults.Conflict(new { message = ex.Message, current = ex.Current });
        }
        catch (DomainException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "输入有误");
        }
    }
}
