using System.Diagnostics;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.Satisfaction;

[Collection(BrowserCollection.Name)]
public sealed class SatisfactionBrowserTests(BrowserFixture browser)
{
    private const int OpenSurveyId = 2;

    [Fact]
    public async Task A_respondent_answers_on_a_phone_and_the_leaders_rate_for_that_unit_changes_within_one_second()
    {
        var code = await UnusedCodeAsync("秣陵街道");
        var leader = await browser.SignInAsync("leader", $"satisfaction/{OpenSurveyId}");
        var leaderRow = leader.Locator("[data-testid=unit-rates-row][data-name='秣陵街道']");
        var rate = leaderRow.Locator("[data-testid=rate]");
        await Expect(rate).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d%$"));
        var before = await rate.InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(leader, "satisfaction-results-leader");

        var phone = await browser.NewContextAsync(width: 390, height: 844, isMobile: true);
        var respondent = await phone.NewPageAsync();
        await respondent.GotoAsync($"s/{code}");
        await respondent.Locator("[data-interactive=true]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15000 });
        await Expect(respondent.Locator("[data-testid=survey-unit]")).ToHaveTextAsync("秣陵街道");
        var questions = respondent.Locator("[data-testid=question]");
        await Expect(questions).ToHaveCountAsync(7);
        var count = await questions.CountAsync();
        for (var i = 0; i < count; i++)
        {
            // 不满意 (3) for every question but the last, which is left blank (counts as 不了解).
            if (i < count - 1)
            {
                await questions.Nth(i).Locator("label", new() { HasText = "不满意" }).ClickAsync();
            }
        }

        var width = await respondent.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the survey page is {width}px wide on a 390px phone");
        var choice = await questions.First.Locator("label", new() { HasText = "基本满意" }).BoundingBoxAsync();
        Assert.True(choice is { Height: >= 44, Width: >= 120 }, $"an answer button is {choice?.Width}×{choice?.Height}px: too small to tap");
        var question = await questions.First.Locator("legend").BoundingBoxAsync();
        Assert.True(question is { Width: >= 300 }, $"the question text is squeezed into {question?.Width}px");
        await BrowserFixture.ScreenshotAsync(respondent, "public-survey-phone");
        await respondent.Locator("[data-testid=survey-submit]").ClickAsync();
        await Expect(respondent.Locator("[data-testid=survey-thanks]")).ToBeVisibleAsync();
        var submitted = Stopwatch.StartNew();

        await Expect(rate).Not.ToHaveTextAsync(before, new() { Timeout = 1000 });
        Assert.True(submitted.ElapsedMilliseconds < 1000, $"the leader saw it after {submitted.ElapsedMilliseconds} ms");
        await BrowserFixture.ScreenshotAsync(respondent, "public-survey-thanks-phone");
        await BrowserFixture.ScreenshotAsync(leader, "satisfaction-results-leader-after-answer");

        await respondent.GotoAsync($"s/{code}");
        await Expect(respondent.Locator("[data-testid=survey-refused]")).ToContainTextAsync("该答题码已使用");
        await BrowserFixture.ScreenshotAsync(respondent, "public-survey-used-code-phone");
        await phone.CloseAsync();
        await leader.Context.CloseAsync();
    }

    [Fact]
    public async Task The_supervisor_flags_a_unit_and_issues_an_order_and_the_units_coordinator_sees_it_live()
    {
        var coordinator = await browser.SignInAsync("unit", "supervision/my-orders");
        await Expect(coordinator.Locator("h1")).ToHaveTextAsync("整改通知");
        var supervisor = await browser.SignInAsync("supervisor", "supervision");
        await Expect(supervisor.Locator("[data-testid=overdue-orders]")).ToContainTextAsync("区政务服务中心");

        await supervisor.Locator("[data-testid=flag-unit-button]").ClickAsync();
        await MudSelects.PickAsync(supervisor, "[data-testid=flag-unit]", "东山街道");
        await supervisor.Locator("[data-testid=flag-reason]").FillAsync("抽查发现便民服务窗口午间无人值守");
        await supervisor.Locator("[data-testid=flag-save]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=flag-row][data-unit='东山街道']")).ToBeVisibleAsync();

        await supervisor.Locator("[data-testid=issue-order-button]").ClickAsync();
        await MudSelects.PickAsync(supervisor, "[data-testid=order-unit]", "东山街道");
        await supervisor.Locator("[data-testid=order-reason]").FillAsync("限期整改窗口值守问题，建立午间轮岗制度");
        await BrowserFixture.ScreenshotAsync(supervisor, "supervision-issue-order-dialog");
        await supervisor.Locator("[data-testid=order-save]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=open-orders] [data-testid=order-row][data-unit='东山街道']")).ToBeVisibleAsync();
        var issued = Stopwatch.StartNew();

        var order = coordinator.Locator("[data-testid=my-orders] [data-testid=order-row][data-unit='东山街道']");
        await Expect(order).ToContainTextAsync("建立午间轮岗制度", new() { Timeout = 1000 });
        Assert.True(issued.ElapsedMilliseconds < 1000, $"the coordinator saw it after {issued.ElapsedMilliseconds} ms");
        await Expect(order.Locator("[data-testid=order-status]")).ToHaveTextAsync("已下达");
        await BrowserFixture.ScreenshotAsync(supervisor, "supervision-overview");
        await BrowserFixture.ScreenshotAsync(coordinator, "my-orders-coordinator");

        await order.Locator("[data-testid=respond-text]").FillAsync("已建立午间轮岗制度并公示值班表");
        await order.Locator("[data-testid=respond-save]").ClickAsync();
        await Expect(supervisor.Locator("[data-testid=order-row][data-unit='东山街道'] [data-testid=order-status]")).ToHaveTextAsync("已反馈", new() { Timeout = 2000 });
        await supervisor.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task The_office_pages_render_in_Chinese()
    {
        var office = await browser.SignInAsync("office", "satisfaction");
        await Expect(office.Locator("[data-testid=survey-list]")).ToContainTextAsync("进行中");
        await Expect(office.Locator("[data-testid=formula]")).ToContainTextAsync("不了解");
        await BrowserFixture.ScreenshotAsync(office, "satisfaction-list-office");

        await office.GotoAsync($"satisfaction/{OpenSurveyId}/edit");
        await BrowserFixture.WaitForInteractiveAsync(office);
        await Expect(office.Locator("[data-testid=questions]")).ToContainTextAsync("机关形象");
        await Expect(office.Locator("[data-testid=groups]")).ToContainTextAsync("党风廉政建设特邀监督员");
        await BrowserFixture.ScreenshotAsync(office, "satisfaction-edit-office");

        await office.GotoAsync($"satisfaction/{OpenSurveyId}/import");
        await BrowserFixture.WaitForInteractiveAsync(office);
        await Expect(office.Locator("[data-testid=import-history]")).ToContainTextAsync("纸质问卷");
        await BrowserFixture.ScreenshotAsync(office, "satisfaction-import-office");

        await office.GotoAsync("satisfaction/1");
        await BrowserFixture.WaitForInteractiveAsync(office);
        await Expect(office.Locator("[data-testid=unit-rates]")).ToContainTextAsync("区城管局");
        await BrowserFixture.ScreenshotAsync(office, "satisfaction-results-closed");
        await office.Context.CloseAsync();
    }

    [Fact]
    public async Task An_invalid_code_offers_a_box_to_type_the_code_again_and_opens_that_survey_using_the_desktop_width()
    {
        var code = await UnusedCodeAsync("秣陵街道");
        var phone = await browser.NewContextAsync(width: 390, height: 844, isMobile: true);
        var respondent = await phone.NewPageAsync();
        await respondent.GotoAsync("s/NOSUCH1");
        await respondent.Locator("[data-interactive=true]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15000 });
        await Expect(respondent.Locator("[data-testid=survey-refused]")).ToContainTextAsync("答题码无效");
        await BrowserFixture.ScreenshotAsync(respondent, "public-survey-invalid-code-phone");

        await respondent.Locator("[data-testid=survey-code-input]").FillAsync(code);
        await respondent.Locator("[data-testid=survey-code-go]").ClickAsync();

        await Expect(respondent).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/s/{code}$"));
        await Expect(respondent.Locator("[data-testid=survey-unit]")).ToHaveTextAsync("秣陵街道");
        await phone.CloseAsync();

        var desktop = await browser.NewContextAsync();
        var page = await desktop.NewPageAsync();
        await page.GotoAsync($"s/{code}");
        await Expect(page.Locator("[data-testid=question]")).ToHaveCountAsync(7);

        // Measure once the live render has replaced the prerendered markup (a detached element has no box).
        await page.Locator("[data-interactive=true]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15000 });
        await Expect(page.Locator(".ch-questions")).ToBeVisibleAsync();
        var questions = await page.Locator(".ch-questions").BoundingBoxAsync();
        Assert.True(questions is { Width: >= 900 }, $"on a 1440px screen the questions use only {questions?.Width}px");
        await BrowserFixture.ScreenshotAsync(page, "public-survey-desktop");
        await desktop.CloseAsync();
    }

    private async Task<string> UnusedCodeAsync(string unitName)
    {
        var office = await browser.SignInAsync("office", $"satisfaction/{OpenSurveyId}/codes");
        var card = office.Locator(".ch-code-card:not(.ch-code-used)", new() { HasText = unitName + " ·" }).First;
        await Expect(card).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(office, "satisfaction-code-sheet");
        var code = (await card.Locator("[data-testid=code-value]").InnerTextAsync()).Trim();
        await office.Context.CloseAsync();
        return code;
    }
}
