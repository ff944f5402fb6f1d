using System.Text.RegularExpressions;

namespace CampaignHub.Tests.Features.Rectification;

/// <summary>Posts the public opinion form the way a browser does: fetch the page, keep the antiforgery token, post.</summary>
public static partial class PublicForms
{
    public static async Task<HttpResponseMessage> PostOpinionAsync(HttpClient client, string content, string? name = null, string? phone = null, string? website = null, string category = "Healthcare")
    {
        var page = await client.GetStringAsync("/opinions/new");
        var token = Token().Match(page).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "public-opinion",
            ["__RequestVerificationToken"] = token,
            ["Input.Category"] = category,
            ["Input.Content"] = content,
            ["Input.Name"] = name ?? string.Empty,
            ["Input.Phone"] = phone ?? string.Empty,
            ["Input.Website"] = website ?? string.Empty,
        };
        return await client.PostAsync("/opinions/new", new FormUrlEncodedContent(fields));
    }

    public static string? ReceiptIn(string html) => Receipt().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("data-testid=\"receipt-number\">(YJ[0-9]{8}-[A-Z0-9]{8})<")]
    private static partial Regex Receipt();
}
