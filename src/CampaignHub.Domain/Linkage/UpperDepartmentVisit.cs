using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Linkage;

/// <summary>
/// 对接联动登记: a leader's visit, with the unit's main leaders, to its upper counterpart department (上级对口部门), due
/// by the end of March. It carries the first batch's rectification items that concern the locality, each with the local
/// measures that carry it through (推动第一批整改成果落地); the local problems reported upward, each with the upper
/// department's answer (向上级对口部门报告、争取支持); and the experience taken over (承接运用第一批的经验做法).
/// </summary>
public sealed class UpperDepartmentVisit : AggregateRoot
{
    public const int MaxDepartmentLength = 100;
    public const int MaxTextLength = 2000;

    private readonly List<FirstBatchItem> _firstBatchItems = [];
    private readonly List<ReportedProblem> _reportedProblems = [];

    private UpperDepartmentVisit()
    {
        LeaderName = string.Empty;
        DepartmentVisited = string.Empty;
        ExperienceTakenOver = string.Empty;
        RecordedBy = string.Empty;
    }

    public int CampaignId { get; private set; }

    /// <summary>The district-level unit whose leaders went.</summary>
    public int UnitId { get; private set; }

    /// <summary>The leader who led the visit (带队领导).</summary>
    public int LeaderPersonId { get; private set; }

    /// <summary>The leader's name and title as they were when recorded.</summary>
    public string LeaderName { get; private set; }

    public DateOnly VisitedOn { get; private set; }

    /// <summary>The upper counterpart department visited, as it names itself.</summary>
    public string DepartmentVisited { get; private set; }

    /// <summary>承接运用的经验做法.</summary>
    public string ExperienceTakenOver { get; private set; }

    public string RecordedBy { get; private set; }

    public DateOnly RecordedOn { get; private set; }

    /// <summary>Who last corrected or completed the record, and when; null until it is revised.</summary>
    public string? RevisedBy { get; private set; }

    public DateOnly? RevisedOn { get; private set; }

    /// <summary>How many times the record was revised; every revision changes the visit, even one by the same person on the same day.</summary>
    public int Revisions { get; private set; }

    public IReadOnlyList<FirstBatchItem> FirstBatchItems => _firstBatchItems.OrderBy(i => i.Order).ToList();

    public IReadOnlyList<ReportedProblem> ReportedProblems => _reportedProblems.OrderBy(p => p.Order).ToList();

    /// <summary>Reported problems the upper department has not answered yet.</summary>
    public int UnansweredProblems => _reportedProblems.Count(p => p.UpperAnswer is null);

    public static UpperDepartmentVisit Record(int campaignId, int unitId, Person leader, UpperVisitDetails details, Actor actor, UnitTree tree, IClock clock)
    {
        LinkageAccess.WhyCannotRecord(actor, unitId, tree).Ensure();
        var visit = new UpperDepartmentVisit
        {
            CampaignId = campaignId,
            UnitId = unitId,
            RecordedBy = actor.UserName,
            RecordedOn = clock.Today,
        };
        visit.Apply(leader, details, tree, clock);
        visit.Raise(new UpperVisitRecorded(visit));
        return visit;
    }

    /// <summary>Corrects or completes the record (e.g. the upper department's answer arrives later).</summary>
    public void Revise(Person leader, UpperVisitDetails details, Actor actor, UnitTree tree, IClock clock)
    {
        LinkageAccess.WhyCannotRecord(actor, UnitId, tree).Ensure();
        Apply(leader, details, tree, clock);
        RevisedBy = actor.UserName;
        RevisedOn = clock.Today;
        Revisions++;
        Raise(new UpperVisitRevised(this));
    }

    /// <summary>
    /// Who may lead it: a leader of the unit itself, or a leader of the district (各位常委、分管副区长亲自带队) — the
    /// root of the unit tree above it.
    /// </summary>
    public static string? WhyLeaderCannotLead(Person leader, int unitId, UnitTree tree)
    {
        if (!leader.Role.IsLeader())
        {
            return "带队领导必须是领导班子成员";
        }

        var isOwn = leader.UnitId == unitId;
        var isDistrict = tree.Contains(unitId) && tree.Ancestors(unitId).Contains(leader.UnitId) && tree.ParentOf(leader.UnitId) is null;
        return isOwn || isDistrict ? null : "带队领导必须是本单位或区领导班子成员";
    }

    private void Apply(Person leader, UpperVisitDetails details, UnitTree tree, IClock clock)
    {
        if (WhyLeaderCannotLead(leader, UnitId, tree) is { } problem)
        {
            throw new DomainException(problem);
        }

        var visitedOn = details.VisitedOn ?? throw new DomainException("请填写对接日期");
        if (visitedOn > clock.Today)
        {
            throw new DomainException("对接日期不能晚于今天");
        }

        var items = details.FirstBatchItems ?? [];
        var problems = details.ReportedProblems ?? [];
        if (items.Count == 0)
        {
            throw new DomainException("请至少填写一项第一批整改事项涉及本地的内容及本地配套措施");
        }

        if (items.Count > 50 || problems.Count > 50)
        {
            throw new DomainException("整改事项和报告问题各不能超过50项");
        }

        LeaderPersonId = leader.Id;
        LeaderName = string.IsNullOrWhiteSpace(leader.Title) ? leader.Name : $"{leader.Title} {leader.Name}";
        VisitedOn = visitedOn;
        DepartmentVisited = Guard.Required(details.DepartmentVisited, "对接的上级部门", MaxDepartmentLength);
        ExperienceTakenOver = Guard.Required(details.ExperienceTakenOver, "承接运用的经验做法", MaxTextLength);
        _firstBatchItems.Clear();
        _firstBatchItems.AddRange(items.Select((i, n) => new FirstBatchItem(n + 1, i.Item, i.LocalMeasures)));
        _reportedProblems.Clear();
        _reportedProblems.AddRange(problems.Select((p, n) => new ReportedProblem(n + 1, p.Problem, p.UpperAnswer)));
    }
}

/// <summary>What the register form sends.</summary>
public sealed record UpperVisitDetails(
    DateOnly? VisitedOn,
    string? DepartmentVisited,
    IReadOnlyList<FirstBatchItemDraft>? FirstBatchItems,
    IReadOnlyList<ReportedProblemDraft>? ReportedProblems,
    string? ExperienceTakenOver);

public sealed record FirstBatchItemDraft(string? Item, string? LocalMeasures);

public sealed record ReportedProblemDraft(string? Problem, string? UpperAnswer);

/// <summary>A first-batch rectification item that concerns the locality, with the local measures that carry it through.</summary>
public sealed class FirstBatchItem : Entity
{
    private FirstBatchItem()
    {
        Item = string.Empty;
        LocalMeasures = string.Empty;
    }

    internal FirstBatchItem(int order, string? item, string? localMeasures)
    {
        Order = order;
        Item = Guard.Required(item, "第一批整改事项", 500);
        LocalMeasures = Guard.Required(localMeasures, $"“{Item}”的本地配套措施", UpperDepartmentVisit.MaxTextLength);
    }

    public int UpperDepartmentVisitId { get; private set; }

    public int Order { get; private set; }

    public string Item { get; private set; }

    public string LocalMeasures { get; private set; }
}

/// <summary>A local problem reported upward, with the upper department's answer once it has one.</summary>
public sealed class ReportedProblem : Entity
{
    private ReportedProblem()
    {
        Problem = string.Empty;
    }

    internal ReportedProblem(int order, string? problem, string? upperAnswer)
    {
        Order = order;
        Problem = Guard.Required(problem, "向上级报告的问题", 1000);
        UpperAnswer = Guard.Optional(upperAnswer, "上级部门答复", UpperDepartmentVisit.MaxTextLength);
    }

    public int UpperDepartmentVisitId { get; private set; }

    public int Order { get; private set; }

    public string Problem { get; private set; }

    public string? UpperAnswer { get; private set; }
}
