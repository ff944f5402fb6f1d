using Microsoft.AspNetCore.Components;

namespace CampaignHub.Features.Wall.Components;

/// <summary>
/// A wall panel over one shared view. The cache hands every wall the same view instance until that panel's rows
/// change, so a panel re-renders only when what it shows changed, not on every edit anywhere in the campaign.
/// </summary>
public abstract class WallViewComponent<TView> : ComponentBase
    where TView : class
{
    private TView? _rendered;

    [Parameter, EditorRequired]
    public TView View { get; set; } = default!;

    protected override bool ShouldRender() => !ReferenceEquals(_rendered, View);

    protected override void OnAfterRender(bool firstRender) => _rendered = View;
}
