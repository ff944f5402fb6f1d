using Microsoft.AspNetCore.Identity;

namespace CampaignHub.Identity;

/// <summary>
/// An account. It belongs to a person (<see cref="PersonId"/>; only the kiosk display account and the first
/// administrator of a new installation stand for no person), whose name it shows. A coordinator's account keeps one
/// unit (and so its sub-units).
/// </summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>The person's name, copied when the account is created and whenever the person is renamed.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public int? UnitId { get; set; }

    public int? PersonId { get; set; }

    /// <summary>Set when the password was issued by an administrator (one-time): every page sends the account to change it.</summary>
    public bool MustChangePassword { get; set; }
}
