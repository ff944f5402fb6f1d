using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CampaignHub.BrowserTests.Infrastructure;

namespace CampaignHub.BrowserTests.Telemetry;

/// <summary>
/// Debian's Prometheus (installed by scripts/test.sh) scrapes the live app's /metrics as an operator's would, and one of
/// CampaignHub's own series is read back through Prometheus's HTTP API.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrometheusScrapeTests(BrowserFixture browser)
{
    private const string PrometheusPath = "/usr/bin/prometheus";

    [Fact]
    public async Task Prometheus_scrapes_the_number_of_open_circuits_from_the_app()
    {
        Assert.True(File.Exists(PrometheusPath), "Prometheus is not installed: run scripts/test.sh, which installs Debian's prometheus package.");
        var page = await browser.SignInAsync("office"); // an open page is an open circuit

        var folder = Directory.CreateTempSubdirectory("campaignhub-prometheus-").FullName;
        var port = FreePort();
        var target = browser.Server.BaseUrl;
        await File.WriteAllTextAsync(Path.Combine(folder, "prometheus.yml"), $"""
            global:
              scrape_interval: 1s
            scrape_configs:
              - job_name: campaignhub
                metrics_path: /metrics
                static_configs:
                  - targets: ["{target.Host}:{target.Port}"]
            """);
        using var prometheus = Process.Start(new ProcessStartInfo(PrometheusPath)
        {
            ArgumentList = { $"--config.file={Path.Combine(folder, "prometheus.yml")}", $"--storage.tsdb.path={Path.Combine(folder, "data")}", $"--web.listen-address=127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        prometheus.BeginOutputReadLine();
        prometheus.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var value = await PollAsync(http, "campaignhub_circuits_open", TimeSpan.FromSeconds(60));
            Assert.True(value >= 1, $"campaignhub_circuits_open was {value} with a page open");
            var up = await PollAsync(http, "up{job=\"campaignhub\"}", TimeSpan.FromSeconds(10));
            Assert.Equal(1, up);
        }
        finally
        {
            prometheus.Kill(entireProcessTree: true);
            await prometheus.WaitForExitAsync();
            await page.Context.CloseAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Asks Prometheus's query API until the series has a sample; returns the sum of its values.</summary>
    private static async Task<double> PollAsync(HttpClient http, string query, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        string last = "(no answer)";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = await http.GetStringAsync("api/v1/query?query=" + Uri.EscapeDataString(query));
                using var answer = JsonDocument.Parse(last);
                var result = answer.RootElement.GetProperty("data").GetProperty("result");
                if (result.GetArrayLength() > 0)
                {
                    return result.EnumerateArray().Sum(series => double.Parse(series.GetProperty("value")[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            catch (HttpRequestException)
            {
                // Prometheus is still starting.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"Prometheus had no sample of {query} within {timeout}: {last}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
