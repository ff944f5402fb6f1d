namespace CampaignHub.Data.Seed;

/// <summary>
/// A feature's part of the demo data. Contributors run in <see cref="Order"/> after the core demo
/// (units, people, accounts, the Jiangning campaign) exists, all inside the one seeding run.
/// </summary>
public interface IDemoSeedContributor
{
    int Order { get; }

    Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken);
}

/// <summary>What the core demo created, for contributors to build on.</summary>
public sealed class DemoSeedContext
{
    public required int CampaignId { get; init; }

    /// <summary>Units by their demo key (e.g. "dongshan", "minzheng").</summary>
    public required IReadOnlyDictionary<string, int> Units { get; init; }

    public required DateOnly Today { get; init; }

    public required Random Random { get; init; }
}
