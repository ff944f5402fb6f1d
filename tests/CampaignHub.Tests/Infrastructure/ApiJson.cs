using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignHub.Tests.Infrastructure;

/// <summary>The API's JSON conventions, for tests that read typed DTOs: web defaults with enums as names.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
