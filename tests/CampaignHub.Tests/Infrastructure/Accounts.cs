using System.Net;
using System.Text.RegularExpressions;
using CampaignHub.Domain.Common;
using CampaignHub.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Infrastructure;

/// <summary>The demo accounts and helpers to sign in as them, over HTTP or as a service-level actor.</summary>
public static partial class Accounts
{
    public const string Password = "CampaignHub!2014";

    public static readonly IReadOnlyDictionary<string, string> RoleOf = new Dictionary<string, string>
    {
        ["leader"] = Roles.Leader,
        ["office"] = Roles.Office,
        ["unit"] = Roles.Coordinator,
        ["supervisor"] = Roles.Supervisor,
        ["admin"] = Roles.Admin,
        ["wall"] = Roles.Display,
        ["volunteer"] = Roles.Volunteer,
    };

    /// <summary>Signs in through the real login form (antiforgery token included).</summary>
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password = Password)
    {
        var page = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = "false",
        });
        return await client.PostAsync("/Account/Login", form);
    }

    public static async Task<HttpClient> SignedInClientAsync(CampaignHubFactory factory, string userName)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await LoginAsync(client, userName);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"login as {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>The actor the app would build for this account's cookie.</summary>
    public static async Task<Actor> ActorAsync(CampaignHubFactory factory, string userName)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return ActorFactory.From(await principals.CreateAsync(user));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
