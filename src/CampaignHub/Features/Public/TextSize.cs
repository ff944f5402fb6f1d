namespace CampaignHub.Features.Public;

/// <summary>
/// The public pages' large-text mode (适老化): a cookie remembers the choice, and the page is rendered with the
/// larger size from the first byte (the root element carries the class), so nothing flashes at the normal size.
/// </summary>
public static class TextSize
{
    public const string CookieName = "ch-text-size";
    public const string Large = "large";
    public const string Normal = "normal";

    /// <summary>The class on &lt;html&gt; that the public layouts' styles enlarge the text by.</summary>
    public const string LargeClass = "ch-large-text";

    public static bool IsLarge(HttpContext? http) => http?.Request.Cookies[CookieName] == Large;

    /// <summary>The address that switches the mode and comes back to <paramref name="returnPath"/>.</summary>
    public static string SwitchPath(string size, string returnPath) => $"text-size/{size}?returnUrl={Uri.EscapeDataString(returnPath)}";

    public static void MapTextSize(this IEndpointRouteBuilder endpoints) =>
        // A display preference anyone may set, like the browser's own zoom: a plain link, no sign-in, nothing stored on the server.
        endpoints.MapGet("/text-size/{size}", (string size, string? returnUrl, HttpContext http) =>
            {
                if (size is not (Large or Normal))
                {
                    return Results.Problem("字号设置无效", statusCode: StatusCodes.Status404NotFound, title: "未找到");
                }

                http.Response.Cookies.Append(CookieName, size, new CookieOptions
                {
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = http.Request.IsHttps,
                    MaxAge = TimeSpan.FromDays(365),
                    Path = "/",
                });
                return Results.LocalRedirect(AsciiOnly(SafeLocal(returnUrl)));
            })
            .AllowAnonymous();

    // A Location header carries ASCII only: a page address with Chinese in its query (?unit=东山) goes out percent-encoded.
    private static string AsciiOnly(string url)
    {
        var ascii = new System.Text.StringBuilder(url.Length);
        foreach (var rune in url.EnumerateRunes())
        {
            ascii.Append(rune.IsAscii ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        }

        return ascii.ToString();
    }

    /// <summary>Only a path on this site: anything else (another host, a scheme, a protocol-relative URL) goes to the disclosure page.</summary>
    private static string SafeLocal(string? returnUrl) =>
        returnUrl is { Length: > 0 and < 2000 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/public";
}
