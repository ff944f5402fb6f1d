using System.Diagnostics;
using CampaignHub.BrowserTests.Infrastructure;

namespace CampaignHub.BrowserTests.Contract;

/// <summary>
/// Third-party programs from npm (installed by scripts/test.sh into tests/contract): Redocly's OpenAPI validator and
/// Microsoft's JS SignalR client. They judge the contract as an integrator's tools would, not as our code reads it.
/// </summary>
internal static class ExternalClients
{
    public static string Folder { get; } = Path.Combine(Paths.RepositoryRoot, "tests", "contract");

    public static Process StartNode(params string[] arguments) => Start("node", arguments);

    public static Process StartRedocly(params string[] arguments) =>
        Start(Path.Combine(Folder, "node_modules", ".bin", "redocly"), arguments);

    private static Process Start(string program, string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
        {
            throw new InvalidOperationException("tests/contract/node_modules is missing: run scripts/test.sh, which runs `npm ci --prefix tests/contract`.");
        }

        var start = new ProcessStartInfo(program) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        return Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
    }

    public static async Task<(int ExitCode, string Output)> RunToEndAsync(Process process, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{process.StartInfo.FileName} did not finish within {timeout}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
