using CampaignHub.Benchmarks;

// Reproducible measurements of the wall at province scale. One command:
//   dotnet run -c Release --project bench/CampaignHub.Benchmarks
// Options: --units N --items N --answers N --walls N --edits N --data DIR (see README "Performance"),
// --live-only (skip the aggregation runs), --path wall?kiosk=1 (which wall URL the tabs open).
if (args.FirstOrDefault() == "probe")
{
    await CampaignHub.Benchmarks.Circuits.CircuitProbe.RunAsync(args);
    return 0;
}

var options = BenchOptions.Parse(args);
if (args.FirstOrDefault() == "capacity")
{
    return await CampaignHub.Benchmarks.Capacity.CapacityBenchmark.RunAsync(options, CampaignHub.Benchmarks.Capacity.CapacityOptions.Parse(args));
}

if (args.FirstOrDefault() == "generate")
{
    await DataGenerator.EnsureAsync(options); // the province-scale data set only
    return 0;
}

Console.WriteLine($"CampaignHub benchmark · units={options.Units:N0} items={options.Items:N0} answers={options.Answers:N0} walls={options.Walls} · data={options.DataFolder}");

await DataGenerator.EnsureAsync(options);
var aggregation = options.LiveOnly ? AggregationResult.NotMeasured : await AggregationBenchmark.RunAsync(options);
var live = await LiveWallBenchmark.RunAsync(options);

Console.WriteLine();
Console.WriteLine("| measure | result | target |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| wall aggregation, cold (full recount) | p50 {aggregation.ColdP50:F1} ms, p95 {aggregation.ColdP95:F1} ms | — |");
Console.WriteLine($"| wall aggregation, warm (after an edit) | p50 {aggregation.WarmP50:F1} ms, p95 {aggregation.WarmP95:F1} ms | p95 < 50 ms |");
Console.WriteLine($"| edit-to-wall latency, {options.Walls} walls open | p50 {live.LatencyP50:F0} ms, p95 {live.LatencyP95:F0} ms ({live.Samples} samples) | p95 < 250 ms |");
Console.WriteLine($"| server memory per open wall | {live.BytesPerWall / 1024.0:F0} KB (managed heap after full GC) | < 300 KB |");
Console.WriteLine($"| first render of /wall: wall painted (prerendered, with data) | {live.FirstPaintMs:F0} ms | < 1 s |");
Console.WriteLine($"| first render of /wall: live (circuit up, updates flowing) | {live.FirstRenderMs:F0} ms | < 1 s |");
return 0;
