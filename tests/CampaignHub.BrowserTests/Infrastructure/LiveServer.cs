using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CampaignHub.BrowserTests.Infrastructure;

/// <summary>
/// The real app as its own process on a free loopback port, with a fresh data folder seeded with
/// the demo (today = 2014-04-10). Can be restarted on the same port and data, as an operator would.
/// <see cref="EmptyProduction"/> starts it instead as a real office does (README's production command): the
/// Production environment on an empty database, with only the admin account and the real date.
/// </summary>
public sealed class LiveServer(string? dataFolder = null) : IAsyncDisposable
{
    /// <summary>Set by <see cref="EmptyProduction"/>: the initial admin password, and no demo.</summary>
    private string? _productionAdminPassword;

    /// <summary>Production, an empty temporary database, the admin password given by configuration; never the demo seeder.</summary>
    public static LiveServer EmptyProduction(string adminPassword) => new() { _productionAdminPassword = adminPassword };

    // A given folder belongs to the caller (the benchmark keeps its generated data); a fresh one is ours.
    private readonly bool _ownsDataFolder = dataFolder is null;
    private readonly string _dataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "campaignhub-browser", Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();
    private Process? _process;
    private readonly List<string> _log = [];

    public Uri BaseUrl => new($"http://127.0.0.1:{_port}/");

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToList();
            }
        }
    }

    public async Task StartAsync()
    {
        var executable = AppExecutable();
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Path.GetDirectoryName(executable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Urls"] = BaseUrl.ToString().TrimEnd('/');
        start.Environment["CampaignHub__DataFolder"] = _dataFolder;
        if (_productionAdminPassword is null)
        {
            // The README's run command: Development (demo mode, DI scope validation on), so the tests meet what users meet.
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["CampaignHub__DemoMode"] = "true";
            start.Environment["CampaignHub__DemoToday"] = "2014-04-10";
        }
        else
        {
            // The README's production command: no demo, the real date, the admin password from configuration.
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["CampaignHub__AdminPassword"] = _productionAdminPassword;
            start.Environment.Remove("CampaignHub__DemoMode");
            start.Environment.Remove("CampaignHub__DemoToday");
        }

        start.Environment["CampaignHub__DisconnectedCircuitRetention"] = "00:00:05";
        start.Environment["CampaignHub__Login__PermitLimit"] = "100000"; // every browser context signs in from 127.0.0.1
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + executable);
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync();
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(180); // a loaded build machine can take over a minute to migrate and seed
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException("the app exited during start-up:\n" + string.Join("\n", Log));
            }

            try
            {
                var response = await http.GetAsync(new Uri(BaseUrl, "health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the app did not become ready:\n" + string.Join("\n", Log));
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
        }
    }

    /// <summary>The app's own executable, built by the project reference in the same configuration.</summary>
    private static string AppExecutable()
    {
        var testBin = AppContext.BaseDirectory;
        var configuration = testBin.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var appBin = Path.Combine(Paths.RepositoryRoot, "src", "CampaignHub", "bin", configuration, "net10.0");
        var candidates = Directory.Exists(appBin)
            ? Directory.GetFiles(appBin, "CampaignHub", SearchOption.AllDirectories)
            : [];
        return candidates.OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new FileNotFoundException($"The app is not built under {appBin}; build the solution first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (!_ownsDataFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }
}

public static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(RepositoryRoot, "artifacts", "screenshots")).FullName;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CampaignHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CampaignHub.sln not found");
    }
}
