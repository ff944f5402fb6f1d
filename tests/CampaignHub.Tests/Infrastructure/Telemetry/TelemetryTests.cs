using System.Diagnostics.Metrics;
using System.Net;
using CampaignHub.Infrastructure.Telemetry;
using CampaignHub.Live;
using System.Net.Http.Json;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Tests.Features.Satisfaction;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignHub.Tests.Infrastructure.Telemetry;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Metrics_endpoint_refuses_an_address_that_is_not_configured()
    {
        using var factory = new CampaignHubFactory();
        using var elsewhere = factory.WithWebHostBuilder(host => host
            .UseSetting("CampaignHub:Telemetry:MetricsAllowedFrom:0", "10.1.2.3")
            .UseSetting("CampaignHub:Telemetry:MetricsAllowedFrom:1", "10.9.0.0/16"));

        var fromLoopback = await factory.CreateBrowserLikeClient().GetAsync("/metrics");
        var response = await elsewhere.CreateClient().GetAsync("/metrics");

        // The test server's client is loopback: allowed by default, refused once only other addresses are configured.
        Assert.Equal(HttpStatusCode.OK, fromLoopback.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("只有配置的监控地址可以读取运行指标", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failing_subscriber_counts_as_a_delivery_and_a_drop()
    {
        using var meters = new TestMeterFactory();
        var metrics = new CampaignHubMetrics(meters);
        using var recorded = new Recorder(meters);
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance, TimeSpan.FromMilliseconds(10), metrics);
        var delivered = new TaskCompletionSource();
        using var good = feed.Subscribe(_ => { delivered.TrySetResult(); return Task.CompletedTask; });
        using var bad = feed.Subscribe(_ => throw new InvalidOperationException("circuit gone"));

        feed.Publish(new ChangeEvent(ChangeKind.Plan, 1, 2, 3, "测试", "office", DateTimeOffset.UtcNow));
        await delivered.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await recorded.WaitForAsync("campaignhub.feed.drops", 1);
        await recorded.WaitForAsync("campaignhub.feed.deliveries", 2);

        Assert.Equal(2, recorded.Sum("campaignhub.feed.deliveries"));
        Assert.Equal(1, recorded.Sum("campaignhub.feed.drops"));
    }

    [Fact]
    public async Task Survey_answers_are_counted_once_committed_and_a_refused_submission_is_not()
    {
        using var factory = new CampaignHubFactory();
        var survey = await SatisfactionTestData.OpenSurveyAsync(factory);
        using var recorded = new Recorder(factory.Services.GetRequiredService<IMeterFactory>());
        var unit = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        var code = (await SatisfactionTestData.FreshCodesAsync(factory, survey.Id, unit)).Single();
        var client = factory.CreateBrowserLikeClient();

        var first = await client.PostAsJsonAsync($"/api/s/{code}", new SubmitSurveyRequest(SatisfactionTestData.All(survey, Answer.Satisfied)));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var again = await client.PostAsJsonAsync($"/api/s/{code}", new SubmitSurveyRequest(SatisfactionTestData.All(survey, Answer.Satisfied)));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        Assert.Equal(survey.Questions.Count, recorded.Sum("campaignhub.survey.answers"));
    }

    private sealed class TestMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }

    /// <summary>Sums what CampaignHub's instruments of one meter factory (one app) record; other tests' apps are not heard.</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, double> _sums = [];

        public Recorder(IMeterFactory scope)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == CampaignHubMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, scope))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Add(instrument.Name, value));
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Add(instrument.Name, value));
            _listener.Start();
        }

        public double Sum(string name)
        {
            lock (_sums)
            {
                return _sums.GetValueOrDefault(name);
            }
        }

        public async Task WaitForAsync(string name, double atLeast)
        {
            for (var i = 0; i < 100 && Sum(name) < atLeast; i++)
            {
                await Task.Delay(50);
            }
        }

        private void Add(string name, double value)
        {
            lock (_sums)
            {
                _sums[name] = _sums.GetValueOrDefault(name) + value;
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
