namespace CampaignHub.Domain.Common;

/// <summary>The roles of CampaignHub. Code names; the UI shows <see cref="RoleNames"/>.</summary>
public static class Roles
{
    public const string Leader = "Leader";
    public const string Office = "Office";
    public const string Coordinator = "Coordinator";
    public const string Supervisor = "Supervisor";
    public const string Admin = "Admin";

    /// <summary>A dedicated display account for kiosk walls: reads the wall only.</summary>
    public const string Display = "Display";

    /// <summary>
    /// 群众义务监督员: a member of the public the office appointed; sees only the disclosed items of the units they
    /// oversee and files observations on them (its scope comes from the volunteer register, not from the account).
    /// </summary>
    public const string Volunteer = "Volunteer";

    public static readonly IReadOnlyList<string> All = [Leader, Office, Coordinator, Supervisor, Admin, Display, Volunteer];
}

public static class RoleNames
{
    public static string ToChinese(string role) => role switch
    {
        Roles.Leader => "领导",
        Roles.Office => "活动办",
        Roles.Coordinator => "单位联络员",
        Roles.Supervisor => "督导组",
        Roles.Admin => "管理员",
        Roles.Display => "展示屏",
        Roles.Volunteer => "群众义务监督员",
        _ => role,
    };
}

/// <summary>
/// Who is acting: a signed-in account with its roles and, for a coordinator, its unit; for a supervisor, the units
/// their supervision groups supervise. Services receive it explicitly so every operation is authorised on the server.
/// </summary>
public sealed record Actor(string UserName, string DisplayName, IReadOnlySet<string> Roles, int? UnitId, IReadOnlySet<int>? SupervisedUnitIds = null)
{
    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>True for a supervisor whose group supervises the unit: supervisors act (flag, order) only there.</summary>
    public bool Supervises(int unitId) => IsSupervisor && SupervisedUnitIds is { } units && units.Contains(unitId);

    public bool IsOffice => IsIn(Common.Roles.Office) || IsIn(Common.Roles.Admin);

    public bool IsCoordinator => IsIn(Common.Roles.Coordinator);

    public bool IsSupervisor => IsIn(Common.Roles.Supervisor);

    public bool IsVolunteer => IsIn(Common.Roles.Volunteer);

    public static Actor System { get; } = new("system", "系统", new HashSet<string> { Common.Roles.Admin }, null);
}
