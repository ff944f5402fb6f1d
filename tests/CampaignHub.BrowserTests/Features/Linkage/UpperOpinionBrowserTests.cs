using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Linkage;

[Collection(BrowserCollection.Name)]
public sealed class UpperOpinionBrowserTests(BrowserFixture browser)
{
    private const string Content = "市城管局意见：东山街道上坊菜场周边夜间占道经营反复，请拿出长效管理办法";
    private const string Feedback = "已划定夜市疏导点，城管中队和社区每晚联合巡查，5月起纳入街道考核";

    [Fact]
    public async Task An_opinion_from_an_upper_department_goes_through_the_offices_forwarding_to_the_units_answer_live()
    {
        // Both have the list of upper departments' opinions open before anything happens.
        var office = await browser.SignInAsync("office", "linkage/upper-opinions");
        var unit = await browser.SignInAsync("unit", "linkage/upper-opinions");
        await Expect(office.Locator("[data-testid=upper-receive]")).ToBeVisibleAsync();
        await Expect(unit.Locator("[data-testid=upper-receive]")).ToHaveCountAsync(0);
        var officeRow = office.Locator("tr[data-testid=upper-opinion-row]", new() { HasText = Content });
        var unitRow = unit.Locator("tr[data-testid=upper-opinion-row]", new() { HasText = Content });
        await Expect(unitRow).ToHaveCountAsync(0);

        // The office records the opinion the city department sent it …
        await office.Locator("[data-testid=upper-receive]").ClickAsync();
        await office.Locator("input[data-testid=receive-department]").FillAsync("南京市城市管理局");
        await MudSelects.PickAsync(office, "[data-testid=receive-category]", "社会治安");
        await office.Locator("textarea[data-testid=receive-content]").FillAsync(Content);
        await office.Locator("[data-testid=receive-save]").ClickAsync();
        await Expect(officeRow.Locator("[data-testid=upper-opinion-state]")).ToContainTextAsync("待转交", new() { Timeout = 5000 });

        // … and forwards it to 东山街道 with a feedback deadline.
        await officeRow.Locator("[data-testid=upper-forward]").ClickAsync();
        await MudSelects.PickAsync(office, "[data-testid=forward-unit]", "东山街道");
        await office.Locator("input[data-testid=forward-leaders]").FillAsync("副区长 李明");
        await BrowserFixture.ScreenshotAsync(office, "linkage-forward-dialog");
        await office.Locator("[data-testid=forward-save]").ClickAsync();
        await Expect(officeRow.Locator("[data-testid=upper-opinion-state]")).ToContainTextAsync("已转交（待反馈）", new() { Timeout = 5000 });
        await Expect(officeRow.Locator("[data-testid=upper-answer]")).ToHaveCountAsync(0);

        // The unit's coordinator sees it arrive without reloading and answers it.
        await Expect(unitRow).ToHaveCountAsync(1, new() { Timeout = 5000 });
        await Expect(unitRow).ToContainTextAsync("相关区领导：副区长 李明");
        await BrowserFixture.ScreenshotAsync(unit, "linkage-unit-receives");
        await unitRow.Locator("[data-testid=upper-answer]").ClickAsync();
        await unit.Locator("[data-testid=prompt-text]").FillAsync(Feedback);
        await unit.Locator("[data-testid=prompt-ok]").ClickAsync();
        await Expect(unitRow.Locator("[data-testid=upper-opinion-state]")).ToContainTextAsync("已反馈", new() { Timeout = 5000 });

        // The answer appears live on the office's screen, which may now accept it.
        await Expect(officeRow.Locator("[data-testid=upper-opinion-answer]")).ToContainTextAsync(Feedback, new() { Timeout = 5000 });
        await Expect(officeRow.Locator("[data-testid=upper-opinion-state]")).ToContainTextAsync("已反馈");
        await Expect(officeRow.Locator("[data-testid=upper-close]")).ToBeEnabledAsync();
        await BrowserFixture.ScreenshotAsync(office, "linkage-office-sees-answer");

        // The office's 工作台 counts the loop from the same domain answer.
        await office.GotoAsync("");
        await Expect(office.Locator("[data-testid=dash-linkage-opinions]")).ToBeVisibleAsync(new() { Timeout = 10000 });
        await BrowserFixture.ScreenshotAsync(office, "linkage-office-workbench");
        await office.Context.CloseAsync();
        await unit.Context.CloseAsync();
    }
}
