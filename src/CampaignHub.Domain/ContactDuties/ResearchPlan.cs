using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>
/// A leader's yearly research plan (年度调研计划, "党员领导干部每年要制定年度调研计划"): the topics they will
/// research that year, each to end in a research report (调研报告). One plan per leader and year.
/// </summary>
public sealed class ResearchPlan : AggregateRoot
{
    /// <summary>A plan lists a handful of topics; more is a list, not a plan.</summary>
    public const int MaxTopics = 10;

    private readonly List<ResearchTopic> _topics = [];

    private ResearchPlan()
    {
        FiledBy = string.Empty;
    }

    private ResearchPlan(int personId, int unitId, int year, DateOnly filedOn, Actor actor)
        : this()
    {
        PersonId = personId;
        UnitId = unitId;
        Year = year;
        FiledOn = filedOn;
        FiledBy = actor.UserName;
    }

    public int PersonId { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    public DateOnly FiledOn { get; private set; }

    public string FiledBy { get; private set; }

    public IReadOnlyList<ResearchTopic> Topics => _topics;

    public int ReportCount => _topics.Count(t => t.HasReport);

    /// <summary>Files the plan for <paramref name="year"/>: this year or next, with at least one topic, no topic twice.</summary>
    public static ResearchPlan File(int personId, int unitId, int year, IReadOnlyCollection<string> topics, Actor actor, UnitTree tree, IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, unitId, tree);
        if (year < clock.Today.Year || year > clock.Today.Year + 1)
        {
            throw new DomainException("只能制定今年或明年的年度调研计划");
        }

        var titles = topics.Select(t => Guard.Required(t, "调研课题", 200)).ToList();
        if (titles.Count == 0)
        {
            throw new DomainException("年度调研计划至少要有1个调研课题");
        }

        var plan = new ResearchPlan(personId, unitId, year, clock.Today, actor);
        foreach (var title in titles)
        {
            plan.Add(title);
        }

        plan.Raise(new ResearchPlanFiled(plan));
        return plan;
    }

    /// <summary>Adds a topic during the plan's year (调研计划可以补充).</summary>
    public void AddTopic(string title, Actor actor, UnitTree tree, IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, UnitId, tree);
        if (clock.Today.Year > Year)
        {
            throw new DomainException("计划年度已过，不能再增加调研课题");
        }

        Add(Guard.Required(title, "调研课题", 200));
    }

    /// <summary>Files the report that ends a topic (调研报告), dated within the plan's year and not after today.</summary>
    public ResearchTopic FileReport(int topicId, string reportTitle, string summary, DateOnly filedOn, Actor actor, UnitTree tree, IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, UnitId, tree);
        var topic = _topics.FirstOrDefault(t => t.Id == topicId) ?? throw new NotFoundException("找不到该调研课题");
        if (filedOn > clock.Today)
        {
            throw new DomainException("报告日期不能晚于今天");
        }

        if (filedOn.Year != Year)
        {
            throw new DomainException($"调研报告须在{Year}年内完成");
        }

        topic.FileReport(reportTitle, summary, filedOn);
        Raise(new ResearchReportFiled(this, topic));
        return topic;
    }

    private void Add(string title)
    {
        if (_topics.Count >= MaxTopics)
        {
            throw new DomainException($"年度调研计划最多{MaxTopics}个调研课题");
        }

        if (_topics.Any(t => t.Title == title))
        {
            throw new DomainException($"调研课题“{title}”重复");
        }

        _topics.Add(new ResearchTopic(title));
    }
}

/// <summary>One topic of a research plan, ended by its research report.</summary>
public sealed class ResearchTopic : Entity
{
    private ResearchTopic()
    {
        Title = string.Empty;
    }

    internal ResearchTopic(string title)
    {
        Title = title;
    }

    public string Title { get; private set; }

    public string? ReportTitle { get; private set; }

    /// <summary>The report's findings and proposals (主要内容和对策建议).</summary>
    public string? ReportSummary { get; private set; }

    public DateOnly? ReportFiledOn { get; private set; }

    public bool HasReport => ReportFiledOn is not null;

    internal void FileReport(string reportTitle, string summary, DateOnly filedOn)
    {
        if (HasReport)
        {
            throw new DomainException("该调研课题已提交调研报告");
        }

        ReportTitle = Guard.Required(reportTitle, "报告标题", 200);
        ReportSummary = Guard.Required(summary, "主要内容和对策建议", 4000);
        ReportFiledOn = filedOn;
    }
}

/// <summary>Where a leader's research stands for a year, and whether the compliance view flags it.</summary>
public sealed record ResearchStanding(bool HasPlan, int Topics, int Reports, bool IsFlagged, string Text);

/// <summary>
/// The research rule, in one place: a leader without a plan for the year is flagged; a topic still without its
/// report is in progress during the year and flagged once the year is over ("每年至少撰写1篇调研报告").
/// </summary>
public static class ResearchPlanRule
{
    public static ResearchStanding Assess(ResearchPlan? plan, int year, DateOnly today)
    {
        if (plan is null)
        {
            return new ResearchStanding(false, 0, 0, true, "未制定年度调研计划");
        }

        var open = plan.Topics.Count - plan.ReportCount;
        var yearOver = today > new DateOnly(year, 12, 31);
        return open switch
        {
            0 => new ResearchStanding(true, plan.Topics.Count, plan.ReportCount, false, $"{plan.Topics.Count}个课题均已形成调研报告"),
            _ when yearOver => new ResearchStanding(true, plan.Topics.Count, plan.ReportCount, true, $"{open}个课题年底未形成调研报告"),
            _ => new ResearchStanding(true, plan.Topics.Count, plan.ReportCount, false, $"已完成{plan.ReportCount}篇，{open}个课题调研中"),
        };
    }
}
