using CampaignHub.Identity;

namespace CampaignHub.Features.Accounts;

/// <summary>
/// An account signed in with a one-time password may do one thing: change it. Every other page redirects to
/// <see cref="ChangePasswordPath"/>, and API or hub calls are refused (403), until the cookie no longer carries
/// <see cref="CampaignHubClaims.MustChangePassword"/>. Static files, the framework's scripts and signing out stay open.
/// </summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    private static readonly string[] OpenPrefixes = [ChangePasswordPath, "/Account/Logout", "/Account/Login", "/_framework", "/_content", "/assets", "/health", "/favicon"];

    public async Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true || !user.HasClaim(c => c.Type == CampaignHubClaims.MustChangePassword) || IsOpen(context.Request.Path))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs") || context.Request.Path.StartsWithSegments("/_blazor"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new { title = "请先修改初始密码", status = 403, detail = "您的账号使用的是一次性密码，请先修改密码。" });
            return;
        }

        context.Response.Redirect(ChangePasswordPath);
    }

    private static bool IsOpen(PathString path) =>
        OpenPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)) || Path.HasExtension(path.Value);
}
