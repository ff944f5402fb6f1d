using CampaignHub.Domain.Common;

namespace CampaignHub.Identity;

/// <summary>Where an account starts after signing in: the kiosk screen on the wall, a volunteer supervisor at their desk, staff on the 工作台.</summary>
public static class LandingPages
{
    public static string ForRoles(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet();
        return held.Contains(Roles.Display) ? "/wall?kiosk=1" : held.Contains(Roles.Volunteer) ? "/volunteer" : "/";
    }
}
