using System.Security.Cryptography;
using CampaignHub.Features.PublicOversight;
using CampaignHub.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace CampaignHub.Identity;

/// <summary>The outcome of a login attempt: success (and where to go), or the one message to show.</summary>
/// <param name="Landing">Where the account starts when no return address was asked for (<see cref="LandingPages"/>).</param>
public sealed record LoginOutcome(bool Succeeded, bool IsDisplayAccount, string? ErrorMessage, string Landing = "/");

/// <summary>
/// Password sign-in that tells nothing about which accounts exist. An unknown name, a wrong password and a
/// wrong password on a locked account all answer <see cref="WrongCredentials"/> after the same work (one
/// password-hash verification each), so neither the message nor the timing tells whether the name exists.
/// Only someone who gives the right password to a locked account is told it is locked: the lockout message
/// is no probe for names, because it needs the password.
/// </summary>
public sealed class LoginService(SignInManager<AppUser> signInManager, IPasswordHasher<AppUser> hasher, VolunteerSignInGate volunteers)
{
    public const string WrongCredentials = "账号或密码不正确";

    public const string LockedOut = "登录失败次数过多，账号已暂时锁定，请15分钟后再试";

    private static readonly AppUser NoOne = new() { UserName = "-", SecurityStamp = "-" };
    private static string? _decoyHash;

    public async Task<LoginOutcome> SignInAsync(string userName, string password, bool remember)
    {
        var users = signInManager.UserManager;
        var user = IsPossibleName(userName) ? await users.FindByNameAsync(userName.Trim()) : null;
        if (user is null)
        {
            // The same hashing work a real account costs, so the answer comes no sooner for an unknown name.
            _decoyHash ??= hasher.HashPassword(NoOne, RandomNumberGenerator.GetHexString(32));
            hasher.VerifyHashedPassword(NoOne, _decoyHash, password);
            return Failed(WrongCredentials);
        }

        if (await users.IsLockedOutAsync(user))
        {
            // Checked without counting a failure: the lockout does not grow while it lasts.
            return Failed(await users.CheckPasswordAsync(user, password) ? LockedOut : WrongCredentials);
        }

        var result = await signInManager.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.IsNotAllowed)
        {
            // Refused before the password was checked (a volunteer outside their appointment): the reason only for the right password.
            return Failed(await users.CheckPasswordAsync(user, password) ? await volunteers.WhyCannotSignInAsync(user) ?? WrongCredentials : WrongCredentials);
        }

        if (!result.Succeeded)
        {
            // Includes the failure that has just locked the account: its password was wrong, so the generic answer.
            return Failed(WrongCredentials);
        }

        var roles = await users.GetRolesAsync(user);
        return new LoginOutcome(true, roles.Contains(Roles.Display), null, LandingPages.ForRoles(roles));
    }

    private static LoginOutcome Failed(string message) => new(false, false, message);

    /// <summary>False for a name no account can have: blank, or text Unicode cannot normalise (e.g. U+FFFE), which Identity's lookup would throw on.</summary>
    private static bool IsPossibleName(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName) || userName.Length > 256)
        {
            return false;
        }

        try
        {
            return userName.IsNormalized() || userName.Normalize().Length > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
