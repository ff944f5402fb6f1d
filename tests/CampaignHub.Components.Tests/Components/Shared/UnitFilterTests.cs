using CampaignHub.Components.Shared;
using CampaignHub.Components.Tests.Features.Units;
using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Lookups;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Components.Tests.Components.Shared;

/// <summary>The unit filter searches as you type over the one shared list of units, and follows renames.</summary>
public sealed class UnitFilterTests : ComponentTestContext
{
    private readonly UnitsTestDatabase _database;

    public UnitFilterTests()
    {
        _database = new UnitsTestDatabase(new ShiftedClock(DemoToday, DateTimeOffset.UtcNow));
        _database.AddTo(Services);
        Services.AddSingleton<UnitDirectory>();
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Typing_part_of_a_name_offers_only_the_matching_units_and_choosing_one_raises_its_id()
    {
        int? chosen = null;
        var popover = Render<MudBlazor.MudPopoverProvider>();
        var filter = Render<UnitFilter>(p => p
            .Add(x => x.Value, (int?)null)
            .Add(x => x.ValueChanged, (int? id) => chosen = id));

        filter.Find("input").Input("上坊");

        var items = WaitForItems(popover);
        var item = Assert.Single(items);
        Assert.Contains("上坊社区", item.TextContent);
        item.Click();

        // The autocomplete closes its list and then raises the value, on the renderer's own schedule.
        filter.WaitForAssertion(() => Assert.Equal(_database.CommunityId, chosen), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void The_chosen_unit_shows_by_its_short_name()
    {
        var filter = Render<UnitFilter>(p => p.Add(x => x.Value, _database.StreetId));

        filter.WaitForAssertion(() => Assert.Equal("东山街道", filter.Find("input").GetAttribute("value")));
    }

    [Fact]
    public void Every_button_of_the_filter_has_a_name_a_screen_reader_can_read()
    {
        var filter = Render<UnitFilter>(p => p.Add(x => x.Value, _database.StreetId));
        filter.WaitForAssertion(() => Assert.Equal("东山街道", filter.Find("input").GetAttribute("value")));

        var buttons = filter.FindAll("button");

        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.False(string.IsNullOrWhiteSpace(b.GetAttribute("aria-label")), b.OuterHtml));
    }

    [Fact]
    public async Task A_renamed_unit_is_found_by_its_new_name_once_the_rename_is_saved()
    {
        var directory = Services.GetRequiredService<UnitDirectory>();
        Assert.Single(await directory.SearchAsync("上坊", 10, Ct));

        await using (var db = _database.Create())
        {
            var community = await db.Set<Unit>().SingleAsync(u => u.Id == _database.CommunityId, Ct);
            community.Rename("佘村社区居委会", "佘村社区");
            await db.SaveChangesAsync(Ct);
        }

        await WaitUntilAsync(async () => (await directory.SearchAsync("佘村", 10, Ct)).Count == 1);
        Assert.Empty(await directory.SearchAsync("上坊", 10, Ct));
    }

    [Fact]
    public async Task The_directory_lists_units_in_tree_order_indented_by_depth_and_stops_at_the_limit()
    {
        var directory = Services.GetRequiredService<UnitDirectory>();

        var all = await directory.SearchAsync(null, 10, Ct);
        var two = await directory.SearchAsync("", 2, Ct);

        Assert.Equal(["江宁区", "\u3000东山街道", "\u3000\u3000上坊社区"], all.Select(u => u.IndentedName));
        Assert.Equal(2, two.Count);
        Assert.Same(await directory.OptionsAsync(Ct), await directory.OptionsAsync(Ct));
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> WaitForItems(IRenderedComponent<MudBlazor.MudPopoverProvider> popover)
    {
        IReadOnlyList<AngleSharp.Dom.IElement> items = [];
        popover.WaitForAssertion(() =>
        {
            items = popover.FindAll(".mud-list-item");
            Assert.NotEmpty(items);
        }, TimeSpan.FromSeconds(5));
        return items;
    }

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "条件未在5秒内满足");
            await Task.Delay(20, Ct);
        }
    }
}
