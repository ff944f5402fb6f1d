using CampaignHub.Infrastructure.Paging;
using MudBlazor;

namespace CampaignHub.Components.Shared;

/// <summary>Translates a <see cref="MudDataGrid{T}"/>'s server-data state to a <see cref="PageRequest"/> and back.</summary>
public static class GridPaging
{
    /// <summary>The grid's page and its one sort (columns sort by the row property they show).</summary>
    public static PageRequest Request<T>(GridState<T> state)
    {
        var sort = state.SortDefinitions.OrderBy(s => s.Index).FirstOrDefault();
        return new PageRequest(state.Page * state.PageSize, state.PageSize, sort?.SortBy, sort?.Descending ?? false);
    }

    public static GridData<T> Data<T>(PageOf<T> page) => new() { Items = page.Rows, TotalItems = page.Total };

    public static GridData<T> Empty<T>() => new() { Items = [], TotalItems = 0 };
}
