namespace CampaignHub.Features.Accounts;

/// <summary>
/// A new account: its login name, its one role, the person it belongs to (none only for the display screen, which
/// has <see cref="ScreenName"/> instead) and, for a coordinator, the unit whose subtree it keeps.
/// </summary>
public sealed record AccountInput(string UserName, string Role, int? PersonId, int? ScopeUnitId = null, string? ScreenName = null);

/// <summary>
/// A password the system generated for an account, to be handed over once: shown to the administrator in a dialog
/// (or downloaded once after an import) and never stored in clear. The account must change it at first sign-in.
/// </summary>
public sealed record IssuedPassword(string UserName, string DisplayName, string OneTimePassword);

/// <summary>An account as the administrator sees it: never its password.</summary>
public sealed record AccountDto(
    string Id,
    string UserName,
    string DisplayName,
    string Role,
    int? PersonId,
    int? ScopeUnitId,
    string? ScopeUnitName,
    bool Disabled,
    bool MustChangePassword,
    IReadOnlyList<string> SupervisionGroups);
