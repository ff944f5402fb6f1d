using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>
/// A unit's yearly research-results exchange (调研成果讨论交流, "各单位每年要组织开展1次调研成果讨论交流，促进调研成果转化"):
/// a dated meeting that lists the research reports of the unit's leaders it discussed.
/// </summary>
public sealed class ResearchExchange : AggregateRoot
{
    private readonly List<ResearchExchangeReport> _reports = [];

    private ResearchExchange()
    {
        Place = string.Empty;
        Summary = string.Empty;
        RecordedBy = string.Empty;
    }

    private ResearchExchange(int unitId, DateOnly heldOn, Actor actor)
        : this()
    {
        UnitId = unitId;
        HeldOn = heldOn;
        RecordedBy = actor.UserName;
    }

    public int UnitId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public int Year => HeldOn.Year;

    public string Place { get; private set; }

    /// <summary>What was discussed and how the results will be put to use (成果转化).</summary>
    public string Summary { get; private set; }

    public string RecordedBy { get; private set; }

    public IReadOnlyList<ResearchExchangeReport> Reports => _reports;

    /// <summary>
    /// Records the meeting. <paramref name="unitPlans"/> are the unit's research plans for the year; each discussed
    /// topic must be one of theirs and already have its report.
    /// </summary>
    public static ResearchExchange Hold(int unitId, DateOnly heldOn, string place, string summary, IReadOnlyCollection<int> discussedTopicIds,
        IReadOnlyCollection<ResearchPlan> unitPlans, Actor actor, UnitTree tree, IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, unitId, tree);
        if (heldOn > clock.Today)
        {
            throw new DomainException("交流会日期不能晚于今天");
        }

        if (discussedTopicIds.Count == 0)
        {
            throw new DomainException("请选择交流会讨论的调研报告");
        }

        var exchange = new ResearchExchange(unitId, heldOn, actor)
        {
            Place = Guard.Required(place, "地点", 200),
            Summary = Guard.Required(summary, "交流情况和成果转化", 4000),
        };
        var topics = unitPlans.Where(p => p.UnitId == unitId && p.Year == heldOn.Year).SelectMany(p => p.Topics).ToDictionary(t => t.Id);
        foreach (var topicId in discussedTopicIds.Distinct())
        {
            if (!topics.TryGetValue(topicId, out var topic))
            {
                throw new DomainException("所选调研报告不属于本单位本年度的调研计划");
            }

            if (!topic.HasReport)
            {
                throw new DomainException($"课题“{topic.Title}”尚未形成调研报告，不能列入交流");
            }

            exchange._reports.Add(new ResearchExchangeReport(topicId));
        }

        exchange.Raise(new ResearchExchangeHeld(exchange));
        return exchange;
    }
}

/// <summary>A research report discussed at an exchange (by its topic).</summary>
public sealed class ResearchExchangeReport : Entity
{
    private ResearchExchangeReport()
    {
    }

    internal ResearchExchangeReport(int researchTopicId)
    {
        ResearchTopicId = researchTopicId;
    }

    public int ResearchTopicId { get; private set; }
}

/// <summary>Whether a unit held its yearly exchange: missing is flagged once the year is over, pending before.</summary>
public sealed record ExchangeStanding(int Held, bool IsFlagged, string Text);

public static class ResearchExchangeRule
{
    public static ExchangeStanding Assess(IEnumerable<ResearchExchange> unitExchanges, int year, DateOnly today)
    {
        var held = unitExchanges.Where(e => e.Year == year).OrderBy(e => e.HeldOn).ToList();
        if (held.Count > 0)
        {
            return new ExchangeStanding(held.Count, false, $"已于{held[0].HeldOn:M月d日}召开调研成果讨论交流会");
        }

        return today > new DateOnly(year, 12, 31)
            ? new ExchangeStanding(0, true, "全年未组织调研成果讨论交流")
            : new ExchangeStanding(0, false, "本年度尚未组织调研成果讨论交流");
    }
}
