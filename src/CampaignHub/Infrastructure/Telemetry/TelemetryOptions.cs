namespace CampaignHub.Infrastructure.Telemetry;

/// <summary>Settings under <c>CampaignHub:Telemetry</c>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "CampaignHub:Telemetry";

    /// <summary>Used when <see cref="MetricsAllowedFrom"/> is empty.</summary>
    public static readonly IReadOnlyList<string> Loopback = ["127.0.0.1", "::1"];

    /// <summary>
    /// Addresses (IPs or CIDR ranges) allowed to scrape <c>/metrics</c>; empty means loopback only. (No initial
    /// entries: the configuration binder appends to a list, so defaults here could never be replaced.)
    /// </summary>
    public List<string> MetricsAllowedFrom { get; set; } = [];

    /// <summary>An OTLP collector (e.g. <c>http://otel-collector:4317</c>); traces and metrics are pushed there when set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (default) or <c>HttpProtobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "Grpc";
}
