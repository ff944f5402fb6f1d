using System.Text.Json.Serialization;
using CampaignHub.Identity;
using Scalar.AspNetCore;

namespace CampaignHub.Infrastructure.Api;

/// <summary>
/// The published contract of <c>/api</c>: an OpenAPI document at <c>/openapi/v1.json</c> and a readable page at
/// <c>/api-docs</c>, both for signed-in staff. Enums travel as their names, in the API and in the hub alike.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPattern = "/openapi/{documentName}.json";
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api-docs";

    public static IServiceCollection AddCampaignHubOpenApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(DocumentName, options =>
        {
            // The contract covers the JSON API; account and hub endpoints are described in the README.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ContractDocumentTransformer>();
            options.AddOperationTransformer<AccessAndErrorsOperationTransformer>();
        });
        return services;
    }

    public static IEndpointRouteBuilder MapCampaignHubApiContract(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPattern).RequireAuthorization(Policies.Staff);
        endpoints.MapScalarApiReference(ReferencePath, scalar => scalar
                .WithTitle("CampaignHub 接口文档")
                .WithOpenApiRoutePattern(DocumentPattern)
                .AddDocument(DocumentName, "CampaignHub 接口")
                .DisableDefaultFonts() // an intranet page: no font downloads from the internet
                .DisableTelemetry()
                .ExpandAllTags()
                .ForceLightMode())
            .RequireAuthorization(Policies.Staff);
        return endpoints;
    }
}
