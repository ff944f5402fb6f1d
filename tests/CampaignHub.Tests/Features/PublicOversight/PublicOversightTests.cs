using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Opinions;
using CampaignHub.Features.PublicOversight;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.PublicOversight;

/// <summary>群众监督 through the real app: the Jiangning demo, a volunteer's desk and observations over the API, sign-in, refusals.</summary>
public sealed class PublicOversightTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Demo_shows_Jiangnings_volunteers_and_schedules_with_their_2014_dates()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");

        var register = await Service<VolunteerRegisterService>(factory).RegisterAsync(office, campaign.Id);
        var liu = register.Volunteers.Single(v => v.Name == "刘桂兰");
        Assert.Equal(new DateOnly(2014, 3, 20), liu.AppointedOn);
        Assert.Equal("138****2046", liu.MaskedPhone);
        Assert.Equal("volunteer", liu.UserName);
        Assert.Equal(2, liu.Observations);
        Assert.Equal(1, liu.Answered);
        var ma = register.Volunteers.Single(v => v.Name == "马秀珍");
        Assert.Equal(new DateOnly(2014, 4, 8), ma.EndedOn);
        Assert.Equal("聘期已结束", ma.Standing);

        var schedules = await Service<ChannelScheduleService>(factory).PublicAsync();
        Assert.Contains(schedules, s => s.Source == OpinionSource.ChairReceptionDay && s.Days == "每月15日" && s.NextSession == new DateOnly(2014, 4, 15));
        Assert.Contains(schedules, s => s.Source == OpinionSource.Hotline12345 && s.Hours == "24小时" && s.Phone == "12345");
        // The CPPCC chair's 2 April session has passed by the demo's 10 April: the public sees only the 23 April one.
        Assert.DoesNotContain(schedules, s => s.Receiver == "区政协主席 邵长明" && s.NextSession is null);
        Assert.Contains(schedules, s => s.Receiver == "区政协主席 邵长明" && s.NextSession == new DateOnly(2014, 4, 23));
        var sessions = await Service<ChannelScheduleService>(factory).RecentSessionsAsync();
        Assert.Contains(sessions, s => s.Source == OpinionSource.ChairReceptionDay && s.Date == new DateOnly(2014, 4, 2));
    }

    [Fact]
    public async Task The_brand_link_leads_a_volunteer_to_their_desk_and_staff_to_the_workbench()
    {
        var volunteer = await Accounts.SignedInClientAsync(factory, "volunteer");
        var office = await Accounts.SignedInClientAsync(factory, "office");

        Assert.Contains("<a href=\"volunteer\" class=\"ch-brand\"", await volunteer.GetStringAsync("/volunteer"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"\" class=\"ch-brand\"", await office.GetStringAsync("/plans"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Volunteer_sees_only_the_disclosed_items_of_the_units_they_oversee_and_follows_their_observation()
    {
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var volunteer = await Accounts.SignedInClientAsync(factory, "volunteer");

        var desk = await volunteer.GetFromJsonAsync<VolunteerDeskDto>("/api/volunteer/desk", ApiJson.Options);
        Assert.NotNull(desk);
        Assert.Equal("刘桂兰", desk.VolunteerName);
        Assert.Equal(["上坊社区", "东山街道"], desk.Units.Select(u => u.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.All(desk.Items, i => Assert.Contains(i.UnitId, desk.Units.Select(u => u.Id)));
        Assert.Contains(desk.Observations, o => o.Answer is not null && o.Status == "已答复");

        var filed = await volunteer.PostAsJsonAsync("/api/volunteer/observations", new ObservationInput(dongshan, null, null, OpinionCategory.Bureaucratism, "<b>便民服务中心</b>中午无人值守"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var receipt = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptNumber").GetString();

        await using var db = await DemoLookup.DbAsync(factory);
        var opinion = await db.Set<Opinion>().SingleAsync(o => o.ReceiptNumber == receipt);
        Assert.Equal(OpinionSource.Volunteer, opinion.Source);
        Assert.Equal(dongshan, opinion.EnteredByUnitId);
        Assert.Equal("刘桂兰", opinion.RaisedByName);
        Assert.Equal(OpinionStatus.New, opinion.Status);

        // The unit claims and answers it like any opinion; the volunteer sees the answer on the desk.
        var unit = await Accounts.ActorAsync(factory, "unit");
        var opinions = Service<OpinionService>(factory);
        var claimed = await opinions.ClaimAsync(unit, opinion.Id, opinion.Version, dongshan, new DateOnly(2014, 4, 20));
        await opinions.AnswerAsync(unit, opinion.Id, claimed.Version, "已安排中午轮班值守");
        var after = await volunteer.GetFromJsonAsync<VolunteerDeskDto>("/api/volunteer/desk", ApiJson.Options);
        Assert.Contains(after!.Observations, o => o.ReceiptNumber == receipt && o.Answer == "已安排中午轮班值守");
    }

    [Fact]
    public async Task Volunteer_cannot_file_on_another_unit_or_its_items_and_hostile_input_gets_Chinese_answers()
    {
        var renshe = await DemoLookup.UnitIdAsync(factory, "区人力资源和社会保障局");
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        await using var db = await DemoLookup.DbAsync(factory);
        var otherItem = await db.Set<RectificationItem>().Where(r => r.UnitId == renshe).Select(r => r.Id).FirstAsync();
        var volunteer = await Accounts.SignedInClientAsync(factory, "volunteer");

        var otherUnit = await volunteer.PostAsJsonAsync("/api/volunteer/observations", new ObservationInput(renshe, null, null, OpinionCategory.Other, "窗口排队"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Forbidden, otherUnit.StatusCode);
        Assert.Equal("您不是该单位的义务监督员，不能查看或监督该单位的事项", (await ProblemAsync(otherUnit)).GetProperty("detail").GetString());

        var otherUnitsItem = await volunteer.PostAsJsonAsync("/api/volunteer/observations", new ObservationInput(dongshan, RatedItemKind.RectificationItem, otherItem, OpinionCategory.Other, "进度不实"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.NotFound, otherUnitsItem.StatusCode);

        var missingItem = await volunteer.PostAsJsonAsync("/api/volunteer/observations", new ObservationInput(dongshan, RatedItemKind.Commitment, 999999, OpinionCategory.Other, "进度不实"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.NotFound, missingItem.StatusCode);

        var empty = await volunteer.PostAsJsonAsync("/api/volunteer/observations", new ObservationInput(dongshan, null, null, OpinionCategory.Other, "  "), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("意见内容不能为空", (await ProblemAsync(empty)).GetProperty("detail").GetString());

        var badCategory = await volunteer.PostAsync("/api/volunteer/observations", new StringContent($"{{\"unitId\":{dongshan},\"category\":\"Nonsense\",\"content\":\"x\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badCategory.StatusCode);

        var tooLong = await volunteer.PostAsJsonAsync("/api/volunteer/observations", new ObservationInput(dongshan, null, null, OpinionCategory.Other, new string('长', 2001)), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        // Staff cannot reach the desk, nor file as a volunteer.
        var unit = await Accounts.SignedInClientAsync(factory, "unit");
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/api/volunteer/desk")).StatusCode);
    }

    [Fact]
    public async Task Office_appoints_a_volunteer_opens_the_account_and_an_ended_appointment_cannot_sign_in()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var zhengwu = await DemoLookup.UnitIdAsync(factory, "区政务服务中心");
        var office = await Accounts.ActorAsync(factory, "office");
        var register = Service<VolunteerRegisterService>(factory);

        var id = await register.AppointAsync(office, campaign.Id, new VolunteerInput("钱小红", "13611112222", "居民代表", new DateOnly(2014, 4, 9), [zhengwu]));
        var issued = await register.OpenAccountAsync(office, id, new OpenVolunteerAccountInput("qianxiaohong"));
        Assert.Equal("钱小红", issued.DisplayName);

        var client = factory.CreateBrowserLikeClient();
        var signedIn = await Accounts.LoginAsync(client, "qianxiaohong", issued.OneTimePassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        await register.EndAsync(office, id, new EndAppointmentInput(new DateOnly(2014, 4, 10), "本人辞任"));
        var refused = await Accounts.LoginAsync(factory.CreateBrowserLikeClient(), "qianxiaohong", issued.OneTimePassword);
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("聘期已于2014年4月10日结束", await refused.Content.ReadAsStringAsync());

        // A wrong password on the ended account tells nothing about the appointment.
        var wrong = await Accounts.LoginAsync(factory.CreateBrowserLikeClient(), "qianxiaohong", "Wrong!2014x");
        Assert.DoesNotContain("聘期", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Office_register_refuses_hostile_input_in_Chinese()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.SignedInClientAsync(factory, "office");

        var noUnits = await office.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/oversight/volunteers", new VolunteerInput("钱小红", "13611112222", null, new DateOnly(2014, 4, 10), []), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, noUnits.StatusCode);
        Assert.Equal("请选择义务监督员监督的单位", (await ProblemAsync(noUnits)).GetProperty("detail").GetString());

        var unknownUnit = await office.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/oversight/volunteers", new VolunteerInput("钱小红", "13611112222", null, new DateOnly(2014, 4, 10), [999999]), ApiJson.Options);
        Assert.Equal(HttpStatusCode.NotFound, unknownUnit.StatusCode);

        var badSchedule = await office.PostAsJsonAsync("/api/oversight/channel-schedules", new ChannelScheduleInput(OpinionSource.Mailbox, "某人", ChannelRepeat.Weekly, [DayOfWeek.Monday], null, null, null, null, null, "12345", new DateOnly(2014, 4, 10), null), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, badSchedule.StatusCode);
        Assert.Equal("只有主席接待日和12338、12345热线登记时间安排", (await ProblemAsync(badSchedule)).GetProperty("detail").GetString());

        var endMissing = await office.PostAsJsonAsync("/api/oversight/volunteers/999999/end", new EndAppointmentInput(new DateOnly(2014, 4, 10), "x"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.NotFound, endMissing.StatusCode);
    }

    [Fact]
    public async Task Exports_are_workbooks()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.SignedInClientAsync(factory, "office");
        var volunteer = await Accounts.SignedInClientAsync(factory, "volunteer");

        foreach (var (client, url) in new[] { (office, $"/api/campaigns/{campaign.Id}/oversight/volunteers/export"), (office, "/api/oversight/channel-schedules/export"), (volunteer, "/api/volunteer/observations/export") })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal((byte)'P', bytes[0]);
            Assert.DoesNotContain("13851712046", Encoding.UTF8.GetString(bytes));
        }
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
