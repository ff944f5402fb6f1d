using System.Net;
using CampaignHub.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CampaignHub.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry for operators: traces (ASP.NET Core, EF Core), metrics (runtime, Kestrel, Blazor, CampaignHub's own),
/// a Prometheus scrape endpoint at <c>/metrics</c> for configured addresses, an OTLP exporter when configured, and
/// JSON console logs carrying the trace id.
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddCampaignHubTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.Configure<TelemetryOptions>(builder.Configuration.GetSection(TelemetryOptions.Section));
        builder.Services.AddSingleton<CampaignHubMetrics>();
        builder.Services.AddScoped<CircuitHandler, CircuitMetricsHandler>();

        // Every log line written inside a request or span carries its TraceId and SpanId (as scopes in the JSON output).
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("CampaignHub", serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = context => !context.Request.Path.StartsWithSegments(MetricsPath))
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections", "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Components.Server.Circuits", CampaignHubMetrics.MeterName)
                .AddPrometheusExporter());

        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            var protocol = string.Equals(options.OtlpProtocol, "HttpProtobuf", StringComparison.OrdinalIgnoreCase) ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, new Uri(options.OtlpEndpoint));
        }

        return builder;
    }

    /// <summary>Maps <c>/metrics</c>; any address not in <see cref="TelemetryOptions.MetricsAllowedFrom"/> gets 403.</summary>
    public static WebApplication MapCampaignHubMetrics(this WebApplication app)
    {
        var allowed = ParseAllowed(app.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions());
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(MetricsPath),
            branch => branch.Use(async (context, next) =>
            {
                if (!IsAllowed(context.Connection.RemoteIpAddress, allowed))
                {
                    await Results.Problem("只有配置的监控地址可以读取运行指标", statusCode: StatusCodes.Status403Forbidden, title: "无权操作").ExecuteAsync(context);
                    return;
                }

                await next(context);
            }));
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }

    private static List<IPNetwork> ParseAllowed(TelemetryOptions options) =>
        (options.MetricsAllowedFrom.Count == 0 ? TelemetryOptions.Loopback : options.MetricsAllowedFrom)
            .SelectMany(entry => entry.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(entry => entry.Contains('/', StringComparison.Ordinal)
                ? IPNetwork.Parse(entry)
                : new IPNetwork(IPAddress.Parse(entry), IPAddress.Parse(entry).AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128))
            .ToList();

    private static bool IsAllowed(IPAddress? address, List<IPNetwork> allowed)
    {
        if (address is null)
        {
            return false;
        }

        var candidates = address.IsIPv4MappedToIPv6 ? new[] { address, address.MapToIPv4() } : [address];
        return candidates.Any(candidate => allowed.Any(network => network.Contains(candidate)));
    }
}
