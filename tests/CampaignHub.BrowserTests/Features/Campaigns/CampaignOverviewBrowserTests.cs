using System.Diagnostics;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Campaigns;

[Collection(BrowserCollection.Name)]
public sealed class CampaignOverviewBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_person_signs_in_in_Chinese_and_navigates_to_the_campaign_overview()
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await BrowserFixture.ScreenshotAsync(page, "login");

        await page.FillAsync("#username", "leader");
        await page.FillAsync("#password", BrowserFixture.Password);
        await page.ClickAsync("button[type=submit]");
        await BrowserFixture.WaitForInteractiveAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("工作台");
        await BrowserFixture.ScreenshotAsync(page, "home-leader");

        await page.Locator("[data-testid=campaign-card]").First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("双联动双体验双满意");
        await Expect(page.Locator("[data-testid=today-marker]")).ToContainTextAsync("4月10日");
        await Expect(page.Locator("[data-testid=milestone-matrix] tbody tr")).ToHaveCountAsync(17);
        await BrowserFixture.ScreenshotAsync(page, "campaign-overview");

        await page.Locator("[data-testid=milestone-matrix] a", new() { HasText = "东山街道" }).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("东山街道");
        await Expect(page.Locator("[data-testid=unit-breadcrumb]")).ToContainTextAsync("江宁区");
        await Expect(page.Locator("[data-testid=people]")).ToContainTextAsync("主要领导");
        await BrowserFixture.ScreenshotAsync(page, "unit-page-leader");
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_milestone_marked_met_by_a_coordinator_shows_on_the_office_overview_within_one_second()
    {
        var office = await browser.SignInAsync("office", "campaigns/1");
        var coordinator = await browser.SignInAsync("unit", "units/10");
        await Expect(coordinator.Locator("h1")).ToHaveTextAsync("东山街道");
        var officeCell = office.Locator("[data-testid=milestone-matrix] tr", new() { HasText = "东山街道" }).First.Locator("td[data-milestone-id] .ch-ms").Nth(2);
        await Expect(officeCell).ToHaveAttributeAsync("data-state", "Pending");
        var overdueBefore = await office.Locator("[data-testid=overdue-total] .ch-stat-value").InnerTextAsync();

        var row = coordinator.Locator("[data-testid=unit-milestones]").First.Locator("tr", new() { HasText = "完成“双体验”" });
        await row.GetByRole(AriaRole.Button, new() { Name = "标记完成" }).ClickAsync();
        await coordinator.Locator("[data-testid=met-note]").FillAsync("四名领导已完成以工作人员身份体验");
        await BrowserFixture.ScreenshotAsync(coordinator, "mark-milestone-dialog");
        await coordinator.Locator("[data-testid=met-save]").ClickAsync();
        await Expect(row.Locator(".ch-ms")).ToHaveAttributeAsync("data-state", "MetOnTime");
        var saved = Stopwatch.StartNew();

        await Expect(officeCell).ToHaveAttributeAsync("data-state", "MetOnTime", new() { Timeout = 1000 });
        Assert.True(saved.ElapsedMilliseconds < 1000, $"the office saw it after {saved.ElapsedMilliseconds} ms");
        Assert.Equal(overdueBefore, await office.Locator("[data-testid=overdue-total] .ch-stat-value").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(office, "campaign-overview-after-live-update");
        await office.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task A_leader_sees_the_unit_page_read_only()
    {
        var leader = await browser.SignInAsync("leader", "units/10");

        await Expect(leader.Locator("[data-testid=unit-milestones]").First).ToBeVisibleAsync();
        await Expect(leader.GetByRole(AriaRole.Button, new() { Name = "标记完成" })).ToHaveCountAsync(0);
        await leader.Context.CloseAsync();
    }
}
