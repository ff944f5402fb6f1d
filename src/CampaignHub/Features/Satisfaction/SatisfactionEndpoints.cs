using System.Security.Claims;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Identity;

namespace CampaignHub.Features.Satisfaction;

public sealed record SubmitSurveyRequest(Dictionary<int, Answer?> Answers);

/// <summary>JSON endpoints of satisfaction and supervision, on the same services and rules as the pages.</summary>
public static class SatisfactionEndpoints
{
    public static void MapSatisfactionEndpoints(this IEndpointRouteBuilder api)
    {
        // The wall's read model: per-unit current rates, flagged units, open and overdue orders.
        api.MapGet("/campaigns/{campaignId:int}/satisfaction", async (int campaignId, ClaimsPrincipal user, SatisfactionReadService read) =>
                TypedResults.Ok(await read.GetAsync(ActorFactory.From(user), campaignId)))
            .WithTags("满意度测评")
            .WithSummary("获取各单位当前满意率、亮灯单位和整改通知")
            .RequireAuthorization(Policies.Wall);

        api.MapGet("/surveys/{surveyId:int}/results", async (int surveyId, ClaimsPrincipal user, SatisfactionResultsService results) =>
                TypedResults.Ok(await results.GetAsync(ActorFactory.From(user), surveyId)))
            .WithTags("满意度测评")
            .WithSummary("获取一次测评的结果（未结束的按规则保密）")
            .RequireAuthorization(Policies.Staff);

        // The results page as .xlsx, sealed exactly like the page (a coordinator: own unit only, refused while sealed).
        api.MapGet("/surveys/{surveyId:int}/results/export", async (int surveyId, ClaimsPrincipal user, SatisfactionResultsService results) =>
            {
                var (content, fileName) = await results.ExportAsync(ActorFactory.From(user), surveyId);
                return TypedResults.File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
            })
            .WithTags("满意度测评")
            .WithSummary("导出测评结果（Excel，保密规则同页面）")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/surveys/{surveyId:int}/units/{unitId:int}/rate", async (int surveyId, int unitId, ClaimsPrincipal user, SatisfactionResultsService results) =>
                TypedResults.Ok(await results.UnitRateAsync(ActorFactory.From(user), surveyId, unitId)))
            .WithTags("满意度测评")
            .WithSummary("获取某单位在一次测评中的满意率")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/surveys/{surveyId:int}/paper-template", async (int surveyId, PaperImportService imports) =>
                TypedResults.File(await imports.TemplateAsync(surveyId), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"纸质问卷录入表-{surveyId}.xlsx"))
            .WithTags("满意度测评")
            .WithSummary("下载纸质问卷录入模板（Excel）")
            .RequireAuthorization(Policies.Office);

        // The anonymous survey, for clients other than the page (no login; the code is the only key).
        api.MapPost("/s/{code}", async (string code, SubmitSurveyRequest request, PublicSurveyService surveys) =>
            {
                await surveys.SubmitAsync(code, request.Answers);
                return TypedResults.Ok(new { message = "提交成功，感谢您的参与" });
            })
            .WithTags("满意度测评")
            .WithSummary("公众凭测评码提交问卷（无需登录）")
            .AllowAnonymous();
    }
}
