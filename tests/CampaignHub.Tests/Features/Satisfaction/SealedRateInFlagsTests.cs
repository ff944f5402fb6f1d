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
        var survey = await OpenSurveyAsync(factory);
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        using var flagEvents = new FlagEvents(factory, moling);

        // Dissatisfied answers until the unit is flagged (so the flag is still among the ticker's latest changes).
        foreach (var code in await FreshCodesAsync(factory, survey.Id, moling, count: 25, group: 11))
        {
            await Service<PublicSurveyService>(factory).SubmitAsync(code, All(survey, Answer.Dissatisfied));
            await using var db = await DbAsync(factory);
            if (await db.Set<UnitFlag>().AnyAsync(f => f.UnitId == moling && f.Kind == UnitFlagKind.Automatic && f.ClearedAt == null))
            {
                break;
            }
        }

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

        await Service<PaperImportService>(factory).ConfirmAsync(await Accounts.ActorAsync(factory, "office"), survey.Id, csv, "殷巷纸质问卷.csv");

        await AssertFlaggedWithoutRateAsync(survey, yinxiang, await flagEvents.FirstAsync());
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
        Assert.Contains("有效答案", flag.Reason);
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
