using CampaignHub.Domain.Plans;

namespace CampaignHub.Domain.StageTwo;

/// <summary>The line diff of one material section.</summary>
public sealed record MaterialSectionDiff(MaterialSection Section, IReadOnlyList<DiffLine> Lines)
{
    public int Added => Lines.Count(l => l.Kind == DiffLineKind.Added);

    public int Removed => Lines.Count(l => l.Kind == DiffLineKind.Removed);

    public bool HasChanges => Lines.Any(l => l.Kind != DiffLineKind.Unchanged);
}

/// <summary>The changes between two versions of a material, section by section.</summary>
public sealed record MaterialVersionDiff(int OlderNumber, int NewerNumber, IReadOnlyList<MaterialSectionDiff> Sections)
{
    public bool HasChanges => Sections.Any(s => s.HasChanges);
}

/// <summary>Versions of a material are compared like plan versions: the same line diff, per section.</summary>
public static class MaterialDiff
{
    public static MaterialVersionDiff Compare(MaterialVersion a, MaterialVersion b) => Compare(a.Number, a.Text, b.Number, b.Text);

    /// <summary>Compares two numbered texts; the lower number is always treated as the older one.</summary>
    public static MaterialVersionDiff Compare(int numberA, MaterialText textA, int numberB, MaterialText textB)
    {
        var (olderNumber, older, newerNumber, newer) = numberA <= numberB ? (numberA, textA, numberB, textB) : (numberB, textB, numberA, textA);
        var sections = MaterialText.Sections
            .Select(s => new MaterialSectionDiff(s, PlanDiff.Lines(older[s], newer[s])))
            .ToList();
        return new MaterialVersionDiff(olderNumber, newerNumber, sections);
    }
}
