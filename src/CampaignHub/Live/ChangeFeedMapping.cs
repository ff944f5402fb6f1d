using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;

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
        IStageTwoEvent e => new NamesNeeded(UnitId: e.UnitId),
        IEvaluationEvent e => new NamesNeeded(UnitId: e.UnitId),
        IStageThreeEvent e => new NamesNeeded(UnitId: e.UnitId),
        Domain.Linkage.LinkageEvent e => new NamesNeeded(UnitId: e.UnitId),
        Domain.Briefings.BriefingEvent { UnitId: { } unitId } => new NamesNeeded(UnitId: unitId),
        ContactActivityEvent e => new NamesNeeded(PersonId: e.Activity.PersonId),
        SecondmentEvent { NamesPerson: true } e => new NamesNeeded(PersonId: e.Secondment.PersonId),
        ReceptionDayEvent { NamesLeader: true } e => new NamesNeeded(PersonId: e.Reception.LeaderPersonId),
        ReceptionCaseEvent { NamesLeader: true } e => new NamesNeeded(PersonId: e.Case.ReceivingLeaderPersonId),
        IContactDutyRecordEvent e => new NamesNeeded(UnitId: e.UnitId),
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
            CommitmentEvent e => new Entry(ChangeKind.Commitment, e.Commitment.CampaignId, e.Commitment.ResponsibleUnitId, e.Commitment.Id, e.Summary),
            LedgerDueDateSet e => new Entry(ChangeKind.Commitment, e.Ledger.CampaignId, null, null, e.Summary),
            ThreeChecksJudged e => new Entry(ChangeKind.Review, e.Review.CampaignId, e.Review.UnitId, null, e.Summary),
            PubliclyRated { Item: Commitment c } e => new Entry(ChangeKind.Commitment, c.CampaignId, c.ResponsibleUnitId, c.Id, e.Summary),
            PubliclyRated { Item: RectificationItem r } e => new Entry(ChangeKind.Rectification, r.CampaignId, r.UnitId, r.Id, e.Summary),
            OrderEvent e => new Entry(ChangeKind.Order, e.Order.CampaignId, e.Order.UnitId, e.Order.Id, e.Summary),
            FlagEvent e => new Entry(ChangeKind.Flag, e.Flag.CampaignId, e.Flag.UnitId, e.Flag.Id, e.Summary),
            SupervisionActionEvent e => new Entry(ChangeKind.SupervisionAction, e.Action.CampaignId, e.Action.UnitId, e.Action.Id, e.Summary),
            SurveyEvent e => new Entry(ChangeKind.Survey, e.Survey.CampaignId, null, e.Survey.Id, e.Summary),
            ResponseCodesGenerated e => new Entry(ChangeKind.Survey, e.Survey.CampaignId, e.UnitId, e.Survey.Id, e.Summary),
            SurveyAnswered e => new Entry(ChangeKind.SurveyResponse, e.Survey.CampaignId, e.UnitId, e.Survey.Id, e.Summary),
            PaperQuestionnairesImported e => new Entry(ChangeKind.SurveyResponse, e.Survey.CampaignId, null, e.Survey.Id, e.Summary),
            MilestoneMet e => new Entry(ChangeKind.Milestone, e.Milestone.CampaignId, e.Completion.UnitId, e.Milestone.Id, e.Summary),
            SatisfactionThresholdSet e => new Entry(ChangeKind.Campaign, e.Campaign.Id, null, e.Campaign.Id, e.Summary),
            CampaignCreated e => new Entry(ChangeKind.Campaign, e.Campaign.Id, null, e.Campaign.Id, e.Summary),
            CampaignRevised e => new Entry(ChangeKind.Campaign, e.Campaign.Id, null, e.Campaign.Id, e.Summary),
            CampaignArchived e => new Entry(ChangeKind.Campaign, e.Campaign.Id, null, e.Campaign.Id, e.Summary),
            ContactActivityEvent e => new Entry(ChangeKind.ContactDuty, null, e.Activity.UnitId, e.Activity.PersonId, $"{names.Person(e.Activity.PersonId)}：{e.Summary}"),
            SecondmentEvent e => new Entry(ChangeKind.ContactDuty, null, e.Secondment.HomeUnitId, e.Secondment.PersonId, e.NamesPerson ? $"{names.Person(e.Secondment.PersonId)}：{e.Summary}" : e.Summary),
            ReceptionDayEvent e => new Entry(ChangeKind.ContactDuty, null, e.Reception.UnitId, e.Reception.Id, e.NamesLeader ? $"{names.Person(e.Reception.LeaderPersonId)}：{e.Summary}" : e.Summary),
            ReceptionCaseEvent e => new Entry(ChangeKind.ContactDuty, null, e.Case.ReceivingUnitId, e.Case.Id, e.NamesLeader ? $"{names.Person(e.Case.ReceivingLeaderPersonId)}：{e.Summary}" : e.Summary),
            QuotaRuleChanged e => new Entry(ChangeKind.ContactDuty, null, null, e.Rule.Id, e.Summary),
            IContactDutyRecordEvent e => new Entry(ChangeKind.ContactDuty, null, e.UnitId, e.EntityId, $"{names.Unit(e.UnitId)}：{e.Summary}"),
            PersonEvent e => new Entry(ChangeKind.Unit, null, e.Unit.Id, null, e.Summary),
            UnitEvent e => new Entry(ChangeKind.Unit, null, e.Unit.Id, e.Unit.Id, e.Summary),
            SupervisionGroupEvent e => new Entry(ChangeKind.Unit, null, e.Group.UnitId, e.Group.Id, e.Summary),
            IStageTwoEvent e => new Entry(ChangeKind.StageTwo, e.CampaignId, e.UnitId, e.EntityId, $"{names.Unit(e.UnitId)}：{e.Summary}"),
            IEvaluationEvent e => new Entry(ChangeKind.Evaluation, e.CampaignId, e.UnitId, e.EntityId, $"{names.Unit(e.UnitId)}：{e.Summary}"),
            IStageThreeEvent e => new Entry(ChangeKind.StageThree, e.CampaignId, e.UnitId, e.EntityId, $"{names.Unit(e.UnitId)}：{e.Summary}"),
            Domain.Linkage.LinkageEvent e => new Entry(ChangeKind.Linkage, e.CampaignId, e.UnitId, e.EntityId, $"{names.Unit(e.UnitId)}：{e.Summary}"),
            Domain.PublicOversight.OversightEvent e => new Entry(ChangeKind.Oversight, null, null, e.EntityId, e.Summary),
            Domain.Briefings.BriefingEvent e => new Entry(ChangeKind.Briefing, e.CampaignId, e.UnitId, e.EntityId, e.UnitId is { } unitId ? $"{names.Unit(unitId)}：{e.Summary}" : e.Summary),
            _ => throw new InvalidOperationException($"{domainEvent.GetType().Name} has no place on the change feed"),
        };

        // An automatic flag is the system's finding, whoever's save (a public answer, a paper import) revealed it.
        var by = domainEvent is FlagRaised { Flag.Kind: UnitFlagKind.Automatic } ? Actor.System.UserName : actor;
        return new ChangeEvent(entry.Kind, entry.CampaignId, entry.UnitId, entry.EntityId, entry.Summary, by, at);
    }

    private readonly record struct Entry(ChangeKind Kind, int? CampaignId, int? UnitId, int? EntityId, string Summary);
}
