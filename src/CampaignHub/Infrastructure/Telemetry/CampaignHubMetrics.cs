using System.Diagnostics.Metrics;

namespace CampaignHub.Infrastructure.Telemetry;

/// <summary>
/// CampaignHub's own instruments, on the meter <see cref="MeterName"/>. Exported by OpenTelemetry (Prometheus names
/// in brackets): open circuits (campaignhub_circuits_open), commit-to-render latency
/// (campaignhub_live_render_latency_milliseconds), change-feed deliveries and drops
/// (campaignhub_feed_deliveries_total, campaignhub_feed_drops_total), wall reload time
/// (campaignhub_wall_reload_duration_milliseconds) and survey answers (campaignhub_survey_answers_total).
/// </summary>
public sealed class CampaignHubMetrics
{
    public const string MeterName = "CampaignHub";

    private readonly UpDownCounter<long> _circuitsOpen;
    private readonly Histogram<double> _renderLatency;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _drops;
    private readonly Histogram<double> _wallReload;
    private readonly Counter<long> _surveyAnswers;

    public CampaignHubMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _circuitsOpen = meter.CreateUpDownCounter<long>("campaignhub.circuits.open", "{circuit}", "Blazor circuits open now (every open page of every signed-in user or public visitor)");
        _renderLatency = meter.CreateHistogram<double>(
            "campaignhub.live.render_latency",
            "ms",
            "From the commit of a change to the moment an open page showing that data has re-rendered",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [5, 10, 25, 50, 100, 150, 200, 250, 400, 600, 1000, 2000, 5000] });
        _deliveries = meter.CreateCounter<long>("campaignhub.feed.deliveries", "{batch}", "Batches of changes delivered by the change feed to its subscribers (pages, wall cache, hub)");
        _drops = meter.CreateCounter<long>("campaignhub.feed.drops", "{batch}", "Deliveries whose subscriber failed (e.g. a circuit torn down mid-render); the change itself stays committed");
        _wallReload = meter.CreateHistogram<double>(
            "campaignhub.wall.reload.duration",
            "ms",
            "Time to bring the wall's shared snapshot up to date after changes",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [5, 10, 20, 50, 100, 250, 500, 1000, 2500, 5000, 10000] });
        _surveyAnswers = meter.CreateCounter<long>("campaignhub.survey.answers", "{answer}", "Survey answers received (online and paper); rate() per minute gives answers per minute");
    }

    public void CircuitOpened() => _circuitsOpen.Add(1);

    public void CircuitClosed() => _circuitsOpen.Add(-1);

    public void PageRendered(TimeSpan sinceCommit, string page) =>
        _renderLatency.Record(sinceCommit.TotalMilliseconds, new KeyValuePair<string, object?>("page", page));

    public void FeedDelivered(bool failed)
    {
        _deliveries.Add(1);
        if (failed)
        {
            _drops.Add(1);
        }
    }

    public void WallReloaded(TimeSpan duration, bool full) =>
        _wallReload.Record(duration.TotalMilliseconds, new KeyValuePair<string, object?>("scope", full ? "full" : "partial"));

    public void SurveyAnswered(int answers, string source) =>
        _surveyAnswers.Add(answers, new KeyValuePair<string, object?>("source", source));
}
