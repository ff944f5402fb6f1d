using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>Test data for plans and work items. Tree: 1 district → 2 street → 3 community; 1 → 5 agency.</summary>
public static class PlanFixtures
{
    public const int CampaignId = 1;
    public const int Street = 2;
    public const int Community = 3;
    public const int Agency = 5;

    public static UnitTree Tree() => new([(1, null), (2, 1), (3, 2), (4, 2), (5, 1)]);

    public static FixedClock Clock() => Clocks.AtChina(2014, 3, 28);

    public static PlanText FullText(string mainContent = "一、双联动\n二、双体验\n三、双满意") =>
        new("以“三严三实”为指南", mainContent, "3月底前对接上级\n4月5日前联动基层", "成立领导小组");

    /// <summary>A unit's experience activities judged against the default 3–5 range; four by default (within it).</summary>
    public static ExperienceReport Experiences(int count = 4) =>
        FrontlineExperienceRule.Evaluate(Enumerable.Range(1, count).Select(i => WorkItemBuilder.Snapshot(Street, WorkItemStatus.Planned, kind: WorkItemKind.ExperienceAsStaff)));

    public static Actor CoordinatorAndOffice(int unitId) =>
        new("both", "兼职", new HashSet<string> { Roles.Coordinator, Roles.Office }, unitId);
}

public sealed class PlanBuilder
{
    private int _unitId = PlanFixtures.Street;
    private PlanText _text = PlanFixtures.FullText();
    private PlanStatus _status = PlanStatus.Draft;

    public PlanBuilder ForUnit(int unitId)
    {
        _unitId = unitId;
        return this;
    }

    public PlanBuilder WithText(PlanText text)
    {
        _text = text;
        return this;
    }

    public PlanBuilder Submitted() => In(PlanStatus.Submitted);

    public PlanBuilder Approved() => In(PlanStatus.Approved);

    public PlanBuilder Returned() => In(PlanStatus.Returned);

    public PlanBuilder In(PlanStatus status)
    {
        _status = status;
        return this;
    }

    public ImplementationPlan Build()
    {
        var tree = PlanFixtures.Tree();
        var clock = PlanFixtures.Clock();
        var coordinator = ActorBuilder.Coordinator(_unitId);
        var plan = ImplementationPlan.Draft(PlanFixtures.CampaignId, _unitId, _text, coordinator, tree, clock);
        if (_status == PlanStatus.Draft)
        {
            return plan;
        }

        plan.Submit(coordinator, tree, clock, PlanFixtures.Experiences());
        switch (_status)
        {
            case PlanStatus.Approved:
                plan.Approve(null, ActorBuilder.Office(), clock, PlanFixtures.Experiences());
                break;
            case PlanStatus.Returned:
                plan.Return("主要内容不够具体", ActorBuilder.Office(), clock);
                break;
        }

        return plan;
    }
}

public sealed class WorkItemBuilder
{
    private int _unitId = PlanFixtures.Street;
    private string _title = "到区政务服务中心窗口体验办事流程";
    private WorkItemKind _kind = WorkItemKind.Other;
    private DateOnly _plannedDate = new(2014, 4, 15);
    private int? _leaderId;
    private GrassrootsVisitTheme? _theme;
    private WorkItemStatus _status = WorkItemStatus.Planned;
    private int _progress;

    public WorkItemBuilder ForUnit(int unitId)
    {
        _unitId = unitId;
        return this;
    }

    public WorkItemBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public WorkItemBuilder OfKind(WorkItemKind kind)
    {
        _kind = kind;
        return this;
    }

    public WorkItemBuilder Experience() => OfKind(WorkItemKind.ExperienceAsStaff);

    public WorkItemBuilder Visit(int leaderId, GrassrootsVisitTheme theme)
    {
        _kind = WorkItemKind.GrassrootsVisit;
        _leaderId = leaderId;
        _theme = theme;
        return this;
    }

    public WorkItemBuilder PlannedOn(DateOnly date)
    {
        _plannedDate = date;
        return this;
    }

    public WorkItemBuilder In(WorkItemStatus status, int progress = 0)
    {
        _status = status;
        _progress = progress;
        return this;
    }

    public WorkItemDetails Details() => new(_title, _kind, _plannedDate, ResponsiblePersonId: _leaderId, VisitTheme: _theme);

    /// <summary>Drives the item through the real verbs to the wanted status.</summary>
    public WorkItem Build()
    {
        var tree = PlanFixtures.Tree();
        var clock = PlanFixtures.Clock();
        var coordinator = ActorBuilder.Coordinator(_unitId);
        var item = WorkItem.Plan(PlanFixtures.CampaignId, _unitId, Details(), coordinator, tree, clock);
        if (_status == WorkItemStatus.Planned)
        {
            return item;
        }

        if (_status == WorkItemStatus.Cancelled)
        {
            item.Cancel("计划调整", coordinator, tree, clock);
            return item;
        }

        if (_kind.RequiresItemApproval() || _status == WorkItemStatus.Approved)
        {
            item.Approve(ActorBuilder.Office(), clock);
        }

        if (_status == WorkItemStatus.Approved)
        {
            return item;
        }

        item.Start(PlanStatus.Approved, coordinator, tree, clock);
        if (_status == WorkItemStatus.InProgress)
        {
            item.UpdateProgress(_progress, coordinator, tree, clock);
            return item;
        }

        item.AddEvidence("现场照片.jpg", "evidence/1.jpg", "image/jpeg", 200_000, coordinator, tree, clock);
        item.Complete(PlanStatus.Approved, coordinator, tree, clock);
        return item;
    }

    /// <summary>A snapshot without going through the aggregate, for the pure computations.</summary>
    public static WorkItemSnapshot Snapshot(
        int unitId,
        WorkItemStatus status,
        int progress = 0,
        WorkItemKind kind = WorkItemKind.Other,
        int? leaderId = null,
        GrassrootsVisitTheme? theme = null,
        DateOnly? plannedDate = null) =>
        new(0, unitId, kind, status, progress, plannedDate ?? new DateOnly(2014, 4, 15), leaderId, theme);
}
