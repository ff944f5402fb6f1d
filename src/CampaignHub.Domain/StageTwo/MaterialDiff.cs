using CampaignHub.Domain.Plans;

namespace CampaignHub.Domain.StageTwo;

/// <summary>The line diff of one material section.</summary>
public sealed record MaterialSectionDiff(MaterialSection Section, IReadOnlyList<DiffLine> Lines)
{
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
    public static MaterialVersionDiff Compare(MaterialVersion a, MaterialVersion b)
    {
        var (older, newer) = a.Number <= b.Number ? (a, b) : (b, a);
        var sections = MaterialText.Sections
            .Select(s => new MaterialSectionDiff(s, PlanDiff.Lines(older.Text[s], newer.Text[s])))
            .ToList();
        return new MaterialVersionDiff(older.Number, newer.Number, sections);
    }
}
