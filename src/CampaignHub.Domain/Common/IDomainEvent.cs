namespace CampaignHub.Domain.Common;

/// <summary>
/// Something that happened to an aggregate, recorded by its business verb. Events hold the aggregate itself
/// rather than its id: a new aggregate's id is assigned by the store, so it is read after the save.
/// </summary>
public interface IDomainEvent
{
    /// <summary>What the change feed and the wall's ticker say about it (Chinese; never a sealed figure).</summary>
    string Summary { get; }
}
