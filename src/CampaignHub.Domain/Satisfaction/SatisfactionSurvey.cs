using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Satisfaction;

/// <summary>
/// A satisfaction survey (满意度测评) of a campaign: target units, questions on the four-point scale,
/// respondent groups, a schedule and a minimum sample. Draft → Open → Closed. Rates are sealed for the
/// units until it closes unless <see cref="UnitsSeeOwnRatesBeforeClose"/>; leadership and the office see them live.
/// </summary>
public sealed class SatisfactionSurvey : AggregateRoot
{
    private readonly List<SurveyQuestion> _questions = [];
    private readonly List<RespondentGroup> _groups = [];
    private readonly List<SurveyTargetUnit> _targets = [];

    private SatisfactionSurvey()
    {
        Title = string.Empty;
        CreatedBy = string.Empty;
    }

    private SatisfactionSurvey(int campaignId, string title, DateTimeOffset opensAt, DateTimeOffset closesAt, int minimumSample, string createdBy, DateTimeOffset createdAt)
    {
        CampaignId = campaignId;
        Title = Guard.Required(title, "测评名称", 100);
        ValidateSchedule(opensAt, closesAt);
        OpensAt = opensAt;
        ClosesAt = closesAt;
        MinimumSample = ValidMinimumSample(minimumSample);
        Status = SurveyStatus.Draft;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public const int DefaultMinimumSample = 30;

    public int CampaignId { get; private set; }

    public string Title { get; private set; }

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    /// <summary>Minimum number of questionnaires (respondents) a unit needs before its rate is shown.</summary>
    public int MinimumSample { get; private set; }

    /// <summary>Whether units may see their own rates while the survey is open (default: no).</summary>
    public bool UnitsSeeOwnRatesBeforeClose { get; private set; }

    public SurveyStatus Status { get; private set; }

    /// <summary>The earlier survey this one re-surveys (复测), e.g. after a rectification order.</summary>
    public int? ResurveyOfId { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<SurveyQuestion> Questions => _questions.OrderBy(q => q.Order).ToList();

    public IReadOnlyList<RespondentGroup> RespondentGroups => _groups.OrderBy(g => g.Order).ToList();

    public IReadOnlyList<int> TargetUnitIds => _targets.Select(t => t.UnitId).ToList();

    public bool IsResurvey => ResurveyOfId is not null;

    /// <summary>The named third party that runs the survey (第三方测评), or null when the office runs it itself.</summary>
    public string? ThirdPartyName { get; private set; }

    /// <summary>Which of the two satisfactions each question number answers (questions of neither kind left out).</summary>
    public IReadOnlyDictionary<int, QuestionKind> TwoSatisfactionQuestions =>
        _questions.Where(q => q.Kind.IsOneOfTwoSatisfactions()).ToDictionary(q => q.Number, q => q.Kind);

    /// <summary>
    /// The office defines a survey with the default questions (five dimensions of 004 and the two satisfactions
    /// of 000) and the thirteen respondent groups of 004; all of them can be edited while it is a draft.
    /// </summary>
    public static SatisfactionSurvey Create(
        int campaignId,
        string title,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt,
        IEnumerable<int> targetUnitIds,
        Actor actor,
        IClock clock,
        int minimumSample = DefaultMinimumSample)
    {
        SurveyRules.WhyCannotManage(actor).Ensure();
        var survey = new SatisfactionSurvey(campaignId, title, opensAt, closesAt, minimumSample, actor.UserName, clock.UtcNow);
        foreach (var dimension in SurveyDefaults.Dimensions)
        {
            survey.AddQuestion(dimension, QuestionKind.Dimension);
        }

        foreach (var (satisfaction, kind) in SurveyDefaults.TwoSatisfactions.Zip(TwoSatisfactions.Kinds))
        {
            survey.AddQuestion(satisfaction, kind);
        }

        foreach (var group in SurveyDefaults.RespondentGroups)
        {
            survey.AddRespondentGroup(group);
        }

        foreach (var unitId in targetUnitIds)
        {
            survey.AddTargetUnit(unitId);
        }

        survey.RaiseInstead<SurveyEdited>(new SurveyCreated(survey));
        return survey;
    }

    /// <summary>
    /// A re-survey (复测) of one unit after an earlier survey, typically to close a rectification order.
    /// It copies the earlier survey's questions, groups, minimum sample and visibility. The office or a supervisor
    /// (who orders the rectification) may arrange it.
    /// </summary>
    public static SatisfactionSurvey CreateResurvey(
        SatisfactionSurvey original,
        int unitId,
        string title,
        DateTimeOffset opensAt,
        DateTimeOffset closesAt,
        Actor actor,
        IClock clock)
    {
        if (!actor.IsOffice && !actor.IsSupervisor)
        {
            throw new AccessDeniedException("只有活动办或督导组可以安排复测");
        }

        if (original.Status == SurveyStatus.Draft)
        {
            throw new DomainException("只能对已开始的测评进行复测");
        }

        if (!original.Targets(unitId))
        {
            throw new DomainException("复测单位必须是原测评的测评对象");
        }

        var survey = new SatisfactionSurvey(original.CampaignId, title, opensAt, closesAt, original.MinimumSample, actor.UserName, clock.UtcNow)
        {
            ResurveyOfId = original.Id,
            UnitsSeeOwnRatesBeforeClose = original.UnitsSeeOwnRatesBeforeClose,
        };
        foreach (var question in original.Questions)
        {
            survey.AddQuestion(question.Text, question.Kind);
        }

        foreach (var group in original.RespondentGroups)
        {
            survey.AddRespondentGroup(group.Name);
        }

        survey.AddTargetUnit(unitId);
        survey.RaiseInstead<SurveyEdited>(new SurveyCreated(survey));
        return survey;
    }

    public bool Targets(int unitId) => _targets.Any(t => t.UnitId == unitId);

    public SurveyQuestion? FindQuestion(int number) => _questions.FirstOrDefault(q => q.Number == number);

    public RespondentGroup? FindRespondentGroup(int number) => _groups.FirstOrDefault(g => g.Number == number);

    // ---- Editing (draft only) ----
    public void Rename(string title)
    {
        EnsureState(SurveyAction.EditSettings);
        Title = Guard.Required(title, "测评名称", 100);
        Edited(SettingsChanged);
    }

    /// <summary>A draft may be rescheduled freely; an open survey may only move its closing time.</summary>
    public void Reschedule(DateTimeOffset opensAt, DateTimeOffset closesAt)
    {
        EnsureState(SurveyAction.EditSettings);
        if (opensAt != OpensAt)
        {
            EnsureState(SurveyAction.EditOpeningTime);
        }

        ValidateSchedule(opensAt, closesAt);
        OpensAt = opensAt;
        ClosesAt = closesAt;
        Edited(SettingsChanged);
    }

    public void SetMinimumSample(int minimumSample)
    {
        EnsureState(SurveyAction.EditSettings);
        MinimumSample = ValidMinimumSample(minimumSample);
        Edited(SettingsChanged);
    }

    /// <summary>Marks the survey as run by a named third party (第三方测评机构), or clears the mark with an empty name.</summary>
    public void AssignThirdParty(string? name)
    {
        EnsureState(SurveyAction.EditSettings);
        ThirdPartyName = Guard.Optional(name, "第三方机构名称", MaxThirdPartyNameLength);
        Edited(SettingsChanged);
    }

    public const int MaxThirdPartyNameLength = 100;

    public void SetUnitsSeeOwnRatesBeforeClose(bool allowed)
    {
        EnsureState(SurveyAction.EditSettings);
        UnitsSeeOwnRatesBeforeClose = allowed;
        Edited(SettingsChanged);
    }

    public SurveyQuestion AddQuestion(string text, QuestionKind kind)
    {
        EnsureState(SurveyAction.EditQuestions);
        var question = new SurveyQuestion(NextNumber(_questions.Select(q => q.Number)), text, _questions.Count + 1, kind);
        if (_questions.Any(q => q.Text == question.Text))
        {
            throw new DomainException($"题目“{question.Text}”已存在");
        }

        EnsureOneQuestionPerSatisfaction(kind, exceptNumber: null);

        _questions.Add(question);
        Edited("新增题目");
        return question;
    }

    public void EditQuestion(int number, string text, QuestionKind kind)
    {
        EnsureState(SurveyAction.EditQuestions);
        var question = RequireQuestion(number);
        var trimmed = Guard.Required(text, "题目", 200);
        if (_questions.Any(q => q.Number != number && q.Text == trimmed))
        {
            throw new DomainException($"题目“{trimmed}”已存在");
        }

        EnsureOneQuestionPerSatisfaction(kind, exceptNumber: number);
        question.Edit(trimmed, kind);
        Edited("修改题目");
    }

    /// <summary>Each of the two satisfactions is one question, so its figure is one question's rate.</summary>
    private void EnsureOneQuestionPerSatisfaction(QuestionKind kind, int? exceptNumber)
    {
        if (kind.IsOneOfTwoSatisfactions() && _questions.Any(q => q.Kind == kind && q.Number != exceptNumber))
        {
            throw new DomainException($"每份测评只能有一道“{kind.ToChinese()}”题");
        }
    }

    public void RemoveQuestion(int number)
    {
        EnsureState(SurveyAction.EditQuestions);
        _questions.Remove(RequireQuestion(number));
        Renumber(_questions.OrderBy(q => q.Order).ToList(), (q, order) => q.MoveTo(order));
        Edited("删除题目");
    }

    /// <summary>Moves a question to a 1-based position, shifting the others.</summary>
    public void MoveQuestion(int number, int toOrder)
    {
        EnsureState(SurveyAction.EditQuestions);
        var question = RequireQuestion(number);
        var ordered = _questions.OrderBy(q => q.Order).Where(q => q != question).ToList();
        ordered.Insert(Math.Clamp(toOrder, 1, ordered.Count + 1) - 1, question);
        Renumber(ordered, (q, order) => q.MoveTo(order));
        Edited("调整题目顺序");
    }

    public RespondentGroup AddRespondentGroup(string name)
    {
        EnsureState(SurveyAction.EditGroups);
        var group = new RespondentGroup(NextNumber(_groups.Select(g => g.Number)), name, _groups.Count + 1);
        if (_groups.Any(g => g.Name == group.Name))
        {
            throw new DomainException($"参评群体“{group.Name}”已存在");
        }

        _groups.Add(group);
        Edited("新增参评群体");
        return group;
    }

    public void RenameRespondentGroup(int number, string name)
    {
        EnsureState(SurveyAction.EditGroups);
        var group = RequireGroup(number);
        var trimmed = Guard.Required(name, "参评群体名称", 50);
        if (_groups.Any(g => g.Number != number && g.Name == trimmed))
        {
            throw new DomainException($"参评群体“{trimmed}”已存在");
        }

        group.Rename(trimmed);
        Edited("修改参评群体");
    }

    /// <summary>Removes a group. The caller must also delete codes already generated for it.</summary>
    public void RemoveRespondentGroup(int number)
    {
        EnsureState(SurveyAction.EditGroups);
        _groups.Remove(RequireGroup(number));
        Renumber(_groups.OrderBy(g => g.Order).ToList(), (g, order) => g.MoveTo(order));
        Edited("删除参评群体");
    }

    public void AddTargetUnit(int unitId)
    {
        EnsureState(SurveyAction.EditTargets);
        if (unitId <= 0)
        {
            throw new DomainException("测评对象单位无效");
        }

        if (!Targets(unitId))
        {
            _targets.Add(new SurveyTargetUnit(unitId));
            Edited(SettingsChanged);
        }
    }

    public void RemoveTargetUnit(int unitId)
    {
        EnsureState(SurveyAction.EditTargets);
        _targets.RemoveAll(t => t.UnitId == unitId);
        Edited(SettingsChanged);
    }

    // ---- Transitions ----

    /// <summary>
    /// The office opens the survey explicitly, which may be earlier than <see cref="OpensAt"/>
    /// (the opening time then becomes now).
    /// </summary>
    public void Open(Actor actor, IClock clock)
    {
        WhyCannot(SurveyAction.Open, actor).Ensure();
        OpenAt(clock.UtcNow);
        Raise(new SurveyOpened(this, BySchedule: false));
    }

    /// <summary>Opens a draft once its opening time has come (run by the scheduler). Returns whether it opened.</summary>
    public bool OpenIfDue(IClock clock)
    {
        if (Status != SurveyStatus.Draft || clock.UtcNow < OpensAt || clock.UtcNow >= ClosesAt || !IsComplete)
        {
            return false;
        }

        OpenAt(clock.UtcNow);
        Raise(new SurveyOpened(this, BySchedule: true));
        return true;
    }

    /// <summary>The office closes the survey early.</summary>
    public void Close(Actor actor, IClock clock)
    {
        WhyCannot(SurveyAction.Close, actor).Ensure();
        CloseAt(clock.UtcNow);
        Raise(new SurveyClosed(this, BySchedule: false));
    }

    /// <summary>Closes an open survey once its closing time has passed (run by the scheduler). Returns whether it closed.</summary>
    public bool CloseIfDue(IClock clock)
    {
        if (Status != SurveyStatus.Open || clock.UtcNow < ClosesAt)
        {
            return false;
        }

        CloseAt(ClosesAt);
        Raise(new SurveyClosed(this, BySchedule: true));
        return true;
    }

    /// <summary>
    /// May the actor do this to the survey now, and if not, why not. The verbs refuse with exactly these answers, and
    /// the survey pages offer their buttons and editors from them.
    /// </summary>
    public ActionAnswer WhyCannot(SurveyAction action, Actor actor) => ActionAnswer.FirstOf(
        ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted(SurveyRules.WhoMay(action))),
        WhyCannotNow(action));

    /// <summary>What the survey's state allows, whoever asks (the scheduler and imports use the same rule).</summary>
    public ActionAnswer WhyCannotNow(SurveyAction action) => action switch
    {
        SurveyAction.Open => ActionAnswer.FirstOf(
            ActionAnswer.When(Status == SurveyStatus.Draft, ActionAnswer.NotApplicable("只有草稿状态的测评才能开启")),
            ActionAnswer.When(_questions.Count > 0, ActionAnswer.Blocked("测评至少需要一道题目")),
            ActionAnswer.When(_targets.Count > 0, ActionAnswer.Blocked("测评至少需要一个测评对象单位")),
            ActionAnswer.When(_groups.Count > 0, ActionAnswer.Blocked("测评至少需要一个参评群体"))),
        SurveyAction.Close => ActionAnswer.When(Status == SurveyStatus.Open, ActionAnswer.NotApplicable("只有进行中的测评才能结束")),
        SurveyAction.EditSettings => ActionAnswer.When(Status != SurveyStatus.Closed, ActionAnswer.Blocked("测评已结束，不能修改")),
        SurveyAction.EditOpeningTime => ActionAnswer.FirstOf(
            ActionAnswer.When(Status != SurveyStatus.Closed, ActionAnswer.Blocked("测评已结束，不能修改")),
            ActionAnswer.When(Status == SurveyStatus.Draft, ActionAnswer.Blocked("测评已开始，只能调整截止时间"))),
        SurveyAction.EditTargets => ActionAnswer.When(Status == SurveyStatus.Draft, ActionAnswer.Blocked("只有草稿状态的测评才能修改测评对象")),
        SurveyAction.EditQuestions => ActionAnswer.When(Status == SurveyStatus.Draft, ActionAnswer.Blocked("只有草稿状态的测评才能修改题目")),
        SurveyAction.EditGroups => ActionAnswer.When(Status == SurveyStatus.Draft, ActionAnswer.Blocked("只有草稿状态的测评才能修改参评群体")),
        SurveyAction.GenerateCodes => ActionAnswer.When(Status != SurveyStatus.Closed, ActionAnswer.Blocked("测评已结束，不能再生成答题码")),
        SurveyAction.ImportPaper => ActionAnswer.When(Status != SurveyStatus.Draft, ActionAnswer.Blocked("测评尚未开始，不能导入纸质问卷")),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Open and not yet past its closing time (the scheduler may not have closed it yet).</summary>
    private const string SettingsChanged = "修改测评设置";

    /// <summary>
    /// Records an edit. Building a new survey (its default questions and groups) is part of creating it, and several
    /// edits in one save are one change of the survey.
    /// </summary>
    private void Edited(string what)
    {
        if (!DomainEvents.Any(e => e is SurveyCreated))
        {
            RaiseInstead<SurveyEdited>(new SurveyEdited(this, what));
        }
    }

    public bool IsAcceptingResponses(DateTimeOffset now) => Status == SurveyStatus.Open && now < ClosesAt;

    public void EnsureAcceptingResponses(DateTimeOffset now)
    {
        if (Status == SurveyStatus.Draft)
        {
            throw new DomainException("测评尚未开始");
        }

        if (!IsAcceptingResponses(now))
        {
            throw new DomainException("测评已结束，不能再作答");
        }
    }

    /// <summary>Results are sealed for the units until the survey is closed or its closing time has passed.</summary>
    public bool IsSealed(DateTimeOffset now) => Status != SurveyStatus.Closed && now < ClosesAt;

    /// <summary>Whether the units may see their own results now: after closing, or earlier when the survey allows it.</summary>
    public bool UnitsMaySeeResults(DateTimeOffset now) => UnitsSeeOwnRatesBeforeClose || !IsSealed(now);

    /// <summary>
    /// Leadership, the office, supervisors and the display wall see every unit's rate live. A coordinator sees
    /// only their own unit's rate, and only after closing unless the survey allows it earlier.
    /// </summary>
    public bool CanSeeUnitRate(Actor actor, int unitId, DateTimeOffset now)
    {
        if (CanSeeAllRates(actor))
        {
            return true;
        }

        return actor.IsCoordinator && actor.UnitId == unitId && Targets(unitId) && UnitsMaySeeResults(now);
    }

    /// <summary>Whether the actor sees every unit's rate (and overall breakdowns) live.</summary>
    public static bool CanSeeAllRates(Actor actor) =>
        actor.IsOffice || actor.IsSupervisor || actor.IsIn(Roles.Leader) || actor.IsIn(Roles.Display);

    public bool IsComplete => _questions.Count > 0 && _groups.Count > 0 && _targets.Count > 0;

    private void OpenAt(DateTimeOffset now)
    {
        WhyCannotNow(SurveyAction.Open).Ensure();
        if (now >= ClosesAt)
        {
            throw new DomainException("测评截止时间已过，不能开启");
        }

        if (now < OpensAt)
        {
            OpensAt = now;
        }

        Status = SurveyStatus.Open;
        OpenedAt = now;
    }

    private void CloseAt(DateTimeOffset at)
    {
        Status = SurveyStatus.Closed;
        ClosedAt = at;
        if (at < ClosesAt)
        {
            ClosesAt = at;
        }
    }

    private SurveyQuestion RequireQuestion(int number) =>
        FindQuestion(number) ?? throw new DomainException("题目不存在");

    private RespondentGroup RequireGroup(int number) =>
        FindRespondentGroup(number) ?? throw new DomainException("参评群体不存在");

    private void EnsureState(SurveyAction action) => WhyCannotNow(action).Ensure();

    private static void ValidateSchedule(DateTimeOffset opensAt, DateTimeOffset closesAt)
    {
        if (closesAt <= opensAt)
        {
            throw new DomainException("截止时间必须晚于开始时间");
        }
    }

    private static int ValidMinimumSample(int minimumSample)
    {
        if (minimumSample is < 1 or > 100_000)
        {
            throw new DomainException("最低样本量必须在1到100000之间");
        }

        return minimumSample;
    }

    private static int NextNumber(IEnumerable<int> used) => used.DefaultIfEmpty(0).Max() + 1;

    private static void Renumber<T>(List<T> ordered, Action<T, int> moveTo)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            moveTo(ordered[i], i + 1);
        }
    }
}
