using System.Diagnostics;
using CampaignHub.BrowserTests.Infrastructure;

namespace CampaignHub.Benchmarks.Circuits;

/// <summary>
/// `probe --user leader --path wall`: starts the app on a fresh demo, opens one circuit and reports what it saw
/// (timings, batches, errors, the JS interop the app asked for). A quick check that the driver speaks to this app.
/// </summary>
public static class CircuitProbe
{
    public static async Task RunAsync(string[] args)
    {
        string Value(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        await using var server = new LiveServer();
        await server.StartAsync();
        using var user = await SignedInUser.SignInAsync(server.BaseUrl, Value("--user", "leader"));
        foreach (var path in Value("--path", "wall").Split(','))
        {
            var watch = Stopwatch.StartNew();
            await using var circuit = await BlazorCircuit.StartAsync(user, path, captureBatches: true);
            await Task.Delay(2000);
            Console.WriteLine($"{path}: page {circuit.Timings.PageLoaded.TotalMilliseconds:F0} ms, live {circuit.Timings.Live.TotalMilliseconds:F0} ms, {circuit.Batches} batches in {watch.Elapsed.TotalSeconds:F1} s, errors: {string.Join(" | ", circuit.Errors)}");
            Console.WriteLine("  test ids: " + string.Join(", ", circuit.Captured.SelectMany(b => b.Elements()).Select(e => e.Attributes.GetValueOrDefault("data-testid")).OfType<string>().Distinct().Take(15)));
        }

        Console.WriteLine("JS interop: " + string.Join(", ", BlazorCircuit.InteropCalls.Select(c => $"{c.Key}×{c.Value}")));
        foreach (var line in server.Log.Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("Exception", StringComparison.Ordinal) || l.Contains("warn", StringComparison.OrdinalIgnoreCase)).Take(30))
        {
            Console.WriteLine("server: " + line);
        }
    }
}
