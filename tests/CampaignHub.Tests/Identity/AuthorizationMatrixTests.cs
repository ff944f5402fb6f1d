using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CampaignHub.Domain.Common;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Identity;

/// <summary>One signed-in client per demo account (and one anonymous), shared by the matrix's cases.</summary>
public sealed class MatrixClients : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new();

    public CampaignHubFactory Factory { get; } = new();

    public async Task<HttpClient> ForAsync(string? account)
    {
        if (account is null)
        {
            return _clients.GetOrAdd("(anonymous)", _ => Factory.CreateBrowserLikeClient());
        }

        if (!_clients.TryGetValue(account, out var client))
        {
            client = await Accounts.SignedInClientAsync(Factory, account);
            _clients[account] = client;
        }

        return client;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Every route the app maps — read from its own endpoint metadata (EndpointDataSource: minimal APIs, hubs, health
/// checks and every Razor component page) — × every role and anonymous. A route without a rule here fails
/// <see cref="Every_mapped_route_has_an_explicit_rule"/>, so a new page or endpoint cannot ship unauthorised by accident.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixClients clients) : IClassFixture<MatrixClients>
{
    private static readonly string[] Staff = [Roles.Leader, Roles.Office, Roles.Coordinator, Roles.Supervisor, Roles.Admin];
    private static readonly string[] WallWatchers = [.. Staff, Roles.Display];
    private static readonly string[] OfficeOnly = [Roles.Office, Roles.Admin];
    private static readonly string[] UnitEditors = [Roles.Coordinator, Roles.Office, Roles.Admin];
    private static readonly string[] Supervisors = [Roles.Supervisor, Roles.Office, Roles.Admin];
    private static readonly string[] Overseers = [Roles.Leader, Roles.Office, Roles.Supervisor, Roles.Admin];
    private static readonly string[] AdminOnly = [Roles.Admin];
    private static readonly string[] Volunteers = [Roles.Volunteer];
    private static readonly string?[] Everyone = [.. Accounts.RoleOf.Keys, null];

    /// <summary>What a route is: who the policy lets in, the request to try, and what an allowed caller gets.</summary>
    public sealed record Rule(string Url, string[]? Allowed, HttpStatusCode AllowedStatus = HttpStatusCode.OK, string Method = "GET", string? Body = null, bool Framework = false, string ContentType = "application/json")
    {
        public bool IsPublic => Allowed is null && !Framework;
    }

    private static Rule Public(string url, HttpStatusCode status = HttpStatusCode.OK, string method = "GET", string? body = null) => new(url, null, status, method, body);

    private static Rule Mutation(string method, string url, string[] allowed, HttpStatusCode allowedStatus, string body = "{}") => new(url, allowed, allowedStatus, method, body);

    /// <summary>Route pattern (as mapped) → its rule. Mutations use ids that do not exist, so allowed callers change nothing.</summary>
    public static readonly IReadOnlyDictionary<string, Rule> Rules = new Dictionary<string, Rule>
    {
        // Framework plumbing: the Blazor circuit, its redirect helper. Not a page or an API of the app.
        ["* /_blazor"] = new("/_blazor", null, Framework: true),
        ["* /_blazor/disconnect/"] = new("/_blazor/disconnect/", null, Framework: true),
        ["* /_blazor/initializers/"] = new("/_blazor/initializers/", null, Framework: true),
        ["* /_blazor/negotiate"] = new("/_blazor/negotiate", null, Framework: true),
        ["GET /_framework/opaque-redirect"] = new("/_framework/opaque-redirect", null, Framework: true),

        // Public: anyone, no login.
        ["* /health/live"] = Public("/health/live"),

        // Runtime metrics for Prometheus: no login, but only configured addresses may read them (loopback by default,
        // which is where the test server's callers come from; TelemetryTests covers a refused address).
        ["* /metrics"] = Public("/metrics"),
        ["* /health/ready"] = Public("/health/ready"),
        ["GET,POST /Account/Login"] = Public("/Account/Login"),
        ["GET,POST /Account/AccessDenied"] = Public("/Account/AccessDenied"),
        ["GET,POST /Error"] = Public("/Error"),
        ["GET,POST /opinions/new"] = Public("/opinions/new"),
        ["GET,POST /supervision-mailbox"] = Public("/supervision-mailbox"),
        ["GET,POST /opinions/receipt"] = Public("/opinions/receipt"),
        ["GET,POST /public"] = Public("/public"),
        ["GET,POST /public/briefings"] = Public("/public/briefings"),
        ["GET,POST /reception"] = Public("/reception"),
        ["GET,POST /channels"] = Public("/channels"),
        ["GET /text-size/{size}"] = Public("/text-size/huge", HttpStatusCode.NotFound), // a display preference anyone may set; an unknown size sets nothing
        ["GET,POST /s/{Code}"] = Public("/s/ABCDEFGH"),
        ["POST /api/s/{code}"] = Public("/api/s/ABCDEFGH", HttpStatusCode.BadRequest, "POST", "{}"),
        ["POST /Account/Logout"] = new("/Account/Logout", null, HttpStatusCode.BadRequest, "POST", "returnUrl=%2F", ContentType: "application/x-www-form-urlencoded"), // no antiforgery token: refused, for everyone alike

        // The live hub.
        ["* /hubs/campaign"] = new("/hubs/campaign", WallWatchers, HttpStatusCode.BadRequest),
        ["* /hubs/campaign/negotiate"] = new("/hubs/campaign/negotiate?negotiateVersion=1", WallWatchers, Method: "POST", Body: string.Empty),

        // Pages.
        ["GET,POST /"] = new("/", Staff),
        ["GET,POST /units"] = new("/units", Staff),
        ["GET,POST /units/{UnitId:int}"] = new("/units/1", Staff),
        ["GET,POST /units/{UnitId:int}/plan"] = new("/units/10/plan", Staff),
        ["GET,POST /units/{UnitId:int}/work-items"] = new("/units/10/work-items", Staff),
        ["GET,POST /units/{UnitId:int}/work-items/import"] = new("/units/10/work-items/import", UnitEditors),
        ["GET,POST /campaigns/{CampaignId:int}"] = new("/campaigns/1", Staff),
        ["GET,POST /campaigns/setup"] = new("/campaigns/setup", OfficeOnly),
        ["GET,POST /campaigns/setup/new"] = new("/campaigns/setup/new", OfficeOnly),
        ["GET,POST /campaigns/{CampaignId:int}/setup"] = new("/campaigns/1/setup", OfficeOnly),
        ["GET /campaigns/select/{campaignId:int}"] = new("/campaigns/select/999999", WallWatchers, HttpStatusCode.NotFound),
        ["GET,POST /admin/audit"] = new("/admin/audit", AdminOnly),
        ["GET,POST /plans"] = new("/plans", OfficeOnly),
        ["GET,POST /contacts"] = new("/contacts", Staff),
        ["GET,POST /contacts/people/{PersonId:int}"] = new("/contacts/people/1", Staff),
        ["GET,POST /contacts/units/{UnitId:int}"] = new("/contacts/units/1", Staff),
        ["GET,POST /contacts/units/{UnitId:int}/report"] = new("/contacts/units/1/report", Staff),
        ["GET,POST /contacts/receptions"] = new("/contacts/receptions", Staff),
        ["GET,POST /contacts/secondments"] = new("/contacts/secondments", Staff),
        ["GET,POST /contacts/rules"] = new("/contacts/rules", OfficeOnly),
        ["GET,POST /contacts/receptions/print"] = new("/contacts/receptions/print", Staff),
        ["GET,POST /contacts/research"] = new("/contacts/research", Staff),
        ["GET,POST /contacts/research/print"] = new("/contacts/research/print", Staff),
        ["GET,POST /contacts/rural"] = new("/contacts/rural", Staff),
        ["GET,POST /contacts/rural/print"] = new("/contacts/rural/print", Staff),
        ["GET,POST /opinions"] = new("/opinions", Staff),
        ["GET,POST /rectification"] = new("/rectification", Staff),
        ["GET,POST /rectification/{ItemId:int}"] = new("/rectification/1", Staff),
        ["GET,POST /rectification/reopen-review"] = new("/rectification/reopen-review", OfficeOnly),
        ["GET,POST /commitments"] = new("/commitments", Staff),
        ["GET,POST /commitments/print"] = new("/commitments/print", Staff),
        ["GET,POST /commitments/three-checks"] = new("/commitments/three-checks", Staff),
        ["GET,POST /commitments/assessment"] = new("/commitments/assessment", Staff),
        ["GET,POST /commitments/assessment/print"] = new("/commitments/assessment/print", Staff),
        // 查摆问题、开展批评: every staff member reads the overview (a coordinator their own tree; the service filters).
        ["GET,POST /stage-two"] = new("/stage-two", Staff),
        ["GET,POST /stage-two/print"] = new("/stage-two/print", Staff),
        // A coordinator opens the unit page of their tree; the service refuses other units on the page.
        ["GET,POST /stage-two/units/{UnitId:int}"] = new("/stage-two/units/10", Staff),
        // 民主评议和返工补课: every staff member reads the list and a unit's page (a coordinator their own tree; the service filters).
        ["GET,POST /evaluations"] = new("/evaluations", Staff),
        ["GET,POST /evaluations/print"] = new("/evaluations/print", Staff),
        ["GET,POST /evaluations/units/{UnitId:int}"] = new("/evaluations/units/10", Staff),
        // 整改方案、建章立制、集中教育时间: every staff member reads (a coordinator their own tree; the services filter).
        ["GET,POST /rectification-plans"] = new("/rectification-plans", Staff),
        ["GET,POST /rectification-plans/print"] = new("/rectification-plans/print", Staff),
        // Plan 3 is 东山街道's, the demo coordinator's unit.
        ["GET,POST /rectification-plans/{Id:int}"] = new("/rectification-plans/3", Staff),
        ["GET,POST /rule-register"] = new("/rule-register", Staff),
        ["GET,POST /rule-register/print"] = new("/rule-register/print", Staff),
        ["GET,POST /education-periods"] = new("/education-periods", Staff),
        ["GET,POST /education-periods/print"] = new("/education-periods/print", Staff),
        // 双联动: every staff member reads the registers and the upper departments' opinions (a coordinator their own tree).
        ["GET,POST /linkage/upper-visits"] = new("/linkage/upper-visits", Staff),
        ["GET,POST /linkage/upper-opinions"] = new("/linkage/upper-opinions", Staff),
        ["GET,POST /linkage/grassroots"] = new("/linkage/grassroots", Staff),
        ["GET,POST /linkage/print"] = new("/linkage/print", Staff),
        ["GET,POST /evidence-archive"] = new("/evidence-archive", Staff),
        ["GET,POST /evidence-archive/print"] = new("/evidence-archive/print", Staff),
        // 群众监督: the office keeps the registers; a volunteer supervisor sees only their own desk.
        ["GET,POST /oversight/volunteers"] = new("/oversight/volunteers", OfficeOnly),
        ["GET,POST /oversight/channels"] = new("/oversight/channels", OfficeOnly),
        ["GET,POST /oversight/print"] = new("/oversight/print", OfficeOnly),
        ["GET,POST /volunteer"] = new("/volunteer", Volunteers),
        ["GET,POST /volunteer/print"] = new("/volunteer/print", Volunteers),
        ["GET,POST /briefings/news"] = new("/briefings/news", Staff),
        ["GET,POST /briefings"] = new("/briefings", Staff),
        ["GET,POST /briefings/print"] = new("/briefings/print", Staff),
        ["GET,POST /briefings/{BriefingId:int}/print"] = new("/briefings/1/print", Staff),
        ["GET,POST /satisfaction"] = new("/satisfaction", Staff),
        ["GET,POST /satisfaction/new"] = new("/satisfaction/new", OfficeOnly),
        ["GET,POST /satisfaction/{Id:int}"] = new("/satisfaction/2", Staff),
        ["GET,POST /satisfaction/{Id:int}/edit"] = new("/satisfaction/2/edit", OfficeOnly),
        ["GET,POST /satisfaction/{Id:int}/codes"] = new("/satisfaction/2/codes", OfficeOnly),
        ["GET,POST /satisfaction/{Id:int}/import"] = new("/satisfaction/2/import", OfficeOnly),
        ["GET,POST /supervision"] = new("/supervision", Supervisors),
        // A coordinator reads (and answers) the orders of any unit in their tree here; the service refuses others.
        ["GET,POST /supervision/units/{UnitId:int}"] = new("/supervision/units/10", Staff),
        ["GET,POST /supervision/my-orders"] = new("/supervision/my-orders", UnitEditors),
        ["GET,POST /supervision/actions"] = new("/supervision/actions", Supervisors),
        ["GET,POST /supervision/actions/print"] = new("/supervision/actions/print", Supervisors),
        // A coordinator answers the findings of any unit in their tree here; the office follows every open one.
        ["GET,POST /supervision/my-findings"] = new("/supervision/my-findings", UnitEditors),
        ["GET,POST /reports/campaigns/{CampaignId:int}"] = new("/reports/campaigns/1", Staff),
        ["GET,POST /reports/units/{UnitId:int}"] = new("/reports/units/10", Staff),
        ["GET,POST /wall"] = new("/wall", WallWatchers),
        ["GET,POST /admin/organisation"] = new("/admin/organisation", OfficeOnly),
        ["GET,POST /admin/organisation/import"] = new("/admin/organisation/import", AdminOnly),
        ["GET,POST /admin/people"] = new("/admin/people", OfficeOnly),
        ["GET,POST /admin/people/import"] = new("/admin/people/import", AdminOnly),
        ["GET,POST /admin/supervision-groups"] = new("/admin/supervision-groups", OfficeOnly),
        // Every signed-in account changes its own password, a volunteer supervisor's one-time password included.
        ["GET,POST /Account/ChangePassword"] = new("/Account/ChangePassword", [.. WallWatchers, Roles.Volunteer]),

        // JSON and file reads.
        ["GET /api/units/export"] = new("/api/units/export", Staff),
        ["GET /api/organisation/units.xlsx"] = new("/api/organisation/units.xlsx", OfficeOnly),
        ["GET /api/people/import-template.xlsx"] = new("/api/people/import-template.xlsx", AdminOnly),
        ["GET /api/accounts/handover/{token}"] = new("/api/accounts/handover/0123456789ABCDEF", AdminOnly, HttpStatusCode.NotFound),
        ["GET /api/admin/audit/export"] = new("/api/admin/audit/export", AdminOnly),
        ["GET /api/campaigns/{campaignId:int}/overview"] = new("/api/campaigns/1/overview", Staff),
        // The API contract and its reference page (Scalar, with its own script and icon): staff.
        ["GET /openapi/{documentName}.json"] = new("/openapi/v1.json", Staff),
        ["GET /api-docs/{documentName?}"] = new("/api-docs/v1", Staff),
        // The reference page's own script and icon are the Scalar library's static files: no data, served to anyone.
        ["GET /api-docs/scalar.js"] = Public("/api-docs/scalar.js"),
        ["GET /api-docs/scalar.aspnetcore.js"] = Public("/api-docs/scalar.aspnetcore.js"),
        ["GET /api-docs/favicon.svg"] = Public("/api-docs/favicon.svg"),
        ["GET /api/campaigns"] = new("/api/campaigns", WallWatchers),
        ["GET /api/campaign-templates"] = new("/api/campaign-templates", OfficeOnly),
        ["GET /api/campaign-templates/{templateKey}/draft"] = new("/api/campaign-templates/double-linkage/draft?year=2015", OfficeOnly),
        ["GET /api/campaigns/{campaignId:int}/setup"] = new("/api/campaigns/1/setup", OfficeOnly),
        ["GET /api/diagnostics/live"] = new("/api/diagnostics/live", AdminOnly),
        ["GET /api/diagnostics/memory"] = new("/api/diagnostics/memory", AdminOnly),
        ["GET /api/campaigns/{campaignId:int}/plans"] = new("/api/campaigns/1/plans", Staff),
        ["GET /api/campaigns/{campaignId:int}/units/{unitId:int}/plan"] = new("/api/campaigns/1/units/10/plan", Staff),
        ["GET /api/campaigns/{campaignId:int}/units/{unitId:int}/work-items"] = new("/api/campaigns/1/units/10/work-items", Staff),
        ["GET /api/campaigns/{campaignId:int}/units/{unitId:int}/work-items.xlsx"] = new("/api/campaigns/1/units/10/work-items.xlsx", Staff),
        ["GET /api/campaigns/{campaignId:int}/work-items.xlsx"] = new("/api/campaigns/1/work-items.xlsx", Overseers),
        ["GET /api/work-items/{workItemId:int}/evidence/{evidenceId:int}"] = new("/api/work-items/999999/evidence/999999", Staff, HttpStatusCode.NotFound),
        ["GET /api/contacts/office"] = new("/api/contacts/office", Staff),
        ["GET /api/contacts/people/{personId:int}"] = new("/api/contacts/people/1", Staff),
        ["GET /api/contacts/units/{unitId:int}/report.xlsx"] = new("/api/contacts/units/1/report.xlsx", Staff),
        ["GET /api/contacts/evidence/{evidenceId:int}"] = new("/api/contacts/evidence/999999", Staff, HttpStatusCode.NotFound),
        ["GET /api/contacts/wall"] = new("/api/contacts/wall", WallWatchers),
        ["GET /api/contacts/receptions/cases.xlsx"] = new("/api/contacts/receptions/cases.xlsx", Staff),
        ["GET /api/contacts/research"] = new("/api/contacts/research", Staff),
        ["GET /api/contacts/research.xlsx"] = new("/api/contacts/research.xlsx", Staff),
        ["GET /api/contacts/rural"] = new("/api/contacts/rural", Staff),
        ["GET /api/contacts/rural.xlsx"] = new("/api/contacts/rural.xlsx", Staff),
        ["GET /api/rectification/{id:int}"] = new("/api/rectification/1", Staff),
        ["GET /api/rectification/{id:int}/evidence/{evidenceId:int}"] = new("/api/rectification/999999/evidence/999999", Staff, HttpStatusCode.NotFound),
        ["GET /api/supervision/orders/{orderId:int}/evidence/{evidenceId:int}"] = new("/api/supervision/orders/999999/evidence/999999", Staff, HttpStatusCode.NotFound),
        ["GET /api/supervision/actions"] = new("/api/supervision/actions?campaignId=1", Supervisors),
        ["GET /api/supervision/actions/{actionId:int}"] = new("/api/supervision/actions/999999", Staff, HttpStatusCode.NotFound),
        ["GET /api/supervision/actions/export"] = new("/api/supervision/actions/export?campaignId=1", Supervisors),
        ["GET /api/supervision/findings/export"] = new("/api/supervision/findings/export?campaignId=1", Supervisors),
        ["GET /api/rectification/stats"] = new("/api/rectification/stats?campaignId=1", WallWatchers),
        ["GET /api/rectification/export"] = new("/api/rectification/export?campaignId=1", Staff),
        ["GET /api/opinions/export"] = new("/api/opinions/export?campaignId=1", Staff),
        ["GET /api/commitments/export"] = new("/api/commitments/export?campaignId=1", Staff),
        ["GET /api/commitments/three-checks"] = new("/api/commitments/three-checks?campaignId=1", WallWatchers),
        ["GET /api/commitments/assessment"] = new("/api/commitments/assessment?campaignId=1", Staff),
        ["GET /api/commitments/assessment/export"] = new("/api/commitments/assessment/export?campaignId=1", Staff),
        ["POST /api/commitments/{id:int}/peer-review"] = Mutation("POST", "/api/commitments/999999/peer-review", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/commitments/{id:int}/organisation-review"] = Mutation("POST", "/api/commitments/999999/organisation-review", UnitEditors, HttpStatusCode.NotFound),
        ["GET /api/campaigns/{campaignId:int}/satisfaction"] = new("/api/campaigns/1/satisfaction", [Roles.Leader, Roles.Office, Roles.Supervisor, Roles.Admin, Roles.Display]),
        ["GET /api/surveys/{surveyId:int}/results"] = new("/api/surveys/2/results", Overseers),
        ["GET /api/surveys/{surveyId:int}/results/export"] = new("/api/surveys/2/results/export", Overseers),
        ["GET /api/surveys/{surveyId:int}/units/{unitId:int}/rate"] = new("/api/surveys/1/units/10/rate", Staff),
        ["GET /api/surveys/{surveyId:int}/paper-template"] = new("/api/surveys/2/paper-template", OfficeOnly),
        ["GET /api/campaigns/{campaignId:int}/report.xlsx"] = new("/api/campaigns/1/report.xlsx", Staff),
        ["GET /api/wall"] = new("/api/wall", WallWatchers),
        ["GET /api/campaigns/{campaignId:int}/stage-two"] = new("/api/campaigns/1/stage-two", Staff),
        ["GET /api/campaigns/{campaignId:int}/stage-two/export"] = new("/api/campaigns/1/stage-two/export", Staff),
        ["GET /api/campaigns/{campaignId:int}/stage-two/units/{unitId:int}"] = new("/api/campaigns/1/stage-two/units/10", Staff),
        ["GET /api/campaigns/{campaignId:int}/evaluations"] = new("/api/campaigns/1/evaluations", Staff),
        ["GET /api/campaigns/{campaignId:int}/evaluations/export"] = new("/api/campaigns/1/evaluations/export", Staff),
        ["GET /api/campaigns/{campaignId:int}/evaluations/units/{unitId:int}"] = new("/api/campaigns/1/evaluations/units/10", Staff),
        ["GET /api/campaigns/{campaignId:int}/rectification-plans"] = new("/api/campaigns/1/rectification-plans", Staff),
        ["GET /api/campaigns/{campaignId:int}/rectification-plans/export"] = new("/api/campaigns/1/rectification-plans/export", Staff),
        ["GET /api/rectification-plans/{planId:int}"] = new("/api/rectification-plans/3", Staff),
        ["GET /api/campaigns/{campaignId:int}/rules"] = new("/api/campaigns/1/rules", Staff),
        ["GET /api/campaigns/{campaignId:int}/rules/export"] = new("/api/campaigns/1/rules/export", Staff),
        ["GET /api/campaigns/{campaignId:int}/education-periods"] = new("/api/campaigns/1/education-periods", Staff),
        ["GET /api/campaigns/{campaignId:int}/education-periods/export"] = new("/api/campaigns/1/education-periods/export", Staff),
        ["GET /api/campaigns/{campaignId:int}/oversight/volunteers"] = new("/api/campaigns/1/oversight/volunteers", OfficeOnly),
        ["GET /api/campaigns/{campaignId:int}/oversight/volunteers/export"] = new("/api/campaigns/1/oversight/volunteers/export", OfficeOnly),
        ["GET /api/oversight/channel-schedules"] = new("/api/oversight/channel-schedules", OfficeOnly),
        ["GET /api/oversight/channel-schedules/export"] = new("/api/oversight/channel-schedules/export", OfficeOnly),
        ["GET /api/volunteer/desk"] = new("/api/volunteer/desk", Volunteers),
        ["GET /api/volunteer/observations/export"] = new("/api/volunteer/observations/export", Volunteers),
        ["GET /api/campaigns/{campaignId:int}/linkage/upper-visits"] = new("/api/campaigns/1/linkage/upper-visits", Staff),
        ["GET /api/campaigns/{campaignId:int}/linkage/upper-visits/export"] = new("/api/campaigns/1/linkage/upper-visits/export", Staff),
        ["GET /api/campaigns/{campaignId:int}/linkage/grassroots"] = new("/api/campaigns/1/linkage/grassroots", Staff),
        ["GET /api/campaigns/{campaignId:int}/linkage/grassroots/export"] = new("/api/campaigns/1/linkage/grassroots/export", Staff),
        ["GET /api/campaigns/{campaignId:int}/linkage/upper-opinions"] = new("/api/campaigns/1/linkage/upper-opinions", Staff),
        ["GET /api/campaigns/{campaignId:int}/linkage/upper-opinions/export"] = new("/api/campaigns/1/linkage/upper-opinions/export", Staff),
        ["GET /api/campaigns/{campaignId:int}/evidence-archive"] = new("/api/campaigns/1/evidence-archive", Staff),
        ["GET /api/campaigns/{campaignId:int}/evidence-archive/units/{unitId:int}"] = new("/api/campaigns/1/evidence-archive/units/999999", Staff, HttpStatusCode.NotFound),
        ["GET /api/campaigns/{campaignId:int}/evidence-archive/units/{unitId:int}/export"] = new("/api/campaigns/1/evidence-archive/units/999999/export", Staff, HttpStatusCode.NotFound),
        ["GET /api/campaigns/{campaignId:int}/evidence-archive/units/{unitId:int}/download"] = new("/api/campaigns/1/evidence-archive/units/999999/download", Staff, HttpStatusCode.NotFound),
        ["GET /api/campaigns/{campaignId:int}/news"] = new("/api/campaigns/1/news", Staff),
        ["GET /api/campaigns/{campaignId:int}/news/export"] = new("/api/campaigns/1/news/export", Staff),
        ["GET /api/news/{newsItemId:int}/evidence/{evidenceId:int}"] = new("/api/news/999999/evidence/999999", Staff, HttpStatusCode.NotFound),
        ["GET /api/campaigns/{campaignId:int}/briefings"] = new("/api/campaigns/1/briefings", Staff),
        ["GET /api/campaigns/{campaignId:int}/briefings/export"] = new("/api/campaigns/1/briefings/export", Staff),
        ["GET /api/briefings/{briefingId:int}"] = new("/api/briefings/999999", Staff, HttpStatusCode.NotFound),
        ["GET /api/briefings/{briefingId:int}/docx"] = new("/api/briefings/999999/docx", Staff, HttpStatusCode.NotFound),

        // Writes: tried on records that do not exist, so an allowed caller gets 400/404 and nothing changes.
        ["PUT /api/campaigns/{campaignId:int}/units/{unitId:int}/plan"] = Mutation("PUT", "/api/campaigns/999999/units/10/plan", UnitEditors, HttpStatusCode.BadRequest),
        ["POST /api/campaigns/{campaignId:int}/units/{unitId:int}/plan/submit"] = Mutation("POST", "/api/campaigns/999999/units/10/plan/submit", UnitEditors, HttpStatusCode.BadRequest),
        ["POST /api/supervision/actions"] = Mutation("POST", "/api/supervision/actions?campaignId=999999", Supervisors, HttpStatusCode.NotFound),
        ["POST /api/supervision/actions/{actionId:int}/findings/{number:int}/respond"] = Mutation("POST", "/api/supervision/actions/999999/findings/1/respond", Staff, HttpStatusCode.NotFound),
        ["POST /api/supervision/actions/{actionId:int}/findings/{number:int}/close"] = Mutation("POST", "/api/supervision/actions/999999/findings/1/close", Staff, HttpStatusCode.NotFound),
        ["POST /api/supervision/actions/{actionId:int}/findings/{number:int}/return"] = Mutation("POST", "/api/supervision/actions/999999/findings/1/return", Staff, HttpStatusCode.NotFound),
        ["POST /api/plans/{planId:int}/approve"] = Mutation("POST", "/api/plans/999999/approve", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/plans/{planId:int}/return"] = Mutation("POST", "/api/plans/999999/return", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/units/{unitId:int}/work-items"] = Mutation("POST", "/api/campaigns/999999/units/10/work-items", UnitEditors, HttpStatusCode.NotFound),
        ["PUT /api/work-items/{workItemId:int}"] = Mutation("PUT", "/api/work-items/999999", UnitEditors, HttpStatusCode.BadRequest),
        ["DELETE /api/work-items/{workItemId:int}"] = Mutation("DELETE", "/api/work-items/999999?version=1", UnitEditors, HttpStatusCode.NotFound, string.Empty),
        ["POST /api/milestones/{milestoneId:int}/units/{unitId:int}/met"] = Mutation("POST", "/api/milestones/999999/units/10/met", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/opinions/{id:int}/claim"] = Mutation("POST", "/api/opinions/999999/claim", UnitEditors, HttpStatusCode.NotFound),
        ["PUT /api/rectification/{id:int}"] = Mutation("PUT", "/api/rectification/999999?expectedVersion=1", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/rectification/{id:int}/start"] = Mutation("POST", "/api/rectification/999999/start", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/rectification/{id:int}/progress"] = Mutation("POST", "/api/rectification/999999/progress", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/campaigns"] = Mutation("POST", "/api/campaigns", OfficeOnly, HttpStatusCode.BadRequest),
        ["POST /api/campaign-templates/{templateKey}/campaigns"] = Mutation("POST", "/api/campaign-templates/no-such-template/campaigns", OfficeOnly, HttpStatusCode.NotFound),
        ["PUT /api/campaigns/{campaignId:int}/setup"] = Mutation("PUT", "/api/campaigns/999999/setup", OfficeOnly, HttpStatusCode.BadRequest),
        ["POST /api/campaigns/{campaignId:int}/archive"] = Mutation("POST", "/api/campaigns/999999/archive", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/copy"] = Mutation("POST", "/api/campaigns/999999/copy", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/contacts/activities"] = Mutation("POST", "/api/contacts/activities", Staff, HttpStatusCode.BadRequest),
        ["POST /api/contacts/receptions/cases/{caseId:int}/reply"] = Mutation("POST", "/api/contacts/receptions/cases/999999/reply", Staff, HttpStatusCode.NotFound, """{"text":"答复","version":1}"""),
        ["POST /api/contacts/receptions/cases/{caseId:int}/sign"] = Mutation("POST", "/api/contacts/receptions/cases/999999/sign", Staff, HttpStatusCode.NotFound, """{"text":"同意","version":1}"""),
        ["POST /api/contacts/research/plans"] = Mutation("POST", "/api/contacts/research/plans", Staff, HttpStatusCode.NotFound, """{"personId":999999,"year":2014,"topics":["课题"]}"""),
        ["POST /api/contacts/rural/points"] = Mutation("POST", "/api/contacts/rural/points", Staff, HttpStatusCode.NotFound, """{"unitId":999999,"year":2014,"villageName":"新建村"}"""),
        ["POST /api/contacts/rural/points/{pointId:int}/contributions"] = Mutation("POST", "/api/contacts/rural/points/999999/contributions", Staff, HttpStatusCode.NotFound, """{"kind":"Computers","date":"2014-04-01","computerCount":1,"version":1}"""),
        ["POST /api/contacts/rural/sends"] = Mutation("POST", "/api/contacts/rural/sends", Staff, HttpStatusCode.NotFound, """{"unitId":999999,"senderPersonId":1,"kind":"Policy","recipientKind":"Family","recipientName":"王家","sentOn":"2014-04-01","content":"政策"}"""),
        ["POST /api/contacts/rural/pairings"] = Mutation("POST", "/api/contacts/rural/pairings", Staff, HttpStatusCode.NotFound, """{"officeUnitId":999999,"officeOrganisationName":"机关党支部","ruralOrganisationName":"村党支部","ruralKind":"NewCountrysidePoint","startedOn":"2014-04-01"}"""),
        ["POST /api/contacts/rural/pairings/{pairingId:int}/activities"] = Mutation("POST", "/api/contacts/rural/pairings/999999/activities", Staff, HttpStatusCode.NotFound, """{"heldOn":"2014-04-01","content":"共建","version":1}"""),
        ["POST /api/contacts/rural/pairings/{pairingId:int}/end"] = Mutation("POST", "/api/contacts/rural/pairings/999999/end", Staff, HttpStatusCode.NotFound, """{"endedOn":"2014-04-01","version":1}"""),
        ["POST /api/contacts/research/plans/{planId:int}/reports"] = Mutation("POST", "/api/contacts/research/plans/999999/reports", Staff, HttpStatusCode.NotFound, """{"topicId":1,"title":"报告","summary":"建议","filedOn":"2014-04-01","version":1}"""),
        ["POST /api/contacts/receptions/cases/{caseId:int}/settle"] = Mutation("POST", "/api/contacts/receptions/cases/999999/settle", Staff, HttpStatusCode.NotFound),
        ["POST /api/stage-two/materials/{materialId:int}/submit"] = Mutation("POST", "/api/stage-two/materials/999999/submit", UnitEditors, HttpStatusCode.BadRequest),
        ["POST /api/stage-two/materials/{materialId:int}/comments"] = Mutation("POST", "/api/stage-two/materials/999999/comments", Staff, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/evaluations/units/{unitId:int}"] = Mutation("POST", "/api/campaigns/999999/evaluations/units/10", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/evaluations/{evaluationId:int}/ballots"] = Mutation("POST", "/api/evaluations/999999/ballots", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/evaluations/{evaluationId:int}/close"] = Mutation("POST", "/api/evaluations/999999/close", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/redos/{redoId:int}/report"] = Mutation("POST", "/api/redos/999999/report", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/redos/{redoId:int}/accept"] = Mutation("POST", "/api/redos/999999/accept", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/evaluations/units/{unitId:int}/leader-records"] = Mutation("POST", "/api/campaigns/999999/evaluations/units/10/leader-records", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/evaluations/units/{unitId:int}/comments"] = Mutation("POST", "/api/campaigns/999999/evaluations/units/10/comments", Staff, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/rectification-plans"] = Mutation("POST", "/api/campaigns/999999/rectification-plans", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/rectification-plans/{planId:int}/items"] = Mutation("POST", "/api/rectification-plans/999999/items", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/rectification-plans/{planId:int}/links"] = Mutation("POST", "/api/rectification-plans/999999/links", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/rectification-plans/{planId:int}/comments"] = Mutation("POST", "/api/rectification-plans/999999/comments", Staff, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/rules"] = Mutation("POST", "/api/campaigns/999999/rules", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/rules/{ruleId:int}/in-force"] = Mutation("POST", "/api/rules/999999/in-force", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/rules/{ruleId:int}/comments"] = Mutation("POST", "/api/rules/999999/comments", Staff, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/units/{unitId:int}/education-period/comments"] = Mutation("POST", "/api/campaigns/999999/units/10/education-period/comments", Staff, HttpStatusCode.NotFound),
        ["PUT /api/campaigns/{campaignId:int}/units/{unitId:int}/education-period"] = Mutation("PUT", "/api/campaigns/999999/units/10/education-period", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/linkage/upper-visits"] = Mutation("POST", "/api/campaigns/999999/linkage/upper-visits", UnitEditors, HttpStatusCode.BadRequest),
        ["PUT /api/linkage/upper-visits/{visitId:int}"] = Mutation("PUT", "/api/linkage/upper-visits/999999", UnitEditors, HttpStatusCode.BadRequest),
        ["POST /api/campaigns/{campaignId:int}/linkage/grassroots"] = Mutation("POST", "/api/campaigns/999999/linkage/grassroots", UnitEditors, HttpStatusCode.BadRequest),
        ["POST /api/campaigns/{campaignId:int}/linkage/upper-opinions"] = Mutation("POST", "/api/campaigns/999999/linkage/upper-opinions", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/linkage/upper-opinions/{opinionId:int}/forward"] = Mutation("POST", "/api/linkage/upper-opinions/999999/forward", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/linkage/upper-opinions/{opinionId:int}/answer"] = Mutation("POST", "/api/linkage/upper-opinions/999999/answer", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/linkage/upper-opinions/{opinionId:int}/return"] = Mutation("POST", "/api/linkage/upper-opinions/999999/return", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/oversight/volunteers"] = Mutation("POST", "/api/campaigns/999999/oversight/volunteers", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/oversight/volunteers/{volunteerId:int}/end"] = Mutation("POST", "/api/oversight/volunteers/999999/end", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/oversight/channel-schedules"] = Mutation("POST", "/api/oversight/channel-schedules", OfficeOnly, HttpStatusCode.BadRequest),
        ["POST /api/volunteer/observations"] = Mutation("POST", "/api/volunteer/observations", Volunteers, HttpStatusCode.BadRequest),
        ["POST /api/linkage/upper-opinions/{opinionId:int}/close"] = Mutation("POST", "/api/linkage/upper-opinions/999999/close", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/news"] = Mutation("POST", "/api/campaigns/999999/news", UnitEditors, HttpStatusCode.BadRequest),
        ["PUT /api/news/{newsItemId:int}"] = Mutation("PUT", "/api/news/999999", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/news/{newsItemId:int}/submit"] = Mutation("POST", "/api/news/999999/submit", UnitEditors, HttpStatusCode.NotFound),
        ["POST /api/news/{newsItemId:int}/return"] = Mutation("POST", "/api/news/999999/return", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/news/{newsItemId:int}/select"] = Mutation("POST", "/api/news/999999/select", OfficeOnly, HttpStatusCode.NotFound),
        ["POST /api/campaigns/{campaignId:int}/briefings"] = Mutation("POST", "/api/campaigns/999999/briefings", OfficeOnly, HttpStatusCode.BadRequest),
        ["PUT /api/briefings/{briefingId:int}"] = Mutation("PUT", "/api/briefings/999999", OfficeOnly, HttpStatusCode.BadRequest),
        ["POST /api/briefings/{briefingId:int}/issue"] = Mutation("POST", "/api/briefings/999999/issue", OfficeOnly, HttpStatusCode.NotFound),
    };

    private static string KeyOf(RouteEndpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} {endpoint.RoutePattern.RawText}";

    private IReadOnlyList<string> MappedRoutes()
    {
        _ = clients.Factory.CreateClient(); // starts the app
        return clients.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(KeyOf).Distinct().OrderBy(k => k, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Every_mapped_route_has_an_explicit_rule()
    {
        var mapped = MappedRoutes();

        var withoutRule = mapped.Where(m => !Rules.ContainsKey(m)).ToList();
        var withoutRoute = Rules.Keys.Where(r => !mapped.Contains(r)).ToList(); // no rule outlives its route
        Assert.True(withoutRule.Count == 0, "routes without a rule:\n" + string.Join("\n", withoutRule));
        Assert.True(withoutRoute.Count == 0, "rules without a route:\n" + string.Join("\n", withoutRoute));
    }

    private const string Anonymous = "anonymous";

    /// <summary>Every route with a rule × every account and anonymous: one case each, so a failure names both.</summary>
    public static TheoryData<string, string> RuleKeysAndCallers()
    {
        var data = new TheoryData<string, string>();
        foreach (var (key, rule) in Rules)
        {
            if (rule.Framework)
            {
                continue;
            }

            foreach (var account in Everyone)
            {
                data.Add(key, account ?? Anonymous);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleKeysAndCallers))]
    public async Task Each_role_and_anonymous_get_exactly_what_the_routes_rule_says(string key, string caller)
    {
        var rule = Rules[key];
        var account = caller == Anonymous ? null : caller;

        var response = await SendAsync(await clients.ForAsync(account), rule);

        var expected = Expected(rule, account);
        Assert.True(expected.Matches(response.StatusCode, response.Headers.Location?.ToString()), $"{key} ({rule.Method} {rule.Url}) as {caller}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Rule rule)
    {
        using var request = new HttpRequestMessage(new HttpMethod(rule.Method), rule.Url);
        if (rule.Body is not null)
        {
            request.Content = new StringContent(rule.Body, Encoding.UTF8, rule.ContentType);
        }

        return await client.SendAsync(request);
    }

    private sealed record Expectation(HttpStatusCode Status, string? LocationContains)
    {
        public bool Matches(HttpStatusCode status, string? location) =>
            status == Status && (LocationContains is null || (location?.Contains(LocationContains, StringComparison.Ordinal) ?? false));

        public override string ToString() => $"{(int)Status}{(LocationContains is null ? string.Empty : " → " + LocationContains)}";
    }

    private static Expectation Expected(Rule rule, string? account)
    {
        if (rule.IsPublic)
        {
            return new(rule.AllowedStatus, null);
        }

        // Machine routes answer with status codes; pages (the API reference page /api-docs included) redirect.
        var isPage = !rule.Url.StartsWith("/api/", StringComparison.Ordinal) && !rule.Url.StartsWith("/hubs", StringComparison.Ordinal) && !rule.Url.StartsWith("/openapi/", StringComparison.Ordinal);
        if (account is null)
        {
            return isPage ? new(HttpStatusCode.Redirect, "/Account/Login") : new(HttpStatusCode.Unauthorized, null);
        }

        if (rule.Allowed!.Contains(Accounts.RoleOf[account]))
        {
            return new(rule.AllowedStatus, null);
        }

        return isPage ? new(HttpStatusCode.Redirect, "/Account/AccessDenied") : new(HttpStatusCode.Forbidden, null);
    }
}
