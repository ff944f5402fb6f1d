using CampaignHub.Data.Auditing;
using CampaignHub.Data.Interceptors;
using CampaignHub.Domain.Common;
using CampaignHub.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Data;

/// <summary>
/// The store. Created per operation through <see cref="IDbContextFactory{TContext}"/>, never per circuit.
/// Saving is extended by interceptors registered with the factory (<see cref="VersionAndAuditInterceptor"/>,
/// <see cref="DomainEventPublisher"/>): one bumps the
/// concurrency version of changed aggregates and writes the audit trail in the same transaction, the other
/// publishes the aggregates' domain events to the change feed once they are committed.
/// </summary>
public sealed class CampaignHubDbContext(DbContextOptions<CampaignHubDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>Who is saving; written into the audit trail.</summary>
    public string Actor { get; set; } = "system";

    /// <summary>Who is saving, as the change feed and the wall's ticker name them; the login name when unset.</summary>
    public string? ActorDisplayName { get; set; }

    public string FeedActor => ActorDisplayName ?? Actor;

    /// <summary>
    /// Whether committed domain events reach the change feed. Loading the demo data turns it off: seeding is not a
    /// change anyone watches, and it would fill the wall's ticker.
    /// </summary>
    public bool PublishesChanges { get; set; } = true;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The data-protection key ring when the app runs on PostgreSQL (shared by every node); unused on SQLite.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CampaignHubDbContext).Assembly);

        // Domain events live in memory between a verb and the save that publishes them; they are never stored.
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null && typeof(AggregateRoot).IsAssignableFrom(t.ClrType)).ToList())
        {
            builder.Entity(entityType.ClrType).Ignore(nameof(AggregateRoot.DomainEvents));
        }

        if (Database.IsNpgsql())
        {
            // The empty-list default exists for SQLite milestones stored before unit-scoped milestones; a PostgreSQL
            // database starts from one migration with no such rows, and an array default would compare by reference
            // (a "different" model on every build).
            builder.Entity<Domain.Campaigns.Milestone>().PrimitiveCollection(m => m.UnitIds).Metadata.SetDefaultValue(null);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsNpgsql())
        {
            // timestamptz holds an instant; Npgsql writes only offset-0 values, so every instant is turned to UTC on the way in.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetUtcConverter>();
        }
        else
        {
            // SQLite cannot order or compare DateTimeOffset stored as text; store UTC ticks instead.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetTicksConverter>();
        }

        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}
