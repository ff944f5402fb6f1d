using System.Net;
using CampaignHub.Identity;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignHub.Tests.Security;

/// <summary>Login answers alike whether or not the account exists, and one client cannot try passwords without end.</summary>
public sealed class LoginHardeningTests : IClassFixture<CampaignHubFactory>
{
    private readonly WebApplicationFactory<Program> _app;
    private readonly HashCounter _hashes = new();

    public LoginHardeningTests(CampaignHubFactory factory) =>
        _app = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("CampaignHub:Login:PermitLimit", "4");
            b.ConfigureTestServices(services =>
            {
                services.RemoveAll<IPasswordHasher<AppUser>>();
                services.AddScoped<IPasswordHasher<AppUser>>(sp => new CountingHasher(new PasswordHasher<AppUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), _hashes));
            });
        });

    private HttpClient ClientAt(string address) =>
        TestClientAddress.As(_app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), address);

    private static async Task<string> FailedLoginMessageAsync(HttpClient client, string account, string password)
    {
        var response = await Accounts.LoginAsync(client, account, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task An_unknown_name_and_a_wrong_password_get_the_same_answer_after_the_same_hashing_work()
    {
        var before = _hashes.Verifications;
        var unknown = await FailedLoginMessageAsync(ClientAt("203.0.113.1"), "no-such-person", "wrong-password-123");
        var afterUnknown = _hashes.Verifications;
        var wrong = await FailedLoginMessageAsync(ClientAt("203.0.113.2"), "leader", "wrong-password-123");

        Assert.Contains(LoginService.WrongCredentials, unknown);
        Assert.Contains(LoginService.WrongCredentials, wrong);
        Assert.Equal(1, afterUnknown - before);
        Assert.Equal(1, _hashes.Verifications - afterUnknown);
    }

    [Fact]
    public async Task A_locked_account_answers_a_wrong_password_with_the_generic_message_and_only_the_right_one_with_the_lockout()
    {
        for (var i = 0; i < 5; i++)
        {
            // Five addresses, so the per-client limit does not step in first.
            Assert.Contains(LoginService.WrongCredentials, await FailedLoginMessageAsync(ClientAt($"203.0.113.{10 + i}"), "admin", "wrong-password-123"));
        }

        var wrong = await FailedLoginMessageAsync(ClientAt("203.0.113.20"), "admin", "another-wrong-1");
        var right = await FailedLoginMessageAsync(ClientAt("203.0.113.21"), "admin", Accounts.Password);

        Assert.Contains(LoginService.WrongCredentials, wrong);
        Assert.DoesNotContain("锁定", wrong);
        Assert.Contains(LoginService.LockedOut, right);
    }

    [Fact]
    public async Task One_client_posting_too_many_logins_gets_429_while_another_client_still_signs_in()
    {
        var noisy = ClientAt("198.51.100.7");
        for (var i = 0; i < 4; i++)
        {
            await FailedLoginMessageAsync(noisy, $"guess{i}", "wrong-password-123");
        }

        var refused = await Accounts.LoginAsync(noisy, "office");
        var other = await Accounts.LoginAsync(ClientAt("198.51.100.8"), "office");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await noisy.GetAsync("/Account/Login")).StatusCode); // the page itself stays readable
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    private sealed class HashCounter
    {
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public void Count() => Interlocked.Increment(ref _verifications);
    }

    private sealed class CountingHasher(IPasswordHasher<AppUser> inner, HashCounter counter) : IPasswordHasher<AppUser>
    {
        public string HashPassword(AppUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            counter.Count();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
