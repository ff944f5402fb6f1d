using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Tests.Infrastructure;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Satisfaction;

/// <summary>The results page reads counts shared by every open page; a saved answer must still show at once.</summary>
public sealed class SharedResultsTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task An_answer_saved_after_the_results_were_counted_shows_on_the_next_read()
    {
        var survey = await OpenSurveyAsync(factory);
        var unit = survey.TargetUnitIds.First();
        var leader = await Accounts.ActorAsync(factory, "leader");
        var results = Service<SatisfactionResultsService>(factory);
        var before = await results.GetAsync(leader, survey.Id);
        var unitBefore = before.Units.Single(u => u.Key == unit).Rate;

        var code = (await FreshCodesAsync(factory, survey.Id, unit)).Single();
        await Service<PublicSurveyService>(factory).SubmitAsync(code, All(survey, Answer.Dissatisfied));
        var after = await results.GetAsync(leader, survey.Id);

        Assert.Equal(before.Survey.ResponseCount + 1, after.Survey.ResponseCount);
        Assert.Equal(await ResponseCountAsync(factory, survey.Id), after.Survey.ResponseCount);
        var unitAfter = after.Units.Single(u => u.Key == unit).Rate;
        Assert.Equal(unitBefore.Dissatisfied + survey.Questions.Count, unitAfter.Dissatisfied);
    }

    [Fact]
    public async Task Counts_read_by_many_pages_at_once_are_counted_once_and_agree()
    {
        var survey = await OpenSurveyAsync(factory);
        var cache = Service<SurveyResultsCache>(factory);

        var reads = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => cache.CountsAsync(survey.Id)));

        Assert.All(reads, r => Assert.Same(reads[0], r));
        Assert.Equal(await ResponseCountAsync(factory, survey.Id), reads[0].Responses(null));
    }

    [Fact]
    public async Task A_coordinator_reads_only_their_own_units_counts_from_the_shared_figures()
    {
        var survey = await ClosedSurveyAsync(factory);
        var counts = await Service<SurveyResultsCache>(factory).CountsAsync(survey.Id);
        var unit = counts.All.First().UnitId;

        var own = counts.OnlyUnit(unit);

        Assert.All(own.All, c => Assert.Equal(unit, c.UnitId));
        Assert.Equal(counts.ByUnit[unit].Sum(c => c.Count), own.All.Sum(c => c.Count));
        Assert.Equal(counts.Responses(unit), own.Responses(null));
    }
}
