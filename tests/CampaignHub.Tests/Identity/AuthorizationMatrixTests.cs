using System.Net;
using CampaignHub.Domain.Common;
using CampaignHub.Tests.Infrastructure;

namespace CampaignHub.Tests.Identity;

/// <summary>Every page and API route × every role: allowed, sent to log in, or refused.</summary>
public sealed class AuthorizationMatrixTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static readonly string[] Staff = [Roles.Leader, Roles.Office, Roles.Coordinator, Roles.Supervisor, Roles.Admin];
    private static readonly string[] WallWatchers = [.. Staff, Roles.Display];

    // A coordinator reads work items only within their own unit's subtree; unit 1 (the district) is above theirs.
    private static readonly string[] StaffAboveTheCoordinator = [Roles.Leader, Roles.Office, Roles.Supervisor, Roles.Admin];

    /// <summary>Route → the roles allowed to GET it. Add each new page here.</summary>
    public static readonly IReadOnlyList<(string Route, string[] Allowed)> Routes =
    [
        ("/", Staff),
        ("/units", Staff),
        ("/api/units/export", Staff),
        ("/units/1", Staff),
        ("/campaigns/1", Staff),
        ("/admin/audit", [Roles.Admin]),
        ("/api/admin/audit/export", [Roles.Admin]),
        ("/api/campaigns/1/overview", Staff),
        ("/api/diagnostics/live", [Roles.Admin]),
        ("/plans", [Roles.Office, Roles.Admin]),
        ("/units/1/plan", Staff),
        ("/units/1/work-items", Staff),
        ("/units/1/work-items/import", [Roles.Coordinator, Roles.Office, Roles.Admin]),
        ("/api/campaigns/1/plans", Staff),
        ("/api/campaigns/1/units/1/plan", Staff),
        ("/api/campaigns/1/units/1/work-items", StaffAboveTheCoordinator),
        ("/api/campaigns/1/units/1/work-items.xlsx", StaffAboveTheCoordinator),
        ("/api/campaigns/1/work-items.xlsx", [Roles.Leader, Roles.Office, Roles.Supervisor, Roles.Admin]),
        ("/contacts", Staff),
        ("/contacts/people/1", Staff),
        ("/contacts/units/1", Staff),
        ("/contacts/units/1/report", Staff),
        ("/contacts/receptions", Staff),
        ("/contacts/secondments", Staff),
        ("/contacts/rules", [Roles.Office, Roles.Admin]),
        ("/api/contacts/office", Staff),
        ("/api/contacts/people/1", Staff),
        ("/api/contacts/units/1/report.xlsx", Staff),
        ("/api/contacts/wall", WallWatchers),
        ("/opinions", Staff),
        ("/rectification", Staff),
        ("/rectification/1", Staff),
        ("/rectification/reopen-review", [Roles.Office, Roles.Admin]),
        ("/commitments", Staff),
        ("/commitments/print", Staff),
        ("/commitments/three-checks", Staff),
        ("/api/rectification/1", Staff),
        ("/api/rectification/stats?campaignId=1", WallWatchers),
        ("/api/rectification/export?campaignId=1", Staff),
        ("/api/opinions/export?campaignId=1", Staff),
        ("/api/commitments/export?campaignId=1", Staff),
        ("/api/commitments/three-checks?campaignId=1", WallWatchers),
        ("/satisfaction", Staff),
        ("/satisfaction/new", [Roles.Office, Roles.Admin]),
        ("/satisfaction/1", Staff),
        ("/satisfaction/2", Staff),
        ("/satisfaction/2/edit", [Roles.Office, Roles.Admin]),
        ("/satisfaction/2/codes", [Roles.Office, Roles.Admin]),
        ("/satisfaction/2/import", [Roles.Office, Roles.Admin]),
        ("/supervision", [Roles.Supervisor, Roles.Office, Roles.Admin]),
        ("/supervision/units/10", [Roles.Supervisor, Roles.Office, Roles.Admin]),
        ("/supervision/my-orders", [Roles.Coordinator, Roles.Office, Roles.Admin]),
        ("/api/campaigns/1/satisfaction", [Roles.Leader, Roles.Office, Roles.Supervisor, Roles.Admin, Roles.Display]),
        ("/api/surveys/2/results", [Roles.Leader, Roles.Office, Roles.Supervisor, Roles.Admin]),
        ("/api/surveys/1/results/export", Staff),
        ("/api/surveys/2/results/export", [Roles.Leader, Roles.Office, Roles.Supervisor, Roles.Admin]),
        ("/api/surveys/1/units/10/rate", Staff),
        ("/api/surveys/2/paper-template", [Roles.Office, Roles.Admin]),
        ("/reports/campaigns/1", Staff),
        ("/reports/units/10", Staff),
        ("/api/campaigns/1/report.xlsx", Staff),
        ("/wall", WallWatchers),
        ("/wall?kiosk=1", WallWatchers),
        ("/api/wall", WallWatchers),
    ];

    /// <summary>Routes anyone may open without signing in.</summary>
    public static readonly IReadOnlyList<string> PublicRoutes = ["/Account/Login", "/health/live", "/health/ready", "/opinions/new", "/opinions/receipt", "/public", "/reception", "/s/ABCDEFGH"];

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var (route, _) in Routes)
        {
            foreach (var account in Accounts.RoleOf.Keys)
            {
                data.Add(route, account);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_exactly_the_routes_it_is_allowed(string route, string account)
    {
        var allowed = Routes.Single(r => r.Route == route).Allowed.Contains(Accounts.RoleOf[account]);
        var client = await Accounts.SignedInClientAsync(factory, account);

        var response = await client.GetAsync(route);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else if (route.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/Account/AccessDenied", response.Headers.Location?.ToString());
        }
    }

    public static TheoryData<string> ProtectedRoutes()
    {
        var data = new TheoryData<string>();
        foreach (var (route, _) in Routes)
        {
            data.Add(route);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Anonymous_visitors_are_sent_to_log_in_or_refused(string route)
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync(route);

        if (route.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location?.ToString());
        }
    }

    [Fact]
    public async Task Public_routes_need_no_login()
    {
        var client = factory.CreateBrowserLikeClient();
        foreach (var route in PublicRoutes)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(route)).StatusCode);
        }
    }
}
