using System.Security.Claims;
using CampaignHub.Domain.Common;
using CampaignHub.Identity;
using CampaignHub.Infrastructure.UserInterface;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Bunit.TestDoubles;
using MudBlazor.Services;

namespace CampaignHub.Components.Tests.Infrastructure;

/// <summary>
/// A bUnit context with MudBlazor's services, its Chinese strings, the demo's fixed today (2014-04-10) and a
/// signed-in user of the chosen role. Tests inherit it; xunit.v3 disposes it asynchronously, as MudBlazor needs.
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    public static readonly DateOnly DemoToday = new(2014, 4, 10);

    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddMetrics();
        Services.AddSingleton<CampaignHub.Infrastructure.Telemetry.CampaignHubMetrics>();
        Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        Services.AddSingleton<IClock>(new ShiftedClock(DemoToday, DateTimeOffset.UtcNow));
        Authorization = AddAuthorization();
    }

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>Signs in as a user with the given role (and unit, for coordinators).</summary>
    protected void SignInAs(string role, int? unitId = null, string displayName = "测试用户")
    {
        Authorization.SetAuthorized("test");
        Authorization.SetRoles(role);
        var claims = new List<Claim> { new(CampaignHubClaims.DisplayName, displayName) };
        if (unitId is { } id)
        {
            claims.Add(new Claim(CampaignHubClaims.UnitId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Authorization.SetClaims([.. claims]);
    }

    /// <summary>Renders MudBlazor's popover and dialog hosts, for components that open menus or dialogs.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderDialogHost()
    {
        Render<MudPopoverProvider>();
        return Render<MudDialogProvider>();
    }
}
