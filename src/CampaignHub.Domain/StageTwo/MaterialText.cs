using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.StageTwo;

/// <summary>The four required sections of a self-examination material (对照检查材料).</summary>
public enum MaterialSection
{
    /// <summary>“四风”问题的具体表现、典型事例.</summary>
    FourWindsProblems = 0,

    /// <summary>“三公”经费、职务消费、人情消费、公务用车、办公用房和住房、家属子女从业等情况说明.</summary>
    ConductStatement = 1,

    /// <summary>从理想信念、宗旨意识、党性修养、政治纪律等方面剖析根源.</summary>
    RootsAnalysis = 2,

    /// <summary>努力方向和整改措施.</summary>
    DirectionAndMeasures = 3,
}

public static class MaterialSectionNames
{
    public static string ToChinese(this MaterialSection section) => section switch
    {
        MaterialSection.FourWindsProblems => "“四风”问题的具体表现和典型事例",
        MaterialSection.ConductStatement => "“三公”经费、职务消费、人情消费、公务用车、办公用房和住房、家属子女从业情况说明",
        MaterialSection.RootsAnalysis => "根源剖析（理想信念、宗旨意识、党性修养、政治纪律）",
        MaterialSection.DirectionAndMeasures => "努力方向和整改措施",
        _ => section.ToString(),
    };
}

/// <summary>The four section texts of a material as one value: the editor's input and the view of a version.</summary>
public sealed record MaterialText(string? FourWindsProblems, string? ConductStatement, string? RootsAnalysis, string? DirectionAndMeasures)
{
    public const int MaxSectionLength = 20_000;

    public static MaterialText Empty { get; } = new(null, null, null, null);

    public static IReadOnlyList<MaterialSection> Sections { get; } =
        [MaterialSection.FourWindsProblems, MaterialSection.ConductStatement, MaterialSection.RootsAnalysis, MaterialSection.DirectionAndMeasures];

    public string? this[MaterialSection section] => section switch
    {
        MaterialSection.FourWindsProblems => FourWindsProblems,
        MaterialSection.ConductStatement => ConductStatement,
        MaterialSection.RootsAnalysis => RootsAnalysis,
        MaterialSection.DirectionAndMeasures => DirectionAndMeasures,
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>Trims, turns blank sections into null and refuses over-long ones.</summary>
    public MaterialText Normalised() => new(
        Clean(FourWindsProblems, MaterialSection.FourWindsProblems),
        Clean(ConductStatement, MaterialSection.ConductStatement),
        Clean(RootsAnalysis, MaterialSection.RootsAnalysis),
        Clean(DirectionAndMeasures, MaterialSection.DirectionAndMeasures));

    /// <summary>The empty sections, in order: a material goes to review or out only with all four written.</summary>
    public IReadOnlyList<MaterialSection> MissingSections() =>
        Sections.Where(s => string.IsNullOrWhiteSpace(this[s])).ToList();

    /// <summary>Refuses a text with an empty section, naming every empty one.</summary>
    public void EnsureComplete()
    {
        var missing = MissingSections();
        if (missing.Count > 0)
        {
            throw new DomainException($"对照检查材料的“{string.Join("”“", missing.Select(s => s.ToChinese()))}”不能为空");
        }
    }

    private static string? Clean(string? text, MaterialSection section) =>
        Guard.Optional(text?.Replace("\r\n", "\n", StringComparison.Ordinal), section.ToChinese(), MaxSectionLength);
}
