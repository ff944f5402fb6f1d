using System.Security.Claims;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Identity;

namespace CampaignHub.Features.Evaluation;

public static class EvaluationEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Tag = "民主评议和返工补课";

    public static RouteGroupBuilder MapEvaluationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/evaluations", async (int campaignId, ClaimsPrincipal user, EvaluationService evaluations) =>
                TypedResults.Ok(await evaluations.OverviewAsync(ActorFactory.From(user), campaignId)))
            .WithTags(Tag)
            .WithSummary("获取各单位民主评议认可度和返工补课情况")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/evaluations/export", async (int campaignId, ClaimsPrincipal user, EvaluationService evaluations) =>
                TypedResults.File(await evaluations.ExportAsync(ActorFactory.From(user), campaignId), XlsxType, "民主评议和返工补课.xlsx"))
            .WithTags(Tag)
            .WithSummary("导出各单位民主评议和返工补课情况（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/evaluations/units/{unitId:int}", async (int campaignId, int unitId, ClaimsPrincipal user, EvaluationService evaluations) =>
                TypedResults.Ok(await evaluations.UnitAsync(ActorFactory.From(user), campaignId, unitId)))
            .WithTags(Tag)
            .WithSummary("获取单位的民主评议、返工补课和一把手情况")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/campaigns/{campaignId:int}/evaluations/units/{unitId:int}", async (int campaignId, int unitId, EvaluationArrangement input, ClaimsPrincipal user, EvaluationService evaluations) =>
                TypedResults.Ok(await evaluations.OpenAsync(ActorFactory.From(user), campaignId, unitId, input)))
            .WithTags(Tag)
            .WithSummary("组织单位领导班子民主评议")
            .RequireAuthorization(Policies.Office);

        api.MapPost("/evaluations/{evaluationId:int}/ballots", async (int evaluationId, BallotInput input, ClaimsPrincipal user, EvaluationService evaluations) =>
            {
                await evaluations.RecordBallotAsync(ActorFactory.From(user), evaluationId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("录入一张民主评议票（不记名）")
            .RequireAuthorization(Policies.Office);

        api.MapPost("/evaluations/{evaluationId:int}/close", async (int evaluationId, CloseEvaluationInput input, ClaimsPrincipal user, EvaluationService evaluations) =>
            {
                await evaluations.CloseAsync(ActorFactory.From(user), evaluationId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("结束民主评议：认可度低于阈值的转入返工补课")
            .RequireAuthorization(Policies.Office);

        api.MapPost("/redos/{redoId:int}/report", async (int redoId, RedoReportInput input, ClaimsPrincipal user, EvaluationService evaluations) =>
            {
                await evaluations.SubmitReportAsync(ActorFactory.From(user), redoId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("报送返工补课整改报告")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/redos/{redoId:int}/accept", async (int redoId, RedoDecisionInput input, ClaimsPrincipal user, EvaluationService evaluations) =>
            {
                await evaluations.AcceptAsync(ActorFactory.From(user), redoId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("验收返工补课整改报告")
            .RequireAuthorization(Policies.Office);

        api.MapPost("/campaigns/{campaignId:int}/evaluations/units/{unitId:int}/leader-records", async (int campaignId, int unitId, PrincipalLeaderInput input, ClaimsPrincipal user, EvaluationService evaluations) =>
                TypedResults.Ok(await evaluations.RecordLeaderAsync(ActorFactory.From(user), campaignId, unitId, input)))
            .WithTags(Tag)
            .WithSummary("记录一把手专项述职、约谈或群众评议")
            .RequireAuthorization(Policies.Office);

        api.MapPost("/campaigns/{campaignId:int}/evaluations/units/{unitId:int}/comments", async (int campaignId, int unitId, EvaluationCommentInput input, ClaimsPrincipal user, EvaluationService evaluations) =>
            {
                await evaluations.CommentAsync(ActorFactory.From(user), campaignId, unitId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("督导组点评民主评议、返工补课或一把手情况")
            .RequireAuthorization(Policies.Staff);

        return api;
    }
}
