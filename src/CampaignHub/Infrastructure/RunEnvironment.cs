namespace CampaignHub.Infrastructure;

/// <summary>
/// `dotnet run` starts the demo (Development) by default, but an environment the caller names wins.
/// A launch profile that set ASPNETCORE_ENVIRONMENT itself would silently override
/// `ASPNETCORE_ENVIRONMENT=Production dotnet run …` and start demo mode with its published passwords,
/// so the profile only suggests a default through CAMPAIGNHUB_RUN_ENVIRONMENT.
/// </summary>
public static class RunEnvironment
{
    public const string DefaultVariable = "CAMPAIGNHUB_RUN_ENVIRONMENT";

    public static string? Choose()
    {
        var named = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        return string.IsNullOrWhiteSpace(named) ? Environment.GetEnvironmentVariable(DefaultVariable) : null;
    }
}
