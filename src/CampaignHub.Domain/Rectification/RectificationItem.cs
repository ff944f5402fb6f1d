using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Rectification;

/// <summary>
/// A problem being fixed (整改事项) by one unit. It cannot start until its four haves (四有) are
/// complete; it is completed only with evidence or a stated reason for having none; the office or a
/// supervisor verifies or reopens it. The unit's own coordinators (and those above it) edit it.
/// </summary>
public sealed class RectificationItem : AggregateRoot, IPubliclyRatable
{
    private readonly List<Evidence> _evidence = [];

    private RectificationItem()
    {
        Title = string.Empty;
        Problem = string.Empty;
        CreatedBy = string.Empty;
    }

    private RectificationItem(int campaignId, int unitId, string title, string problem, bool isQuickFix, string createdBy, DateTimeOffset createdAt)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Title = Guard.Required(title, "整改事项名称", 200);
        Problem = Guard.Required(problem, "问题描述", 2000);
        IsQuickFix = isQuickFix;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Status = RectificationStatus.NotStarted;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public string Title { get; private set; }

    public string Problem { get; private set; }

    /// <summary>四有 — 目标.</summary>
    public string? Goal { get; private set; }

    /// <summary>四有 — 措施.</summary>
    public string? Measures { get; private set; }

    /// <summary>四有 — 责任人.</summary>
    public string? ResponsiblePerson { get; private set; }

    /// <summary>四有 — 时限: the last day (China time) on which finishing is on time.</summary>
    public DateOnly? Deadline { get; private set; }

    public RectificationStatus Status { get; private set; }

    /// <summary>立行立改 / 即知即改: fixed on the spot; may go straight from not started to completed.</summary>
    public bool IsQuickFix { get; private set; }

    public int ProgressPercent { get; private set; }

    public int? SpecialRectificationThemeId { get; private set; }

    /// <summary>Shown on the public page (公示) when true. Never carries personal data.</summary>
    public bool IsPublic { get; private set; }

    /// <summary>The reply given to the opinions linked to this item; shown on their receipts.</summary>
    public string? Answer { get; private set; }

    /// <summary>Why the item was completed without evidence, when it was.</summary>
    public string? NoEvidenceReason { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public DateOnly? VerifiedOn { get; private set; }

    public string? VerifiedBy { get; private set; }

    public string? VerificationComment { get; private set; }

    public int ReopenCount { get; private set; }

    public string? LastReopenReason { get; private set; }

    public int RatedSatisfied { get; private set; }

    public int RatedBasicallySatisfied { get; private set; }

    public int RatedUnsatisfied { get; private set; }

    /// <summary>On the office's reopen-review list because enough different raters rated it 不满意 (<see cref="ReopenReviewRule"/>).</summary>
    public bool NeedsReopenReview { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<Evidence> Evidence => _evidence;

    public PublicRatingCounts PublicRatings => new(RatedSatisfied, RatedBasicallySatisfied, RatedUnsatisfied);

    public RatedItemKind RatedKind => RatedItemKind.RectificationItem;

    public bool HasAllFourHaves => MissingFourHaves().Count == 0;

    public static RectificationItem Create(int campaignId, int unitId, string title, string problem, Actor actor, UnitTree tree, IClock clock, bool isQuickFix = false)
    {
        UnitAccess.EnsureCanEdit(actor, unitId, tree);
        var item = new RectificationItem(campaignId, unitId, title, problem, isQuickFix, actor.UserName, clock.UtcNow);
        item.Raise(new RectificationItemCreated(item));
        return item;
    }

    /// <summary>Which of the four haves are missing, in the order 目标、措施、责任人、时限.</summary>
    public IReadOnlyList<FourHave> MissingFourHaves()
    {
        var missing = new List<FourHave>();
        if (Goal is null)
        {
            missing.Add(FourHave.Goal);
        }

        if (Measures is null)
        {
            missing.Add(FourHave.Measures);
        }

        if (ResponsiblePerson is null)
        {
            missing.Add(FourHave.ResponsiblePerson);
        }

        if (Deadline is null)
        {
            missing.Add(FourHave.Deadline);
        }

        return missing;
    }

    /// <summary>"缺少：目标、时限" for the UI, or null when the four haves are complete.</summary>
    public string? MissingFourHavesText => FourHaveNames.DescribeMissing(MissingFourHaves());

    public int DaysOverdue(DateOnly today) => Overdue.DaysOverdue(Deadline, Status.IsFinished(), today);

    /// <summary>
    /// <see cref="DaysOverdue"/> &gt; 0 as a query a database can run (past its deadline and not completed or
    /// verified), so a list filtered to overdue items is filtered before it is loaded.
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<RectificationItem, bool>> OverdueOn(DateOnly today) =>
        r => r.Deadline != null && r.Deadline < today && r.Status != RectificationStatus.Completed && r.Status != RectificationStatus.Verified;

    public void Describe(string title, string problem, Actor actor, UnitTree tree)
    {
        EnsureEditable(actor, tree);
        Title = Guard.Required(title, "整改事项名称", 200);
        Problem = Guard.Required(problem, "问题描述", 2000);
        Changed();
    }

    /// <summary>
    /// Sets the four haves. They may be drafted piece by piece before the start; once started they
    /// may change (e.g. a deadline extended) but not become incomplete again.
    /// </summary>
    public void SetFourHaves(string? goal, string? measures, string? responsiblePerson, DateOnly? deadline, Actor actor, UnitTree tree)
    {
        EnsureEditable(actor, tree);
        var newGoal = Guard.Optional(goal, "整改目标", 1000);
        var newMeasures = Guard.Optional(measures, "整改措施", 2000);
        var newResponsible = Guard.Optional(responsiblePerson, "责任人", 50);
        if (Status != RectificationStatus.NotStarted && (newGoal is null || newMeasures is null || newResponsible is null || deadline is null))
        {
            throw new DomainException("整改已开始，四有（目标、措施、责任人、时限）不能缺项");
        }

        Goal = newGoal;
        Measures = newMeasures;
        ResponsiblePerson = newResponsible;
        Deadline = deadline;
        Changed();
    }

    public void MarkQuickFix(bool isQuickFix, Actor actor, UnitTree tree)
    {
        EnsureEditable(actor, tree);
        IsQuickFix = isQuickFix;
        Changed();
    }

    public void FileUnderTheme(int? specialRectificationThemeId, Actor actor, UnitTree tree)
    {
        EnsureEditable(actor, tree);
        SpecialRectificationThemeId = specialRectificationThemeId;
        Changed();
    }

    public void SetPublic(bool isPublic, Actor actor, UnitTree tree)
    {
        UnitAccess.EnsureCanEdit(actor, UnitId, tree);
        IsPublic = isPublic;
        Changed();
    }

    public void SetAnswer(string answer, Actor actor, UnitTree tree)
    {
        EnsureEditable(actor, tree);
        Answer = Guard.Required(answer, "答复内容", 2000);
        Changed();
    }

    public void Start(Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(RectificationAction.Start, actor, tree).Ensure();
        Status = RectificationStatus.InProgress;
        StartedOn ??= clock.Today;
        Raise(new RectificationStarted(this));
    }

    public void UpdateProgress(int percent, Actor actor, UnitTree tree)
    {
        WhyCannot(RectificationAction.UpdateProgress, actor, tree).Ensure();

        ProgressPercent = Guard.Percent(percent);
        Raise(new RectificationProgressed(this, ProgressPercent));
    }

    public Evidence AddEvidence(string fileName, string storagePath, string contentType, long sizeBytes, Actor actor, UnitTree tree, IClock clock)
    {
        EnsureEditable(actor, tree);
        var evidence = new Evidence(fileName, storagePath, contentType, sizeBytes, actor.UserName, clock.UtcNow);
        _evidence.Add(evidence);
        Raise(new RectificationEvidenceAdded(this, evidence.FileName));
        return evidence;
    }

    public void RemoveEvidence(int evidenceId, Actor actor, UnitTree tree)
    {
        UnitAccess.EnsureCanEdit(actor, UnitId, tree);
        if (Status.IsFinished())
        {
            throw new DomainException("已完成的整改事项不能删除佐证材料");
        }

        var evidence = _evidence.FirstOrDefault(e => e.Id == evidenceId) ?? throw new DomainException("找不到该佐证材料");
        _evidence.Remove(evidence);
        Raise(new RectificationEvidenceRemoved(this));
    }

    /// <summary>
    /// The unit declares the item done: from in progress, or — for a quick fix (立行立改) — straight
    /// from not started. Either way the four haves must be complete, so a fix on the spot is still
    /// recorded with goal, measures, who and when; and it needs evidence or a stated reason for none.
    /// </summary>
    public void Complete(Actor actor, UnitTree tree, IClock clock, string? noEvidenceReason = null)
    {
        WhyCannot(RectificationAction.Complete, actor, tree).Ensure();
        var reason = Guard.Optional(noEvidenceReason, "无佐证材料的原因", 500);
        if (_evidence.Count == 0 && reason is null)
        {
            throw new DomainException("请上传佐证材料，或说明没有佐证材料的原因");
        }

        NoEvidenceReason = _evidence.Count == 0 ? reason : null;
        StartedOn ??= clock.Today;
        Status = RectificationStatus.Completed;
        ProgressPercent = 100;
        CompletedOn = clock.Today;
        Raise(new RectificationCompleted(this));
    }

    /// <summary>The office or a supervisor confirms the result (验收).</summary>
    public void Verify(string? comment, Actor actor, IClock clock)
    {
        WhyCannot(RectificationAction.Verify, actor, tree: null).Ensure();

        Status = RectificationStatus.Verified;
        VerifiedOn = clock.Today;
        VerifiedBy = actor.UserName;
        VerificationComment = Guard.Optional(comment, "验收意见", 1000);
        Raise(new RectificationVerified(this));
    }

    /// <summary>The office or a supervisor sends a completed or verified item back (返工).</summary>
    public void Reopen(string reason, Actor actor)
    {
        WhyCannot(RectificationAction.Reopen, actor, tree: null).Ensure();

        LastReopenReason = Guard.Required(reason, "重新整改的原因", 500);
        Status = RectificationStatus.Reopened;
        ReopenCount++;
        CompletedOn = null;
        VerifiedOn = null;
        VerifiedBy = null;
        VerificationComment = null;
        NeedsReopenReview = false;
        Raise(new RectificationReopened(this));
    }

    /// <summary>
    /// The office's decision on an item the public rated 不满意: reopen it (with a reason) or keep it
    /// closed. Either way it leaves the review list.
    /// </summary>
    public void DecideReopenReview(bool reopen, string? reason, Actor actor)
    {
        if (!actor.IsOffice)
        {
            throw new AccessDeniedException("只有活动办可以处理重新整改复核");
        }

        if (!NeedsReopenReview)
        {
            throw new DomainException("该整改事项不在待复核名单中");
        }

        if (reopen)
        {
            Reopen(reason ?? string.Empty, actor);
        }

        NeedsReopenReview = false;
        RaiseInstead<RectificationReopened>(new RectificationReopenReviewDecided(this, reopen));
    }

    /// <summary>Records that opinions were grouped under this item (each opinion is linked by its own verb).</summary>
    public void RecordLinkedOpinions(int opinionCount) => Raise(new RectificationOpinionsLinked(this, opinionCount));

    // Several field changes in one edit are one change of the item.
    private void Changed() => RaiseInstead<RectificationItemChanged>(new RectificationItemChanged(this));

    void IPubliclyRatable.ApplyPublicRating(PublicRating rating)
    {
        if (!IsPublic)
        {
            throw new DomainException("只能评价已公示的事项");
        }

        if (!Status.IsFinished())
        {
            throw new DomainException("只能评价已完成的事项");
        }

        switch (rating)
        {
            case PublicRating.Satisfied:
                RatedSatisfied++;
                break;
            case PublicRating.BasicallySatisfied:
                RatedBasicallySatisfied++;
                break;
            case PublicRating.Unsatisfied:
                RatedUnsatisfied++;
                break;
            default:
                throw new DomainException("评价结果无效");
        }

        Raise(new PubliclyRated(this, rating));
    }

    /// <summary>
    /// A 不满意 rating from enough different raters (<paramref name="rule"/>) puts a finished item on the office's
    /// reopen-review list; one click never does. A new 不满意 after the office kept it closed puts it back only if
    /// the rule still holds.
    /// </summary>
    void IPubliclyRatable.ConsiderReopenReview(ReopenReviewTally tally, ReopenReviewRule rule)
    {
        if (Status.IsFinished() && rule.IsMet(tally))
        {
            NeedsReopenReview = true;
        }
    }

    /// <summary>
    /// The one home of what an actor may do with this item now, and why not: the unit's editors start, report
    /// progress, complete and add evidence (the four haves must be complete to start or complete); the office or a
    /// supervisor verifies and reopens (返工). The verbs refuse with exactly these answers; the pages render from them.
    /// <paramref name="tree"/> is needed for the unit editors' actions.
    /// </summary>
    public ActionAnswer WhyCannot(RectificationAction action, Actor actor, UnitTree? tree)
    {
        ActionAnswer Editor() => ActionAnswer.When(tree is not null && UnitAccess.CanEdit(actor, UnitId, tree), ActionAnswer.NotPermitted("您无权修改该单位的数据"));
        ActionAnswer Overseer(string message) => ActionAnswer.When(actor.IsOffice || actor.IsSupervisor, ActionAnswer.NotPermitted(message));
        ActionAnswer FourHavesFor(string prefix) =>
            MissingFourHaves() is { Count: > 0 } missing ? ActionAnswer.Blocked($"{prefix}：缺少{FourHaveNames.ListNames(missing)}") : ActionAnswer.Allowed;

        return action switch
        {
            RectificationAction.Start => ActionAnswer.FirstOf(
                Editor(),
                ActionAnswer.When(Status is RectificationStatus.NotStarted or RectificationStatus.Reopened, ActionAnswer.NotApplicable("只有未开始或重新整改的事项才能开始整改")),
                FourHavesFor("四有不全，不能开始整改")),
            RectificationAction.UpdateProgress => ActionAnswer.FirstOf(
                Editor(),
                ActionAnswer.When(Status == RectificationStatus.InProgress, ActionAnswer.NotApplicable("只有整改中的事项才能更新进度"))),
            RectificationAction.Complete => ActionAnswer.FirstOf(
                Editor(),
                ActionAnswer.When(
                    Status == RectificationStatus.InProgress || (IsQuickFix && Status == RectificationStatus.NotStarted),
                    ActionAnswer.NotApplicable(IsQuickFix ? "只有未开始或整改中的立行立改事项才能标记完成" : "只有整改中的事项才能标记完成")),
                FourHavesFor("四有不全，不能完成整改")),
            RectificationAction.AddEvidence => ActionAnswer.FirstOf(
                Editor(),
                ActionAnswer.When(Status != RectificationStatus.Verified, ActionAnswer.NotApplicable("已验收的整改事项不能修改"))),
            RectificationAction.Verify => ActionAnswer.FirstOf(
                Overseer("只有活动办或督导组可以验收整改事项"),
                ActionAnswer.When(Status == RectificationStatus.Completed, ActionAnswer.NotApplicable("只有已完成的整改事项才能验收"))),
            RectificationAction.Reopen => ActionAnswer.FirstOf(
                Overseer("只有活动办或督导组可以重新打开整改事项"),
                ActionAnswer.When(Status.IsFinished(), ActionAnswer.NotApplicable("只有已完成或已验收的整改事项才能重新打开"))),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    /// <summary>Refuses an actor who may not change this item's unit — before any field is compared, so even an edit that changes nothing is refused.</summary>
    public void EnsureCanEdit(Actor actor, UnitTree tree) => UnitAccess.EnsureCanEdit(actor, UnitId, tree);

    private void EnsureEditable(Actor actor, UnitTree tree)
    {
        UnitAccess.EnsureCanEdit(actor, UnitId, tree);
        if (Status == RectificationStatus.Verified)
        {
            throw new DomainException("已验收的整改事项不能修改");
        }
    }
}

/// <summary>What one may do with a rectification item.</summary>
public enum RectificationAction
{
    /// <summary>开始整改.</summary>
    Start,

    /// <summary>更新进度.</summary>
    UpdateProgress,

    /// <summary>标记整改完成.</summary>
    Complete,

    /// <summary>上传佐证材料.</summary>
    AddEvidence,

    /// <summary>验收通过.</summary>
    Verify,

    /// <summary>重新打开（返工）.</summary>
    Reopen,
}
