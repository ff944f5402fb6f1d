using System.Security.Claims;
using CampaignHub.Components.Shared;
using CampaignHub.Identity;

namespace CampaignHub.Features.EducationPeriods;

public static class EducationPeriodEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Tag = "集中教育时间";

    public static RouteGroupBuilder MapEducationPeriodEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/education-periods", async (int campaignId, bool? shortOnly, ClaimsPrincipal user, EducationPeriodService periods) =>
                TypedResults.Ok(await periods.ListAsync(ActorFactory.From(user), campaignId, shortOnly == true)))
            .WithTags(Tag)
            .WithSummary("获取各单位集中教育时间及是否不少于三个月")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/education-periods/export", async (int campaignId, ClaimsPrincipal user, EducationPeriodService periods) =>
                TypedResults.File(await periods.ExportAsync(ActorFactory.From(user), campaignId), XlsxType, "集中教育时间.xlsx"))
            .WithTags(Tag)
            .WithSummary("导出各单位集中教育时间（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapPut("/campaigns/{campaignId:int}/units/{unitId:int}/education-period", async (int campaignId, int unitId, EducationPeriodInput input, ClaimsPrincipal user, EducationPeriodService periods) =>
            {
                await periods.RecordAsync(ActorFactory.From(user), campaignId, unitId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("登记单位集中教育时间")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/campaigns/{campaignId:int}/units/{unitId:int}/education-period/comments", async (int campaignId, int unitId, CommentInput input, ClaimsPrincipal user, EducationPeriodService periods) =>
            {
                await periods.CommentAsync(ActorFactory.From(user), campaignId, unitId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("对单位集中教育时间提出意见（督导组）")
            .RequireAuthorization(Policies.Staff);

        return api;
    }
}
