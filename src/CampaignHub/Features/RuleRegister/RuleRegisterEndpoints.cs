using System.Security.Claims;
using CampaignHub.Components.Shared;
using CampaignHub.Domain.RuleRegister;
using CampaignHub.Identity;

namespace CampaignHub.Features.RuleRegister;

public static class RuleRegisterEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Tag = "建章立制";

    public static RouteGroupBuilder MapRuleRegisterEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/rules", async (int campaignId, int? unitId, RuleStatus? status, RuleKind? kind, ClaimsPrincipal user, RuleRegisterService rules) =>
                TypedResults.Ok(await rules.ListAsync(ActorFactory.From(user), campaignId, new RuleFilter(unitId, status, kind))))
            .WithTags(Tag)
            .WithSummary("获取建章立制登记表")
            .RequireAuthorization(Policies.Staff);

        api.MapGet("/campaigns/{campaignId:int}/rules/export", async (int campaignId, int? unitId, RuleStatus? status, RuleKind? kind, ClaimsPrincipal user, RuleRegisterService rules) =>
                TypedResults.File(await rules.ExportAsync(ActorFactory.From(user), campaignId, new RuleFilter(unitId, status, kind)), XlsxType, "建章立制登记表.xlsx"))
            .WithTags(Tag)
            .WithSummary("导出建章立制登记表（Excel）")
            .RequireAuthorization(Policies.Staff);

        api.MapPost("/campaigns/{campaignId:int}/rules", async (int campaignId, RegisterRuleInput input, ClaimsPrincipal user, RuleRegisterService rules) =>
                TypedResults.Ok(new { id = await rules.RegisterAsync(ActorFactory.From(user), campaignId, input) }))
            .WithTags(Tag)
            .WithSummary("登记新建或修订的制度")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/rules/{ruleId:int}/in-force", async (int ruleId, RuleStepInput input, ClaimsPrincipal user, RuleRegisterService rules) =>
            {
                await rules.PutInForceAsync(ActorFactory.From(user), ruleId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("登记制度施行")
            .RequireAuthorization(Policies.UnitEditor);

        api.MapPost("/rules/{ruleId:int}/comments", async (int ruleId, CommentInput input, ClaimsPrincipal user, RuleRegisterService rules) =>
            {
                await rules.CommentAsync(ActorFactory.From(user), ruleId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag)
            .WithSummary("对制度提出意见（督导组）")
            .RequireAuthorization(Policies.Staff);

        return api;
    }
}
