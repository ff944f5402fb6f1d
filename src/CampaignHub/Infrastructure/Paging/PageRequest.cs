namespace CampaignHub.Infrastructure.Paging;

/// <summary>
/// One page of a list, as a grid asks for it: which rows (<paramref name="Skip"/>, <paramref name="Take"/>) and the
/// order (<paramref name="SortBy"/> is the row DTO's property name; null = the list's own order). Services answer it
/// with the query, so a page holds only its rows however large the province is.
/// </summary>
public sealed record PageRequest(int Skip, int Take, string? SortBy = null, bool Descending = false)
{
    /// <summary>The largest page a caller may ask for (the grids offer at most 100 rows a page).</summary>
    public const int MaxTake = 200;

    public int SafeSkip => Math.Max(0, Skip);

    public int SafeTake => Math.Clamp(Take, 1, MaxTake);
}

/// <summary>A page of rows and how many rows match the filter in all.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Rows, int Total);
