using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;

namespace CampaignHub.Features.Campaigns;

public sealed record CampaignTemplateDto(string Key, string Name, string Source, int SourceYear, IReadOnlyList<string> Highlights, SurveyDesign Survey);

/// <summary>Create a campaign from a template laid out in <paramref name="Year"/>, for the given units.</summary>
public sealed record CreateFromTemplateRequest(int Year, IReadOnlyList<int>? UnitIds);

/// <summary>A running campaign's set-up as the edit form loads it, with the version to save against.</summary>
public sealed record CampaignSetupDto(int Id, int Version, CampaignStatus Status, DateOnly? ArchivedOn, CampaignDraft Draft)
{
    /// <summary>The domain's answer whether the set-up may still be changed (<see cref="Campaign.WhyCannotEdit"/>).</summary>
    public ActionAnswer Edit { get; init; } = ActionAnswer.Allowed;
}

/// <summary>An edited set-up, saved against the version the editor loaded.</summary>
public sealed record ReviseCampaignRequest(CampaignDraft Draft, int ExpectedVersion);

public sealed record CopyCampaignRequest(int Years = 1);
