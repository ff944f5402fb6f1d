using CampaignHub.Data;
using CampaignHub.Domain.Accounts;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using CampaignHub.Identity;
using CampaignHub.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignHub.Features.Accounts;

/// <summary>
/// Accounts: create (with a generated one-time password), disable and enable (lockout; a disabled account's sessions
/// end at the next check), reset (a new one-time password), and the holder's own password change. Nobody ever sees a
/// stored password: the one-time password is returned once to the caller and only its hash is kept. Each operation
/// runs in its own scope, so no circuit holds Identity's context.
/// </summary>
public sealed class AccountService(IServiceScopeFactory scopes, IOptions<CampaignHubOptions> options)
{
    /// <summary>The lockout end that marks an account as disabled by an administrator (not a temporary lockout).</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<IReadOnlyList<AccountDto>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanRead(actor);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignHubDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var roleOf = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Select(r => r.Name!).First());
        var unitNames = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var groups = await db.Set<SupervisionGroup>().AsNoTracking().Include(g => g.Members).ToListAsync(cancellationToken);
        return users.Select(u => new AccountDto(
                u.Id,
                u.UserName ?? string.Empty,
                u.DisplayName,
                roleOf.GetValueOrDefault(u.Id, string.Empty),
                u.PersonId,
                u.UnitId,
                u.UnitId is { } unitId ? unitNames.GetValueOrDefault(unitId) : null,
                u.LockoutEnd >= DisabledUntil,
                u.MustChangePassword,
                groups.Where(g => g.Members.Any(m => m.UserId == u.Id)).Select(g => g.Name).ToList()))
            .ToList();
    }

    /// <summary>Creates an account with a generated one-time password, returned here once; the account must change it at first sign-in.</summary>
    public async Task<IssuedPassword> CreateAsync(Actor actor, AccountInput input, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        if (input.Role == Roles.Volunteer)
        {
            throw new DomainException(AccountRules.VolunteerAccountsComeFromTheRegister);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignHubDbContext>();
        db.Actor = actor.UserName;
        return await CreateInScopeAsync(scope.ServiceProvider, input, OneTimePasswords.Generate(), mustChangePassword: true, cancellationToken);
    }

    /// <summary>
    /// Demo seeding only: creates a demo account with the password the README publishes and does NOT force a change,
    /// so every visitor can sign in with it. Refused outside demo mode, so no real account can skip the change.
    /// </summary>
    public async Task CreateDemoAccountAsync(AccountInput input, string publishedPassword, CancellationToken cancellationToken = default)
    {
        if (!options.Value.DemoMode)
        {
            throw new DomainException("只有演示模式可以创建使用公开密码的演示账号");
        }

        await using var scope = scopes.CreateAsyncScope();
        await CreateInScopeAsync(scope.ServiceProvider, input, publishedPassword, mustChangePassword: false, cancellationToken);
    }

    /// <summary>
    /// Creates one account on the scope's context (so an import can put people and accounts in one transaction).
    /// Checks the login name, role and scope with the domain's rules; the display name is the person's name.
    /// </summary>
    internal static async Task<IssuedPassword> CreateInScopeAsync(IServiceProvider services, AccountInput input, string password, bool mustChangePassword, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CampaignHubDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var userName = AccountRules.CheckUserName(input.UserName);
        var role = AccountRules.CheckRole(input.Role);
        if (await users.FindByNameAsync(userName) is not null)
        {
            throw new DomainException($"账号“{userName}”已存在");
        }

        var person = input.PersonId is { } personId
            ? await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) ?? throw new NotFoundException("找不到该人员")
            : null;
        var scopeUnit = input.ScopeUnitId is { } unitId
            ? await db.Set<Unit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken) ?? throw new NotFoundException("找不到管辖单位")
            : null;
        var scopeUnitId = AccountRules.CheckScope(role, input.ScopeUnitId, scopeUnit, person);
        // Neither the display screen nor a volunteer supervisor is a staff member on record: their name comes with the input.
        var displayName = role switch
        {
            Roles.Display => Guard.Required(input.ScreenName, "大屏名称", 50),
            Roles.Volunteer => Guard.Required(input.ScreenName, "姓名", 50),
            _ => person!.Name,
        };
        var user = new AppUser
        {
            UserName = userName,
            DisplayName = displayName,
            PersonId = person?.Id,
            UnitId = scopeUnitId,
            EmailConfirmed = true,
            MustChangePassword = mustChangePassword,
        };
        await EnsureAsync(users.CreateAsync(user, password));
        await EnsureAsync(users.AddToRoleAsync(user, role));
        return new IssuedPassword(userName, displayName, password);
    }

    /// <summary>Disables the account (a lockout with no end): its cookies and open pages stop working at the next check.</summary>
    public async Task DisableAsync(Actor actor, string userId, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope, actor);
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("找不到该账号");
        await EnsureNotLastAdminAsync(users, user);
        await EnsureAsync(users.SetLockoutEnabledAsync(user, true));
        await EnsureAsync(users.SetLockoutEndDateAsync(user, DisabledUntil));
        await EnsureAsync(users.UpdateSecurityStampAsync(user));
    }

    public async Task EnableAsync(Actor actor, string userId, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope, actor);
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("找不到该账号");
        await EnsureAsync(users.SetLockoutEndDateAsync(user, null));
        await EnsureAsync(users.ResetAccessFailedCountAsync(user));
    }

    /// <summary>Gives the account a new one-time password (returned once), ends its sessions and makes it change the password at next sign-in.</summary>
    public async Task<IssuedPassword> ResetPasswordAsync(Actor actor, string userId, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope, actor);
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("找不到该账号");
        var password = OneTimePasswords.Generate();
        await EnsureAsync(users.RemovePasswordAsync(user));
        await EnsureAsync(users.AddPasswordAsync(user, password));
        user.MustChangePassword = true;
        await EnsureAsync(users.UpdateAsync(user));
        await EnsureAsync(users.UpdateSecurityStampAsync(user));
        return new IssuedPassword(user.UserName ?? string.Empty, user.DisplayName, password);
    }

    /// <summary>
    /// Changes a coordinator's unit (or any account's role): the account's cookies are refreshed at the next check.
    /// The last active administrator keeps their role.
    /// </summary>
    public async Task ChangeRoleAsync(Actor actor, string userId, string role, int? scopeUnitId, CancellationToken cancellationToken = default)
    {
        AccountRules.EnsureCanAdminister(actor);
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope, actor);
        var db = scope.ServiceProvider.GetRequiredService<CampaignHubDbContext>();
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("找不到该账号");
        role = AccountRules.CheckRole(role);
        var current = (await users.GetRolesAsync(user)).ToList();
        if (!current.Contains(role))
        {
            await EnsureNotLastAdminAsync(users, user);
        }

        var person = user.PersonId is { } personId ? await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) : null;
        var scopeUnit = scopeUnitId is { } unitId ? await db.Set<Unit>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken) ?? throw new NotFoundException("找不到管辖单位") : null;
        if (role == Roles.Display || (person is null && current.Contains(Roles.Display)))
        {
            throw new DomainException("展示屏账号不能与人员账号互相转换，请另行开设账号");
        }

        user.UnitId = AccountRules.CheckScope(role, scopeUnitId, scopeUnit, person);
        await EnsureAsync(users.RemoveFromRolesAsync(user, current));
        await EnsureAsync(users.AddToRoleAsync(user, role));
        await EnsureAsync(users.UpdateAsync(user));
    }

    /// <summary>The holder changes their own password (after a one-time password: required before any other page).</summary>
    public async Task<IReadOnlyList<string>> ChangeOwnPasswordAsync(string userId, string currentPassword, string newPassword)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("找不到该账号");
        return await ChangeOwnPasswordAsync(users, user, currentPassword, newPassword);
    }

    /// <summary>The same change on the caller's own <see cref="UserManager{TUser}"/> (the sign-in page's, so its next sign-in sees the new stamp).</summary>
    public static async Task<IReadOnlyList<string>> ChangeOwnPasswordAsync(UserManager<AppUser> users, AppUser user, string currentPassword, string newPassword)
    {
        if (currentPassword == newPassword)
        {
            return ["新密码不能与原密码相同"];
        }

        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            return result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "原密码不正确" : e.Description).ToList();
        }

        user.MustChangePassword = false;
        await EnsureAsync(users.UpdateAsync(user));
        return [];
    }

    /// <summary>Keeps the organisation's last active administrator from being disabled or demoted.</summary>
    private static async Task EnsureNotLastAdminAsync(UserManager<AppUser> users, AppUser target)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        var active = admins.Where(a => !(a.LockoutEnd >= DisabledUntil)).ToList();
        AccountRules.EnsureNotLastActiveAdmin(active.Any(a => a.Id == target.Id), active.Count);
    }

    private static UserManager<AppUser> UsersIn(AsyncServiceScope scope, Actor actor)
    {
        scope.ServiceProvider.GetRequiredService<CampaignHubDbContext>().Actor = actor.UserName;
        return scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
    }

    private static async Task EnsureAsync(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}
