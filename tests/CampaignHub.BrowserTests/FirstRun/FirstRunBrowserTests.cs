using System.Text.RegularExpressions;
using CampaignHub.BrowserTests.Infrastructure;
using CampaignHub.Infrastructure.Excel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.FirstRun;

/// <summary>
/// A real office starting from nothing: the README's production command on an empty database, only the admin
/// account, the real date, and never the demo seeder. Everything is done through the pages, one browser context
/// per person, with the one-time passwords read from the screen the way an administrator hands them over.
/// </summary>
[Collection(FirstRunCollection.Name)]
public sealed class FirstRunBrowserTests(EmptyProductionFixture browser)
{
    // The first-run walk starts a second, Production server beside the suite's own, cold (JIT, EF Core's query cache),
    // on a machine the rest of the suite keeps busy: its waits get 30 s instead of Playwright's 5 s. At 15 s it failed
    // twice in several full runs and never alone.
    static FirstRunBrowserTests() => SetDefaultExpectTimeout(30_000);

    private const string NewPassword = "Dongshan#Office2026";
    private static readonly string[] UnitHeaders = ["单位名称", "上级单位", "单位类别", "排序"];

    [Fact]
    public async Task A_new_office_sets_up_from_an_empty_database_and_a_coordinator_plan_is_approved_and_shown_on_the_wall()
    {
        var admin = await browser.SignInAsync("admin", EmptyProductionFixture.AdminPassword, "");
        await Expect(admin.Locator("body")).Not.ToContainTextAsync("演示模式");
        await Expect(admin.Locator("[data-testid=first-run]")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(admin, "first-run-empty-production");

        // 1. The unit tree from .xlsx, through the import page's MudFileUpload.
        await admin.Locator("[data-testid=first-run-step] a", new() { HasText = "组织机构" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/organisation$"));
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await Expect(admin.Locator("[data-testid=organisation-empty]")).ToBeVisibleAsync();
        await admin.Locator("[data-testid=units-import]").ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/organisation/import$"));
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await UploadAsync(admin, "江宁区组织机构.xlsx", UnitWorkbook(
        [
            ["江宁区", null, "区（县）", 1],
            ["区人社局", "江宁区", "区委/区政府部门", 2],
            ["区卫生局", "江宁区", "区委/区政府部门", 3],
            ["东山街道", "江宁区", "街道/乡镇", 10],
            ["上坊社区", "东山街道", "村/社区", 1],
            ["竹山社区", "东山街道", "村/社区", 2],
        ]));
        await Expect(admin.Locator("[data-testid=import-rows] tbody tr")).ToHaveCountAsync(6);
        await admin.Locator("[data-testid=import-confirm]").ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/organisation$"));
        await Expect(admin.Locator("[data-testid=organisation-unit]")).ToHaveCountAsync(6);
        await Expect(admin.Locator("[data-testid=organisation-unit][data-unit=竹山社区]")).ToBeVisibleAsync();

        // 2. People and their accounts: the office, a supervisor over two units, a coordinator over 东山街道's subtree.
        await admin.GotoAsync("");
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await Expect(admin.Locator("[data-testid=first-run-step]").First).ToHaveAttributeAsync("data-done", "true");
        await admin.Locator("[data-testid=first-run-step] a", new() { HasText = "人员与账号" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/people$"));
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await Expect(admin.Locator("h1")).ToHaveTextAsync("人员与账号");
        await AddPersonAsync(admin, "江宁区", "王明", "区委群众路线办副主任");
        await AddPersonAsync(admin, "江宁区", "李督导", "区委第一督导组组长");
        await AddPersonAsync(admin, "东山街道", "赵联络", "街道党政办主任");
        var officePassword = await OpenAccountAsync(admin, "王明", "jn.office", "活动办", scope: null);
        var supervisorPassword = await OpenAccountAsync(admin, "李督导", "jn.supervisor", "督导组", scope: null);
        var coordinatorPassword = await OpenAccountAsync(admin, "赵联络", "ds.coordinator", "单位联络员", scope: "东山街道");
        Assert.NotEqual(officePassword, coordinatorPassword);
        Assert.False(string.IsNullOrWhiteSpace(supervisorPassword));
        await Expect(admin.Locator("[data-testid=account][data-user='ds.coordinator']")).ToContainTextAsync("管辖：东山街道");

        await admin.GotoAsync("admin/supervision-groups");
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await admin.Locator("[data-testid=group-add]").ClickAsync();
        await FillAsync(admin, "group-name", "区委第一督导组");
        await MudSelects.PickAsync(admin, "[data-testid=group-unit]", "江宁区");
        await MudSelects.PickAsync(admin, "[data-testid=group-members]", "李督导", multiSelect: true);
        await CloseMultiSelectAsync(admin);
        await MudSelects.PickAsync(admin, "[data-testid=group-units]", "上坊社区", multiSelect: true);
        await admin.Locator(".mud-popover-open .mud-list-item", new() { HasText = "竹山社区" }).First.ClickAsync();
        await CloseMultiSelectAsync(admin);
        await admin.Locator("[data-testid=group-save]").ClickAsync();
        var group = admin.Locator("[data-testid=group][data-group=区委第一督导组]");
        await Expect(group).ToContainTextAsync("李督导");
        await Expect(group).ToContainTextAsync("上坊社区、竹山社区");

        // 3. The Jiangning campaign from the 000 template (双联动双体验双满意), 东山街道's subtree and 区人社局 taking part.
        await admin.GotoAsync("campaigns/setup");
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await admin.Locator("[data-testid=template-card][data-template=double-linkage] [data-testid=use-template]").ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("新建活动");
        await BrowserFixture.WaitForInteractiveAsync(admin);
        var year = await Field(admin, "template-year").InputValueAsync();
        await Expect(Field(admin, "setup-document-number")).ToHaveValueAsync($"江宁群办发〔{year}〕8号");
        await Expect(admin.Locator("[data-testid=setup-milestone]")).ToHaveCountAsync(3);
        await TickUnitAsync(admin, "东山街道");
        await TickUnitAsync(admin, "区人社局");
        await Expect(admin.Locator(".ch-setup-form")).ToContainTextAsync("已选 4 个单位");
        await admin.Locator("[data-testid=setup-save]").ClickAsync();
        await admin.WaitForURLAsync(new Regex(@"/campaigns/\d+$"));
        var campaignId = Regex.Match(admin.Url, @"/campaigns/(\d+)$").Groups[1].Value;
        await Expect(admin.Locator("h1")).ToContainTextAsync("双联动双体验双满意");
        await admin.GotoAsync("");
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await Expect(admin.Locator("[data-testid=first-run]")).ToHaveCountAsync(0);
        await Expect(admin.Locator("[data-testid=campaign-card]")).ToContainTextAsync($"江宁群办发〔{year}〕8号");

        // 4. The coordinator signs in with the one-time password, must change it, then plans 3 experience activities and submits.
        var coordinator = await FirstSignInAsync("ds.coordinator", coordinatorPassword);
        await coordinator.GotoAsync("units");
        await BrowserFixture.WaitForInteractiveAsync(coordinator);
        var dongshanLink = coordinator.Locator("a[href^='units/']", new() { HasTextRegex = new Regex("^东山街道$") }).First;
        var dongshanId = Regex.Match(await dongshanLink.GetAttributeAsync("href") ?? string.Empty, @"units/(\d+)").Groups[1].Value;
        await coordinator.GotoAsync($"units/{dongshanId}/work-items?campaign={campaignId}");
        await BrowserFixture.WaitForInteractiveAsync(coordinator);
        await Expect(coordinator.Locator("h1")).ToContainTextAsync("东山街道");
        await AddExperienceAsync(coordinator, "到街道便民服务中心窗口以工作人员身份坐班一天", "以工作人员身份体验", $"{year}-04-08");
        await AddExperienceAsync(coordinator, "以普通群众身份到社区卫生服务中心办事", "以群众身份体验", $"{year}-04-10");
        await AddExperienceAsync(coordinator, "随城管中队夜间巡查占道经营", "以工作人员身份体验", $"{year}-04-12");
        await Expect(coordinator.Locator("[data-testid=experience-rule]")).ToContainTextAsync("3");
        await BrowserFixture.ScreenshotAsync(coordinator, "first-run-coordinator-work-items");

        await coordinator.GotoAsync($"units/{dongshanId}/plan?campaign={campaignId}");
        await BrowserFixture.WaitForInteractiveAsync(coordinator);
        await coordinator.Locator("#plan-GuidingIdea").FillAsync("以为民务实清廉为主要内容，结合街道实际，推动干部作风转变。");
        await coordinator.Locator("#plan-MainContent").FillAsync("一、与区级对口部门对接联动；二、与所属社区对接；三、街道班子成员开展“双体验”，每人至少一次。");
        await coordinator.Locator("#plan-Schedule").FillAsync("3月底前对接联动，4月5日前与社区对接，4月15日前完成“双体验”。");
        await coordinator.Locator("#plan-Organisation").FillAsync("街道成立活动领导小组，党工委书记任组长，党政办负责日常联络。");
        await coordinator.Locator("[data-testid=plan-submit]").ClickAsync();
        await Expect(coordinator.Locator("[data-testid=plan-submit]")).ToHaveCountAsync(0);
        await Expect(coordinator.Locator("body")).ToContainTextAsync("已提交");

        // 5. The office signs in for the first time and approves the plan.
        var office = await FirstSignInAsync("jn.office", officePassword);
        await office.GotoAsync($"plans?campaign={campaignId}");
        await BrowserFixture.WaitForInteractiveAsync(office);
        await office.Locator($"[data-testid=approve-{dongshanId}]").ClickAsync();
        await office.Locator(".mud-dialog .mud-dialog-actions button", new() { HasText = "批准" }).ClickAsync();
        await Expect(office.Locator($"[data-testid=plan-row-{dongshanId}] [data-testid=plan-status]")).ToHaveTextAsync("已批准");
        await BrowserFixture.ScreenshotAsync(office, "first-run-office-approved");

        // 6. The wall shows the campaign, by default (the only one) and by ?campaign=, with the unit.
        foreach (var path in new[] { "wall", $"wall?campaign={campaignId}" })
        {
            await office.GotoAsync(path);
            await Expect(office.Locator(".ch-wall-title")).ToContainTextAsync("双联动双体验双满意");
            await Expect(office.Locator(".ch-wall-sub")).ToContainTextAsync($"江宁群办发〔{year}〕8号");
            await Expect(office.Locator("[data-testid=wall]")).ToContainTextAsync("东山街道");
        }

        await BrowserFixture.ScreenshotAsync(office, "first-run-wall");
        foreach (var page in new[] { admin, coordinator, office })
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Bad_unit_import_files_show_row_level_Chinese_messages_and_save_nothing()
    {
        var admin = await browser.SignInAsync("admin", EmptyProductionFixture.AdminPassword, "admin/organisation/import");

        // Missing columns: the header row says which one.
        await UploadAsync(admin, "缺列.xlsx", new XlsxWriter().AddSheet("组织机构", new[] { new[] { "坏文件单位甲", "" } },
            [new XlsxColumn<string[]>("单位名称", r => r[0]), new XlsxColumn<string[]>("上级", r => r[1])]).ToBytes());
        await Expect(admin.Locator("[data-testid=import-errors]")).ToContainTextAsync("缺少“单位类别”列");
        await Expect(admin.Locator("[data-testid=import-confirm]")).ToBeDisabledAsync();

        // Duplicate names, an unknown parent, hostile text and an unknown kind: each row is named, and no row is imported.
        const string hostile = "<img src=x onerror=alert(1)>";
        await UploadAsync(admin, "错误.xlsx", UnitWorkbook(
        [
            ["坏文件合法单位", null, "区（县）", 1],
            ["坏文件重名单位", null, "区（县）", 2],
            ["坏文件重名单位", null, "区（县）", 3],
            ["坏文件下级单位", "不存在的街道", "村/社区", 4],
            [hostile, null, hostile, 5],
            ["=HYPERLINK(\"http://evil\")", null, "街道/乡镇", -1],
        ]));
        var errors = admin.Locator("[data-testid=import-errors]");
        await Expect(errors).ToContainTextAsync("与第3行重名");
        await Expect(errors).ToContainTextAsync("找不到上级单位“不存在的街道”");
        await Expect(errors).ToContainTextAsync("未知的单位类别");
        await Expect(errors).ToContainTextAsync("排序应为0到99999之间的整数");
        await Expect(errors).ToContainTextAsync("第5行");
        await Expect(errors).ToContainTextAsync(hostile); // shown as text, never markup
        await Expect(admin.Locator("img[src=x]")).ToHaveCountAsync(0);
        await Expect(admin.Locator("[data-testid=import-confirm]")).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(admin, "first-run-bad-import");

        await admin.GotoAsync("admin/organisation");
        await BrowserFixture.WaitForInteractiveAsync(admin);
        await Expect(admin.Locator("h1")).ToHaveTextAsync("组织机构");
        await Expect(admin.Locator("body")).Not.ToContainTextAsync("坏文件");
        await admin.Context.CloseAsync();
    }

    private static byte[] UnitWorkbook(IReadOnlyList<object?[]> rows) =>
        new XlsxWriter().AddSheet("组织机构", rows, UnitHeaders.Select((h, i) => new XlsxColumn<object?[]>(h, r => r[i])).ToList()).ToBytes();

    private static async Task UploadAsync(IPage page, string name, byte[] content)
    {
        // MudFileUpload adds a fresh hidden input after each pick; the newest one takes the next file.
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = content,
        });
        await Expect(page.Locator("[data-testid=import-file]")).ToContainTextAsync(name);
    }

    /// <summary>A text field by its test id, whether MudBlazor put the id on the input or on its wrapper.</summary>
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static Task FillAsync(IPage page, string testId, string value) => Field(page, testId).FillAsync(value);

    /// <summary>
    /// Closes an open multi-select list, which stays open after a pick and covers the fields below it. Not with Escape:
    /// it is not always handled by the list (focus may have left it), and when it reaches the dialog it closes the
    /// whole form. A click outside lands on the list's overlay and closes only the list (with the list already closed
    /// it lands on the form's backdrop, which ignores clicks); on a busy machine it may take seconds, so it is retried.
    /// </summary>
    private static async Task CloseMultiSelectAsync(IPage page)
    {
        var openList = page.Locator(".mud-popover-open .mud-list-item");
        for (var attempt = 0; attempt < 5 && await openList.CountAsync() > 0; attempt++)
        {
            await page.Mouse.ClickAsync(2, 2);
            if (await ClosedWithinAsync(openList, 5_000))
            {
                break;
            }
        }

        await Expect(openList).ToHaveCountAsync(0);
    }

    private static async Task<bool> ClosedWithinAsync(ILocator openList, float milliseconds)
    {
        try
        {
            await openList.First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = milliseconds });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task AddPersonAsync(IPage page, string unit, string name, string title)
    {
        await page.Locator("[data-testid=person-add]").ClickAsync();
        await MudSelects.PickAsync(page, "[data-testid=person-unit]", unit);
        await FillAsync(page, "person-name", name);
        await FillAsync(page, "person-title", title);
        // Leaving the field commits its value to the form before the save is clicked (a loaded machine was seen
        // saving without it, and the dialog stayed open on the missing field).
        await page.Keyboard.PressAsync("Tab");
        await page.Locator("[data-testid=person-save]").ClickAsync();
        await Expect(page.Locator("[data-testid=person-form-dialog]")).ToHaveCountAsync(0);
        await Expect(page.Locator($"[data-testid=person][data-person={name}]")).ToBeVisibleAsync();
    }

    /// <summary>Opens the person's account and returns the one-time password, shown once.</summary>
    private static async Task<string> OpenAccountAsync(IPage page, string person, string userName, string role, string? scope)
    {
        await page.Locator($"[data-testid=person][data-person={person}] [data-testid=person-open-account]").ClickAsync();
        await FillAsync(page, "account-username", userName);
        await MudSelects.PickAsync(page, "[data-testid=account-role]", role);
        if (scope is not null)
        {
            await MudSelects.PickAsync(page, "[data-testid=account-scope]", scope);
        }

        await page.Locator("[data-testid=account-save]").ClickAsync();
        var dialog = page.Locator("[data-testid=one-time-password-dialog]");
        await Expect(dialog.Locator("[data-testid=issued-user]")).ToHaveTextAsync(userName);
        var password = (await dialog.Locator("[data-testid=one-time-password]").InnerTextAsync()).Trim();
        await page.Locator("[data-testid=one-time-password-done]").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator($"[data-testid=account][data-user='{userName}']")).ToContainTextAsync("待首次修改密码");
        return password;
    }

    private static async Task TickUnitAsync(IPage page, string unit)
    {
        var item = page.Locator("[data-testid=unit-picker] .mud-treeview-item-content", new() { HasText = unit }).First;
        await item.Locator(".mud-checkbox").First.ClickAsync();
    }

    private static async Task AddExperienceAsync(IPage page, string title, string kind, string date)
    {
        await page.Locator("[data-testid=wi-add]").ClickAsync();
        await page.Locator("input[data-testid=wi-edit-title]").FillAsync(title);
        await MudSelects.PickAsync(page, "[data-testid=wi-edit-kind]", kind);
        var dateInput = Field(page, "wi-edit-date");
        await dateInput.FillAsync(date);
        await dateInput.PressAsync("Tab");
        await page.Locator("[data-testid=wi-save]").ClickAsync();
        await Expect(page.Locator("input[data-testid=wi-edit-title]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=work-item-grid]")).ToContainTextAsync(title);
    }

    /// <summary>A first sign-in on a one-time password: sent to change it before anything else, then on the 工作台.</summary>
    private async Task<IPage> FirstSignInAsync(string userName, string oneTimePassword)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("Account/Login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", oneTimePassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new Regex("/Account/ChangePassword"));
        await Expect(page.Locator("[data-testid=must-change-notice]")).ToBeVisibleAsync();

        // Any other page still leads back here until the password is changed.
        await page.GotoAsync("plans");
        await page.WaitForURLAsync(new Regex("/Account/ChangePassword"));

        await page.FillAsync("#current", oneTimePassword);
        await page.FillAsync("#new", NewPassword);
        await page.FillAsync("#confirm", NewPassword);
        await page.ClickAsync("[data-testid=change-password-submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal));
        await BrowserFixture.WaitForInteractiveAsync(page);
        return page;
    }
}

/// <summary>A live server of its own: Production on an empty database, only the admin account with this password.</summary>
public sealed class EmptyProductionFixture() : BrowserFixture(LiveServer.EmptyProduction(AdminPassword))
{
    public const string AdminPassword = "Jiangning#Admin2026";
}

[CollectionDefinition(Name)]
public sealed class FirstRunCollection : ICollectionFixture<EmptyProductionFixture>
{
    public const string Name = "first-run";
}
