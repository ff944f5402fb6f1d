using System.Net;
using System.Text.RegularExpressions;
using CampaignHub.Identity;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Security;

/// <summary>Logout and lockout end every session of the account, cookies copied earlier and live circuits included.</summary>
public sealed partial class SessionRevocationTests : IClassFixture<CampaignHubFactory>
{
    private readonly WebApplicationFactory<Program> _app;

    public SessionRevocationTests(CampaignHubFactory factory) =>
        // Check the cookie on every request, so the test need not wait out the one-minute production interval.
        _app = factory.WithWebHostBuilder(b => b.UseSetting("CampaignHub:SessionValidationInterval", "00:00:00"));

    private HttpClient BrowserClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in and returns the browser plus a copy of its sign-in cookie, as an attacker might have saved it.</summary>
    private async Task<(HttpClient Browser, string SavedCookie)> SignInAsync(string account)
    {
        var browser = BrowserClient();
        var login = await Accounts.LoginAsync(browser, account);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("CampaignHub.Auth=", StringComparison.Ordinal));
        return (browser, cookie);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string cookie, string route)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, route);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_cookie_saved_before_logout_is_refused_after_it()
    {
        var (browser, saved) = await SignInAsync("leader");
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(saved, "/api/campaigns/1/overview")).StatusCode);

        var home = await browser.GetStringAsync("/");
        var token = LogoutToken().Match(home).Groups[1].Value;
        var logout = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithCookieAsync(saved, "/api/campaigns/1/overview")).StatusCode);
        var page = await GetWithCookieAsync(saved, "/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/Login", page.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_cookie_of_an_account_that_is_then_locked_out_is_refused()
    {
        var (_, saved) = await SignInAsync("supervisor");
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(saved, "/api/campaigns/1/overview")).StatusCode);

        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("supervisor"))!;
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddYears(100));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetWithCookieAsync(saved, "/api/campaigns/1/overview")).StatusCode);
    }

    [Fact]
    public async Task A_live_circuit_is_revalidated_against_the_security_stamp_and_lockout()
    {
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var scopes = _app.Services.GetRequiredService<IServiceScopeFactory>();
        var office = (await users.FindByNameAsync("office"))!;
        var circuitUser = await principals.CreateAsync(office);

        Assert.True(await RevalidatingIdentityAuthenticationStateProvider.IsStillValidAsync(scopes, circuitUser));

        await users.UpdateSecurityStampAsync(office);
        Assert.False(await RevalidatingIdentityAuthenticationStateProvider.IsStillValidAsync(scopes, circuitUser));

        var fresh = await principals.CreateAsync((await users.FindByNameAsync("office"))!);
        Assert.True(await RevalidatingIdentityAuthenticationStateProvider.IsStillValidAsync(scopes, fresh));
        await users.SetLockoutEndDateAsync((await users.FindByNameAsync("office"))!, DateTimeOffset.UtcNow.AddMinutes(15));
        Assert.False(await RevalidatingIdentityAuthenticationStateProvider.IsStillValidAsync(scopes, fresh));
    }

    [Fact]
    public void Circuits_use_the_revalidating_authentication_state_provider()
    {
        using var scope = _app.Services.CreateScope();

        Assert.IsType<RevalidatingIdentityAuthenticationStateProvider>(scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>());
    }

    [GeneratedRegex("action=\"Account/Logout\"[^>]*>\\s*<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex LogoutToken();
}
