using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Plans;

/// <summary>
/// A unit's implementation plan (实施方案) for one campaign. The unit (its coordinator, or the office)
/// writes it and submits it to the office one level up, which approves it or returns it with a reason
/// (seed 001: "报上一级教育实践活动领导小组办公室审批后组织实施"). Every submission is kept as an
/// immutable <see cref="PlanVersion"/>. One plan per (campaign, unit): the store enforces uniqueness.
/// </summary>
public sealed class ImplementationPlan : AggregateRoot
{
    private readonly List<PlanVersion> _versions = [];

    private ImplementationPlan()
    {
        CreatedBy = string.Empty;
        UpdatedBy = string.Empty;
    }

    private ImplementationPlan(int campaignId, int unitId, Actor actor, DateTimeOffset now)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Status = PlanStatus.Draft;
        CreatedBy = actor.UserName;
        CreatedAt = now;
        UpdatedBy = actor.UserName;
        UpdatedAt = now;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>指导思想 (working text; the submitted texts live in <see cref="Versions"/>).</summary>
    public string? GuidingIdea { get; private set; }

    /// <summary>主要内容.</summary>
    public string? MainContent { get; private set; }

    /// <summary>方法步骤/时间安排.</summary>
    public string? Schedule { get; private set; }

    /// <summary>组织领导.</summary>
    public string? Organisation { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Submissions, oldest first.</summary>
    public IReadOnlyList<PlanVersion> Versions => _versions.OrderBy(v => v.Number).ToList();

    public PlanText Text => new(GuidingIdea, MainContent, Schedule, Organisation);

    /// <summary>The latest submission, or null while the plan was never submitted.</summary>
    public PlanVersion? LatestVersion => _versions.MaxBy(v => v.Number);

    /// <summary>Why the office returned the plan; shown to the coordinator while it is <see cref="PlanStatus.Returned"/>.</summary>
    public string? ReturnReason => Status == PlanStatus.Returned ? LatestVersion?.DecisionComment : null;

    /// <summary>The unit may change the texts only while the plan is a draft or has been returned.</summary>
    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.Returned;

    public bool IsApproved => Status == PlanStatus.Approved;

    /// <summary>Starts a draft. Only someone who may edit the unit (its coordinator or the office) may.</summary>
    public static ImplementationPlan Draft(int campaignId, int unitId, PlanText? text, Actor actor, UnitTree tree, IClock clock)
    {
        if (campaignId <= 0 || unitId <= 0)
        {
            throw new DomainException("实施方案必须属于一个活动和一个单位");
        }

        UnitAccess.EnsureCanEdit(actor, unitId, tree);
        var plan = new ImplementationPlan(campaignId, unitId, actor, clock.UtcNow);
        plan.SetText(text ?? PlanText.Empty);
        plan.Raise(new PlanDraftSaved(plan));
        return plan;
    }

    /// <summary>Changes the working texts of a draft or a returned plan.</summary>
    public void Revise(PlanText text, Actor actor, UnitTree tree, IClock clock)
    {
        UnitAccess.EnsureCanEdit(actor, UnitId, tree);
        if (!IsEditable)
        {
            throw new DomainException(Status == PlanStatus.Submitted
                ? "方案已提交待审批，不能修改"
                : "方案已批准，不能修改");
        }

        SetText(text);
        Touch(actor, clock);
        RaiseInstead<PlanDraftSaved>(new PlanDraftSaved(this));
    }

    /// <summary>Submits the working texts to the office as a new version. All four sections are required.</summary>
    public PlanVersion Submit(Actor actor, UnitTree tree, IClock clock)
    {
        UnitAccess.EnsureCanEdit(actor, UnitId, tree);
        if (!IsEditable)
        {
            throw new DomainException("只有草稿或已退回的方案才能提交");
        }

        if (Text.FirstMissingSection() is { } missing)
        {
            throw new DomainException($"提交前请填写“{missing.ToChinese()}”");
        }

        var version = new PlanVersion(_versions.Count + 1, Text, actor, clock.UtcNow);
        _versions.Add(version);
        Status = PlanStatus.Submitted;
        Touch(actor, clock);
        RaiseInstead<PlanDraftSaved>(new PlanSubmitted(this, version.Number));
        return version;
    }

    /// <summary>The office approves the submitted version. A coordinator never may, not even for their own unit.</summary>
    public void Approve(string? comment, Actor actor, IClock clock)
    {
        EnsureMayDecide(actor);
        var cleanComment = Guard.Optional(comment, "审批意见", 1000);
        LatestVersion!.Decide(PlanDecision.Approved, cleanComment, actor, clock.UtcNow);
        Status = PlanStatus.Approved;
        Touch(actor, clock);
        Raise(new PlanApproved(this));
    }

    /// <summary>The office returns the submitted version; the reason is required and shown to the unit.</summary>
    public void Return(string reason, Actor actor, IClock clock)
    {
        EnsureMayDecide(actor);
        var cleanReason = Guard.Required(reason, "退回原因", 1000);
        LatestVersion!.Decide(PlanDecision.Returned, cleanReason, actor, clock.UtcNow);
        Status = PlanStatus.Returned;
        Touch(actor, clock);
        Raise(new PlanReturned(this));
    }

    /// <summary>Whether the actor may approve or return this plan now (for showing the buttons).</summary>
    public bool CanDecide(Actor actor) => actor.IsOffice && Status == PlanStatus.Submitted;

    public PlanVersion GetVersion(int number) =>
        _versions.FirstOrDefault(v => v.Number == number) ?? throw new DomainException($"找不到第{number}版方案");

    private void EnsureMayDecide(Actor actor)
    {
        // Approval belongs to the level above: the office. Being able to edit the unit is not enough.
        if (!actor.IsOffice)
        {
            throw new AccessDeniedException("只有活动办才能审批实施方案");
        }

        if (Status != PlanStatus.Submitted)
        {
            throw new DomainException("只有已提交待审批的方案才能批准或退回");
        }
    }

    private void SetText(PlanText text)
    {
        var clean = text.Normalised();
        GuidingIdea = clean.GuidingIdea;
        MainContent = clean.MainContent;
        Schedule = clean.Schedule;
        Organisation = clean.Organisation;
    }

    private void Touch(Actor actor, IClock clock)
    {
        UpdatedBy = actor.UserName;
        UpdatedAt = clock.UtcNow;
    }
}
