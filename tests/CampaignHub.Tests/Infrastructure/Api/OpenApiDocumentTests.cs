using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Infrastructure.Api;

/// <summary>
/// The OpenAPI document describes every /api endpoint the app maps (read from EndpointDataSource, so a new endpoint
/// cannot ship undocumented), each with a Chinese summary, the roles its policies admit, and ProblemDetails errors.
/// </summary>
public sealed partial class OpenApiDocumentTests(OpenApiDocumentTests.Document document) : IClassFixture<OpenApiDocumentTests.Document>
{
    public sealed class Document : IAsyncLifetime
    {
        public CampaignHubFactory Factory { get; } = new();

        public JsonDocument Json { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            var client = await Accounts.SignedInClientAsync(Factory, "office");
            Json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        }

        public Task DisposeAsync()
        {
            Json.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }

        public IEnumerable<(string Method, string Path, JsonElement Operation)> Operations() =>
            Json.RootElement.GetProperty("paths").EnumerateObject()
                .SelectMany(path => path.Value.EnumerateObject().Select(op => (op.Name.ToUpperInvariant(), path.Name, op.Value)));
    }

    [Fact]
    public void Every_api_endpoint_the_app_maps_is_in_the_document()
    {
        var mapped = document.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .ToHashSet();
        var documented = document.Operations().Select(o => $"{o.Method} {o.Path}").ToHashSet();

        Assert.NotEmpty(mapped);
        Assert.Empty(mapped.Except(documented));
        Assert.Empty(documented.Except(mapped));
    }

    [Fact]
    public void Every_operation_has_a_Chinese_summary_a_unique_id_and_a_tag()
    {
        var operations = document.Operations().ToList();
        foreach (var (method, path, operation) in operations)
        {
            Assert.True(Cjk().IsMatch(operation.GetProperty("summary").GetString() ?? string.Empty), $"{method} {path} has no Chinese summary");
            Assert.True(operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0, $"{method} {path} has no tag");
        }

        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Every_operation_states_the_roles_its_policies_admit()
    {
        var policies = document.Factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var endpoints = document.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .ToList();
        foreach (var (method, path, operation) in document.Operations())
        {
            var endpoint = endpoints.Single(e => Normalise(e.RoutePattern.RawText!) == path && e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Contains(method));
            var expected = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                ? []
                : endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => policies.GetPolicyAsync(a.Policy!).GetAwaiter().GetResult()!)
                    .Select(p => p.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).ToHashSet())
                    .Aggregate((a, b) => a.Intersect(b).ToHashSet());
            var documented = operation.GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()!).ToHashSet();
            Assert.True(expected.SetEquals(documented), $"{method} {path}: document says {string.Join(",", documented)}, policy admits {string.Join(",", expected)}");
            Assert.Contains(documented.Count == 0 ? "无需登录" : "需要角色", operation.GetProperty("description").GetString());
        }
    }

    [Fact]
    public void Every_operation_documents_its_errors_as_problem_details()
    {
        foreach (var (method, path, operation) in document.Operations())
        {
            var responses = operation.GetProperty("responses");
            var anonymous = operation.GetProperty("x-roles").GetArrayLength() == 0;
            foreach (var status in anonymous ? new[] { "400", "404" } : ["400", "401", "403", "404"])
            {
                Assert.True(responses.TryGetProperty(status, out var response), $"{method} {path} lacks {status}");
                Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path} {status} is not ProblemDetails");
                Assert.True(Cjk().IsMatch(response.GetProperty("description").GetString()!), $"{method} {path} {status} description is not Chinese");
            }

            Assert.Contains(responses.EnumerateObject(), r => r.Name.StartsWith('2'));
        }
    }

    [Fact]
    public void Enums_are_described_and_sent_as_names()
    {
        var schemas = document.Json.RootElement.GetProperty("components").GetProperty("schemas");
        var enums = schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("enum", out _)).ToList();
        Assert.NotEmpty(enums);
        Assert.All(enums, schema => Assert.All(schema.Value.GetProperty("enum").EnumerateArray(), value => Assert.Contains(value.ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null })));
    }

    [Fact]
    public async Task Api_responses_carry_enum_names_not_numbers()
    {
        var client = await Accounts.SignedInClientAsync(document.Factory, "office");
        var unitId = await DemoLookup.UnitIdAsync(document.Factory, "东山街道");
        var response = await client.PostAsync($"/api/milestones/3/units/{unitId}/met", JsonContent("{\"metOn\":\"2014-04-10\",\"note\":\"接口测试\"}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.String, body.RootElement.GetProperty("state").ValueKind);
    }

    [Fact]
    public async Task Api_reference_page_is_for_signed_in_staff_only()
    {
        var anonymous = document.Factory.CreateBrowserLikeClient();
        var refused = await anonymous.GetAsync("/api-docs");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        var office = await Accounts.SignedInClientAsync(document.Factory, "office");
        var page = await office.GetAsync("/api-docs/v1");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("CampaignHub", await page.Content.ReadAsStringAsync());
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>"/api/work-items/{workItemId:int}" → "/api/work-items/{workItemId}", as OpenAPI writes paths.</summary>
    private static string Normalise(string pattern) => RouteConstraint().Replace(pattern, "}");

    [GeneratedRegex(@":[a-z]+\}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
