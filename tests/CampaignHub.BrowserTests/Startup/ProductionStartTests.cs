using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Startup;

/// <summary>
/// The README's production command, run as an operator types it (`ASPNETCORE_ENVIRONMENT=Production
/// CampaignHub__AdminPassword=… dotnet run --project src/CampaignHub`), really starts Production: no demo data,
/// no demo accounts, and the admin password rule enforced.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProductionStartTests(BrowserFixture browser)
{
    private const string StrongPassword = "Jiangning#Office2026";

    [Fact]
    public async Task Production_start_without_an_admin_password_stops_with_a_clear_message()
    {
        await using var app = new ReadmeCommand(adminPassword: null);
        var (exitCode, output) = await app.RunToExitAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("CampaignHub__AdminPassword", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task Production_start_refuses_a_weak_admin_password()
    {
        await using var app = new ReadmeCommand(adminPassword: "short");
        var (exitCode, output) = await app.RunToExitAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("初始管理员密码不符合要求", output);
    }

    [Fact]
    public async Task Production_start_has_only_the_admin_account_and_no_demo()
    {
        await using var app = new ReadmeCommand(StrongPassword);
        await app.StartAsync();
        Assert.Contains("Hosting environment: Production", app.Output);

        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();

        // A demo account on the published password is refused.
        await page.GotoAsync("Account/Login");
        await page.FillAsync("#username", "office");
        await page.FillAsync("#password", BrowserFixture.Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("body")).ToContainTextAsync("账号或密码不正确");

        // The admin signs in with the configured password, and no demo badge or demo campaign is shown.
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", StrongPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Expect(page.Locator("body")).Not.ToContainTextAsync("演示模式");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("江宁群办发〔2014〕8号");
        await BrowserFixture.ScreenshotAsync(page, "production-first-start-admin");
        await context.CloseAsync();
    }

    /// <summary>`dotnet run --project src/CampaignHub` from the repository root, in Production, on a fresh data folder.</summary>
    private sealed class ReadmeCommand(string? adminPassword) : IAsyncDisposable
    {
        private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "campaignhub-production", Guid.NewGuid().ToString("N"));
        private readonly int _port = FreePort();
        private readonly List<string> _output = [];
        private Process? _process;

        public string BaseUrl => $"http://127.0.0.1:{_port}/";

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return string.Join('\n', _output);
                }
            }
        }

        private void Start()
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Paths.RepositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "run", "--no-build", "--project", "src/CampaignHub", "--", "--urls", BaseUrl.TrimEnd('/') })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["CampaignHub__DataFolder"] = _dataFolder;
            start.Environment.Remove("CampaignHub__AdminPassword");
            if (adminPassword is not null)
            {
                start.Environment["CampaignHub__AdminPassword"] = adminPassword;
            }

            _process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet run");
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public async Task<(int ExitCode, string Output)> RunToExitAsync()
        {
            Start();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await _process!.WaitForExitAsync(timeout.Token);
            _process.WaitForExit(); // drains the redirected output
            return (_process.ExitCode, Output);
        }

        public async Task StartAsync()
        {
            Start();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline)
            {
                if (_process!.HasExited)
                {
                    throw new InvalidOperationException("the app exited during start-up:\n" + Output);
                }

                try
                {
                    if ((await http.GetAsync(new Uri(new Uri(BaseUrl), "health/ready"))).StatusCode == HttpStatusCode.OK)
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

            throw new TimeoutException("the app did not become ready:\n" + Output);
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_output)
                {
                    _output.Add(line);
                }
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        public async ValueTask DisposeAsync()
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process?.Dispose();
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // never created, or left for the OS to clean
            }
        }
    }
}
