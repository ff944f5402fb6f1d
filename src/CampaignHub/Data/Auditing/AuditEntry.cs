namespace CampaignHub.Data.Auditing;

/// <summary>One changed field of one entity: who, when, entity, field, old → new.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>The property name, or "*" for a whole entity created or deleted.</summary>
    public string Field { get; set; } = string.Empty;

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }
}
