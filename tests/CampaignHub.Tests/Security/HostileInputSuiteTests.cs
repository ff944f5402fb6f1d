using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Plans;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Security;

/// <summary>
/// More than a thousand generated hostile inputs against every public form, every JSON endpoint (enumerated from
/// the app's own EndpointDataSource) and the imports: XML-forbidden characters, NUL, emoji, RTL marks, oversize and
/// chunked bodies, wrong types, missing fields, extreme dates and numbers, traversal names, zip bombs. No answer may
/// be a 5xx or carry a stack trace, no refused import may leave anything behind, and every export must still open.
/// </summary>
public sealed partial class HostileInputSuiteTests : IClassFixture<CampaignHubFactory>
{
    private static readonly string[] Strings =
    [
        string.Empty, " ", "\0", "a\0b", "\uFFFF", "\uFFFE", "\uD800", "x\uDC00y", "😀👨‍👩‍👧", "\u202Eevil\u202C", "\u200F\u200E", "\u0001\u001F\u007F",
        "<script>alert(1)</script>", "' OR 1=1 --", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "${jndi:ldap://x}", "{{7*7}}",
        "\r\nSet-Cookie: x=1", new string('长', 5000), new string('a', 40_000), "null", "NaN", "-1", "1e309", "9999-12-31", "0001-01-01",
    ];

    private static readonly object?[] JsonValues =
    [
        null, string.Empty, "\0", "\uFFFF", "😀", "\u202E", new string('x', 100_000), -1, 0, int.MaxValue, long.MaxValue, 1e308, -1e308, true,
        "0001-01-01", "9999-12-31", "2014-02-30", "not-a-date", new[] { 1, 2 }, new Dictionary<string, object> { ["a"] = 1 }, "../../etc/passwd",
    ];

    private static readonly string[] QueryValues = ["abc", "-1", "0", "99999999999999999999", "1e309", "%00", "😀", "../../x", new string('9', 3000), "true", "Unknown"];

    private readonly WebApplicationFactory<Program> _app;
    private readonly CampaignHubFactory _factory;
    private readonly ConcurrentBag<string> _failures = [];
    private int _inputs;

    public HostileInputSuiteTests(CampaignHubFactory factory)
    {
        _factory = factory;
        _app = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("CampaignHub:PublicForm:PermitLimit", "100000");
            b.UseSetting("CampaignHub:PublicForm:RatingsPerClientPerDay", "100000");
            b.UseSetting("CampaignHub:PublicForm:RatingsPerItemPerDay", "100000");
        });
    }

    [Fact]
    public async Task A_thousand_hostile_inputs_get_no_5xx_no_stack_trace_no_partial_import_and_every_export_still_opens()
    {
        var office = await SignInAsync("office");
        var coordinator = await SignInAsync("unit");

        await PublicFormsAsync();
        await JsonEndpointsAsync(office);
        await JsonEndpointsAsync(coordinator);
        await QueryStringsAsync(office);
        await ImportsAsync();
        await ExportsStillOpenAsync(office, await SignInAsync("admin"));

        Assert.True(_failures.IsEmpty, $"{_failures.Count} failures:\n" + string.Join("\n", _failures.Take(40)));
        Assert.True(_inputs >= 1000, $"only {_inputs} inputs");
    }

    private async Task<HttpClient> SignInAsync(string account)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.LoginAsync(client, account)).StatusCode);
        return client;
    }

    private async Task CheckAsync(string what, Func<Task<HttpResponseMessage>> send)
    {
        Interlocked.Increment(ref _inputs);
        HttpResponseMessage response;
        try
        {
            response = await send();
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or IOException)
        {
            _failures.Add($"{what}: the request failed ({ex.GetType().Name})");
            return;
        }

        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            _failures.Add($"{what}: {(int)response.StatusCode}");
        }

        if (StackFrame().IsMatch(body) || body.Contains("Exception:", StringComparison.Ordinal) || body.Contains("System.", StringComparison.Ordinal) && body.Contains("Exception", StringComparison.Ordinal))
        {
            _failures.Add($"{what}: a stack trace or exception text in the body");
        }
    }

    // ---- public forms -------------------------------------------------------------------------------------

    private async Task PublicFormsAsync()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var opinionToken = Token().Match(await client.GetStringAsync("/opinions/new")).Groups[1].Value;
        string[] fields = ["Input.Content", "Input.Name", "Input.Phone", "Input.Category", "Input.Website", "_handler"];
        foreach (var field in fields)
        {
            foreach (var value in Strings)
            {
                var form = new Dictionary<string, string>
                {
                    ["_handler"] = "public-opinion",
                    ["__RequestVerificationToken"] = opinionToken,
                    ["Input.Category"] = "Healthcare",
                    ["Input.Content"] = "路灯坏了",
                    [field] = value,
                };
                await CheckAsync($"opinion form {field}={Show(value)}", () => client.PostAsync("/opinions/new", Form(form)));
            }
        }

        await CheckAsync("opinion form without token", () => client.PostAsync("/opinions/new", Form(new() { ["_handler"] = "public-opinion", ["Input.Content"] = "x" })));
        await CheckAsync("opinion form as JSON", () => client.PostAsync("/opinions/new", new StringContent("{\"Input\":{}}", Encoding.UTF8, "application/json")));
        await CheckAsync("opinion form chunked 1 MB", () => client.SendAsync(Chunked("/opinions/new", "_handler=public-opinion&Input.Content=" + new string('a', 1024 * 1024), "application/x-www-form-urlencoded")));

        var publicToken = Token().Match(await client.GetStringAsync("/public")).Groups[1].Value;
        string[] ratings = ["1:1:1", "1:1:3", "2:1:1", "1:999999:1", "9:1:1", "1:1:9", "a:b:c", "1:1", "-1:-1:-1", "1:2147483648:1", string.Empty, "1:1:1:1", "😀", "\0"];
        foreach (var rating in ratings)
        {
            await CheckAsync($"rating {Show(rating)}", () => client.PostAsync("/public", Form(new() { ["_handler"] = "rate", ["__RequestVerificationToken"] = publicToken, ["Rating"] = rating })));
        }

        foreach (var value in Strings)
        {
            await CheckAsync($"public search {Show(value)}", () => client.GetAsync("/public?unit=" + Uri.EscapeDataString(Safe(value))));
            await CheckAsync($"receipt {Show(value)}", () => client.GetAsync("/opinions/receipt?number=" + Uri.EscapeDataString(Safe(value))));
            // A path segment holding NUL never reaches the app (Kestrel answers 400; the test server cannot even build the request).
            var segment = Safe(value).Replace("\0", string.Empty, StringComparison.Ordinal);
            await CheckAsync($"survey code {Show(value)}", () => client.GetAsync("/s/" + Uri.EscapeDataString(segment.Length == 0 ? "x" : segment)));
            await CheckAsync($"reception {Show(value)}", () => client.GetAsync("/reception?year=" + Uri.EscapeDataString(Safe(value))));
        }

        var login = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var loginToken = Token().Match(await login.GetStringAsync("/Account/Login")).Groups[1].Value;
        foreach (var value in Strings)
        {
            foreach (var field in new[] { "Input.UserName", "Input.Password", "Input.RememberMe" })
            {
                var form = new Dictionary<string, string> { ["_handler"] = "login", ["__RequestVerificationToken"] = loginToken, ["Input.UserName"] = "nobody", ["Input.Password"] = "wrong-password-1", [field] = value };
                await CheckAsync($"login {field}={Show(value)}", () => login.PostAsync("/Account/Login?returnUrl=" + Uri.EscapeDataString(Safe(value)), Form(form)));
            }
        }
    }

    // ---- JSON endpoints, enumerated from the app's endpoint metadata --------------------------------------

    private IReadOnlyList<(string Method, RouteEndpoint Endpoint)> ApiEndpoints(Func<string, bool> method) =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true) // the JSON API, not /api-docs (a library's static page and script)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Where(method).Select(m => (m, e)))
            .ToList();

    private static string Url(RouteEndpoint endpoint, string value) => RouteParameter().Replace(endpoint.RoutePattern.RawText!, value);

    private async Task JsonEndpointsAsync(HttpClient client)
    {
        foreach (var (method, endpoint) in ApiEndpoints(m => m is "POST" or "PUT" or "DELETE"))
        {
            var body = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
                .Select(p => p.ParameterType)
                .FirstOrDefault(t => t.IsClass && t != typeof(string) && t.Namespace?.StartsWith("CampaignHub.", StringComparison.Ordinal) == true && !t.Name.EndsWith("Service", StringComparison.Ordinal));
            foreach (var id in new[] { "1", "10", "999999", "0", "-1", "2147483647" })
            {
                var url = Url(endpoint, id) + "?expectedVersion=1&version=1";
                foreach (var raw in new[] { "{}", "null", "[]", "{", "\"text\"", "123", "{\"a\":" + new string('[', 200) + new string(']', 200) + "}", "\u0000" })
                {
                    await CheckAsync($"{method} {url} raw {Show(raw)}", () => client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(raw, Encoding.UTF8, "application/json") }));
                }
            }

            var target = Url(endpoint, "1") + "?expectedVersion=1&version=1";
            await CheckAsync($"{method} {target} invalid UTF-8", () => client.SendAsync(new HttpRequestMessage(new HttpMethod(method), target) { Content = new ByteArrayContent([0x7B, 0xFF, 0xFE, 0x22, 0x7D]) { Headers = { { "Content-Type", "application/json" } } } }));
            await CheckAsync($"{method} {target} chunked 2 MB", () => client.SendAsync(Chunked(target, "{\"x\":\"" + new string('x', 2 * 1024 * 1024) + "\"}", "application/json", method)));
            await CheckAsync($"{method} {target} as form", () => client.SendAsync(new HttpRequestMessage(new HttpMethod(method), target) { Content = Form(new() { ["a"] = "b" }) }));
            if (body is null)
            {
                continue;
            }

            foreach (var property in body.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead))
            {
                foreach (var value in JsonValues)
                {
                    var json = JsonSerializer.Serialize(new Dictionary<string, object?> { [JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = value });
                    await CheckAsync($"{method} {target} {property.Name}={Show(json)}", () => client.SendAsync(new HttpRequestMessage(new HttpMethod(method), target) { Content = new StringContent(json, Encoding.UTF8, "application/json") }));
                }
            }
        }
    }

    private async Task QueryStringsAsync(HttpClient client)
    {
        foreach (var (_, endpoint) in ApiEndpoints(m => m == "GET"))
        {
            var queryParameters = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
                .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) is { } t && (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(DateOnly)))
                .Select(p => p.Name!)
                .Where(n => !endpoint.RoutePattern.Parameters.Any(rp => string.Equals(rp.Name, n, StringComparison.OrdinalIgnoreCase)))
                .ToList() ?? [];
            foreach (var value in QueryValues)
            {
                await CheckAsync($"GET {endpoint.RoutePattern.RawText} route={value}", () => client.GetAsync(Url(endpoint, Uri.EscapeDataString(value)) + "?campaignId=1"));
                foreach (var name in queryParameters)
                {
                    var query = string.Join('&', queryParameters.Select(n => n == name ? $"{n}={Uri.EscapeDataString(value)}" : n == "campaignId" ? "campaignId=1" : string.Empty).Where(q => q.Length > 0));
                    await CheckAsync($"GET {endpoint.RoutePattern.RawText} {name}={Show(value)}", () => client.GetAsync(Url(endpoint, "1") + "?" + query));
                }
            }
        }
    }

    // ---- imports --------------------------------------------------------------------------------------------

    private async Task ImportsAsync()
    {
        using var scope = _app.Services.CreateScope();
        var office = await Accounts.ActorAsync(_factory, "office");
        var workItems = scope.ServiceProvider.GetRequiredService<WorkItemExcelService>();
        var paper = scope.ServiceProvider.GetRequiredService<PaperImportService>();
        var unit = await DemoLookup.UnitIdAsync(_factory, "殷巷社区");
        await using var db = await DemoLookup.DbAsync(_factory);
        var survey = await db.Set<SatisfactionSurvey>().AsNoTracking().FirstAsync(s => s.Title == SatisfactionDemoSeed.OpenSurveyTitle);
        string[] workHeaders = ["事项名称", "类型", "计划日期"];
        string[] paperHeaders = ["问卷批次号", "问卷编号", "被测评单位", "参评群体"];

        var files = new List<(string Name, byte[] Content)>
        {
            ("bomb.xlsx", HostileFiles.ZipBomb(workHeaders)),
            ("far.xlsx", HostileFiles.FarCell(workHeaders)),
            ("far-xfd.xlsx", HostileFiles.FarCell(workHeaders, "XFE")),
            ("rows.xlsx", HostileFiles.ManyRows(workHeaders, ["走访", "走访", "2014-04-20"], 5001)),
            ("bad-rows.xlsx", HostileFiles.Workbook(workHeaders, [.. Strings.Select(s => new[] { s, s, s })])),
            ("dates.xlsx", HostileFiles.Workbook(workHeaders, [["走访", "以群众身份体验", "9999-12-31"], ["走访", "以群众身份体验", "0001-01-01"], ["走访", "以群众身份体验", "2958466"]])),
            ("paper-bomb.xlsx", HostileFiles.ZipBomb(paperHeaders)),
            ("paper-far.xlsx", HostileFiles.FarCell(paperHeaders)),
            ("paper-bad.xlsx", HostileFiles.Workbook(paperHeaders, [.. Strings.Select(s => new[] { s, s, s, s })])),
        };
        files.AddRange(HostileFiles.Garbage(workHeaders));
        files.Add(("../../../etc/passwd.xlsx", HostileFiles.ZipBomb(workHeaders, 21)));
        files.Add(("C:\\Windows\\evil\u202Exslx.csv", Encoding.UTF8.GetBytes("问卷批次号,问卷编号\n\0,\uFFFF\n")));
        files.Add(("huge.csv", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("a,b\n", 6000)))));
        files.Add(("quote.csv", Encoding.UTF8.GetBytes("问卷批次号,\"unterminated\n")));

        foreach (var (name, content) in files)
        {
            var items = await db.Set<WorkItem>().CountAsync();
            var responses = await db.Set<SurveyResponse>().CountAsync();
            Interlocked.Add(ref _inputs, 3);
            await RefusedAsync($"work-item preview {Show(name)}", () => workItems.PreviewAsync(office, 1, unit, content, fileName: name), allowValidPreview: true);
            await RefusedAsync($"work-item import {Show(name)}", () => workItems.ImportAsync(office, 1, unit, content, fileName: name));
            await RefusedAsync($"paper import {Show(name)}", () => paper.ConfirmAsync(office, survey.Id, content, name));
            if (await db.Set<WorkItem>().CountAsync() != items || await db.Set<SurveyResponse>().CountAsync() != responses)
            {
                _failures.Add($"import {Show(name)}: something was saved from a refused file");
            }
        }
    }

    private async Task RefusedAsync(string what, Func<Task> import, bool allowValidPreview = false)
    {
        try
        {
            await import();
            if (!allowValidPreview)
            {
                _failures.Add($"{what}: a hostile file was accepted");
            }
        }
        catch (DomainException ex) when (!ex.Message.Contains("Exception", StringComparison.Ordinal))
        {
            // refused in Chinese, as it should be
        }
        catch (Exception ex)
        {
            _failures.Add($"{what}: {ex.GetType().Name} instead of a Chinese refusal");
        }
    }

    // ---- exports after all of it ---------------------------------------------------------------------------

    private async Task ExportsStillOpenAsync(HttpClient office, HttpClient admin)
    {
        string[] exports =
        [
            "/api/opinions/export?campaignId=1", "/api/rectification/export?campaignId=1", "/api/commitments/export?campaignId=1", "/api/units/export",
            "/api/campaigns/1/work-items.xlsx", "/api/campaigns/1/units/10/work-items.xlsx", "/api/campaigns/1/report.xlsx", "/api/contacts/units/1/report.xlsx",
            "/api/surveys/1/results/export", "/api/surveys/2/results/export", "/api/surveys/2/paper-template",
        ];
        foreach (var route in exports.Append("/api/admin/audit/export"))
        {
            var client = route.Contains("audit", StringComparison.Ordinal) ? admin : office;
            var response = await client.GetAsync(route);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                _failures.Add($"export {route}: {(int)response.StatusCode}");
                continue;
            }

            try
            {
                using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
                _ = document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet.OuterXml.Length).Sum();
            }
            catch (Exception ex) when (ex is OpenXmlPackageException or System.Xml.XmlException or InvalidDataException or IOException)
            {
                _failures.Add($"export {route} does not open: {ex.GetType().Name}");
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields.Select(f => KeyValuePair.Create(f.Key, Safe(f.Value))));

    /// <summary>Lone surrogates cannot be URL-encoded by the client; they are sent as the bytes a browser would send for U+FFFD.</summary>
    private static string Safe(string value) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value));

    private static HttpRequestMessage Chunked(string url, string body, string contentType, string method = "POST")
    {
        var content = new StreamContent(new UnsizedStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        return request;
    }

    private static string Show(string value) => value.Length > 30 ? value[..30] + $"…({value.Length})" : value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"\bat [A-Z][A-Za-z0-9_.`]+\.[A-Za-z0-9_<>`]+\(")]
    private static partial Regex StackFrame();

    private sealed class UnsizedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
