using System.Security.Claims;
using CampaignHub.Domain.Commitments;
using CampaignHub.Identity;

namespace CampaignHub.Features.Commitments;

/// <summary>The three-level assessment of commitments (三级考核) over JSON and as .xlsx; same service and rules as the page.</summary>
public static class CommitmentEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Tag = "公开承诺";

    public static RouteGroupBuilder MapCommitmentEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/commitments/assessment", async (int campaignId, int? unitId, CommitmentKind? kind, ClaimsPrincipal user, CommitmentAssessmentService assessment) =>
                TypedResults.Ok(await assessment.AssessmentAsync(ActorFactory.From(user), campaignId, unitId, kind)))
            .WithTags(Tag)
            .WithSummary("获取承诺事项三级考核（党员互评、党组织点评、群众测评）及年终等次")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/commitments/assessment/export", async (int campaignId, int? unitId, CommitmentKind? kind, ClaimsPrincipal user, CommitmentAssessmentService assessment) =>
                TypedResults.File(await assessment.ExportAsync(ActorFactory.From(user), campaignId, unitId, kind), XlsxType, "承诺事项三级考核.xlsx"))
            .WithTags(Tag)
            .WithSummary("导出承诺事项三级考核（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/commitments/{id:int}/peer-review", async (int id, AssessmentInput input, ClaimsPrincipal user, CommitmentAssessmentService assessment) =>
            {
                await assessment.RecordPeerReviewAsync(ActorFactory.From(user), id, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("录入承诺事项的党员互评得分")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/commitments/{id:int}/organisation-review", async (int id, AssessmentInput input, ClaimsPrincipal user, CommitmentAssessmentService assessment) =>
            {
                await assessment.RecordOrganisationReviewAsync(ActorFactory.From(user), id, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("录入上级党组织对承诺事项的点评和得分")
            .RequireAuthorization(Policies.UnitEditor);

        return api;
    }
}
