using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Satisfaction;

/// <summary>
/// Being flagged for low satisfaction is a supervision fact everyone may see; the unit's rate is not. While the
/// survey is sealed, a coordinator must not read another unit's rate in the wall's flags or activity ticker, and the
/// change feed (the ticker, the SignalR hub) must not carry it either. Its own fixture: the tests add answers.
/// </summary>
public sealed partial class SealedRateInFlagsTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Online_answers_that_flag_a_unit_publish_no_rate_and_the_coordinators_wall_shows_none()
    {
        // A survey of its own (so closing it leaves the demo's open survey sealed for the other tests).
        var open = await OpenSurveyAsync(factory);
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var office = await Accounts.ActorAsync(factory, "office");
        var admin = Service<SurveyAdminService>(factory);
        var surveyId = await admin.CreateAsync(office, open.CampaignId, new SurveySettingsInput
        {
            Title = "秣陵街道专项测评",
            OpensAt = new DateTime(2014, 4, 10, 9, 0, 0),
            ClosesAt = new DateTime(2014, 4, 25, 18, 0, 0),
            MinimumSample = 20,
            TargetUnitIds = [moling],
        });
        await admin.OpenAsync(office, surveyId, (await admin.GetAsync(office, surveyId)).Version);
        var survey = await SurveyByIdAsync(surveyId);
        using var flagEvents = new FlagEvents(factory, moling);

        // 10 satisfied and 15 dissatisfied questionnaires: 40%, below the threshold on a sufficient sample.
        var codes = await FreshCodesAsync(factory, survey.Id, moling, count: 25, group: 11);
        foreach (var (code, i) in codes.Select((c, i) => (c, i)))
        {
            await Service<PublicSurveyService>(factory).SubmitAsync(code, All(survey, i < 10 ? Answer.Satisfied : Answer.Dissatisfied));
        }

        // Sealed for the units while open: a flag would reveal the rate, so there is none yet.
        Assert.False(await FlaggedAsync(moling, survey.Id));

        await admin.CloseAsync(office, surveyId, (await admin.GetAsync(office, surveyId)).Version);

        await AssertFlaggedWithoutRateAsync(survey, moling, await flagEvents.FirstAsync());
    }

    [Fact]
    public async Task A_paper_import_that_flags_a_unit_publishes_no_rate_and_the_coordinators_wall_shows_none()
    {
        var survey = await OpenSurveyAsync(factory);
        var yinxiang = await DemoLookup.UnitIdAsync(factory, "殷巷社区");
        using var flagEvents = new FlagEvents(factory, yinxiang);
        var header = new[] { "问卷批次号", "问卷编号", "被测评单位", "参评群体" }.Concat(survey.Questions.Select(q => q.Text));
        var rows = Enumerable.Range(1, 30).Select(n => new[] { "LOW1", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "殷巷社区", "农民" }
            .Concat(survey.Questions.Select(_ => "不满意")));
        var csv = Encoding.UTF8.GetBytes(string.Join("\n", new[] { header }.Concat(rows).Select(r => string.Join(",", r))));
        var office = await Accounts.ActorAsync(factory, "office");

        await Service<PaperImportService>(factory).ConfirmAsync(office, survey.Id, csv, "殷巷纸质问卷.csv");

        // Sealed while open: no flag; closing the survey (the units may now see their results) raises it.
        Assert.False(await FlaggedAsync(yinxiang, survey.Id));
        var admin = Service<SurveyAdminService>(factory);
        await admin.CloseAsync(office, survey.Id, (await admin.GetAsync(office, survey.Id)).Version);

        await AssertFlaggedWithoutRateAsync(survey, yinxiang, await flagEvents.FirstAsync());
    }

    private async Task<bool> FlaggedAsync(int unitId, int surveyId)
    {
        await using var db = await DbAsync(factory);
        return await db.Set<UnitFlag>().AnyAsync(f => f.UnitId == unitId && f.SurveyId == surveyId && f.Kind == UnitFlagKind.Automatic && f.ClearedAt == null);
    }

    private async Task<SatisfactionSurvey> SurveyByIdAsync(int id)
    {
        await using var db = await DbAsync(factory);
        return await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_questions").Include("_groups").Include("_targets").AsSplitQuery().SingleAsync(s => s.Id == id);
    }

    private async Task AssertFlaggedWithoutRateAsync(SatisfactionSurvey survey, int unitId, ChangeEvent published)
    {
        var threshold = SatisfactionRate.FormatPercent(await ThresholdAsync(survey.CampaignId));
        var leader = await Accounts.ActorAsync(factory, "leader");
        var results = Service<SatisfactionResultsService>(factory);
        await using var db = await DbAsync(factory);
        var flag = await db.Set<UnitFlag>().AsNoTracking().SingleAsync(f => f.UnitId == unitId && f.Kind == UnitFlagKind.Automatic && f.ClearedAt == null);
        var flags = await db.Set<UnitFlag>().AsNoTracking().Where(f => f.CampaignId == survey.CampaignId).ToListAsync();
        var closed = await ClosedSurveyAsync(factory);

        // Every flagged unit's rate as leadership sees it: the rate each flag was raised on, and the unit's rate now in
        // the open survey (sealed for coordinators) and in the closed one (visible to the unit's own coordinator only).
        var rates = flags.Where(f => f.Rate is not null).Select(f => SatisfactionRate.FormatPercent(f.Rate!.Value)).ToList();
        foreach (var id in flags.Select(f => f.UnitId).Distinct())
        {
            rates.Add((await results.UnitRateAsync(leader, survey.Id, id)).Display);
            rates.Add((await results.UnitRateAsync(leader, closed.Id, id)).Display);
        }

        var rate = (await results.UnitRateAsync(leader, survey.Id, unitId)).Display;
        Assert.Matches(Percentage(), rate); // the leak would be a real number
        Assert.Equal(survey.Id, flag.SurveyId);
        Assert.Contains(threshold, flag.Reason);
        Assert.Contains("有效问卷", flag.Reason);
        Assert.DoesNotContain(rate, flag.Reason);
        Assert.DoesNotContain(SatisfactionRate.FormatPercent(flag.Rate!.Value), flag.Reason);

        // The change feed: what the ticker and every signed-in client (through the hub) receive.
        Assert.Equal(flag.Id, published.EntityId);
        Assert.DoesNotMatch(Percentage(), published.Summary);

        // The coordinator's wall: no flagged unit's rate in the flags, the ticker or anywhere else in the snapshot.
        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");
        var wall = await coordinator.GetFromJsonAsync<JsonElement>("/api/wall");
        var flagReasons = wall.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("reason").GetString()!).ToList();
        var recent = wall.GetProperty("recent").EnumerateArray().Select(c => c.GetProperty("summary").GetString()!).ToList();
        Assert.Contains(flagReasons, r => r == flag.Reason);
        Assert.Contains(recent, s => s == published.Summary);
        Assert.All(flagReasons, r => Assert.All(Percentage().Matches(r), m => Assert.Equal(threshold, m.Value)));
        Assert.All(recent, s => Assert.All(Percentage().Matches(s), m => Assert.Equal(threshold, m.Value)));
        var texts = Strings(wall).ToList();
        foreach (var leaked in rates.Where(r => Percentage().IsMatch(r) && r != threshold).Distinct())
        {
            Assert.DoesNotContain(texts, t => t.Contains(leaked, StringComparison.Ordinal));
        }
    }

    private async Task<decimal> ThresholdAsync(int campaignId)
    {
        await using var db = await DbAsync(factory);
        return await db.Set<CampaignHub.Domain.Campaigns.Campaign>().Where(c => c.Id == campaignId).Select(c => c.Rules.SatisfactionThreshold).SingleAsync();
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex(@"\d+(\.\d+)?\s*%")]
    private static partial Regex Percentage();

    /// <summary>Subscribes to the change feed for flag events on one unit, as a page or the hub would.</summary>
    private sealed class FlagEvents : IDisposable
    {
        private readonly TaskCompletionSource<ChangeEvent> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly IDisposable _subscription;

        public FlagEvents(CampaignHubFactory factory, int unitId) =>
            _subscription = factory.Services.GetRequiredService<IChangeFeed>().Subscribe(
                changes =>
                {
                    _first.TrySetResult(changes[0]);

                    return Task.CompletedTask;
                },
                c => c.Kind == ChangeKind.Flag && c.UnitId == unitId);

        public async Task<ChangeEvent> FirstAsync() => await _first.Task.WaitAsync(TimeSpan.FromSeconds(10));

        public void Dispose() => _subscription.Dispose();
    }
}
