using CampaignHub.Identity;
using System.Security.Claims;

namespace CampaignHub.Features.Campaigns;

/// <summary>
/// The switcher's target: remembers the chosen campaign for this account in a cookie and returns to the page,
/// now carrying <c>?campaign=</c>. A page load, so the next circuit reads the new choice.
/// </summary>
public static class CampaignSelectionEndpoints
{
    public static void MapCampaignSelection(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/campaigns/select/{campaignId:int}", async (int campaignId, string? returnUrl, HttpContext http, ClaimsPrincipal user, CampaignSelection selection) =>
            {
                var campaigns = await selection.ListAsync(http.RequestAborted);
                if (campaigns.All(c => c.Id != campaignId))
                {
                    return Results.Problem("找不到该活动", statusCode: StatusCodes.Status404NotFound, title: "未找到");
                }

                http.Response.Cookies.Append(CampaignSelection.CookieName(user.Identity!.Name!), campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture), new CookieOptions
                {
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = http.Request.IsHttps,
                    MaxAge = TimeSpan.FromDays(365),
                    Path = "/",
                });
                return Results.LocalRedirect(Escaped(CampaignLinks.WithCampaign(SafeLocal(returnUrl), campaignId)));
            })
            .RequireAuthorization(Policies.Wall);
    }

    /// <summary>
    /// The address as a Location header may carry it: a page link with Chinese in its path or query (e.g. a filter)
    /// is percent-encoded as UTF-8; escapes already present are kept.
    /// </summary>
    private static string Escaped(string localUrl) => new Uri(new Uri("http://localhost"), localUrl).PathAndQuery;

    /// <summary>Only a path on this site: anything else (another host, a scheme, a protocol-relative URL) returns home.</summary>
    private static string SafeLocal(string? returnUrl) =>
        returnUrl is { Length: > 0 and < 2000 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/";
}

/// <summary>Builds addresses that carry the campaign.</summary>
public static class CampaignLinks
{
    /// <summary>The same page for another campaign: <c>/campaigns/{id}</c> pages swap the id; others get <c>?campaign=</c>.</summary>
    public static string WithCampaign(string localUrl, int campaignId)
    {
        var queryStart = localUrl.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? localUrl : localUrl[..queryStart];
        var query = queryStart < 0 ? string.Empty : localUrl[(queryStart + 1)..];
        var overview = System.Text.RegularExpressions.Regex.Match(path, @"^/campaigns/(\d+)(/.*)?$");
        if (overview.Success)
        {
            return $"/campaigns/{campaignId}{overview.Groups[2].Value}" + (query.Length > 0 ? "?" + query : string.Empty);
        }

        var parts = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("campaign=", StringComparison.OrdinalIgnoreCase)).Append($"campaign={campaignId}");
        return path + "?" + string.Join("&", parts);
    }

    public static string Select(int campaignId, string returnPath) => $"campaigns/select/{campaignId}?returnUrl={Uri.EscapeDataString(returnPath)}";
}
