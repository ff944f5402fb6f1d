using CampaignHub.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Plans;

/// <summary>
/// Login name → display name, so pages show "区人社局联络员" rather than "unit". The domain records who
/// changed a row by login name; the DTOs carry the person's display name from <c>AppUser.DisplayName</c>.
/// </summary>
internal sealed class UserNames(IReadOnlyDictionary<string, string> names)
{
    public static async Task<UserNames> LoadAsync(CampaignHubDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.UserName != null)
            .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(cancellationToken);
        return new UserNames(users.ToDictionary(u => u.UserName!, u => u.DisplayName, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The display name; a login name no longer on file is shown as it was recorded.</summary>
    public string Of(string? login) =>
        login is null ? string.Empty
        : names.TryGetValue(login, out var name) && !string.IsNullOrWhiteSpace(name) ? name
        : login;
}
