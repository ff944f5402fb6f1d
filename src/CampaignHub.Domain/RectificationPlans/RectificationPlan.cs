using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.RectificationPlans;

/// <summary>
/// A unit's answer to the problems it found (整改落实): the leadership team's 整改方案, a team member's 个人整改措施, or a
/// grassroots organisation's 问题清单. It names the problems it answers and links the rectification items it creates
/// (made by <see cref="RectificationItem"/>'s own factory, with the four haves) or takes up — only items of its own
/// unit in the same campaign, each item belonging to one plan at most. The unit's editors keep it; the supervision
/// group of the unit reads it and comments on it (督导组审阅整改方案).
/// </summary>
public sealed class RectificationPlan : AggregateRoot
{
    private readonly List<PlanItemLink> _links = [];
    private readonly List<PlanComment> _comments = [];

    private RectificationPlan()
    {
        Title = string.Empty;
        Summary = string.Empty;
        Problems = string.Empty;
        UpdatedBy = string.Empty;
    }

    private RectificationPlan(int campaignId, int unitId, RectificationPlanKind kind, int? personId, Actor actor, DateTimeOffset now)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Kind = kind;
        PersonId = personId;
        Title = string.Empty;
        Summary = string.Empty;
        Problems = string.Empty;
        FiledOn = ChinaTime.DateOf(now);
        UpdatedBy = actor.UserName;
        UpdatedAt = now;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public RectificationPlanKind Kind { get; private set; }

    /// <summary>The team member whose personal measures these are; null for the unit's plan or problem list.</summary>
    public int? PersonId { get; private set; }

    public string Title { get; private set; }

    /// <summary>方案概要: the goals and the main measures.</summary>
    public string Summary { get; private set; }

    /// <summary>The problems it answers (查摆出的“四风”问题), as found in stage two.</summary>
    public string Problems { get; private set; }

    public DateOnly FiledOn { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<PlanItemLink> Links => _links.OrderBy(l => l.LinkedAt).ToList();

    public IReadOnlyList<PlanComment> Comments => _comments.OrderBy(c => c.At).ToList();

    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;

    /// <summary>
    /// Files a plan, measures or problem list for a unit: the kind must suit the unit (<see cref="RectificationPlanRules"/>),
    /// personal measures name a member of the unit's team.
    /// </summary>
    public static RectificationPlan File(int campaignId, int unitId, UnitKind unitKind, RectificationPlanKind kind, PlanMember? member, PlanText text, Actor actor, UnitTree tree, IClock clock)
    {
        UnitAccess.EnsureCanEdit(actor, unitId, tree);
        if (campaignId <= 0)
        {
            throw new DomainException("整改方案必须属于一个活动");
        }

        RectificationPlanRules.WhyCannotFile(kind, unitKind).Ensure();
        if (kind == RectificationPlanKind.PersonalMeasures)
        {
            RectificationPlanRules.WhyNotTeamMember(member, unitId).Ensure();
        }

        var plan = new RectificationPlan(campaignId, unitId, kind, kind == RectificationPlanKind.PersonalMeasures ? member!.PersonId : null, actor, clock.UtcNow);
        plan.SetText(text);
        plan.Raise(new RectificationPlanFiled(plan));
        return plan;
    }

    public void Revise(PlanText text, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(PlanAction.Revise, actor, tree);
        SetText(text);
        Touch(actor, clock);
        RaiseInstead<RectificationPlanRevised>(new RectificationPlanRevised(this));
    }

    /// <summary>
    /// 从方案新增整改事项: the item is made by <see cref="RectificationItem.Create"/> in this plan's campaign and unit, its
    /// four haves set by its own verb (they may be drafted piece by piece, as for any item), and linked here.
    /// </summary>
    public RectificationItem CreateItem(NewPlanItem input, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(PlanAction.AddItem, actor, tree);
        var item = RectificationItem.Create(CampaignId, UnitId, input.Title ?? string.Empty, input.Problem ?? string.Empty, actor, tree, clock, input.IsQuickFix);
        item.SetFourHaves(input.Goal, input.Measures, input.ResponsiblePerson, input.Deadline, actor, tree);
        _links.Add(PlanItemLink.To(item, created: true, actor, clock.UtcNow));
        Touch(actor, clock);
        Raise(new RectificationPlanItemLinked(this, item.Title, Created: true));
        return item;
    }

    /// <summary>
    /// 关联已有整改事项: only an item of this plan's own unit in the same campaign, not yet part of any plan
    /// (<paramref name="linkedToAnotherPlan"/>: the store's answer).
    /// </summary>
    public void Link(RectificationItem item, bool linkedToAnotherPlan, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(PlanAction.Link, actor, tree);
        if (item.UnitId != UnitId || item.CampaignId != CampaignId)
        {
            throw new DomainException("只能关联本单位在本次活动中的整改事项");
        }

        if (_links.Any(l => l.RectificationItemId == item.Id && item.Id != 0))
        {
            throw new DomainException("该整改事项已关联到本方案");
        }

        if (linkedToAnotherPlan)
        {
            throw new DomainException("该整改事项已关联到其他整改方案或个人整改措施");
        }

        _links.Add(PlanItemLink.To(item, created: false, actor, clock.UtcNow));
        Touch(actor, clock);
        Raise(new RectificationPlanItemLinked(this, item.Title, Created: false));
    }

    /// <summary>取消关联: the item stays, only the plan no longer answers through it.</summary>
    public void Unlink(int rectificationItemId, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(PlanAction.Unlink, actor, tree);
        var link = _links.FirstOrDefault(l => l.RectificationItemId == rectificationItemId) ?? throw new NotFoundException("该整改事项未关联到本方案");
        _links.Remove(link);
        Touch(actor, clock);
        Raise(new RectificationPlanItemUnlinked(this));
    }

    public PlanComment Comment(string text, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(PlanAction.Comment, actor, tree);
        var comment = new PlanComment(Guard.Required(text, "意见", RecordComment.TextMaxLength), actor, clock.UtcNow);
        _comments.Add(comment);
        Raise(new RectificationPlanCommented(this, comment));
        return comment;
    }

    public ActionAnswer WhyCannot(PlanAction action, Actor actor, UnitTree tree) => WhyCannot(action, actor, tree, UnitId);

    /// <summary>
    /// The one home of who may do what with a unit's plans: the unit's editors (its coordinators, those above, the
    /// office) keep them; the supervision group of the unit, the unit's editors and the office comment.
    /// </summary>
    public static ActionAnswer WhyCannot(PlanAction action, Actor actor, UnitTree tree, int unitId) => action switch
    {
        PlanAction.File or PlanAction.Revise or PlanAction.AddItem or PlanAction.Link or PlanAction.Unlink =>
            ActionAnswer.When(UnitAccess.CanEdit(actor, unitId, tree), ActionAnswer.NotPermitted("只有本单位及上级单位联络员或活动办可以填报整改方案")),
        PlanAction.Comment => RecordComment.WhyCannotWrite(actor, unitId, tree),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static bool CanRead(Actor actor, int unitId, UnitTree tree) => UnitAccess.CanReadWorkOf(actor, unitId, tree);

    public static void EnsureCanRead(Actor actor, int unitId, UnitTree tree)
    {
        if (!CanRead(actor, unitId, tree))
        {
            throw new AccessDeniedException("您只能查看本单位及下属单位的整改方案");
        }
    }

    private void Ensure(PlanAction action, Actor actor, UnitTree tree) => WhyCannot(action, actor, tree).Ensure();

    private void SetText(PlanText text)
    {
        Title = Guard.Required(text.Title, "标题", TitleMaxLength);
        Summary = Guard.Required(text.Summary, Kind == RectificationPlanKind.ProblemList ? "整改措施概要" : "方案概要", TextMaxLength);
        Problems = Guard.Required(text.Problems, "针对的问题", TextMaxLength);
    }

    private void Touch(Actor actor, IClock clock)
    {
        UpdatedBy = actor.UserName;
        UpdatedAt = clock.UtcNow;
    }
}

/// <summary>What one may do with a unit's plans.</summary>
public enum PlanAction
{
    File,
    Revise,
    AddItem,
    Link,
    Unlink,
    Comment,
}

/// <summary>A plan's words: its title, summary and the problems it answers.</summary>
public sealed record PlanText(string? Title, string? Summary, string? Problems);

/// <summary>A rectification item created from a plan: its name and problem, and its four haves as far as known.</summary>
public sealed record NewPlanItem(string? Title, string? Problem, string? Goal, string? Measures, string? ResponsiblePerson, DateOnly? Deadline, bool IsQuickFix = false);

/// <summary>A rectification item a plan answers through; whether the plan created it or took it up.</summary>
public sealed class PlanItemLink : Entity
{
    private PlanItemLink()
    {
        LinkedBy = string.Empty;
    }

    private PlanItemLink(RectificationItem item, bool created, Actor actor, DateTimeOffset at)
    {
        Item = item;
        RectificationItemId = item.Id;
        CreatedFromPlan = created;
        LinkedBy = actor.UserName;
        LinkedAt = at;
    }

    public int RectificationPlanId { get; private set; }

    public int RectificationItemId { get; private set; }

    /// <summary>The item, while it is being created with the plan (the store sets its id on the same save).</summary>
    public RectificationItem? Item { get; private set; }

    /// <summary>True when the plan created the item; false when an existing item was taken up.</summary>
    public bool CreatedFromPlan { get; private set; }

    public string LinkedBy { get; private set; }

    public DateTimeOffset LinkedAt { get; private set; }

    internal static PlanItemLink To(RectificationItem item, bool created, Actor actor, DateTimeOffset at) => new(item, created, actor, at);
}

/// <summary>A comment kept on a plan: who (and in which role) said what, when.</summary>
public sealed class PlanComment : Entity
{
    private PlanComment()
    {
        Text = string.Empty;
        By = string.Empty;
        ByName = string.Empty;
        ByRole = string.Empty;
    }

    internal PlanComment(string text, Actor actor, DateTimeOffset at)
    {
        Text = text;
        By = actor.UserName;
        ByName = actor.DisplayName;
        ByRole = RecordComment.RoleOf(actor);
        At = at;
    }

    public int RectificationPlanId { get; private set; }

    public string Text { get; private set; }

    public string By { get; private set; }

    public string ByName { get; private set; }

    public string ByRole { get; private set; }

    public DateTimeOffset At { get; private set; }
}
