using CampaignHub.Components.Shared;
using CampaignHub.Components.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace CampaignHub.Components.Tests.Components.Shared;

public sealed class TextSizeToggleTests : ComponentTestContext
{
    [Fact]
    public void Both_switches_come_back_to_the_page_they_were_used_on_with_its_query()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("public?unit=东山");

        var toggle = Render<TextSizeToggle>();

        var large = toggle.Find("[data-testid=text-size-large]");
        var normal = toggle.Find("[data-testid=text-size-normal]");
        Assert.Equal("大字模式", large.TextContent);
        Assert.Equal("标准字号", normal.TextContent);
        Assert.Equal("text-size/large?returnUrl=" + Uri.EscapeDataString("/public?unit=东山"), large.GetAttribute("href"));
        Assert.Equal("text-size/normal?returnUrl=" + Uri.EscapeDataString("/public?unit=东山"), normal.GetAttribute("href"));
    }

    [Fact]
    public void Switching_reloads_the_whole_page_so_the_new_size_applies_everywhere()
    {
        var toggle = Render<TextSizeToggle>();

        Assert.All(toggle.FindAll("a"), link => Assert.Equal("false", link.GetAttribute("data-enhance-nav")));
    }
}
