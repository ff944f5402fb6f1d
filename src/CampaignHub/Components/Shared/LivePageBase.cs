using CampaignHub.Domain.Common;
using CampaignHub.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CampaignHub.Components.Shared;

/// <summary>
/// A page that shows live data: it loads, subscribes to the change kinds it shows once it is
/// interactive, re-queries on each coalesced batch through <see cref="ComponentBase.InvokeAsync(Func{Task})"/>,
/// and drops its subscription when the component (or its circuit) is disposed.
/// </summary>
public abstract class LivePageBase : ComponentBase, IAsyncDisposable
{
    private IDisposable? _subscription;

    [Inject]
    protected IChangeFeed Feed { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    // Migration bridge: removed once every page notifies through Snackbar.
    [Inject]
    protected Radzen.NotificationService Notifications { get; set; } = default!;

    /// <summary>Whether a change concerns this page.</summary>
    protected abstract bool Concerns(ChangeEvent change);

    /// <summary>(Re)loads the page's data.</summary>
    protected abstract Task LoadAsync();

    protected string? LoadError { get; private set; }

    protected override async Task OnParametersSetAsync() => await SafeLoadAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        // Only the interactive render subscribes; the prerender pass is thrown away.
        if (firstRender && RendererInfo.IsInteractive)
        {
            _subscription = Feed.Subscribe(OnChangesAsync, Concerns);
        }
    }

    private Task OnChangesAsync(IReadOnlyList<ChangeEvent> changes) =>
        InvokeAsync(async () =>
        {
            await SafeLoadAsync();
            StateHasChanged();
        });

    private async Task SafeLoadAsync()
    {
        try
        {
            await LoadAsync();
            LoadError = null;
        }
        catch (DomainException ex)
        {
            LoadError = ex.Message;
        }
    }

    /// <summary>Runs a user action, turning business-rule failures into a Chinese notification.</summary>
    protected async Task<bool> TryAsync(Func<Task> action, string? success = null)
    {
        try
        {
            await action();
            if (success is not null)
            {
                Snackbar.Add(success, Severity.Success);
            }

            return true;
        }
        catch (DomainException ex)
        {
            Snackbar.Add($"未保存：{ex.Message}", Severity.Error, o => o.VisibleStateDuration = 8000);
            return false;
        }
    }

    /// <summary>
    /// Releases the subscription. Blazor calls only <see cref="IAsyncDisposable.DisposeAsync"/> when a component
    /// implements it, so this is the one disposal path: pages add their own clean-up in <see cref="DisposeAsyncCore"/>.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        _subscription = null;
        await DisposeAsyncCore();
        GC.SuppressFinalize(this);
    }

    protected virtual ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;
}
