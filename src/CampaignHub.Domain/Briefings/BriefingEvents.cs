using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Briefings;

/// <summary>Something that happened to a submission or a 简报; the feed reads the campaign and unit from it.</summary>
public abstract record BriefingEvent(int CampaignId, int? UnitId, string Summary) : IDomainEvent
{
    /// <summary>The record's id, read after the save.</summary>
    public abstract int EntityId { get; }
}

public abstract record NewsItemEvent(NewsItem Item, string Summary) : BriefingEvent(Item.CampaignId, Item.UnitId, Summary)
{
    public override int EntityId => Item.Id;
}

public sealed record NewsItemDrafted(NewsItem Item) : NewsItemEvent(Item, $"起草{Item.Kind.ToChinese()}“{Item.Title}”");

public sealed record NewsItemRevised(NewsItem Item) : NewsItemEvent(Item, $"修改{Item.Kind.ToChinese()}“{Item.Title}”");

public sealed record NewsEvidenceChanged(NewsItem Item, string What) : NewsItemEvent(Item, What);

public sealed record NewsItemSubmitted(NewsItem Item) : NewsItemEvent(Item, $"向区委学教办报送{Item.Kind.ToChinese()}“{Item.Title}”");

public sealed record NewsItemReturned(NewsItem Item) : NewsItemEvent(Item, $"{Item.Kind.ToChinese()}“{Item.Title}”被学教办退回");

public sealed record NewsItemSelected(NewsItem Item) : NewsItemEvent(Item, $"{Item.Kind.ToChinese()}“{Item.Title}”被学教办采用");

public sealed record NewsItemPublished(NewsItem Item, string IssueNumber) : NewsItemEvent(Item, $"{Item.Kind.ToChinese()}“{Item.Title}”刊登于简报{IssueNumber}");

public abstract record BriefingIssueEvent(Briefing Briefing, string Summary) : BriefingEvent(Briefing.CampaignId, null, Summary)
{
    public override int EntityId => Briefing.Id;
}

public sealed record BriefingCompiled(Briefing Briefing) : BriefingIssueEvent(Briefing, $"学教办编辑简报“{Briefing.Title}”");

public sealed record BriefingRevised(Briefing Briefing) : BriefingIssueEvent(Briefing, $"学教办修改简报“{Briefing.Title}”");

public sealed record BriefingIssued(Briefing Briefing)
    : BriefingIssueEvent(Briefing, $"印发{Briefing.Visibility.ToChinese()}简报{Briefing.NumberText}“{Briefing.Title}”");
