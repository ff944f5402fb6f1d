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
        WhyCannot(PlanAction.Save, actor, tree, experiences: null).Ensure();
        SetText(text);
        Touch(actor, clock);
        RaiseInstead<PlanDraftSaved>(new PlanDraftSaved(this));
    }

    /// <summary>
    /// Submits the working texts to the office as a new version. All four sections are required, and the unit's
    /// frontline experience activities must be within the campaign's range (<paramref name="experiences"/>).
    /// </summary>
    public PlanVersion Submit(Actor actor, UnitTree tree, IClock clock, ExperienceReport experiences)
    {
        WhyCannot(PlanAction.Submit, actor, tree, experiences).Ensure();
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

    /// <summary>
    /// The office approves the submitted version. A coordinator never may, not even for their own unit; nor may
    /// a plan be approved whose frontline experience activities are outside the campaign's range.
    /// </summary>
    public void Approve(string? comment, Actor actor, IClock clock, ExperienceReport experiences)
    {
        WhyCannot(PlanAction.Approve, actor, tree: null, experiences).Ensure();
        var cleanComment = Guard.Optional(comment, "审批意见", 1000);
        LatestVersion!.Decide(PlanDecision.Approved, cleanComment, actor, clock.UtcNow);
        Status = PlanStatus.Approved;
        Touch(actor, clock);
        Raise(new PlanApproved(this));
    }

    /// <summary>The office returns the submitted version; the reason is required and shown to the unit.</summary>
    public void Return(string reason, Actor actor, IClock clock)
    {
        WhyCannot(PlanAction.Return, actor, tree: null, experiences: null).Ensure();
        var cleanReason = Guard.Required(reason, "退回原因", 1000);
        LatestVersion!.Decide(PlanDecision.Returned, cleanReason, actor, clock.UtcNow);
        Status = PlanStatus.Returned;
        Touch(actor, clock);
        Raise(new PlanReturned(this));
    }

    /// <summary>What the actor may do with this plan now, and why not (see <see cref="WhyCannot(PlanAction, Actor, int, PlanStatus?, UnitTree?, ExperienceReport?)"/>).</summary>
    public ActionAnswer WhyCannot(PlanAction action, Actor actor, UnitTree? tree, ExperienceReport? experiences) =>
        WhyCannot(action, actor, UnitId, Status, tree, experiences);

    /// <summary>
    /// The one home of the plan's permissions, also for a unit that has no plan yet (<paramref name="status"/>
    /// null): a unit editor saves and submits a draft or a returned plan; only the office approves or returns a
    /// submitted one (approval belongs to the level above — being able to edit the unit is not enough); and a plan
    /// outside the experience range is neither submitted nor approved. <paramref name="tree"/> is needed for
    /// <see cref="PlanAction.Save"/> and <see cref="PlanAction.Submit"/>; <paramref name="experiences"/> for
    /// <see cref="PlanAction.Submit"/> and <see cref="PlanAction.Approve"/>.
    /// </summary>
    public static ActionAnswer WhyCannot(PlanAction action, Actor actor, int unitId, PlanStatus? status, UnitTree? tree, ExperienceReport? experiences)
    {
        switch (action)
        {
            case PlanAction.Save or PlanAction.Submit:
                if (tree is null || !UnitAccess.CanEdit(actor, unitId, tree))
                {
                    return ActionAnswer.NotPermitted("您无权修改该单位的数据");
                }

                if (status is PlanStatus.Submitted)
                {
                    return ActionAnswer.NotApplicable(action == PlanAction.Save ? "方案已提交待审批，不能修改" : "只有草稿或已退回的方案才能提交");
                }

                if (status is PlanStatus.Approved)
                {
                    return ActionAnswer.NotApplicable(action == PlanAction.Save ? "方案已批准，不能修改" : "只有草稿或已退回的方案才能提交");
                }

                return action == PlanAction.Submit && RequireExperiences(experiences).WhyCannotSubmit is { } tooFewOrMany
                    ? ActionAnswer.Blocked(tooFewOrMany)
                    : ActionAnswer.Allowed;
            case PlanAction.Approve or PlanAction.Return:
                if (WhoReviews(actor) is { IsAllowed: false } notReviewer)
                {
                    return notReviewer;
                }

                if (status != PlanStatus.Submitted)
                {
                    return ActionAnswer.NotApplicable("只有已提交待审批的方案才能批准或退回");
                }

                return action == PlanAction.Approve && RequireExperiences(experiences).WhyCannotApprove is { } outside
                    ? ActionAnswer.Blocked(outside)
                    : ActionAnswer.Allowed;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    /// <summary>Approval belongs to the level above: the office. Allowed for the office, whatever the plan's state.</summary>
    public static ActionAnswer WhoReviews(Actor actor) =>
        actor.IsOffice ? ActionAnswer.Allowed : ActionAnswer.NotPermitted("只有活动办才能审批实施方案");

    private static ExperienceReport RequireExperiences(ExperienceReport? experiences) =>
        experiences ?? throw new ArgumentNullException(nameof(experiences), "the experience count decides whether a plan may be submitted or approved");

    /// <summary>Whether the actor may approve or return this plan now (the office's review buttons).</summary>
    public bool CanDecide(Actor actor) => WhyCannot(PlanAction.Return, actor, tree: null, experiences: null).IsAllowed;

    public PlanVersion GetVersion(int number) =>
        _versions.FirstOrDefault(v => v.Number == number) ?? throw new DomainException($"找不到第{number}版方案");

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

/// <summary>What one may do with a unit's implementation plan.</summary>
public enum PlanAction
{
    /// <summary>保存草稿 (also: revise a returned plan).</summary>
    Save,

    /// <summary>提交活动办审批.</summary>
    Submit,

    /// <summary>批准.</summary>
    Approve,

    /// <summary>退回.</summary>
    Return,
}
