using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Accounts;

/// <summary>
/// The rules of accounts: an account belongs to a person (only the kiosk display account stands for a screen, not a
/// person); its role decides its scope — a coordinator needs the unit whose subtree they keep, a supervisor's units
/// come from their supervision groups; the organisation always keeps an active administrator.
/// </summary>
public static class AccountRules
{
    public const int UserNameMaxLength = 32;

    public const string VolunteerAccountsComeFromTheRegister = "群众义务监督员的账号请在义务监督员名册中开设";

    /// <summary>Only administrators set up units, people, accounts and supervision groups.</summary>
    public static bool CanAdminister(Actor actor) => actor.IsIn(Roles.Admin);

    public static void EnsureCanAdminister(Actor actor)
    {
        if (!CanAdminister(actor))
        {
            throw new AccessDeniedException("只有管理员可以维护组织机构、人员和账号");
        }
    }

    /// <summary>Who may read the organisation set-up: administrators and the campaign office.</summary>
    public static void EnsureCanRead(Actor actor)
    {
        if (!actor.IsOffice)
        {
            throw new AccessDeniedException("只有管理员和活动办可以查看组织机构设置");
        }
    }

    /// <summary>A login name: 3–32 letters, digits, “.”, “_” or “-”, starting with a letter or digit.</summary>
    public static string CheckUserName(string? userName)
    {
        var name = Guard.Required(userName, "账号", UserNameMaxLength);
        if (name.Length < 3 || !char.IsAsciiLetterOrDigit(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            throw new DomainException("账号须为3到32位英文字母、数字或“.”“_”“-”，以字母或数字开头");
        }

        return name;
    }

    public static string CheckRole(string? role) =>
        role is not null && Roles.All.Contains(role) ? role : throw new DomainException("请选择角色");

    /// <summary>
    /// The roles a staff member's account may hold: every role but the display screen's, which has no person, and the
    /// volunteer supervisor's, which the office opens from the volunteer register.
    /// </summary>
    public static IReadOnlyList<string> PersonRoles { get; } = Roles.All.Where(r => r is not (Roles.Display or Roles.Volunteer)).ToList();

    /// <summary>Where an account of <paramref name="role"/> gets its units: the account form asks for exactly this.</summary>
    public static AccountScope ScopeOf(string? role) => role switch
    {
        Roles.Coordinator => AccountScope.OwnUnitTree,
        Roles.Supervisor => AccountScope.SupervisionGroups,
        Roles.Volunteer => AccountScope.VolunteerRegister,
        _ => AccountScope.None,
    };

    /// <summary>
    /// The scope an account of <paramref name="role"/> needs: a coordinator keeps one unit's subtree (a unit in use);
    /// other roles have no unit of their own (a supervisor's units come from the groups). The display account is a
    /// screen and has no person; every other account belongs to a person in post.
    /// </summary>
    public static int? CheckScope(string role, int? scopeUnitId, Unit? scopeUnit, Person? person)
    {
        if (role == Roles.Display)
        {
            return null;
        }

        if (role == Roles.Volunteer)
        {
            return person is null ? null : throw new DomainException(VolunteerAccountsComeFromTheRegister);
        }

        if (person is null)
        {
            throw new DomainException("请选择账号所属人员");
        }

        if (person.LeftOn is not null)
        {
            throw new DomainException($"{person.Name}已离任，不能为其开设账号");
        }

        if (ScopeOf(role) != AccountScope.OwnUnitTree)
        {
            return null;
        }

        if (scopeUnitId is null || scopeUnit is null)
        {
            throw new DomainException("单位联络员须指定管辖单位");
        }

        if (scopeUnit.IsRetired)
        {
            throw new DomainException($"“{scopeUnit.Name}”已撤销，不能作为管辖单位");
        }

        return scopeUnitId;
    }

    /// <summary>An administrator may not disable (or demote) the last active administrator: nobody could set up anything.</summary>
    public static void EnsureNotLastActiveAdmin(bool targetIsActiveAdmin, int activeAdminCount)
    {
        if (targetIsActiveAdmin && activeAdminCount <= 1)
        {
            throw new DomainException("不能停用最后一个管理员账号");
        }
    }
}

/// <summary>Where an account's units come from.</summary>
public enum AccountScope
{
    /// <summary>No units of its own (leaders, the office, admin: they see every unit).</summary>
    None = 0,

    /// <summary>A coordinator keeps one unit and everything below it, chosen when the account is opened.</summary>
    OwnUnitTree = 1,

    /// <summary>A supervisor's units come from the supervision groups the account joins.</summary>
    SupervisionGroups = 2,

    /// <summary>A volunteer supervisor's units come from their entry in the volunteer register.</summary>
    VolunteerRegister = 3,
}
