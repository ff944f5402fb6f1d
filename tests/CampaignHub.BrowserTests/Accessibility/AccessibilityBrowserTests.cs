using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CampaignHub.BrowserTests.Accessibility;

/// <summary>
/// axe-core with the WCAG 2.1 A/AA rules on every page the smoke suite opens: each role's navigation and the
/// wall's modes, and every public page on a 390 px phone and a desktop. No serious or critical finding may remain.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    public static TheoryData<string> Roles => SitePages.Roles;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_in_the_roles_navigation_has_no_serious_or_critical_WCAG_violation(string role)
    {
        var page = await browser.SignInAsync(role);
        var paths = await SitePages.ForRoleAsync(page, role);
        var findings = new List<AxeFinding>();
        foreach (var path in paths)
        {
            await SitePages.OpenAsync(page, path);
            findings.AddRange(await AxeAudit.BlockingFindingsAsync(page, $"{role} /{path}"));
        }

        output.WriteLine(AxeAudit.Summarise($"staff-{role}", findings, paths.Count));
        await page.Context.CloseAsync();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1440, 900)]
    public async Task Every_public_page_has_no_serious_or_critical_WCAG_violation(int width, int height)
    {
        var code = await SurveyCodes.UnusedAsync(browser, "东山街道");
        string[] paths = [.. SitePages.PublicPages, $"s/{code}"];
        var context = await browser.NewContextAsync(width, height, isMobile: width < 600);
        var page = await context.NewPageAsync();
        var findings = new List<AxeFinding>();
        foreach (var path in paths)
        {
            await SitePages.OpenAsync(page, path);
            if (path.StartsWith("s/", StringComparison.Ordinal))
            {
                await BrowserFixture.WaitForInteractiveAsync(page);
            }

            findings.AddRange(await AxeAudit.BlockingFindingsAsync(page, $"public@{width} /{path}"));
        }

        output.WriteLine(AxeAudit.Summarise($"public-{width}", findings, paths.Length));
        await context.CloseAsync();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
