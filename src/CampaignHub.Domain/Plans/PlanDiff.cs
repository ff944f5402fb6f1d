namespace CampaignHub.Domain.Plans;

public enum DiffLineKind
{
    /// <summary>In both texts.</summary>
    Unchanged = 0,

    /// <summary>Only in the newer text.</summary>
    Added = 1,

    /// <summary>Only in the older text.</summary>
    Removed = 2,
}

/// <summary>
/// One line of a diff. Line numbers are 1-based in the older / newer text; null where the line is
/// absent from that side.
/// </summary>
public readonly record struct DiffLine(DiffLineKind Kind, string Text, int? OldLineNumber, int? NewLineNumber);

/// <summary>The line diff of one section.</summary>
public sealed record SectionDiff(PlanSection Section, IReadOnlyList<DiffLine> Lines)
{
    public int Added => Lines.Count(l => l.Kind == DiffLineKind.Added);

    public int Removed => Lines.Count(l => l.Kind == DiffLineKind.Removed);

    public bool HasChanges => Lines.Any(l => l.Kind != DiffLineKind.Unchanged);
}

/// <summary>The changes between two versions, section by section, in the order of <see cref="PlanText.Sections"/>.</summary>
public sealed record PlanVersionDiff(int OlderNumber, int NewerNumber, IReadOnlyList<SectionDiff> Sections)
{
    public bool HasChanges => Sections.Any(s => s.HasChanges);
}

/// <summary>
/// Pure line-based diff for the "changes between versions" screen: a longest-common-subsequence
/// diff per section. Plans are a few hundred lines at most, so the quadratic table is fine.
/// </summary>
public static class PlanDiff
{
    /// <summary>Compares any two versions; the lower number is always treated as the older one.</summary>
    public static PlanVersionDiff Compare(PlanVersion a, PlanVersion b)
    {
        var (older, newer) = a.Number <= b.Number ? (a, b) : (b, a);
        return new PlanVersionDiff(older.Number, newer.Number, Compare(older.Text, newer.Text));
    }

    public static IReadOnlyList<SectionDiff> Compare(PlanText older, PlanText newer) =>
        PlanText.Sections.Select(s => new SectionDiff(s, Lines(older[s], newer[s]))).ToList();

    /// <summary>Line diff of two texts; null or empty text has no lines.</summary>
    public static IReadOnlyList<DiffLine> Lines(string? older, string? newer)
    {
        var a = SplitLines(older);
        var b = SplitLines(newer);

        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var result = new List<DiffLine>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                result.Add(new DiffLine(DiffLineKind.Unchanged, a[x], x + 1, y + 1));
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                result.Add(new DiffLine(DiffLineKind.Removed, a[x], x + 1, null));
                x++;
            }
            else
            {
                result.Add(new DiffLine(DiffLineKind.Added, b[y], null, y + 1));
                y++;
            }
        }

        for (; x < a.Length; x++)
        {
            result.Add(new DiffLine(DiffLineKind.Removed, a[x], x + 1, null));
        }

        for (; y < b.Length; y++)
        {
            result.Add(new DiffLine(DiffLineKind.Added, b[y], null, y + 1));
        }

        return result;
    }

    private static string[] SplitLines(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
