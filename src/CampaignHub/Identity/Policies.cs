using CampaignHub.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace CampaignHub.Identity;

/// <summary>Authorisation policies. Pages and endpoints name these; services re-check with the domain's rules.</summary>
public static class Policies
{
    /// <summary>Any staff account (not the kiosk display account).</summary>
    public const string Staff = nameof(Staff);

    /// <summary>The campaign office and admin.</summary>
    public const string Office = nameof(Office);

    /// <summary>Supervisors, the office and admin.</summary>
    public const string Supervision = nameof(Supervision);

    /// <summary>Those who may change unit data (coordinators within their scope, the office, admin).</summary>
    public const string UnitEditor = nameof(UnitEditor);

    /// <summary>Administrators.</summary>
    public const string Admin = nameof(Admin);

    /// <summary>群众义务监督员: their own desk only.</summary>
    public const string Volunteer = nameof(Volunteer);

    /// <summary>Whoever may watch the wall: staff and the kiosk display account.</summary>
    public const string Wall = nameof(Wall);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Leader, Roles.Office, Roles.Coordinator, Roles.Supervisor, Roles.Admin));
        options.AddPolicy(Office, p => p.RequireRole(Roles.Office, Roles.Admin));
        options.AddPolicy(Supervision, p => p.RequireRole(Roles.Supervisor, Roles.Office, Roles.Admin));
        options.AddPolicy(UnitEditor, p => p.RequireRole(Roles.Coordinator, Roles.Office, Roles.Admin));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Volunteer, p => p.RequireRole(Roles.Volunteer));
        options.AddPolicy(Wall, p => p.RequireRole(Roles.Leader, Roles.Office, Roles.Coordinator, Roles.Supervisor, Roles.Admin, Roles.Display));
    }
}
