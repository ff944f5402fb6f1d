using System.Security.Claims;
using CampaignHub.Identity;

namespace CampaignHub.Features.PublicOversight;

/// <summary>Public oversight's JSON endpoints and exports: the same services and rules as the pages.</summary>
public static class OversightEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Tag = "群众监督";

    public static RouteGroupBuilder MapOversightEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{campaignId:int}/oversight/volunteers", async (int campaignId, ClaimsPrincipal user, VolunteerRegisterService register) =>
                TypedResults.Ok(await register.RegisterAsync(ActorFactory.From(user), campaignId)))
            .WithTags(Tag).WithSummary("获取群众义务监督员名册").RequireAuthorization(Policies.Office);

        api.MapGet("/campaigns/{campaignId:int}/oversight/volunteers/export", async (int campaignId, ClaimsPrincipal user, VolunteerRegisterService register) =>
                TypedResults.File(await register.ExportAsync(ActorFactory.From(user), campaignId), XlsxType, "群众义务监督员名册.xlsx"))
            .WithTags(Tag).WithSummary("导出群众义务监督员名册（Excel）").RequireAuthorization(Policies.Office);

        api.MapPost("/campaigns/{campaignId:int}/oversight/volunteers", async (int campaignId, VolunteerInput input, ClaimsPrincipal user, VolunteerRegisterService register) =>
                TypedResults.Ok(new { id = await register.AppointAsync(ActorFactory.From(user), campaignId, input) }))
            .WithTags(Tag).WithSummary("聘任群众义务监督员").RequireAuthorization(Policies.Office);

        api.MapPost("/oversight/volunteers/{volunteerId:int}/end", async (int volunteerId, EndAppointmentInput input, ClaimsPrincipal user, VolunteerRegisterService register) =>
            {
                await register.EndAsync(ActorFactory.From(user), volunteerId, input);
                return TypedResults.NoContent();
            })
            .WithTags(Tag).WithSummary("结束群众义务监督员的聘期").RequireAuthorization(Policies.Office);

        api.MapGet("/oversight/channel-schedules", async (ClaimsPrincipal user, ChannelScheduleService schedules) =>
                TypedResults.Ok(await schedules.ListAsync(ActorFactory.From(user))))
            .WithTags(Tag).WithSummary("获取主席接待日和热线时间安排").RequireAuthorization(Policies.Office);

        api.MapGet("/oversight/channel-schedules/export", async (ClaimsPrincipal user, ChannelScheduleService schedules) =>
                TypedResults.File(await schedules.ExportAsync(ActorFactory.From(user)), XlsxType, "主席接待日和热线时间安排.xlsx"))
            .WithTags(Tag).WithSummary("导出主席接待日和热线时间安排（Excel）").RequireAuthorization(Policies.Office);

        api.MapPost("/oversight/channel-schedules", async (ChannelScheduleInput input, ClaimsPrincipal user, ChannelScheduleService schedules) =>
                TypedResults.Ok(new { id = await schedules.PublishAsync(ActorFactory.From(user), input) }))
            .WithTags(Tag).WithSummary("公布主席接待日或热线时间安排").RequireAuthorization(Policies.Office);

        api.MapGet("/volunteer/desk", async (ClaimsPrincipal user, VolunteerDeskService desk) =>
                TypedResults.Ok(await desk.DeskAsync(ActorFactory.From(user))))
            .WithTags(Tag).WithSummary("义务监督员获取所监督单位的公开事项和本人的监督意见").RequireAuthorization(Policies.Volunteer);

        api.MapPost("/volunteer/observations", async (ObservationInput input, ClaimsPrincipal user, VolunteerDeskService desk) =>
                TypedResults.Ok(new { receiptNumber = await desk.FileAsync(ActorFactory.From(user), input) }))
            .WithTags(Tag).WithSummary("义务监督员对所监督单位提出监督意见").RequireAuthorization(Policies.Volunteer);

        api.MapGet("/volunteer/observations/export", async (ClaimsPrincipal user, VolunteerDeskService desk) =>
                TypedResults.File(await desk.ExportAsync(ActorFactory.From(user)), XlsxType, "我的监督意见.xlsx"))
            .WithTags(Tag).WithSummary("义务监督员导出本人的监督意见及办理情况（Excel）").RequireAuthorization(Policies.Volunteer);

        return api;
    }
}
