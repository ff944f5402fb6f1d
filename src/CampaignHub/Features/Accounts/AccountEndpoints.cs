using System.Security.Claims;
using CampaignHub.Features.Organisation;
using CampaignHub.Features.People;
using CampaignHub.Identity;

namespace CampaignHub.Features.Accounts;

/// <summary>The set-up pages' file downloads: the unit tree export, the people import template, an import's one-time passwords (once).</summary>
public static class SetUpEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapSetUpEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/organisation/units.xlsx", async (OrganisationService organisation, ClaimsPrincipal user) =>
                TypedResults.File(await organisation.ExportAsync(ActorFactory.From(user)), Xlsx, "组织机构.xlsx"))
            .WithTags("组织机构")
            .WithSummary("导出单位树（Excel，可再导入）")
            .RequireAuthorization(Policies.Office);
        api.MapGet("/people/import-template.xlsx", () => TypedResults.File(PeopleService.Template(), Xlsx, "人员与账号导入模板.xlsx"))
            .WithTags("组织机构")
            .WithSummary("下载人员与账号导入模板（Excel）")
            .RequireAuthorization(Policies.Admin);
        api.MapGet("/accounts/handover/{token}", IResult (string token, PasswordHandover handover, ClaimsPrincipal user) =>
                handover.TakeWorkbook(ActorFactory.From(user).UserName, token) is { } workbook
                    ? TypedResults.File(workbook, Xlsx, "一次性密码.xlsx")
                    : TypedResults.Problem("该下载已使用或已过期：一次性密码只能下载一次", statusCode: StatusCodes.Status404NotFound, title: "未找到"))
            .WithTags("组织机构")
            .WithSummary("一次性下载导入账号的初始密码（Excel，仅一次）")
            .RequireAuthorization(Policies.Admin);
    }
}
