using System.Globalization;
using System.Runtime.CompilerServices;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Features.Wall.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CampaignHub.Features.Wall;

/// <summary>The wall's panels as HTML, one string per panel.</summary>
public sealed record WallPanelsHtml(
    MarkupString Headline,
    MarkupString Rates,
    MarkupString Overdue,
    MarkupString Progress,
    MarkupString ThreeChecks,
    MarkupString Timeline,
    MarkupString Flags,
    MarkupString Ticker,
    MarkupString? Contacts);

/// <summary>
/// Renders each wall panel once per change, for every open wall. The panels are ordinary Razor components; rendered
/// here with <see cref="HtmlRenderer"/> (encoding and all), they become one shared string per view, so a hundred
/// circuits hold a reference each instead of a hundred copies of the same render tree, and an edit costs each circuit
/// a string comparison rather than a diff of every row. The panels hold no interactive parts, only links.
/// </summary>
public sealed class WallPanelHtml(IServiceProvider services, ILoggerFactory loggerFactory)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    // Keyed by the view instance: the cache hands out the same instance while a panel's rows are unchanged.
    private readonly ConditionalWeakTable<object, Task<MarkupString>> _rendered = [];

    public async Task<WallPanelsHtml> RenderAsync(WallViews views, ContactWallDto? contacts) => new(
        await RenderAsync<WallHeadlinePanel>(views.Headline),
        await RenderAsync<WallSatisfactionPanel>(views.Rates),
        await RenderAsync<WallOverduePanel>(views.Overdue),
        await RenderAsync<WallProgressPanel>(views.Progress),
        await RenderAsync<WallThreeChecksPanel>(views.ThreeChecks),
        await RenderAsync<WallTimelinePanel>(views.Timeline),
        await RenderAsync<WallFlagsPanel>(views.Flags),
        await RenderAsync<WallTicker>(views.Ticker),
        contacts is null ? null : await RenderAsync<WallContactsPanel>(contacts));

    private async Task<MarkupString> RenderAsync<TPanel>(object view)
        where TPanel : IComponent
    {
        var rendering = _rendered.GetValue(view, v => RenderCoreAsync<TPanel>(v));
        try
        {
            return await rendering;
        }
        catch
        {
            // A failed render is not kept for this view: the next wall (or the next change) tries again.
            _rendered.Remove(view);
            throw;
        }
    }

    private async Task<MarkupString> RenderCoreAsync<TPanel>(object view)
        where TPanel : IComponent
    {
        // A renderer per panel: HtmlRenderer keeps every root component it has rendered until it is disposed.
        // It resolves scoped services (cascading-value suppliers), so it gets a scope of its own, never the root.
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var culture = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = Chinese;
            try
            {
                var output = await renderer.RenderComponentAsync<TPanel>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["View"] = view }));
                return new MarkupString(output.ToHtmlString());
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
            }
        });
    }
}
