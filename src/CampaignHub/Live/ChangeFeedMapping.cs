using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Rectification;

namespace CampaignHub.Live;

/// <summary>
/// The one place that says how a domain event appears on the change feed: which kind of data it touches (what
/// pages and the wall cache listen for), the campaign and unit it belongs to, and the summary the ticker shows.
/// Ids are read from the aggregates after the save, so new aggregates carry the ids the store gave them.
/// </summary>
public static class ChangeFeedMapping
{
    /// <summary>The display names the summary starts with; read before the save.</summary>
    public static NamesNeeded NamesNeeded(IDomainEvent domainEvent) => domainEvent switch
    {
        PlanEvent e => new NamesNeeded(UnitId: e.Plan.UnitId),
        _ => default,
    };

    /// <summary>One change for most events; a few facts change two kinds of data the pages show separately.</summary>
    public static IEnumerable<ChangeEvent> ToChanges(IDomainEvent domainEvent, FeedNames names, string actor, DateTimeOffset at)
    {
        yield return ToChange(domainEvent, names, actor, at);
        switch (domainEvent)
        {
            case RectificationEvent { AnswersLinkedOpinions: true } e:
                yield return new ChangeEvent(ChangeKind.Opinion, e.Item.CampaignId, e.Item.UnitId, null, $"整改事项答复群众意见：{e.Item.Title}", actor, at);
                break;
            case RectificationOpinionsLinked e:
                yield return new ChangeEvent(ChangeKind.Opinion, e.Item.CampaignId, null, null, e.OpinionsSummary, actor, at);
                break;
        }
    }

    private static ChangeEvent ToChange(IDomainEvent domainEvent, FeedNames names, string actor, DateTimeOffset at)
    {
        var entry = domainEvent switch
        {
            PlanEvent e => new Entry(ChangeKind.Plan, e.Plan.CampaignId, e.Plan.UnitId, e.Plan.Id, $"{names.Unit(e.Plan.UnitId)}：{e.Summary}"),
            WorkItemEvent e => new Entry(ChangeKind.WorkItem, e.Item.CampaignId, e.Item.UnitId, e.Item.Id, e.Summary),
            WorkItemsImported e => new Entry(ChangeKind.WorkItem, e.CampaignId, e.UnitId, null, e.Summary),
            RectificationEvent e => new Entry(ChangeKind.Rectification, e.Item.CampaignId, e.Item.UnitId, e.Item.Id, e.Summary),
            RectificationOpinionsLinked e => new Entry(ChangeKind.Rectification, e.Item.CampaignId, null, e.Item.Id, e.Summary),
            OpinionEvent e => new Entry(ChangeKind.Opinion, e.Opinion.CampaignId, e.Opinion.ClaimedByUnitId ?? e.Opinion.EscalatedToUnitId ?? e.Opinion.EnteredByUnitId, e.Opinion.Id, e.Summary),
            _ => throw new InvalidOperationException($"{domainEvent.GetType().Name} has no place on the change feed"),
        };
        return new ChangeEvent(entry.Kind, entry.CampaignId, entry.UnitId, entry.EntityId, entry.Summary, actor, at);
    }

    private readonly record struct Entry(ChangeKind Kind, int? CampaignId, int? UnitId, int? EntityId, string Summary);
}
