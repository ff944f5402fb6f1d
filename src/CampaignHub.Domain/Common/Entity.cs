namespace CampaignHub.Domain.Common;

/// <summary>Base for every persisted entity. Ids are assigned by the store.</summary>
public abstract class Entity
{
    public int Id { get; protected set; }
}

/// <summary>
/// An aggregate root that is edited by people. <see cref="Version"/> is the optimistic
/// concurrency token: the store bumps it on every save, so a stale save is refused.
/// Its business verbs record what happened as <see cref="IDomainEvent"/>s; the store hands them on once the
/// save has committed, and drops them when it fails.
/// </summary>
public abstract class AggregateRoot : Entity
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public int Version { get; private set; }

    /// <summary>What happened to this aggregate since it was loaded (or last saved), oldest first.</summary>
    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    /// <summary>Called by the persistence layer when the aggregate is saved.</summary>
    public void BumpVersion() => Version++;

    /// <summary>Called by the persistence layer once it has taken the events into its unit of work.</summary>
    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>
    /// Records <paramref name="domainEvent"/> in place of any not yet saved <typeparamref name="TSuperseded"/>:
    /// one business step made of several verbs (save the texts, then submit them) tells the feed one thing.
    /// </summary>
    protected void RaiseInstead<TSuperseded>(IDomainEvent domainEvent)
        where TSuperseded : IDomainEvent
    {
        _domainEvents.RemoveAll(e => e is TSuperseded);
        _domainEvents.Add(domainEvent);
    }
}
