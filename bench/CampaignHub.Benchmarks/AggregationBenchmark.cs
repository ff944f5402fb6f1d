using System.Diagnostics;
using CampaignHub.Features.Wall;
using CampaignHub.Infrastructure;
using CampaignHub.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignHub.Benchmarks;

public sealed record AggregationResult(double ColdP50, double ColdP95, double WarmP50, double WarmP95)
{
    public static AggregationResult NotMeasured { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);
}

/// <summary>
/// The wall's aggregation, in process with the app's real registrations: cold (a new cache counts
/// everything) and warm (after one unit's change, the cache reloads only that unit's slices).
/// </summary>
public static class AggregationBenchmark
{
    public static async Task<AggregationResult> RunAsync(BenchOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["CampaignHub:DataFolder"] = options.DataFolder;
        builder.Configuration["CampaignHub:DemoMode"] = "true";
        builder.Configuration["CampaignHub:DemoToday"] = "2014-04-10";
        builder.Logging.ClearProviders();
        builder.AddCampaignHub();
        await using var app = builder.Build();
        var services = app.Services;
        var feed = services.GetRequiredService<IChangeFeed>();

        var cold = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            using var cache = ActivatorUtilities.CreateInstance<WallCache>(services);
            var watch = Stopwatch.StartNew();
            var snapshot = await cache.GetAsync(1);
            cold.Add(watch.Elapsed.TotalMilliseconds);
            if (i == 0)
            {
                Console.WriteLine($"wall: {snapshot.Units.Count:N0} units, {snapshot.Overdue.Count:N0} overdue items, {snapshot.Headline.ProblemsTotal:N0} problems, {snapshot.Headline.CommitmentsTotal:N0} commitments, {snapshot.Headline.SatisfactionRespondents:N0} questionnaires");
            }
        }

        var warm = new List<double>();
        using (var cache = ActivatorUtilities.CreateInstance<WallCache>(services))
        {
            var snapshot = await cache.GetAsync(1);
            var units = snapshot.Units.Select(u => u.UnitId).ToList();
            var kinds = Enum.GetValues<ChangeKind>().Where(k => k is not (ChangeKind.Campaign or ChangeKind.Unit)).ToList();
            var random = new Random(7);
            for (var i = 0; i < 200; i++)
            {
                feed.Publish(new ChangeEvent(kinds[random.Next(kinds.Count)], 1, units[random.Next(units.Count)], null, "bench", "bench", DateTimeOffset.UtcNow));
                var watch = Stopwatch.StartNew();
                await cache.GetAsync(1);
                warm.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        // The first cold run includes JIT and SQLite warm-up; it is part of the honest "cold" figure.
        return new AggregationResult(
            BenchOptions.Percentile(cold, 50),
            BenchOptions.Percentile(cold, 95),
            BenchOptions.Percentile(warm, 50),
            BenchOptions.Percentile(warm, 95));
    }
}
