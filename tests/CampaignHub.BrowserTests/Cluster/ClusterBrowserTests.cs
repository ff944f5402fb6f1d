using System.Diagnostics;
using System.Globalization;
using CampaignHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignHub.BrowserTests.Cluster;

/// <summary>
/// Two app nodes on one PostgreSQL database and one Redis, behind nginx (scripts/cluster.sh): live updates cross
/// nodes, a browser survives losing its node, and timed work runs once. Run by `scripts/cluster.sh test`.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Category", "Cluster")]
public sealed class ClusterBrowserTests(ClusterFixture cluster, Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task An_edit_made_through_node_a_shows_on_a_wall_connected_through_node_b_within_one_second()
    {
        var wall = await cluster.SignInAsync(cluster.NodeB, "leader", "wall", 1920, 1080);
        var overdue = wall.Locator("[data-testid=kpi-overdue]");
        var before = int.Parse(await overdue.InnerTextAsync(), CultureInfo.InvariantCulture);

        var coordinator = await cluster.SignInAsync(cluster.NodeA, "unit", "units/11"); // 上坊社区
        var row = coordinator.Locator("[data-testid=unit-milestones] tr").Filter(new() { Has = coordinator.Locator(".ch-ms[data-state=Overdue]") }).First;
        await row.GetByRole(AriaRole.Button, new() { Name = "标记完成" }).ClickAsync();
        await coordinator.Locator("[data-testid=met-save]").ClickAsync();
        await Expect(coordinator.Locator(".mud-snackbar").First).ToBeVisibleAsync();
        var saved = Stopwatch.StartNew();

        await Expect(overdue).ToHaveTextAsync((before - 1).ToString(CultureInfo.InvariantCulture), new() { Timeout = 1000 });
        Assert.True(saved.ElapsedMilliseconds < 1000, $"the wall on node b updated {saved.ElapsedMilliseconds} ms after the save on node a");
        output.WriteLine($"edit on node a → wall on node b: {saved.ElapsedMilliseconds} ms after the save was acknowledged");
        await BrowserFixture.ScreenshotAsync(wall, "cluster-wall-on-node-b");
        await wall.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task When_its_node_dies_a_browser_moves_to_the_other_node_still_signed_in_and_every_acknowledged_write_is_kept()
    {
        var page = await cluster.SignInAsync(cluster.Entry, "unit", "units/11/work-items");
        var first = await cluster.NodeServingAsync(page);

        // Writes the node acknowledged before it died: two progress saves (the row leaves edit mode once saved) and an
        // evidence file (listed in the dialog once stored, in the shared folder).
        var running = WorkItemRow(page, "进行中").First;
        var runningTitle = await running.Locator("td").Nth(1).InnerTextAsync();
        foreach (var progress in new[] { "37", "58" })
        {
            await WorkItemRow(page, runningTitle).Locator("[data-testid=wi-edit]").ClickAsync();
            var input = page.Locator("[data-testid=wi-edit-progress] input, input[data-testid=wi-edit-progress]").First;
            await input.FillAsync(progress);
            await input.PressAsync("Enter");
            await Expect(page.Locator("input[data-testid=wi-edit-title]")).ToHaveCountAsync(0);
        }

        await Expect(WorkItemRow(page, runningTitle).Locator("[data-testid=wi-progress]")).ToHaveTextAsync("58%");
        var withEvidence = WorkItemRow(page, "以工作人员身份在窗口岗位体验一天");
        await withEvidence.Locator("[data-testid=wi-evidence]").ClickAsync();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        await page.Locator("[data-testid=evidence-dialog] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "集群体验照片.png", MimeType = "image/png", Buffer = png });
        await Expect(page.Locator("[data-testid=evidence-file]")).ToContainTextAsync("集群体验照片.png");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("[data-testid=evidence-dialog]")).ToHaveCountAsync(0);

        var other = first == "a" ? "b" : "a";
        await ClusterFixture.ScriptAsync("kill-node", first);
        var killed = Stopwatch.StartNew();
        try
        {
            // The circuit is gone with its node: the page's reconnection handler finds the service up again (through
            // nginx, on the other node) and reloads; the reload must not ask for the password again.
            await Expect(WorkItemRow(page, runningTitle).Locator("[data-testid=wi-progress]")).ToHaveTextAsync("58%", new() { Timeout = 30000 });
            await page.WaitForFunctionAsync("() => !document.getElementById('ch-reconnect') || document.getElementById('ch-reconnect').style.display === 'none'", null, new() { Timeout = 30000 });
            await BrowserFixture.WaitForInteractiveAsync(page);
            var recovered = killed.ElapsedMilliseconds;
            Assert.DoesNotContain("/Account/Login", page.Url, StringComparison.Ordinal);
            Assert.Equal(other, await cluster.NodeServingAsync(page));

            // The evidence stored through the dead node opens through the living one.
            await WorkItemRow(page, "以工作人员身份在窗口岗位体验一天").Locator("[data-testid=wi-evidence]").ClickAsync();
            var file = page.Locator("[data-testid=evidence-file]", new() { HasText = "集群体验照片.png" });
            await Expect(file).ToHaveCountAsync(1);
            var href = await file.Locator("a").First.GetAttributeAsync("href");
            Assert.False(string.IsNullOrEmpty(href), "the evidence file has no download link");
            var download = await page.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, download.Status);
            Assert.Equal(png, await download.BodyAsync());

            await BrowserFixture.ScreenshotAsync(page, "cluster-after-failover");
            output.WriteLine($"failover: the page was back, signed in, on node {other} {recovered} ms after node {first} was killed");
        }
        finally
        {
            await ClusterFixture.ScriptAsync("start-node", first);
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A work-item grid row; the row's first cell carries the row's test id (MudDataGrid has no row attributes).</summary>
    private static ILocator WorkItemRow(IPage page, string text) =>
        page.Locator("tr", new() { Has = page.Locator("[data-testid^=wi-row-]"), HasText = text });

    [Fact]
    public async Task The_survey_schedule_closes_a_due_survey_once_while_both_nodes_are_up()
    {
        // Both nodes run the schedule every 15 s; the survey is made due by hand, as time passing would.
        var surveyId = await ClusterFixture.QueryAsync("""SELECT "Id" FROM "SatisfactionSurveys" WHERE "Title" = '2014年4月“双满意”测评'""");
        Assert.NotEmpty(surveyId);
        await ClusterFixture.QueryAsync($"""UPDATE "SatisfactionSurveys" SET "ClosesAt" = "OpensAt" + interval '1 second' WHERE "Id" = {surveyId}""");

        var deadline = Stopwatch.StartNew();
        while (await ClusterFixture.QueryAsync($"""SELECT "Status" FROM "SatisfactionSurveys" WHERE "Id" = {surveyId}""") is var status
               && status is not ("3" or "Closed"))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), $"the survey was not closed within 60 s (status {status})");
            await Task.Delay(500);
        }

        // Give the other node's next round time to (wrongly) close it again before counting.
        await Task.Delay(TimeSpan.FromSeconds(16));
        var closings = await ClusterFixture.QueryAsync(
            $"""SELECT count(*) FROM "AuditEntries" WHERE "EntityType" LIKE '%SatisfactionSurvey' AND "EntityId" = '{surveyId}' AND "Field" = 'Status' AND "NewValue" = 'Closed'""");
        Assert.Equal("1", closings);
    }
}
