using Microsoft.AspNetCore.Identity;

namespace CampaignHub.Identity;

/// <summary>An account. A coordinator's account belongs to one unit (and so its sub-units).</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public int? UnitId { get; set; }
}
