using CampaignHub.Features.Wall;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Wall;

/// <summary>Wall panels rendered once to shared HTML: encoded like any Razor output, and reused while unchanged.</summary>
public sealed class WallPanelHtmlTests
{
    [Fact]
    public async Task Panels_render_once_per_view_and_encode_what_people_typed()
    {
        using var factory = new CampaignHubFactory();
        _ = factory.CreateClient();
        var html = factory.Services.GetRequiredService<WallPanelHtml>();
        var snapshot = await factory.Services.GetRequiredService<WallCache>().GetAsync(1);
        var typed = new WallOverdueItem("整改事项", 2, "<script>alert('x')</script>窗口排队", 3, null);
        var views = snapshot.Views with { Overdue = WallViews.BuildOverdue([typed], _ => "东山街道") };

        var first = await html.RenderAsync(views, null);
        var again = await html.RenderAsync(views, null);

        Assert.Contains("东山街道", first.Overdue.Value, StringComparison.Ordinal);
        Assert.Contains("逾期3天", first.Overdue.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", first.Overdue.Value, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", first.Overdue.Value, StringComparison.Ordinal);
        Assert.Same(first.Overdue.Value, again.Overdue.Value);
        Assert.Same(first.Rates.Value, again.Rates.Value);
        Assert.Null(first.Contacts);
    }
}
