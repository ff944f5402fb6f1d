namespace CampaignHub.Infrastructure;

/// <summary>The "CampaignHub" configuration section (appsettings or CampaignHub__X environment variables).</summary>
public sealed class CampaignHubOptions
{
    public const string Section = "CampaignHub";

    /// <summary>Where the database, keys and evidence files live. Relative paths are resolved from the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Overrides the SQLite connection string; by default the database is {DataFolder}/campaignhub.db.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Demo mode seeds the Jiangning campaign and demo accounts into an empty database.</summary>
    public bool DemoMode { get; set; }

    /// <summary>In demo mode, the day the app treats as today (the demo campaign ran in 2014). Empty means the real date.</summary>
    public DateOnly? DemoToday { get; set; }

    /// <summary>Outside demo mode, the password of the initial admin account (required on an empty database).</summary>
    public string? AdminPassword { get; set; }

    /// <summary>How long a dropped circuit is kept before its components (and subscriptions) are released.</summary>
    public TimeSpan DisconnectedCircuitRetention { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long the kiosk wall shows each page before turning to the next.</summary>
    public int WallRotationSeconds { get; set; } = 15;

    /// <summary>
    /// How often a sign-in cookie and a live circuit are checked against the account: after a logout,
    /// a password change or a lockout, a cookie saved earlier stops working within this time.
    /// </summary>
    public TimeSpan SessionValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    public string ResolveDataFolder() => Path.GetFullPath(DataFolder);

    public string ResolveConnectionString() =>
        ConnectionString ?? $"Data Source={Path.Combine(ResolveDataFolder(), "campaignhub.db")}";
}
