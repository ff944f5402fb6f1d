namespace CampaignHub.Domain.Common;

/// <summary>
/// Someone else saved the same record first. Carries the fresh state so the editor can see
/// their version and re-apply their own change; nothing is silently overwritten.
/// </summary>
public sealed class ConcurrencyConflictException(string message, object? current) : DomainException(message)
{
    public const string DefaultMessage = "该记录已被他人修改，已为您加载最新内容，请核对后重新保存";

    public object? Current { get; } = current;

    public ConcurrencyConflictException(object? current)
        : this(DefaultMessage, current)
    {
    }
}

/// <summary>The record asked for does not exist (or no longer exists).</summary>
public sealed class NotFoundException(string message) : DomainException(message);
