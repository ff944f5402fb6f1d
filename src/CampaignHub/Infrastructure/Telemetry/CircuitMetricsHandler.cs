using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CampaignHub.Infrastructure.Telemetry;

/// <summary>Counts open Blazor circuits for <see cref="CampaignHubMetrics"/>.</summary>
public sealed class CircuitMetricsHandler(CampaignHubMetrics metrics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
