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

    /// <summary>Whether a change concerns this page.</summary>
    protected abstract bool Concerns(ChangeEvent change);

    /// <summary>(Re)loads the page's data.</summary>
    protected abstract Task LoadAsync();

    protected string? LoadError { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        // Subscribe before the first load, so a change committed while the page loads is not missed: it arrives
        // as a batch and triggers a reload. Only the interactive render subscribes; the prerender is thrown away.
        if (_subscription is null && RendererInfo.IsInteractive)
        {
            _subscription = Feed.Subscribe(OnChangesAsync, Concerns);
        }

        await SafeLoadAsync();
    }

    [Inject]
    private Infrastructure.Telemetry.CampaignHubMetrics Metrics { get; set; } = default!;

    private Task OnChangesAsync(IReadOnlyList<ChangeEvent> changes) =>
        InvokeAsync(async () =>
        {
            await SafeLoadAsync();
            StateHasChanged();
            if (ChangeFeed.PublishedTimestampOf(changes) is { } committed)
            {
                Metrics.PageRendered(System.Diagnostics.Stopwatch.GetElapsedTime(committed), GetType().Name);
            }
        });

    // Loads run one at a time, so an older load can never finish after a newer one and show stale data.
    private readonly SemaphoreSlim _loading = new(1, 1);

    private async Task SafeLoadAsync()
    {
        await _loading.WaitAsync();
        try
        {
            await LoadAsync();
            LoadError = null;
        }
        catch (DomainException ex)
        {
            LoadError = ex.Message;
        }
        finally
        {
            _loading.Release();
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
