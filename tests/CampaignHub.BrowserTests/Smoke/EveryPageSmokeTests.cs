using System.Text.RegularExpressions;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CampaignHub.BrowserTests.Smoke;

/// <summary>
/// Every role signs in and opens every page of its own navigation, the wall in each of its modes, and every
/// public page (desktop and a 390 px phone). Any response of 400 or more, the error banner, an access refusal,
/// or English exception text fails the test, naming the role and page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EveryPageSmokeTests(BrowserFixture browser)
{
    public static TheoryData<string> Roles => SitePages.Roles;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_in_the_roles_navigation_opens_without_an_error(string role)
    {
        var page = await browser.SignInAsync(role);
        var problems = Watch(page);
        var paths = await SitePages.ForRoleAsync(page, role);
        if (role != "wall")
        {
            Assert.True(paths.Count >= 3, $"{role} has only {paths.Count} pages in the navigation");
        }

        foreach (var path in paths)
        {
            await OpenAndCheckAsync(page, path, role, problems);
        }

        await BrowserFixture.ScreenshotAsync(page, $"smoke-{role}-last");
        Assert.True(problems.Count == 0, $"{role}: " + string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task Every_public_page_opens_without_an_error_and_fits_the_screen(int width, int height)
    {
        var context = await browser.NewContextAsync(width, height, isMobile: width < 600);
        var page = await context.NewPageAsync();
        var problems = Watch(page);
        foreach (var path in SitePages.PublicPages)
        {
            await OpenAndCheckAsync(page, path, $"public@{width}", problems);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            if (overflow > 1)
            {
                problems.Add($"{path}: {overflow} px of horizontal overflow at {width} px");
            }

            await BrowserFixture.ScreenshotAsync(page, $"smoke-public-{width}-{path.Replace('/', '-').Replace('?', '-')}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await context.CloseAsync();
    }

    private static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (problems)
                {
                    problems.Add($"{response.Status} {response.Url}");
                }
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (problems)
                {
                    problems.Add($"console error on {page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add($"script error on {page.Url}: {error}");
            }
        };
        return problems;
    }

    private static async Task OpenAndCheckAsync(IPage page, string path, string who, List<string> problems)
    {
        var response = await SitePages.OpenAsync(page, path);
        if (response is null || response.Status >= 400)
        {
            problems.Add($"{path}: HTTP {response?.Status}");
            return;
        }

        if (page.Url.Contains("/Account/", StringComparison.Ordinal))
        {
            problems.Add($"{path}: sent to {page.Url}");
            return;
        }

        var text = await page.Locator("body").InnerTextAsync();
        if (await page.Locator("#blazor-error-ui").IsVisibleAsync())
        {
            problems.Add($"{path}: the error banner is showing");
        }

        foreach (var refusal in new[] { "您没有访问此页面的权限", "页面不存在", "AccessDenied" })
        {
            if (text.Contains(refusal, StringComparison.Ordinal))
            {
                problems.Add($"{path}: shows “{refusal}” to {who}");
            }
        }

        if (EnglishException().Match(text) is { Success: true } match)
        {
            problems.Add($"{path}: English exception text “{match.Value}”");
        }
    }

    [GeneratedRegex(@"\b\w*Exception\b|Stack ?trace|An unhandled error|Object reference not set|   at [A-Z][\w.]+\(|\bnull reference\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishException();
}
