namespace CampaignHub.Domain.Common;

/// <summary>Why an action is refused, which decides how a page shows it.</summary>
public enum RefusalKind
{
    /// <summary>Not refused.</summary>
    None = 0,

    /// <summary>The actor's business in this state, but a rule is not met yet: shown disabled, the reason as tooltip.</summary>
    Blocked = 1,

    /// <summary>The action does not apply in this state (e.g. approving a draft): not offered.</summary>
    NotApplicable = 2,

    /// <summary>Not the actor's business (role or scope): not offered; trying it is access denied.</summary>
    NotPermitted = 3,
}

/// <summary>
/// The domain's answer to "may this actor do this now, and if not, why not" — the one place a page learns what to
/// offer. The verbs throw exactly these reasons (<see cref="Ensure"/>), so a button and the server never disagree.
/// </summary>
public sealed record ActionAnswer(RefusalKind Refusal, string? Reason)
{
    public static ActionAnswer Allowed { get; } = new(RefusalKind.None, null);

    public bool IsAllowed => Refusal == RefusalKind.None;

    /// <summary>Whether a page shows the action at all (enabled, or disabled with <see cref="Reason"/>).</summary>
    public bool Offered => Refusal is RefusalKind.None or RefusalKind.Blocked;

    /// <summary>The actor's business, but a rule is not met: shown disabled with the reason.</summary>
    public static ActionAnswer Blocked(string reason) => new(RefusalKind.Blocked, reason);

    /// <summary>Does not apply in this state: not offered; tried anyway, a domain error with the reason.</summary>
    public static ActionAnswer NotApplicable(string reason) => new(RefusalKind.NotApplicable, reason);

    /// <summary>Not the actor's business: not offered; tried anyway, access denied with the reason.</summary>
    public static ActionAnswer NotPermitted(string reason) => new(RefusalKind.NotPermitted, reason);

    /// <summary>Allowed when <paramref name="condition"/> holds, else <paramref name="otherwise"/>.</summary>
    public static ActionAnswer When(bool condition, ActionAnswer otherwise) => condition ? Allowed : otherwise;

    /// <summary>The first refusal among the answers, in order, or allowed.</summary>
    public static ActionAnswer FirstOf(params ActionAnswer[] answers) =>
        answers.FirstOrDefault(a => !a.IsAllowed) ?? Allowed;

    /// <summary>Throws what the verb throws: access denied for another's business, a domain error otherwise.</summary>
    public void Ensure()
    {
        switch (Refusal)
        {
            case RefusalKind.None:
                return;
            case RefusalKind.NotPermitted:
                throw new AccessDeniedException(Reason ?? "您无权执行该操作");
            default:
                throw new DomainException(Reason ?? "当前状态下不能执行该操作");
        }
    }
}
