using System.Text.Json.Nodes;
using CampaignHub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CampaignHub.Infrastructure.Api;

/// <summary>
/// Writes into every operation who may call it (read from the endpoint's own authorisation policies, so the
/// document cannot drift from what is enforced) and gives the error responses Chinese descriptions.
/// </summary>
internal sealed class AccessAndErrorsOperationTransformer(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    public const string RolesExtension = "x-roles";

    private static readonly Dictionary<string, string> ResponseDescriptions = new()
    {
        ["200"] = "成功",
        ["400"] = "输入有误：detail 说明原因",
        ["401"] = "未登录或登录已失效",
        ["403"] = "无权操作：detail 说明原因",
        ["404"] = "未找到：detail 说明是哪一项",
        ["413"] = "上传或请求内容过大",
    };

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var roles = anonymous ? [] : await RolesAsync(metadata.OfType<IAuthorizeData>());

        var access = anonymous ? "无需登录（面向公众）。" : $"需要角色：{string.Join("、", roles.Select(RoleNames.ToChinese))}。";
        operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? access : $"{operation.Description}\n\n{access}";
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[RolesExtension] = new JsonNodeExtension(new JsonArray(roles.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()));

        operation.OperationId ??= OperationIdOf(context.Description.HttpMethod, context.Description.RelativePath);
        operation.Security = anonymous
            ? []
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ContractDocumentTransformer.CookieScheme, context.Document)] = [] }];

        operation.Responses ??= new OpenApiResponses();
        if (!operation.Responses.Keys.Any(status => status.StartsWith('2')))
        {
            // File downloads (TypedResults.File) carry no response metadata of their own.
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "成功：返回文件",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [FileTypeOf(context.Description.RelativePath)] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                },
            };
        }

        if (anonymous)
        {
            operation.Responses.Remove("401");
            operation.Responses.Remove("403");
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (ResponseDescriptions.TryGetValue(status, out var description) && response is OpenApiResponse concrete)
            {
                concrete.Description = description;
            }
        }
    }

    /// <summary>"GET api/campaigns/{campaignId}/units/{unitId}/plan" → "getCampaignsUnitsPlan": stable and unique per method and path.</summary>
    internal static string OperationIdOf(string? method, string? relativePath)
    {
        var words = (relativePath ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1) // "api"
            .Where(segment => !segment.StartsWith('{'))
            .SelectMany(segment => segment.Split(['-', '.'], StringSplitOptions.RemoveEmptyEntries))
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]);
        return (method ?? "get").ToLowerInvariant() + string.Concat(words) + (relativePath?.EndsWith('}') == true ? "ById" : string.Empty);
    }

    private static string FileTypeOf(string? relativePath) =>
        relativePath is not null && (relativePath.Contains("xlsx", StringComparison.Ordinal) || relativePath.Contains("export", StringComparison.Ordinal) || relativePath.Contains("template", StringComparison.Ordinal))
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "application/octet-stream";

    /// <summary>The roles that satisfy every policy on the endpoint (policies combine with AND).</summary>
    private async Task<List<string>> RolesAsync(IEnumerable<IAuthorizeData> authorizeData)
    {
        HashSet<string>? allowed = null;
        foreach (var data in authorizeData)
        {
            var policy = data.Policy is { } name ? await policies.GetPolicyAsync(name) : null;
            var fromPolicy = policy?.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles) ?? [];
            var fromRoles = data.Roles?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            var these = fromPolicy.Concat(fromRoles).ToHashSet(StringComparer.Ordinal);
            if (these.Count == 0)
            {
                continue;
            }

            allowed = allowed is null ? these : allowed.Intersect(these, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        }

        return (allowed ?? []).OrderBy(role => Roles.All.ToList().IndexOf(role)).ToList();
    }
}
