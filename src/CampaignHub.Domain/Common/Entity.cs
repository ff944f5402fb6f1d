namespace CampaignHub.Domain.Common;

/// <summary>Base for every persisted entity. Ids are assigned by the store.</summary>
public abstract class Entity
{
    public int Id { get; protected set; }
}

/// <summary>
/// An aggregate root that is edited by people. <see cref="Version"/> is the optimistic
/// concurrency token: the store bumps it on every save, so a stale save is refused.
/// </summary>
public abstract class AggregateRoot : Entity
{
    public int Version { get; private set; }

    /// <summary>Called by the persistence layer when the aggregate is saved.</summary>
    public void BumpVersion() => Version++;
}
