using System.Net;
using System.Text.RegularExpressions;

namespace CampaignHub.Benchmarks.Circuits;

/// <summary>
/// One signed-in account: one HTTP handler and one cookie jar, shared by every circuit this account opens (as the
/// tabs of one browser share its cookies), so a single process can hold thousands of circuits.
/// </summary>
public sealed partial class SignedInUser : IDisposable
{
    public const string DemoPassword = "CampaignHub!2014";

    private SignedInUser(Uri baseUrl, string userName, CookieContainer cookies, SocketsHttpHandler handler)
    {
        BaseUrl = baseUrl;
        UserName = userName;
        Cookies = cookies;
        Handler = handler;
        Http = new HttpClient(handler, disposeHandler: false) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri BaseUrl { get; }

    public string UserName { get; }

    public CookieContainer Cookies { get; }

    public SocketsHttpHandler Handler { get; }

    /// <summary>For pages and the JSON API, with this account's cookie.</summary>
    public HttpClient Http { get; }

    /// <summary>Signs in through the real login form (GET for the antiforgery token, POST the form), as a browser does.</summary>
    public static async Task<SignedInUser> SignInAsync(Uri baseUrl, string userName, string password = DemoPassword)
    {
        var cookies = new CookieContainer();
        var handler = new SocketsHttpHandler
        {
            CookieContainer = cookies,
            UseCookies = true,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            MaxConnectionsPerServer = 64,
        };
        var user = new SignedInUser(baseUrl, userName, cookies, handler);
        var login = await user.Http.GetStringAsync("Account/Login");
        var token = AntiforgeryToken().Match(login).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = "false",
        });
        using var response = await user.Http.PostAsync("Account/Login", form);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("Account/Login", StringComparison.Ordinal) == true)
        {
            user.Dispose();
            throw new InvalidOperationException($"signing in as {userName} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return user;
    }

    public void Dispose()
    {
        Http.Dispose();
        Handler.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
