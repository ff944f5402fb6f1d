using Microsoft.AspNetCore.Components;

namespace CampaignHub.Features.Wall.Components;

/// <summary>
/// A wall panel over one view of the snapshot (<see cref="WallViews"/>). On the wall the panels are rendered once per
/// change to shared HTML by <see cref="WallPanelHtml"/>; reports render some of them directly.
/// </summary>
public abstract class WallViewComponent<TView> : ComponentBase
    where TView : class
{
    [Parameter, EditorRequired]
    public TView View { get; set; } = default!;
}
