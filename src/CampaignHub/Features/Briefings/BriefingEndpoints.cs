using System.Security.Claims;
using CampaignHub.Domain.Briefings;
using CampaignHub.Identity;

namespace CampaignHub.Features.Briefings;

public static class BriefingEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Tag = "工作动态与简报";

    public static RouteGroupBuilder MapBriefingEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/news", async (int campaignId, ClaimsPrincipal user, NewsItemService news) =>
                TypedResults.Ok(await news.ListAsync(ActorFactory.From(user), campaignId)))
            .WithTags(Tag).WithSummary("获取工作动态和典型事迹（单位只看到本单位的稿件）").RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/news/export", async (int campaignId, ClaimsPrincipal user, NewsItemService news) =>
                TypedResults.File(await news.ExportAsync(ActorFactory.From(user), campaignId), XlsxType, "工作动态和典型事迹.xlsx"))
            .WithTags(Tag).WithSummary("导出工作动态和典型事迹（Excel）").RequireAuthorization(Policies.Staff);

        api.MapPost("/campaigns/{campaignId:int}/news", async (int campaignId, NewsItemInput input, ClaimsPrincipal user, NewsItemService news) =>
                TypedResults.Ok(new { id = await news.DraftAsync(ActorFactory.From(user), campaignId, input) }))
            .WithTags(Tag).WithSummary("单位起草或报送工作动态、典型事迹").RequireAuthorization(Policies.UnitEditor);

        api.MapPut("/news/{newsItemId:int}", async (int newsItemId, NewsItemDetails input, ClaimsPrincipal user, NewsItemService news) =>
            {
                await news.ReviseAsync(ActorFactory.From(user), newsItemId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("修改草稿或被退回的稿件").RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/news/{newsItemId:int}/submit", async (int newsItemId, ClaimsPrincipal user, NewsItemService news) =>
            {
                await news.SubmitAsync(ActorFactory.From(user), newsItemId);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("向区委学教办报送稿件").RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/news/{newsItemId:int}/return", async (int newsItemId, ReturnNewsInput input, ClaimsPrincipal user, NewsItemService news) =>
            {
                await news.ReturnAsync(ActorFactory.From(user), newsItemId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("区委学教办退回稿件并说明原因").RequireAuthorization(Policies.Office);

        api.MapPost("/news/{newsItemId:int}/select", async (int newsItemId, ClaimsPrincipal user, NewsItemService news) =>
            {
                await news.SelectAsync(ActorFactory.From(user), newsItemId);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("区委学教办采用稿件").RequireAuthorization(Policies.Office);

        api.MapGet("/news/{newsItemId:int}/evidence/{evidenceId:int}", async (int newsItemId, int evidenceId, ClaimsPrincipal user, NewsItemService news) =>
            {
                var (content, fileName, contentType) = await news.OpenEvidenceAsync(ActorFactory.From(user), newsItemId, evidenceId);
                return TypedResults.File(content, contentType, fileName);
            })
            .WithTags(Tag).WithSummary("下载稿件的实物资料").RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/briefings", async (int campaignId, ClaimsPrincipal user, BriefingService briefings) =>
                TypedResults.Ok(await briefings.ListAsync(ActorFactory.From(user), campaignId)))
            .WithTags(Tag).WithSummary("获取简报（编辑中的简报仅学教办可见）").RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/briefings/export", async (int campaignId, ClaimsPrincipal user, BriefingService briefings) =>
                TypedResults.File(await briefings.ExportAsync(ActorFactory.From(user), campaignId), XlsxType, "简报编发情况.xlsx"))
            .WithTags(Tag).WithSummary("导出简报编发情况（Excel）").RequireAuthorization(Policies.Staff);

        api.MapPost("/campaigns/{campaignId:int}/briefings", async (int campaignId, BriefingInput input, ClaimsPrincipal user, BriefingService briefings) =>
                TypedResults.Ok(new { id = await briefings.CompileAsync(ActorFactory.From(user), campaignId, input) }))
            .WithTags(Tag).WithSummary("区委学教办用已采用的稿件编辑一期简报").RequireAuthorization(Policies.Office);

        api.MapPut("/briefings/{briefingId:int}", async (int briefingId, BriefingInput input, ClaimsPrincipal user, BriefingService briefings) =>
            {
                await briefings.ReviseAsync(ActorFactory.From(user), briefingId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("修改编辑中的简报（已印发的不能修改）").RequireAuthorization(Policies.Office);

        api.MapPost("/briefings/{briefingId:int}/issue", async (int briefingId, ClaimsPrincipal user, BriefingService briefings) =>
                TypedResults.Ok(new { number = await briefings.IssueAsync(ActorFactory.From(user), briefingId) }))
            .WithTags(Tag).WithSummary("印发简报，按活动顺序编排期号").RequireAuthorization(Policies.Office);

        api.MapGet("/briefings/{briefingId:int}", async (int briefingId, ClaimsPrincipal user, BriefingService briefings) =>
                TypedResults.Ok(await briefings.GetAsync(ActorFactory.From(user), briefingId)))
            .WithTags(Tag).WithSummary("获取一期简报的全文").RequireAuthorization(Policies.Staff);

        api.MapGet("/briefings/{briefingId:int}/docx", async (int briefingId, ClaimsPrincipal user, BriefingService briefings) =>
            {
                var (content, fileName) = await briefings.DocxAsync(ActorFactory.From(user), briefingId);
                return TypedResults.File(content, DocxType, fileName);
            })
            .WithTags(Tag).WithSummary("导出一期简报（Word文档）").RequireAuthorization(Policies.Staff);

        return api;
    }
}
