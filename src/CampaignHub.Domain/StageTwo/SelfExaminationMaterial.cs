using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.StageTwo;

/// <summary>
/// A self-examination material (对照检查材料) of a unit in a campaign: the leadership team's (drafted under its
/// principal leader), a team member's, or a village or community head's. Four sections are required before it goes
/// to review. The team's material is first circulated within a chosen scope for comment (comments are kept); then
/// the upper organisation's leader reviews it (审核把关) and passes it or returns it with a reason; after the meeting
/// it is revised and sent out to those attending the 情况通报会. Every submitted or revised text is kept as a
/// <see cref="MaterialVersion"/>, compared with <see cref="MaterialDiff"/>.
/// </summary>
public sealed class SelfExaminationMaterial : AggregateRoot
{
    private readonly List<MaterialVersion> _versions = [];
    private readonly List<MaterialComment> _comments = [];

    private SelfExaminationMaterial()
    {
        UpdatedBy = string.Empty;
    }

    private SelfExaminationMaterial(int campaignId, int unitId, MaterialKind kind, int authorPersonId, Actor actor, DateTimeOffset now)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Kind = kind;
        AuthorPersonId = authorPersonId;
        Status = MaterialStatus.Draft;
        UpdatedBy = actor.UserName;
        UpdatedAt = now;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public MaterialKind Kind { get; private set; }

    /// <summary>Whose material: the principal leader who drafts the team's, or the member or head writing their own.</summary>
    public int AuthorPersonId { get; private set; }

    public MaterialStatus Status { get; private set; }

    public string? FourWindsProblems { get; private set; }

    public string? ConductStatement { get; private set; }

    public string? RootsAnalysis { get; private set; }

    public string? DirectionAndMeasures { get; private set; }

    /// <summary>Who the draft was circulated to for comment (一定范围征求意见).</summary>
    public string? CirculationScope { get; private set; }

    public DateOnly? SentOutOn { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public MaterialText Text => new(FourWindsProblems, ConductStatement, RootsAnalysis, DirectionAndMeasures);

    public IReadOnlyList<MaterialVersion> Versions => _versions.OrderBy(v => v.Number).ToList();

    public IReadOnlyList<MaterialComment> Comments => _comments.OrderBy(c => c.At).ToList();

    public MaterialVersion? LatestVersion => _versions.MaxBy(v => v.Number);

    /// <summary>The reason of the last return while the material waits to be revised.</summary>
    public string? ReturnReason => Status == MaterialStatus.Returned ? LatestVersion?.DecisionNote : null;

    public bool IsPassed => Status.IsPassed();

    /// <summary>Starts a material. The team's is drafted under its principal leader; the others are personal.</summary>
    public static SelfExaminationMaterial Draft(int campaignId, int unitId, MaterialKind kind, int authorPersonId, MaterialText text, Actor actor, IClock clock)
    {
        StageTwoAccess.WhyCannotKeep(actor, unitId).Ensure();
        if (campaignId <= 0 || unitId <= 0 || authorPersonId <= 0)
        {
            throw new DomainException("对照检查材料必须属于一个活动、一个单位和一位撰写人");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("请选择材料类别");
        }

        var material = new SelfExaminationMaterial(campaignId, unitId, kind, authorPersonId, actor, clock.UtcNow);
        material.SetText(text);
        material.Raise(new MaterialDrafted(material));
        return material;
    }

    /// <summary>Changes the working texts while drafting, circulating or after a return.</summary>
    public void Save(MaterialText text, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(MaterialAction.Save, actor, tree);
        SetText(text);
        Touch(actor, clock);
        RaiseInstead<MaterialSaved>(new MaterialSaved(this));
    }

    /// <summary>征求意见: the draft goes to the chosen scope; comments are taken from then until it is sent out.</summary>
    public void Circulate(string scope, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(MaterialAction.Circulate, actor, tree);
        CirculationScope = Guard.Required(scope, "征求意见范围", 500);
        Status = MaterialStatus.Circulating;
        Touch(actor, clock);
        Raise(new MaterialCirculated(this));
    }

    /// <summary>A comment on the draft: from the circulation, the supervision group, the reviewer or the office.</summary>
    public MaterialComment Comment(string text, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(MaterialAction.Comment, actor, tree);
        var comment = new MaterialComment(Guard.Required(text, "意见", 2000), actor, clock.UtcNow);
        _comments.Add(comment);
        Raise(new MaterialCommented(this, comment));
        return comment;
    }

    /// <summary>报送审核: every section written; the text is kept as a new version.</summary>
    public MaterialVersion Submit(Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(MaterialAction.Submit, actor, tree);
        Text.EnsureComplete();
        var version = AddVersion(MaterialVersionKind.Submitted, actor, clock);
        Status = MaterialStatus.Submitted;
        Touch(actor, clock);
        Raise(new MaterialSubmitted(this, version.Number));
        return version;
    }

    /// <summary>审核通过: the upper leader passes the submitted version.</summary>
    public void Pass(string? note, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(MaterialAction.Pass, actor, tree);
        LatestVersion!.Decide(MaterialDecision.Passed, Guard.Optional(note, "审核意见", 1000), actor, clock.UtcNow);
        Status = MaterialStatus.Passed;
        Touch(actor, clock);
        Raise(new MaterialPassed(this));
    }

    /// <summary>退回修改: the upper leader returns the submitted version; the reason is required.</summary>
    public void Return(string reason, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(MaterialAction.Return, actor, tree);
        LatestVersion!.Decide(MaterialDecision.Returned, Guard.Required(reason, "退回原因", 1000), actor, clock.UtcNow);
        Status = MaterialStatus.Returned;
        Touch(actor, clock);
        Raise(new MaterialReturned(this));
    }

    /// <summary>会后修改完善: once the meeting is held, the passed material is revised; the revision is a new version.</summary>
    public MaterialVersion ReviseAfterMeeting(MaterialText text, bool meetingHeld, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(MaterialAction.ReviseAfterMeeting, actor, tree, meetingHeld);
        SetText(text);
        Text.EnsureComplete();
        var version = AddVersion(MaterialVersionKind.RevisedAfterMeeting, actor, clock);
        Status = MaterialStatus.Revised;
        Touch(actor, clock);
        Raise(new MaterialRevisedAfterMeeting(this, version.Number));
        return version;
    }

    /// <summary>印发: the revised material goes to those attending the 情况通报会.</summary>
    public void SendOut(DateOnly sentOn, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(MaterialAction.SendOut, actor, tree);
        if (sentOn > clock.Today)
        {
            throw new DomainException("印发日期不能晚于今天");
        }

        SentOutOn = sentOn;
        Status = MaterialStatus.SentOut;
        Touch(actor, clock);
        Raise(new MaterialSentOut(this));
    }

    public MaterialVersion GetVersion(int number) =>
        _versions.FirstOrDefault(v => v.Number == number) ?? throw new NotFoundException($"找不到第{number}版对照检查材料");

    /// <summary>What the actor may do with the material now, and why not. Pages render from it; the verbs refuse with it.</summary>
    public ActionAnswer WhyCannot(MaterialAction action, Actor actor, UnitTree tree, bool meetingHeld = false) =>
        WhyCannot(action, actor, tree, UnitId, Kind, Status, CirculationScope is not null, meetingHeld);

    /// <summary>
    /// The one home of the material's rules, also before a material exists (<paramref name="status"/> null: only
    /// <see cref="MaterialAction.Save"/> applies, to start it). <paramref name="everCirculated"/>: the team's material
    /// goes to review only after it was circulated for comment.
    /// </summary>
    public static ActionAnswer WhyCannot(MaterialAction action, Actor actor, UnitTree tree, int unitId, MaterialKind kind, MaterialStatus? status, bool everCirculated, bool meetingHeld)
    {
        switch (action)
        {
            case MaterialAction.Save or MaterialAction.Circulate or MaterialAction.Submit or MaterialAction.ReviseAfterMeeting or MaterialAction.SendOut:
                if (StageTwoAccess.WhyCannotKeep(actor, unitId) is { IsAllowed: false } notKeeper)
                {
                    return notKeeper;
                }

                return action switch
                {
                    MaterialAction.Save => ActionAnswer.When(
                        status is null or MaterialStatus.Draft or MaterialStatus.Circulating or MaterialStatus.Returned,
                        ActionAnswer.NotApplicable("材料已报送审核或已审核通过，不能直接修改")),
                    MaterialAction.Circulate => ActionAnswer.When(
                        status is MaterialStatus.Draft or MaterialStatus.Returned,
                        ActionAnswer.NotApplicable("只有起草中或已退回的材料才能征求意见")),
                    MaterialAction.Submit => status is MaterialStatus.Draft or MaterialStatus.Circulating or MaterialStatus.Returned
                        ? ActionAnswer.When(kind != MaterialKind.Team || everCirculated, ActionAnswer.Blocked("领导班子对照检查材料须先在一定范围征求意见，再报送审核"))
                        : ActionAnswer.NotApplicable("材料已报送审核或已审核通过"),
                    MaterialAction.ReviseAfterMeeting => status is MaterialStatus.Passed or MaterialStatus.Revised
                        ? ActionAnswer.When(meetingHeld, ActionAnswer.Blocked("专题民主生活会（组织生活会）召开后才能修改完善对照检查材料"))
                        : ActionAnswer.NotApplicable("只有审核通过的材料才能在会后修改完善"),
                    _ => ActionAnswer.When(status == MaterialStatus.Revised, status is MaterialStatus.Passed
                        ? ActionAnswer.Blocked("对照检查材料须在会后修改完善后才能印发")
                        : ActionAnswer.NotApplicable("只有会后修改完善的材料才能印发")),
                };
            case MaterialAction.Pass or MaterialAction.Return:
                if (!StageTwoAccess.Reviews(actor, unitId, tree))
                {
                    return ActionAnswer.NotPermitted("只有上级党组织或活动办可以审核把关");
                }

                return ActionAnswer.When(status == MaterialStatus.Submitted, ActionAnswer.NotApplicable("只有待审核的材料才能审核通过或退回"));
            case MaterialAction.Comment:
                if (!StageTwoAccess.Keeps(actor, unitId) && !StageTwoAccess.Reviews(actor, unitId, tree) && !actor.Supervises(unitId))
                {
                    return ActionAnswer.NotPermitted("只有本单位、上级党组织、督导该单位的督导组或活动办可以提出意见");
                }

                return ActionAnswer.When(
                    status is MaterialStatus.Circulating or MaterialStatus.Submitted or MaterialStatus.Returned or MaterialStatus.Passed or MaterialStatus.Revised,
                    ActionAnswer.NotApplicable(status == MaterialStatus.SentOut ? "材料已印发，不再征求意见" : "材料征求意见后才能提出意见"));
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    private void Ensure(MaterialAction action, Actor actor, UnitTree tree, bool meetingHeld = false) => WhyCannot(action, actor, tree, meetingHeld).Ensure();

    private MaterialVersion AddVersion(MaterialVersionKind kind, Actor actor, IClock clock)
    {
        var version = new MaterialVersion(_versions.Count + 1, kind, Text, actor, clock.UtcNow);
        _versions.Add(version);
        return version;
    }

    private void SetText(MaterialText text)
    {
        var clean = text.Normalised();
        FourWindsProblems = clean.FourWindsProblems;
        ConductStatement = clean.ConductStatement;
        RootsAnalysis = clean.RootsAnalysis;
        DirectionAndMeasures = clean.DirectionAndMeasures;
    }

    private void Touch(Actor actor, IClock clock)
    {
        UpdatedBy = actor.UserName;
        UpdatedAt = clock.UtcNow;
    }
}

/// <summary>One kept text of a material: as submitted for review, or as revised after the meeting. Never changes.</summary>
public sealed class MaterialVersion : Entity
{
    private MaterialVersion()
    {
        By = string.Empty;
        ByName = string.Empty;
    }

    internal MaterialVersion(int number, MaterialVersionKind kind, MaterialText text, Actor actor, DateTimeOffset at)
    {
        Number = number;
        Kind = kind;
        FourWindsProblems = text.FourWindsProblems;
        ConductStatement = text.ConductStatement;
        RootsAnalysis = text.RootsAnalysis;
        DirectionAndMeasures = text.DirectionAndMeasures;
        By = actor.UserName;
        ByName = actor.DisplayName;
        At = at;
        Decision = kind == MaterialVersionKind.Submitted ? MaterialDecision.Pending : MaterialDecision.Passed;
    }

    public int SelfExaminationMaterialId { get; private set; }

    public int Number { get; private set; }

    public MaterialVersionKind Kind { get; private set; }

    public string? FourWindsProblems { get; private set; }

    public string? ConductStatement { get; private set; }

    public string? RootsAnalysis { get; private set; }

    public string? DirectionAndMeasures { get; private set; }

    public string By { get; private set; }

    public string ByName { get; private set; }

    public DateTimeOffset At { get; private set; }

    public MaterialDecision Decision { get; private set; }

    /// <summary>The return reason, or the reviewer's optional note on passing.</summary>
    public string? DecisionNote { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public MaterialText Text => new(FourWindsProblems, ConductStatement, RootsAnalysis, DirectionAndMeasures);

    internal void Decide(MaterialDecision decision, string? note, Actor actor, DateTimeOffset at)
    {
        if (Decision != MaterialDecision.Pending)
        {
            throw new DomainException("该版本已审核，不能重复审核");
        }

        Decision = decision;
        DecisionNote = note;
        DecidedByName = actor.DisplayName;
        DecidedAt = at;
    }
}

/// <summary>A comment kept on a material: who (and in which role) said what, when.</summary>
public sealed class MaterialComment : Entity
{
    private MaterialComment()
    {
        Text = string.Empty;
        By = string.Empty;
        ByName = string.Empty;
        ByRole = string.Empty;
    }

    internal MaterialComment(string text, Actor actor, DateTimeOffset at)
    {
        Text = text;
        By = actor.UserName;
        ByName = actor.DisplayName;
        ByRole = actor.IsSupervisor ? RoleNames.ToChinese(Roles.Supervisor) : actor.IsOffice ? RoleNames.ToChinese(Roles.Office) : RoleNames.ToChinese(Roles.Coordinator);
        At = at;
    }

    public int SelfExaminationMaterialId { get; private set; }

    public string Text { get; private set; }

    public string By { get; private set; }

    public string ByName { get; private set; }

    /// <summary>The commenter's role in Chinese (督导组, 活动办, 单位联络员), as said at the time.</summary>
    public string ByRole { get; private set; }

    public DateTimeOffset At { get; private set; }
}
