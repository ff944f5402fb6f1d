using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Plans;

/// <summary>
/// The four section texts of a plan, as one value. Used as the input of
/// <see cref="ImplementationPlan.Revise"/> and as the (non-persisted) view of a version.
/// </summary>
public sealed record PlanText(string? GuidingIdea, string? MainContent, string? Schedule, string? Organisation)
{
    /// <summary>Each section may hold a long text; 20,000 characters is far beyond a real plan.</summary>
    public const int MaxSectionLength = 20_000;

    public static PlanText Empty { get; } = new(null, null, null, null);

    public static IReadOnlyList<PlanSection> Sections { get; } =
        [PlanSection.GuidingIdea, PlanSection.MainContent, PlanSection.Schedule, PlanSection.Organisation];

    public string? this[PlanSection section] => section switch
    {
        PlanSection.GuidingIdea => GuidingIdea,
        PlanSection.MainContent => MainContent,
        PlanSection.Schedule => Schedule,
        PlanSection.Organisation => Organisation,
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>Trims, turns blank sections into null and refuses over-long ones.</summary>
    public PlanText Normalised() => new(
        Clean(GuidingIdea, PlanSection.GuidingIdea),
        Clean(MainContent, PlanSection.MainContent),
        Clean(Schedule, PlanSection.Schedule),
        Clean(Organisation, PlanSection.Organisation));

    /// <summary>The first empty section, if any: a plan is submitted only when all four are written.</summary>
    public PlanSection? FirstMissingSection()
    {
        foreach (var section in Sections)
        {
            if (string.IsNullOrWhiteSpace(this[section]))
            {
                return section;
            }
        }

        return null;
    }

    private static string? Clean(string? text, PlanSection section) =>
        Guard.Optional(text?.Replace("\r\n", "\n", StringComparison.Ordinal), section.ToChinese(), MaxSectionLength);
}
