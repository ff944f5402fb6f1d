using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Features.Wall;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Satisfaction;

/// <summary>双满意 reported separately on the results page and the wall, from one computation; the third party named.</summary>
public sealed class TwoSatisfactionsTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Results_report_conduct_change_and_problem_solving_as_their_own_questions_rates_and_name_the_third_party()
    {
        var open = await OpenSurveyAsync(factory);
        var results = await Service<SatisfactionResultsService>(factory).GetAsync(await Accounts.ActorAsync(factory, "leader"), open.Id);

        Assert.Equal($"第三方测评：{SatisfactionDemoSeed.DemoThirdParty}", results.Survey.RunByText);
        Assert.Equal(results.Questions.Single(q => q.Name == "作风转变是否满意").Rate.Rate, results.ConductChange!.Rate);
        Assert.Equal(results.Questions.Single(q => q.Name == "解决问题是否满意").Rate.Rate, results.ProblemSolving!.Rate);
        Assert.NotNull(results.ConductChange.Rate);
        Assert.Equal(results.Units.Select(u => u.Key).Order(), results.UnitTwoSatisfactions.Select(u => u.UnitId).Order());
    }

    [Fact]
    public async Task The_wall_shows_each_units_two_satisfactions_from_the_survey_its_figure_comes_from_and_the_district_weighted()
    {
        var open = await OpenSurveyAsync(factory);
        var results = await Service<SatisfactionResultsService>(factory).GetAsync(await Accounts.ActorAsync(factory, "leader"), open.Id);
        var wall = await factory.Services.GetRequiredService<WallCache>().GetAsync(1);

        var fromOpen = wall.Units.Where(u => u.Rate?.Surveys.Any(s => s.SurveyId == open.Id && s.Result.Rate is not null) == true && u.Rate.IsPartial).ToList();
        Assert.NotEmpty(fromOpen);
        foreach (var unit in fromOpen)
        {
            var onResults = results.UnitTwoSatisfactions.Single(u => u.UnitId == unit.UnitId);
            Assert.Equal(onResults.ConductChange.Rate, unit.Rate!.Two!.ConductChange.Rate);
            Assert.Equal(onResults.ProblemSolving.Rate, unit.Rate.Two.ProblemSolving.Rate);
        }

        Assert.Equal(WallRate.DistrictTwo(wall.Units.Select(u => u.Rate)), wall.Headline.TwoSatisfactions);
        Assert.NotNull(wall.Headline.TwoSatisfactions.ConductChange);
        Assert.NotNull(wall.Headline.TwoSatisfactions.ProblemSolving);
    }

    [Fact]
    public async Task A_third_party_name_too_long_is_refused_in_Chinese_and_the_survey_keeps_its_name()
    {
        var open = await OpenSurveyAsync(factory);
        var service = Service<SurveyAdminService>(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var detail = await service.GetAsync(office, open.Id);
        var input = new SurveySettingsInput
        {
            Title = detail.Summary.Title,
            OpensAt = ChinaTime.ToChina(detail.Summary.OpensAt).DateTime,
            ClosesAt = ChinaTime.ToChina(detail.Summary.ClosesAt).DateTime,
            MinimumSample = detail.Summary.MinimumSample,
            ThirdPartyName = new string('测', SatisfactionSurvey.MaxThirdPartyNameLength + 1),
            TargetUnitIds = detail.Targets.Select(t => t.Id).ToList(),
        };

        var error = await Assert.ThrowsAsync<DomainException>(() => service.UpdateSettingsAsync(office, open.Id, detail.Version, input));

        Assert.Contains("第三方机构名称", error.Message);
        Assert.Equal(SatisfactionDemoSeed.DemoThirdParty, (await service.GetAsync(office, open.Id)).Summary.ThirdPartyName);
    }
}
