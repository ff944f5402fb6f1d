using System.Diagnostics;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CampaignHub.BrowserTests.Cluster;

/// <summary>
/// The cluster started by <c>scripts/cluster.sh test</c>: two app nodes on PostgreSQL + Redis behind nginx. The script
/// passes the addresses in environment variables; without them the tests fail with a line saying how to run them.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>nginx, the one address users are given.</summary>
    public Uri Entry { get; } = Required("CAMPAIGNHUB_CLUSTER_URL");

    public Uri NodeA { get; } = Required("CAMPAIGNHUB_CLUSTER_NODE_A");

    public Uri NodeB { get; } = Required("CAMPAIGNHUB_CLUSTER_NODE_B");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserFixture.LaunchChromiumAsync(_playwright);
    }

    public Task<IPage> SignInAsync(Uri through, string userName, string path = "", int width = 1440, int height = 900) =>
        BrowserFixture.SignInAsync(Browser, through, userName, BrowserFixture.Password, path, width, height);

    /// <summary>Which node ("a" or "b") nginx sends this browser to: the upstream nginx names on a plain request.</summary>
    public async Task<string> NodeServingAsync(IPage page)
    {
        var upstream = await page.EvaluateAsync<string>("async () => (await fetch('health/live', { cache: 'no-store' })).headers.get('X-CampaignHub-Upstream') || ''");
        var last = upstream.Split(',', StringSplitOptions.TrimEntries)[^1]; // after a failover nginx lists every node it tried
        return last.EndsWith(":" + NodeA.Port, StringComparison.Ordinal) ? "a"
            : last.EndsWith(":" + NodeB.Port, StringComparison.Ordinal) ? "b"
            : throw new InvalidOperationException($"nginx named no known node: '{upstream}'");
    }

    public Uri NodeUri(string node) => node == "a" ? NodeA : NodeB;

    /// <summary>Runs <c>scripts/cluster.sh</c> with <paramref name="arguments"/> (kill-node, start-node).</summary>
    public static Task ScriptAsync(params string[] arguments) =>
        RunAsync(Environment.GetEnvironmentVariable("CAMPAIGNHUB_CLUSTER_SCRIPT") ?? throw Missing("CAMPAIGNHUB_CLUSTER_SCRIPT"), arguments);

    /// <summary>One value from the cluster's database (psql against the connection the script passes).</summary>
    public static async Task<string> QueryAsync(string sql) =>
        (await RunAsync("psql", [Environment.GetEnvironmentVariable("CAMPAIGNHUB_CLUSTER_DATABASE") ?? throw Missing("CAMPAIGNHUB_CLUSTER_DATABASE"), "-qtA", "-c", sql])).Trim();

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    private static async Task<string> RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await error}");
    }

    private static Uri Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? new Uri(value.EndsWith('/') ? value : value + "/") : throw Missing(variable);

    private static InvalidOperationException Missing(string variable) =>
        new($"{variable} is not set: the multi-node tests run against a cluster; run them with `bash scripts/cluster.sh test` (scripts/test.sh does).");
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
