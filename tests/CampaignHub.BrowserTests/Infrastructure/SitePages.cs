using Microsoft.Playwright;

namespace CampaignHub.BrowserTests.Infrastructure;

/// <summary>
/// Every page a person can reach: each role's own navigation (plus the wall's modes for the roles that see the
/// wall) and the public pages. The smoke suite and the accessibility suite walk the same list.
/// </summary>
public static class SitePages
{
    public static readonly string[] WallModes = ["wall", "wall?kiosk=1", "wall?theme=dark"];

    public static readonly string[] PublicPages = ["public", "public/briefings", "public/briefings?id=2", "opinions/new", "supervision-mailbox", "opinions/receipt", "reception", "channels", "s/NO-SUCH-CODE"];

    /// <summary>Pages reached from a list rather than the navigation, opened by every staff role (unit 10 is 东山街道, the demo coordinator's).</summary>
    public static readonly string[] StaffDetailPages =
    [
        "stage-two/units/10?campaign=1", "stage-two/print?campaign=1",
        "evaluations/units/10?campaign=1", "evaluations/print?campaign=1",
        "rectification-plans/3", "rectification-plans/print?campaign=1", "rule-register/print?campaign=1", "education-periods/print?campaign=1",
        "commitments/assessment/print?kind=AdHoc",
        "linkage/print?list=upper-visits&campaign=1", "linkage/print?list=upper-opinions&campaign=1", "linkage/print?list=grassroots&campaign=1",
        "evidence-archive?campaign=1&unitId=10", "evidence-archive/print?campaign=1&unitId=10",
        "briefings/print?list=news&campaign=1", "briefings/print?list=briefings&campaign=1", "briefings/1/print", "briefings/2/print",
        "contacts/receptions/print", "contacts/research/print?year=2014", "contacts/rural/print?year=2014",
    ];

    public static TheoryData<string> Roles => new() { "leader", "office", "unit", "supervisor", "admin", "wall", "volunteer" };

    /// <summary>The pages a signed-in role reaches: its navigation, and the wall in each mode where it may see the wall.</summary>
    public static async Task<List<string>> ForRoleAsync(IPage page, string role)
    {
        var paths = await NavigationPathsAsync(page);
        if (role is "leader" or "office" or "admin" or "wall")
        {
            paths.AddRange(WallModes);
        }

        // Print pages are reached from their list's 打印 button, not the navigation.
        if (role is "office" or "supervisor" or "admin")
        {
            paths.Add("supervision/actions/print");
        }

        if (role is not ("wall" or "volunteer"))
        {
            paths.AddRange(StaffDetailPages);
        }

        // 群众监督's print pages: the office's registers, and a volunteer supervisor's own observations.
        if (role is "office" or "admin")
        {
            paths.AddRange(["oversight/print?list=volunteers&campaign=1", "oversight/print?list=channels"]);
        }

        if (role is "volunteer")
        {
            paths.Add("volunteer/print");
        }

        // A unit's supervision history (flags, orders, supervision actions), reached from the supervision lists.
        if (role is "leader" or "office" or "unit" or "supervisor")
        {
            paths.Add("supervision/units/10?campaign=1");
        }

        // The demo's unit in 返工补课 (8 is 区政务服务中心), opened by those who read every unit.
        if (role is "leader" or "office" or "supervisor" or "admin")
        {
            paths.Add("evaluations/units/8?campaign=1");
        }

        return paths.Distinct().ToList();
    }

    public static async Task<List<string>> NavigationPathsAsync(IPage page)
    {
        var hrefs = await page.Locator("nav a[href], .mud-navmenu a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.Where(h => !h.StartsWith("http", StringComparison.Ordinal) && !h.StartsWith('#')).Select(h => h.TrimStart('/')).Distinct().ToList();
    }

    /// <summary>
    /// Opens a page and waits until it shows what it loaded: the circuit up where the page is interactive, then a
    /// moment for the live data to render. Null when the server did not answer.
    /// </summary>
    public static async Task<IResponse?> OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        if (response is null || response.Status >= 400 || page.Url.Contains("/Account/", StringComparison.Ordinal))
        {
            return response;
        }

        if (!path.StartsWith("s/", StringComparison.Ordinal) && await page.Locator("[data-interactive=true]").CountAsync() == 0 && await page.Locator(".ch-layout, .ch-wall-layout, [data-testid=wall]").CountAsync() > 0)
        {
            await BrowserFixture.WaitForInteractiveAsync(page);
        }

        // Give the live circuit a moment to load its data and render what it found.
        await page.WaitForTimeoutAsync(400);
        return response;
    }
}
