using CampaignHub.Domain.Plans;

namespace CampaignHub.Features.Plans;

/// <summary>The plan editor's form model: the four sections, bound to text areas.</summary>
public sealed class PlanTextInput
{
    public string? GuidingIdea { get; set; }

    public string? MainContent { get; set; }

    public string? Schedule { get; set; }

    public string? Organisation { get; set; }

    public static PlanTextInput From(PlanText text) => new()
    {
        GuidingIdea = text.GuidingIdea,
        MainContent = text.MainContent,
        Schedule = text.Schedule,
        Organisation = text.Organisation,
    };

    public PlanText ToText() => new(GuidingIdea, MainContent, Schedule, Organisation);

    public bool SameAs(PlanText text) => ToText().Normalised() == text.Normalised();
}
