using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Tests.Security;

/// <summary>An unhandled server error reaches an API caller as a bare Chinese problem and a browser as the Chinese error page.</summary>
public sealed class UnhandledErrorTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task A_server_fault_is_a_500_problem_without_stack_trace_for_the_api_and_the_Chinese_page_for_a_browser()
    {
        var admin = await Accounts.SignedInClientAsync(factory, "admin");
        await using (var db = await DemoLookup.DbAsync(factory))
        {
            // Faults no request can cause: the audit export and the opinions page lose their tables.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"AuditEntries\"");
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "DROP TABLE \"Opinions\" CASCADE" : "PRAGMA foreign_keys = OFF; DROP TABLE Opinions;");
        }

        var api = await admin.GetAsync("/api/admin/audit/export");
        using var page = new HttpRequestMessage(HttpMethod.Get, "/opinions");
        page.Headers.Accept.ParseAdd("text/html");
        var html = await admin.SendAsync(page);

        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var body = await api.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Sqlite", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Npgsql", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", body);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("服务器内部错误", problem.GetProperty("title").GetString());
        Assert.Equal("处理请求时发生错误，请稍后再试或联系管理员", problem.GetProperty("detail").GetString());
        var htmlBody = await html.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Sqlite", htmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Npgsql", htmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.InternalServerError, html.StatusCode);
        Assert.Contains("出错了", htmlBody);
    }
}

/// <summary>Forwarded headers count only from configured proxies; https (direct or via one) brings HSTS and Secure cookies.</summary>
public sealed class ForwardedHeadersTests : IClassFixture<CampaignHubFactory>
{
    private const string Proxy = "192.0.2.10";
    private readonly WebApplicationFactory<Program> _app;

    public ForwardedHeadersTests(CampaignHubFactory factory) =>
        _app = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("CampaignHub:KnownProxies:0", Proxy);
            b.UseSetting("CampaignHub:Login:PermitLimit", "3");
        });

    private HttpClient ClientAt(string address) =>
        TestClientAddress.As(_app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("http://hub.example.gov.cn") }), address);

    [Fact]
    public async Task Https_through_the_known_proxy_gets_HSTS_and_Secure_cookies()
    {
        var client = ClientAt(Proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.50");

        var page = await client.GetAsync("/Account/Login");

        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_sign_in_over_https_sets_a_Secure_HttpOnly_cookie()
    {
        var client = TestClientAddress.As(_app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://hub.example.gov.cn") }), "198.51.100.30");

        var login = await Accounts.LoginAsync(client, "leader");

        Assert.True(login.Headers.Contains("Strict-Transport-Security"));
        var auth = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("CampaignHub.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_headers_from_any_other_address_are_ignored()
    {
        var client = ClientAt("198.51.100.20");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var page = await client.GetAsync("/Account/Login");

        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain(page.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_client_cannot_escape_the_login_limit_by_inventing_X_Forwarded_For()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var client = ClientAt("198.51.100.21");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{100 + i}");
            statuses.Add((await Accounts.LoginAsync(client, "nobody", "wrong-password-123")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Behind_the_known_proxy_each_real_client_has_its_own_login_limit()
    {
        // Every request arrives from the proxy (nginx in front of several nodes); the limit follows X-Forwarded-For.
        HttpClient Behind(string client)
        {
            var http = ClientAt(Proxy);
            http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
            return http;
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await Accounts.LoginAsync(Behind("203.0.113.60"), "nobody", "wrong-password-123")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Accounts.LoginAsync(Behind("203.0.113.61"), "nobody", "wrong-password-123")).StatusCode);
    }
}

/// <summary>With a certificate configured, the data-protection key files are encrypted at rest.</summary>
public sealed class DataProtectionAtRestTests : IClassFixture<CampaignHubFactory>, IDisposable
{
    private readonly string _pfx = Path.Combine(Path.GetTempPath(), $"campaignhub-dp-{Guid.NewGuid():N}.pfx");
    private readonly CampaignHubFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    public DataProtectionAtRestTests(CampaignHubFactory factory)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CampaignHub data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_pfx, certificate.Export(X509ContentType.Pfx, "测试口令"));
        _factory = factory;
        _app = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("CampaignHub:DataProtection:CertificatePath", _pfx);
            b.UseSetting("CampaignHub:DataProtection:CertificatePassword", "测试口令");
        });
    }

    [Fact]
    public async Task Key_files_are_encrypted_to_the_configured_certificate_and_sign_in_still_works()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var login = await Accounts.LoginAsync(client, "office");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/campaigns/1/overview")).StatusCode);
        var keys = await StoredKeysAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }

    /// <summary>The key ring at rest: files in the data folder on SQLite, rows of the shared database on PostgreSQL.</summary>
    private async Task<List<string>> StoredKeysAsync()
    {
        if (TestDatabase.OnPostgres)
        {
            await using var db = await DemoLookup.DbAsync(_app);
            return await db.DataProtectionKeys.Select(k => k.Xml ?? string.Empty).ToListAsync();
        }

        return Directory.GetFiles(Path.Combine(_factory.DataFolder, "keys"), "*.xml").Select(File.ReadAllText).ToList();
    }

    public void Dispose() => File.Delete(_pfx);
}
