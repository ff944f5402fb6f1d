using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Tests.Infrastructure;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Satisfaction;

public sealed class SealedRateTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task A_coordinator_cannot_read_their_own_rate_while_the_survey_is_sealed_even_by_a_crafted_call()
    {
        var survey = await OpenSurveyAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var results = Service<SatisfactionResultsService>(factory);
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        var direct = await Assert.ThrowsAsync<AccessDeniedException>(() => results.UnitRateAsync(coordinator, survey.Id, dongshan));
        await Assert.ThrowsAsync<AccessDeniedException>(() => results.GetAsync(coordinator, survey.Id));
        var http = await client.GetAsync($"/api/surveys/{survey.Id}/units/{dongshan}/rate");
        var page = await client.GetStringAsync($"/satisfaction/{survey.Id}");

        Assert.Equal(SatisfactionResultsService.SealedMessage, direct.Message);
        Assert.Equal(HttpStatusCode.Forbidden, http.StatusCode);
        Assert.Contains(SatisfactionResultsService.SealedMessage, page);
        Assert.DoesNotContain("data-testid=\"unit-rates\"", page);
    }

    [Fact]
    public async Task A_coordinator_does_not_see_their_units_rate_for_a_sealed_survey_in_the_trend()
    {
        // On the closed survey's results (which 东山街道's coordinator may read), the trend also lists the open
        // survey, still sealed for the unit: that point must carry no rate, in the JSON and on the page.
        var closed = await ClosedSurveyAsync(factory);
        var open = await OpenSurveyAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var sealedRate = await Service<SatisfactionResultsService>(factory).UnitRateAsync(await Accounts.ActorAsync(factory, "leader"), open.Id, dongshan);
        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");
        var leader = await Accounts.SignedInClientAsync(factory, "leader");

        var ownJson = await coordinator.GetStringAsync($"/api/surveys/{closed.Id}/results");
        var own = JsonDocument.Parse(ownJson).RootElement;
        var full = await leader.GetFromJsonAsync<JsonElement>($"/api/surveys/{closed.Id}/results");
        var page = await coordinator.GetStringAsync($"/satisfaction/{closed.Id}");

        static JsonElement Point(JsonElement results, int surveyId) =>
            results.GetProperty("trend").EnumerateArray().Single(p => p.GetProperty("surveyId").GetInt32() == surveyId);
        Assert.NotNull(sealedRate.Rate); // the leak would be a real number (94.0% in the demo)
        Assert.Equal(JsonValueKind.Null, Point(own, open.Id).GetProperty("rate").ValueKind);
        Assert.True(Point(own, open.Id).GetProperty("sealed").GetBoolean());
        Assert.DoesNotContain(sealedRate.Explanation, ownJson);
        Assert.Equal(JsonValueKind.Number, Point(own, closed.Id).GetProperty("rate").GetProperty("rate").ValueKind);
        Assert.Equal(JsonValueKind.Number, Point(full, open.Id).GetProperty("rate").GetProperty("rate").ValueKind); // leadership: the overall rate, live
        Assert.False(Point(full, open.Id).GetProperty("sealed").GetBoolean());
        Assert.Contains("data-testid=\"chart-sealed\"", page);
        Assert.Contains(SatisfactionDemoSeed.OpenSurveyTitle, page);
    }

    [Fact]
    public async Task The_wall_shows_a_coordinator_no_sealed_rate_but_shows_leadership_every_rate()
    {
        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");
        var leader = await Accounts.SignedInClientAsync(factory, "leader");

        var coordinatorWall = await coordinator.GetFromJsonAsync<JsonElement>("/api/wall");
        var leaderWall = await leader.GetFromJsonAsync<JsonElement>("/api/wall");

        // The coordinator sees no other unit's rate, and their own unit's figure only from the survey that is no longer
        // sealed for them (the closed one): the open survey's result neither shows nor replaces it.
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var closed = await ClosedSurveyAsync(factory);
        Assert.All(coordinatorWall.GetProperty("units").EnumerateArray().Where(u => u.GetProperty("unitId").GetInt32() != dongshan),
            u => Assert.Equal(JsonValueKind.Null, u.GetProperty("rate").ValueKind));
        var own = coordinatorWall.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetInt32() == dongshan).GetProperty("rate");
        Assert.Equal([closed.Id], own.GetProperty("surveys").EnumerateArray().Select(s => s.GetProperty("surveyId").GetInt32()));
        Assert.Equal(own.GetProperty("rate").GetDecimal(), coordinatorWall.GetProperty("headline").GetProperty("satisfactionRate").GetDecimal());
        Assert.Contains(leaderWall.GetProperty("units").EnumerateArray(), u => u.GetProperty("rate").ValueKind == JsonValueKind.Object);
        Assert.Equal(JsonValueKind.Number, leaderWall.GetProperty("headline").GetProperty("satisfactionRate").ValueKind);
    }

    [Fact]
    public async Task Leadership_sees_every_rate_live_while_sealed()
    {
        var survey = await OpenSurveyAsync(factory);
        var leader = await Accounts.ActorAsync(factory, "leader");

        var results = await Service<SatisfactionResultsService>(factory).GetAsync(leader, survey.Id);

        Assert.True(results.Sealed);
        Assert.Equal(survey.TargetUnitIds.Count, results.Units.Count);
        Assert.Contains(results.Units, u => u.Name == "区个私协会" && u.Rate.SampleInsufficient && u.Rate.Display == "样本不足");
        Assert.Contains(results.Units, u => u.Name == "区城管局" && u.BelowThreshold);
        Assert.NotEmpty(results.SuspiciousBatches);
    }

    [Fact]
    public async Task After_closing_a_coordinator_sees_their_own_unit_only()
    {
        var survey = await ClosedSurveyAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var service = Service<SatisfactionResultsService>(factory);

        var own = await service.GetAsync(coordinator, survey.Id);

        Assert.Equal(["东山街道"], own.Units.Select(u => u.Name));
        Assert.NotNull((await service.UnitRateAsync(coordinator, survey.Id, dongshan)).Rate);
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.UnitRateAsync(coordinator, survey.Id, moling));
    }
}
