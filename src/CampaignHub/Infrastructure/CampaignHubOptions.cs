namespace CampaignHub.Infrastructure;

/// <summary>The "CampaignHub" configuration section (appsettings or CampaignHub__X environment variables).</summary>
public sealed class CampaignHubOptions
{
    public const string Section = "CampaignHub";

    /// <summary>Where the database, keys and evidence files live. Relative paths are resolved from the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>
    /// The database connection. With SQLite it overrides the default file {DataFolder}/campaignhub.db; with PostgreSQL
    /// it is required (e.g. "Host=db1;Port=5432;Database=campaignhub;Username=campaignhub;Password=...").
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Which engine holds the data (<see cref="DatabaseSettings"/>).</summary>
    public DatabaseSettings Database { get; set; } = new();

    /// <summary>Demo mode seeds the Jiangning campaign and demo accounts into an empty database.</summary>
    public bool DemoMode { get; set; }

    /// <summary>In demo mode, the day the app treats as today (the demo campaign ran in 2014). Empty means the real date.</summary>
    public DateOnly? DemoToday { get; set; }

    /// <summary>
    /// In demo mode, the real instant that counts as 09:00 on <see cref="DemoToday"/>. Empty means the moment the app
    /// starts; the nodes of one demo cluster pass the same instant so that their clocks agree.
    /// </summary>
    public DateTimeOffset? DemoClockOrigin { get; set; }

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

    /// <summary>Largest body a signed-in JSON API call may send (public posts have their own, smaller cap).</summary>
    public long MaxApiRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed: addresses ("10.0.0.5") or networks
    /// ("10.0.0.0/24"). Empty (the default): forwarded headers are ignored, every client is its connection's address.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    public DataProtectionSettings DataProtection { get; set; } = new();

    /// <summary>
    /// Where the files every node must see alike are kept: evidence files (evidence/) and the rater-key secret. With
    /// several app nodes it is a folder they all mount (NFS, SMB); empty (the default) means <see cref="DataFolder"/>.
    /// </summary>
    public string? SharedFolder { get; set; }

    /// <summary>
    /// A Redis server shared by several app nodes (StackExchange.Redis configuration, e.g. "127.0.0.1:6379"). When set,
    /// every node's change feed carries the changes committed on every node, and the SignalR hub uses Redis as its
    /// backplane. Empty (the default): one node, nothing leaves the process.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of the Redis channels (the change feed's and SignalR's), so that several deployments can share one server.</summary>
    public string RedisChannelPrefix { get; set; } = "campaignhub";

    public string ResolveDataFolder() => Path.GetFullPath(DataFolder);

    public string ResolveSharedFolder() => string.IsNullOrWhiteSpace(SharedFolder) ? ResolveDataFolder() : Path.GetFullPath(SharedFolder);

    public string ResolveConnectionString() => Database.Provider switch
    {
        DatabaseProvider.Postgres => string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new Data.StartupConfigurationException("使用 PostgreSQL 时必须设置数据库连接 CampaignHub__ConnectionString。With CampaignHub:Database:Provider=Postgres, set CampaignHub:ConnectionString (env CampaignHub__ConnectionString), e.g. \"Host=127.0.0.1;Port=5432;Database=campaignhub;Username=campaignhub;Password=...\".")
            : ConnectionString,
        _ => ConnectionString ?? $"Data Source={Path.Combine(ResolveDataFolder(), "campaignhub.db")}",
    };
}

/// <summary>The "CampaignHub:Database" section.</summary>
public sealed class DatabaseSettings
{
    /// <summary>SQLite (the default: one file, right for a district and the demo) or PostgreSQL (several app nodes).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// How the data-protection keys (which sign cookies and antiforgery tokens) are kept at rest. Linux has no DPAPI:
/// with a certificate configured, every key file is encrypted to it; without one the keys are plain XML in
/// {DataFolder}/keys and that folder must be readable by the app's account only.
/// </summary>
public sealed class DataProtectionSettings
{
    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the key files.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
