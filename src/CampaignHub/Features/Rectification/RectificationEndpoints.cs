using System.Security.Claims;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Commitments;
using CampaignHub.Features.Opinions;
using CampaignHub.Identity;

namespace CampaignHub.Features.Rectification;

public sealed record VersionedRequest(int ExpectedVersion);

public sealed record ProgressRequest(int ExpectedVersion, int Percent);

public sealed record ClaimRequest(int ExpectedVersion, int UnitId, DateOnly? DueOn);

public sealed record ThreeChecksCountsDto(int Done, int InProgress, int NotStarted, int Rated, decimal? DoneSatisfactionRate);

/// <summary>JSON endpoints, exports and the authorised evidence download. Same services and rules as the pages.</summary>
public static class RectificationEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapRectificationEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/rectification/stats", async (int campaignId, int? unitId, RectificationService items) =>
                TypedResults.Ok(await items.StatsAsync(campaignId, unitId)))
            .WithTags("整改落实")
            .WithSummary("获取整改事项统计")
            .RequireAuthorization(Policies.Wall);

        // The list as .xlsx with the page's filter; unitId omitted = every unit (the page sends the coordinator's own unit by default).
        api.MapGet("/rectification/export", async (int campaignId, int? unitId, RectificationStatus? status, int? themeId, bool? overdueOnly, bool? quickFixOnly, RectificationService items) =>
                TypedResults.File(
                    await items.ExportAsync(campaignId, new RectificationFilter(unitId, true, status, overdueOnly ?? false, quickFixOnly ?? false, themeId)),
                    XlsxType,
                    "整改事项清单.xlsx"))
            .WithTags("整改落实")
            .WithSummary("按筛选条件导出整改事项清单（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/rectification/{id:int}", async (int id, ClaimsPrincipal user, RectificationService items) =>
                TypedResults.Ok(await items.GetAsync(ActorFactory.From(user), id)))
            .WithTags("整改落实")
            .WithSummary("获取一项整改事项")
            .RequireAuthorization(Policies.Staff);

        api.MapPut("/rectification/{id:int}", async (int id, int expectedVersion, RectificationEdit edit, ClaimsPrincipal user, RectificationService items) =>
                TypedResults.Ok(await items.UpdateAsync(ActorFactory.From(user), id, expectedVersion, edit)))
            .WithTags("整改落实")
            .WithSummary("修改整改事项的“四有”内容（带版本号）")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/rectification/{id:int}/start", async (int id, VersionedRequest request, ClaimsPrincipal user, RectificationService items) =>
                TypedResults.Ok(await items.StartAsync(ActorFactory.From(user), id, request.ExpectedVersion)))
            .WithTags("整改落实")
            .WithSummary("开始整改（须“四有”齐全）")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/rectification/{id:int}/progress", async (int id, ProgressRequest request, ClaimsPrincipal user, RectificationService items) =>
                TypedResults.Ok(await items.UpdateProgressAsync(ActorFactory.From(user), id, request.ExpectedVersion, request.Percent)))
            .WithTags("整改落实")
            .WithSummary("更新整改进度百分比")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapGet("/rectification/{id:int}/evidence/{evidenceId:int}", async (int id, int evidenceId, ClaimsPrincipal user, RectificationService items) =>
            {
                var (content, fileName, contentType) = await items.OpenEvidenceAsync(ActorFactory.From(user), id, evidenceId);
                return TypedResults.File(content, contentType, fileName);
            })
            .WithTags("整改落实")
            .WithSummary("下载整改佐证材料")
            .RequireAuthorization(Policies.Staff);

        // The opinions as .xlsx with the page's filter (every field of OpinionFilter; omitted = no restriction),
        // names and phones masked for this user exactly as on screen.
        api.MapGet("/opinions/export", async (
                int campaignId,
                OpinionStatus? status,
                OpinionSource? source,
                OpinionCategory? category,
                int? unitId,
                bool? rootedAboveOnly,
                bool? publicOnly,
                string? text,
                ClaimsPrincipal user,
                OpinionService opinions) =>
                TypedResults.File(
                    await opinions.ExportAsync(ActorFactory.From(user), campaignId, new OpinionFilter(status, source, category, unitId, rootedAboveOnly ?? false, publicOnly ?? false, text)),
                    XlsxType,
                    "群众意见建议.xlsx"))
            .WithTags("群众意见")
            .WithSummary("按筛选条件导出群众意见建议（Excel，按查看人脱敏）")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/opinions/{id:int}/claim", async (int id, ClaimRequest request, ClaimsPrincipal user, OpinionService opinions) =>
                TypedResults.Ok(await opinions.ClaimAsync(ActorFactory.From(user), id, request.ExpectedVersion, request.UnitId, request.DueOn)))
            .WithTags("群众意见")
            .WithSummary("认领一条群众意见并确定办结时限")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapGet("/commitments/export", async (int campaignId, int? unitId, CommitmentKind? kind, ClaimsPrincipal user, CommitmentService commitments) =>
                TypedResults.File(await commitments.ExportAsync(ActorFactory.From(user), campaignId, unitId, kind), XlsxType, "办实事台账.xlsx"))
            .WithTags("公开承诺")
            .WithSummary("导出办实事台账（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/commitments/three-checks", async (int campaignId, int? unitId, CommitmentService commitments) =>
            {
                var summary = await commitments.ThreeChecksCountsAsync(campaignId, unitId);
                return TypedResults.Ok(new ThreeChecksCountsDto(
                    summary.CountOf(ThreeChecksBucket.Done), summary.CountOf(ThreeChecksBucket.InProgress), summary.CountOf(ThreeChecksBucket.NotStarted),
                    summary.DoneRatings.Rated, summary.DoneSatisfactionRate));
            })
            .WithTags("公开承诺")
            .WithSummary("获取“三查三看”进度统计")
            .RequireAuthorization(Policies.Wall);
    }
}
