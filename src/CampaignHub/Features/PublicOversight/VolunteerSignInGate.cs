using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.PublicOversight;

/// <summary>
/// Asks the volunteer register whether a volunteer supervisor's account may sign in today (and keep its session): only
/// while the appointment runs (<see cref="VolunteerSupervisor.WhyCannotSignIn"/>). Other accounts pass untouched.
/// </summary>
public sealed class VolunteerSignInGate(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public const string NoVolunteerOnRecord = "该义务监督员账号未在名册中登记，不能登录";

    public async Task<string?> WhyCannotSignInAsync(AppUser user)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var isVolunteer = await (from ur in db.UserRoles
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 where ur.UserId == user.Id && r.Name == Roles.Volunteer
                                 select ur.UserId).AnyAsync();
        if (!isVolunteer)
        {
            return null;
        }

        var volunteer = await db.Set<VolunteerSupervisor>().AsNoTracking().FirstOrDefaultAsync(v => v.UserName == user.UserName);
        return volunteer is null ? NoVolunteerOnRecord : volunteer.WhyCannotSignIn(clock.Today);
    }
}
