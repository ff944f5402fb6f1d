using System.Net;
using System.Net.Http.Json;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Tests.Infrastructure;

namespace CampaignHub.Tests.Features.ContactDuties;

/// <summary>
/// Rural points' 三个一, 三送 and 结对共建 over the API and in the demo: the shortfall, 201s, Chinese 400s, another unit's
/// ids (403), unknown ids (404) and hostile text kept as text.
/// </summary>
public sealed class RuralApiTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static readonly DateOnly April1 = new(2014, 4, 1);

    private async Task<RuralBoardDto> BoardAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/contacts/rural?year=2014");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RuralBoardDto>(ApiJson.Options))!;
    }

    [Fact]
    public async Task The_demo_shows_a_rural_point_still_short_of_its_three_ones_and_the_units_three_sends()
    {
        var board = await BoardAsync(await Accounts.SignedInClientAsync(factory, "office"));

        var renshe = board.Points.Single(p => p.VillageName == "东山街道佘村社区");
        Assert.False(renshe.Standing.IsMet);
        Assert.Equal([RuralContributionKind.ActivityRoomFunding, RuralContributionKind.Computers], renshe.Standing.Shortfalls.Select(s => s.Kind));
        Assert.Equal("党员活动室经费还差¥3,000", renshe.Standing.Shortfalls[0].Text);
        Assert.True(board.Points.Single(p => p.VillageName == "淳化街道新建村").Standing.IsMet);
        Assert.Equal(3, board.SendUnits.Where(u => u.Count.Total > 0).Count());
        Assert.Contains(board.Pairings, p => p.RuralOrganisationName == "淳化街道新建村党总支" && p.Activities.Count == 2);
        Assert.Equal(ThreeOnesRule.Requirements, board.Requirements);
    }

    [Fact]
    public async Task A_coordinator_designates_a_point_and_records_its_three_ones_until_it_is_compliant()
    {
        var renshe = await Accounts.SignedInClientAsync(factory, "renshe");
        var unitId = await DemoLookup.UnitIdAsync(factory, "区人力资源和社会保障局");

        var designated = await renshe.PostAsJsonAsync("/api/contacts/rural/points", new DesignateRuralPointRequest(unitId, 2014, "秣陵街道东旺社区", null), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, designated.StatusCode);
        var pointId = await designated.Content.ReadFromJsonAsync<int>();
        async Task<HttpResponseMessage> Contribute(Func<int, RuralContributionRequest> request)
        {
            var version = (await BoardAsync(renshe)).Points.Single(p => p.Id == pointId).Version;
            return await renshe.PostAsJsonAsync($"/api/contacts/rural/points/{pointId}/contributions", request(version), ApiJson.Options);
        }

        Assert.Equal(HttpStatusCode.Created, (await Contribute(v => new(RuralContributionKind.Instructor, April1, "周海涛", null, null, null, v))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Contribute(v => new(RuralContributionKind.ActivityRoomFunding, April1, null, 10_000m, "宁人社财2014-041", null, v))).StatusCode);
        Assert.False((await BoardAsync(renshe)).Points.Single(p => p.Id == pointId).Standing.IsMet);
        Assert.Equal(HttpStatusCode.Created, (await Contribute(v => new(RuralContributionKind.Computers, April1, null, null, null, 1, v))).StatusCode);

        var point = (await BoardAsync(renshe)).Points.Single(p => p.Id == pointId);
        Assert.True(point.Standing.IsMet);
        Assert.Equal(3, point.Contributions.Count);
    }

    [Fact]
    public async Task Another_units_ids_are_refused_403_unknown_ids_404_and_bad_input_a_Chinese_400()
    {
        var dongshan = await Accounts.SignedInClientAsync(factory, "unit");
        var board = await BoardAsync(dongshan);
        var rensheUnit = await DemoLookup.UnitIdAsync(factory, "区人力资源和社会保障局");
        var dongshanUnit = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var foreignPoint = board.Points.Single(p => p.VillageName == "东山街道佘村社区");
        var foreignPairing = board.Pairings.First(p => p.OfficeUnitId == rensheUnit);
        var dongshanCadre = board.Senders.First(s => s.UnitId == dongshanUnit);

        var foreignContribution = await dongshan.PostAsJsonAsync($"/api/contacts/rural/points/{foreignPoint.Id}/contributions",
            new RuralContributionRequest(RuralContributionKind.Computers, April1, null, null, null, 1, foreignPoint.Version), ApiJson.Options);
        var foreignPoint403 = await dongshan.PostAsJsonAsync("/api/contacts/rural/points", new DesignateRuralPointRequest(rensheUnit, 2014, "某村", null), ApiJson.Options);
        var foreignActivity = await dongshan.PostAsJsonAsync($"/api/contacts/rural/pairings/{foreignPairing.Id}/activities", new JointActivityRequest(April1, "共建", foreignPairing.Version), ApiJson.Options);
        var unknownPoint = await dongshan.PostAsJsonAsync("/api/contacts/rural/points/999999/contributions",
            new RuralContributionRequest(RuralContributionKind.Computers, April1, null, null, null, 1, 1), ApiJson.Options);
        var unknownPairing = await dongshan.PostAsJsonAsync("/api/contacts/rural/pairings/999999/end", new EndPairingRequest(April1, 1), ApiJson.Options);
        var unknownSender = await dongshan.PostAsJsonAsync("/api/contacts/rural/sends",
            new RecordThreeSendsRequest(dongshanUnit, 999999, ThreeSendsKind.Policy, SendRecipientKind.Family, "王家", April1, "政策"), ApiJson.Options);
        var noRecipient = await dongshan.PostAsJsonAsync("/api/contacts/rural/sends",
            new RecordThreeSendsRequest(dongshanUnit, dongshanCadre.Id, ThreeSendsKind.Warmth, SendRecipientKind.Family, "  ", April1, "慰问"), ApiJson.Options);
        var self = await dongshan.PostAsJsonAsync("/api/contacts/rural/pairings",
            new FormPairingRequest(dongshanUnit, "东山街道机关党委", null, "东山街道机关党委", RuralOrganisationKind.NewCountrysidePoint, April1), ApiJson.Options);
        var badKind = await dongshan.PostAsync("/api/contacts/rural/sends", JsonContent.Create(new { unitId = dongshanUnit, senderPersonId = dongshanCadre.Id, kind = 7, recipientKind = "Family", recipientName = "王家", sentOn = "2014-04-01", content = "x" }));

        Assert.Equal(HttpStatusCode.Forbidden, foreignContribution.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignPoint403.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignActivity.StatusCode);
        Assert.Contains("您无权为该单位登记结对共建", await foreignActivity.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknownPoint.StatusCode);
        Assert.Contains("找不到该农村联系点", await unknownPoint.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknownPairing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownSender.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noRecipient.StatusCode);
        Assert.Contains("“三送”须送到具体的家庭或企业，请填写家庭名称", await noRecipient.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("党组织不能与自己结对共建", await self.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal(0, (await BoardAsync(dongshan)).Points.Single(p => p.Id == foreignPoint.Id).Standing.Computers);
    }

    [Fact]
    public async Task A_pairing_is_formed_once_and_its_joint_activities_recorded()
    {
        var dongshan = await Accounts.SignedInClientAsync(factory, "unit");
        var dongshanUnit = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var request = new FormPairingRequest(dongshanUnit, "东山街道机关党委", null, "江宁街道牌坊村党总支", RuralOrganisationKind.PovertyAlleviationPoint, new DateOnly(2014, 3, 1));

        var formed = await dongshan.PostAsJsonAsync("/api/contacts/rural/pairings", request, ApiJson.Options);
        var duplicate = await dongshan.PostAsJsonAsync("/api/contacts/rural/pairings", request, ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, formed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("不能重复结对", await duplicate.Content.ReadAsStringAsync());

        var pairingId = await formed.Content.ReadFromJsonAsync<int>();
        var pairing = (await BoardAsync(dongshan)).Pairings.Single(p => p.Id == pairingId);
        var early = await dongshan.PostAsJsonAsync($"/api/contacts/rural/pairings/{pairingId}/activities", new JointActivityRequest(new DateOnly(2014, 2, 1), "共建", pairing.Version), ApiJson.Options);
        var held = await dongshan.PostAsJsonAsync($"/api/contacts/rural/pairings/{pairingId}/activities", new JointActivityRequest(April1, "两支部共过组织生活，结对帮扶困难党员3名", pairing.Version), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("活动日期不能早于结对日期", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, held.StatusCode);
        Assert.Single((await BoardAsync(dongshan)).Pairings.Single(p => p.Id == pairingId).Activities);
    }

    [Fact]
    public async Task Hostile_text_in_a_three_sends_record_is_stored_and_shown_as_text()
    {
        var dongshan = await Accounts.SignedInClientAsync(factory, "unit");
        var dongshanUnit = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var cadre = (await BoardAsync(dongshan)).Senders.First(s => s.UnitId == dongshanUnit);
        const string Hostile = "<script>alert('三送')</script>王家\"; DROP TABLE ThreeSendsRecords;--";

        var created = await dongshan.PostAsJsonAsync("/api/contacts/rural/sends",
            new RecordThreeSendsRequest(dongshanUnit, cadre.Id, ThreeSendsKind.Policy, SendRecipientKind.Family, Hostile, April1, "<img src=x onerror=alert(1)>"), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var stored = (await BoardAsync(dongshan)).Sends.Single(s => s.RecipientName == Hostile);
        Assert.Equal("<img src=x onerror=alert(1)>", stored.Content);
        var page = await (await Accounts.SignedInClientAsync(factory, "office")).GetStringAsync("/contacts/rural?year=2014");
        Assert.DoesNotContain("<script>alert('三送')", page);
        Assert.Contains("&lt;script&gt;", page);
    }
}
