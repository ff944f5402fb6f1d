using CampaignHub.Identity;

namespace CampaignHub.Features.Units;

/// <summary>The unit list's export, on the same service as the page.</summary>
public static class UnitEndpoints
{
    public static void MapUnitEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/units/export", async (UnitService units) =>
                TypedResults.File(await units.ExportAsync(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "单位名录.xlsx"))
            .WithTags("组织机构")
            .WithSummary("导出单位名册（Excel）")
            .RequireAuthorization(Policies.Staff);
    }
}
