using CampaignHub.Domain.Opinions;

namespace CampaignHub.Features.Opinions;

/// <summary>The public form's fields. <see cref="Website"/> is the hidden trap: people never see it, bots fill it.</summary>
public sealed class PublicOpinionInput
{
    public OpinionCategory Category { get; set; } = OpinionCategory.Other;

    public string? Content { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Website { get; set; }

    public static IReadOnlyList<OpinionCategory> Categories { get; } = Enum.GetValues<OpinionCategory>();
}
