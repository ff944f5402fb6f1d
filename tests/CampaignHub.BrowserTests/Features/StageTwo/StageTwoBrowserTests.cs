using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Features.StageTwo;

[Collection(BrowserCollection.Name)]
public sealed class StageTwoBrowserTests(BrowserFixture browser)
{
    private const string Dongshan = "stage-two/units/10?campaign=1";

    [Fact]
    public async Task A_team_goes_from_its_material_through_the_meeting_to_the_briefing_with_the_supervisors_comment_live_on_the_office_screen()
    {
        var coordinator = await browser.SignInAsync("unit", Dongshan);
        var office = await browser.SignInAsync("office", Dongshan);
        await Expect(coordinator.Locator("h1")).ToContainTextAsync("东山街道");
        await Expect(coordinator.Locator("[data-testid=meeting-not-ready]")).ToContainTextAsync("领导班子对照检查材料尚未经上级审核通过");

        // The principal leader's team material: drafted, written, circulated for comment.
        await coordinator.Locator("[data-testid=material-start]").ClickAsync();
        await MudSelects.PickAsync(coordinator, "[data-testid=material-author]", "孔繁荣");
        await coordinator.Locator("[data-testid=material-start-save]").ClickAsync();
        var material = coordinator.Locator("[data-testid^=material-]").Filter(new() { Has = coordinator.Locator("[data-testid=material-status]") }).First;
        await Expect(material.Locator("[data-testid=material-status]")).ToHaveTextAsync("起草中");
        await SectionAsync(coordinator, "FourWindsProblems", "文山会海：街道发文多、会议多\n典型事例：一周召开各类会议9次");
        await SectionAsync(coordinator, "ConductStatement", "“三公”经费较上年下降20%，公务用车、办公用房符合规定，家属子女无经商办企业");
        await SectionAsync(coordinator, "RootsAnalysis", "理想信念、宗旨意识、党性修养、政治纪律逐项剖析");
        await SectionAsync(coordinator, "DirectionAndMeasures", "精简会议文件\n建立班子成员联系社区制度");
        await coordinator.Locator("[data-testid=material-Save]").ClickAsync();
        await coordinator.Locator("[data-testid=material-Circulate]").ClickAsync();
        await coordinator.Locator("[data-testid=prompt-text]").FillAsync("街道班子成员、各科室负责人、社区书记");
        await coordinator.Locator("[data-testid=prompt-ok]").ClickAsync();
        await Expect(coordinator.Locator("[data-testid=material-status]")).ToHaveTextAsync("征求意见中");

        // The supervision group comments; the office's open page shows it without a reload.
        var supervisor = await browser.SignInAsync("supervisor", Dongshan);
        await supervisor.Locator("[data-testid=material-Comment]").ClickAsync();
        await supervisor.Locator("[data-testid=prompt-text]").FillAsync("典型事例请写明会议名称和参会人数");
        await supervisor.Locator("[data-testid=prompt-ok]").ClickAsync();
        await Expect(office.Locator("[data-testid=material-comments]")).ToContainTextAsync("典型事例请写明会议名称和参会人数", new() { Timeout = 3000 });
        await Expect(office.Locator("[data-testid=material-comments]")).ToContainTextAsync("督导组");
        await BrowserFixture.ScreenshotAsync(office, "stage-two-comment-live");

        // Submitted to the upper organisation, which passes it.
        await coordinator.Locator("[data-testid=material-Submit]").ClickAsync();
        await Expect(office.Locator("[data-testid=material-status]")).ToHaveTextAsync("待审核");
        await office.Locator("[data-testid=material-Pass]").ClickAsync();
        await office.Locator("[data-testid=prompt-ok]").ClickAsync();
        await Expect(coordinator.Locator("[data-testid=material-status]")).ToHaveTextAsync("审核通过");

        // The required talk, then the meeting.
        await Expect(coordinator.Locator("[data-testid=coverage-missing]")).ToContainTextAsync("孔繁荣—曹丽");
        await coordinator.Locator("[data-testid=talk-record]").ClickAsync();
        await MudSelects.PickAsync(coordinator, "[data-testid=talk-first]", "孔繁荣");
        await MudSelects.PickAsync(coordinator, "[data-testid=talk-second]", "曹丽");
        await Field(coordinator, "talk-topics").FillAsync("对照“四风”相互提醒");
        await coordinator.Locator("[data-testid=talk-save]").ClickAsync();
        await Expect(coordinator.Locator("[data-testid=coverage-complete]")).ToBeVisibleAsync();

        await coordinator.Locator("[data-testid=meeting-schedule]").ClickAsync();
        await Field(coordinator, "meeting-leader").FillAsync("区委常委 许文");
        await coordinator.Locator("[data-testid=meeting-save]").ClickAsync();
        await coordinator.Locator("[data-testid=meeting-hold]").ClickAsync();
        await coordinator.Locator("[data-testid=date-save]").ClickAsync();
        await Expect(coordinator.Locator("[data-testid=meeting-status]")).ToHaveTextAsync("已召开");
        await supervisor.Locator("[data-testid=meeting-review]").ClickAsync();
        await supervisor.Locator("[data-testid=prompt-text]").FillAsync("批评开门见山，整改措施具体");
        await supervisor.Locator("[data-testid=prompt-ok]").ClickAsync();
        await Expect(office.Locator("[data-testid=meeting-review-text]")).ToContainTextAsync("批评开门见山");

        // Revised after the meeting, sent out, and the 通报会 follows.
        await Expect(coordinator.Locator("[data-testid=briefing-hold]")).ToBeDisabledAsync();
        await coordinator.Locator("[data-testid=material-ReviseAfterMeeting]").ClickAsync();
        await coordinator.Locator("[data-testid=material-SendOut]").ClickAsync();
        await coordinator.Locator("[data-testid=date-save]").ClickAsync();
        await Expect(coordinator.Locator("[data-testid=material-status]")).ToHaveTextAsync("已印发");
        await coordinator.Locator("[data-testid=briefing-hold]").ClickAsync();
        await Field(coordinator, "briefing-attendance").FillAsync("街道机关全体党员干部和社区书记共48人");
        await Field(coordinator, "briefing-material").FillAsync("领导班子对照检查材料（会后修改稿）");
        await coordinator.Locator("[data-testid=briefing-save]").ClickAsync();
        await Expect(office.Locator("[data-testid=briefing-record]")).ToContainTextAsync("共48人");
        await Expect(office.Locator("[data-testid=stage-two-stage]")).ToHaveTextAsync("已召开情况通报会");
        await BrowserFixture.ScreenshotAsync(coordinator, "stage-two-unit-finished");

        await office.GotoAsync("stage-two?campaign=1");
        await Expect(office.Locator("[data-testid=stage-two-table] tr[data-unit='10']")).ToContainTextAsync("已召开情况通报会");
        await BrowserFixture.ScreenshotAsync(office, "stage-two-overview");
        await coordinator.Context.CloseAsync();
        await office.Context.CloseAsync();
        await supervisor.Context.CloseAsync();
    }

    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input, textarea[data-testid={testId}], [data-testid={testId}] textarea").First;

    private static Task SectionAsync(IPage page, string section, string text) => Field(page, $"section-{section}").FillAsync(text);
}
