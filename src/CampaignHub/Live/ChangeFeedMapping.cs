using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;

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

    public static ChangeEvent ToChange(IDomainEvent domainEvent, FeedNames names, string actor, DateTimeOffset at)
    {
        var (kind, campaignId, unitId, entityId, summary) = domainEvent switch
        {
            PlanEvent e => (ChangeKind.Plan, e.Plan.CampaignId, e.Plan.UnitId, e.Plan.Id, $"{names.Unit(e.Plan.UnitId)}：{e.Summary}"),
            WorkItemEvent e => (ChangeKind.WorkItem, e.Item.CampaignId, e.Item.UnitId, e.Item.Id, e.Summary),
            WorkItemsImported e => (ChangeKind.WorkItem, e.CampaignId, e.UnitId, (int?)null, e.Summary),
            _ => throw new InvalidOperationException($"{domainEvent.GetType().Name} has no place on the change feed"),
        };
        return new ChangeEvent(kind, campaignId, unitId, entityId, summary, actor, at);
    }
}
