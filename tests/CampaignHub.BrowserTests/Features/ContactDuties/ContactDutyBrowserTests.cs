using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.ContactDuties;

[Collection(BrowserCollection.Name)]
public sealed class ContactDutyBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Recording_a_visit_turns_a_person_s_yellow_status_green_live_on_the_office_view()
    {
        var office = await browser.SignInAsync("office", "contacts");
        var officeStatus = office.Locator("[data-testid=person-status][data-person=曹丽] .ct-status");
        await Expect(officeStatus).ToHaveAttributeAsync("data-status", "yellow");
        await BrowserFixture.ScreenshotAsync(office, "contacts-office-before");

        var coordinator = await browser.SignInAsync("unit", "contacts/units/10");
        await Expect(coordinator.Locator("h1")).ToContainTextAsync("东山街道");
        await BrowserFixture.ScreenshotAsync(coordinator, "contacts-unit-table");
        await coordinator.Locator("[data-testid=unit-compliance] a", new() { HasText = "曹丽" }).ClickAsync();
        await Expect(coordinator.Locator("h1")).ToContainTextAsync("曹丽");
        await Expect(coordinator.Locator("[data-testid=card-status]")).ToHaveAttributeAsync("data-status", "yellow");
        await BrowserFixture.ScreenshotAsync(coordinator, "contacts-person-card-before");

        await coordinator.Locator("[data-testid=record-activity]").ClickAsync();
        await coordinator.Locator("[data-testid=activity-place]").FillAsync("竹山社区");
        await coordinator.Locator("[data-testid=activity-content]").FillAsync("深入联系点竹山社区，召开居民座谈会");
        await coordinator.Locator("[data-testid=add-heard-opinion]").ClickAsync();
        await coordinator.Locator("[data-testid=heard-opinion-content]").FillAsync("希望增设社区公交站点");
        await BrowserFixture.ScreenshotAsync(coordinator, "contacts-record-dialog");
        await coordinator.Locator("[data-testid=activity-save]").ClickAsync();

        await Expect(officeStatus).ToHaveAttributeAsync("data-status", "green", new() { Timeout = 5000 });
        await Expect(coordinator.Locator("[data-testid=card-status]")).ToHaveAttributeAsync("data-status", "green");
        await Expect(coordinator.Locator("[data-testid=activity-list]")).ToContainTextAsync("希望增设社区公交站点");
        await BrowserFixture.ScreenshotAsync(office, "contacts-office-after-live-update");
        await BrowserFixture.ScreenshotAsync(coordinator, "contacts-person-card-after");
        await office.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task The_public_reception_page_opens_without_signing_in_and_lists_leader_time_and_place()
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("reception");

        await Expect(page.Locator("h1")).ToHaveTextAsync("领导干部接访日安排");
        var table = page.Locator("[data-testid=public-receptions]");
        await Expect(table).ToContainTextAsync("孔繁荣");
        await Expect(table.Locator("thead th")).ToHaveTextAsync(["日期", "时间", "接访领导", "地点", "形式"]);
        await Expect(table.Locator("[data-testid=reception-leader-post]").First).Not.ToBeEmptyAsync();
        await BrowserFixture.ScreenshotAsync(page, "reception-public");

        // On a 390px phone: nothing wider than the screen, and the leader's name is not squeezed to a character or two per line.
        await page.SetViewportSizeAsync(390, 844);
        await BrowserFixture.ScreenshotAsync(page, "reception-public-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        var leader = page.Locator("[data-testid=reception-leader]").First;
        var box = await leader.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Height < 40, $"leader name wraps: {box.Height}px high");
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_office_pages_of_contact_duties_render_in_Chinese()
    {
        var office = await browser.SignInAsync("office", "contacts/receptions");
        await Expect(office.Locator("[data-testid=reception-cases]")).ToContainTextAsync("案结事了");
        await Expect(office.Locator("[data-testid=case-overdue]").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(office, "contacts-receptions");

        await office.GotoAsync("contacts/units/10/report");
        await Expect(office.Locator("[data-testid=year-end-report] h1")).ToContainTextAsync("东山街道2014年度联系群众制度落实情况报告");
        await BrowserFixture.ScreenshotAsync(office, "contacts-year-end-report");
        await office.EmulateMediaAsync(new() { Media = Media.Print });
        await BrowserFixture.ScreenshotAsync(office, "contacts-year-end-report-print");
        await office.EmulateMediaAsync(new() { Media = Media.Screen });

        await office.GotoAsync("contacts/secondments");
        await Expect(office.Locator("[data-testid=secondments]")).ToContainTextAsync("期满待考核");
        await BrowserFixture.ScreenshotAsync(office, "contacts-secondments");

        await office.GotoAsync("contacts/rules");
        await Expect(office.Locator("[data-testid=quota-rules]")).ToContainTextAsync("每月至少1天接待群众来访");
        await Expect(office.Locator("[data-testid=rule-edit]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(office, "contacts-rules-office");
        await office.Context.CloseAsync();

        var admin = await browser.SignInAsync("admin", "contacts/rules");
        await admin.Locator("[data-testid=rule-edit]").First.ClickAsync();
        await Expect(admin.Locator("[data-testid=rule-save]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(admin, "contacts-rules-admin-editing");
        await admin.Context.CloseAsync();
    }
}
