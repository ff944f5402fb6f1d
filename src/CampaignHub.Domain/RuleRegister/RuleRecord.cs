using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.RuleRegister;

/// <summary>
/// One entry of a unit's 建章立制 register: a rule or system it creates (新建) or revises (修订) in the campaign, moving
/// 起草中 → 已印发 → 已施行 with the dates, and the problems (rectification items of the same unit and campaign) it
/// answers. A rule is issued before it is in force, never the other way round, and neither date lies in the future.
/// </summary>
public sealed class RuleRecord : AggregateRoot
{
    private readonly List<RuleProblemLink> _problems = [];
    private readonly List<RecordComment> _comments = [];

    private RuleRecord()
    {
        Title = string.Empty;
        UpdatedBy = string.Empty;
    }

    private RuleRecord(int campaignId, int unitId, RuleKind kind, DateOnly draftedOn, Actor actor, DateTimeOffset now)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Kind = kind;
        Status = RuleStatus.Drafting;
        DraftedOn = draftedOn;
        Title = string.Empty;
        UpdatedBy = actor.UserName;
        UpdatedAt = now;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public string Title { get; private set; }

    public RuleKind Kind { get; private set; }

    /// <summary>What the rule provides, in a few lines.</summary>
    public string? Summary { get; private set; }

    public RuleStatus Status { get; private set; }

    public DateOnly DraftedOn { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    /// <summary>文号 of the issuing document, when issued.</summary>
    public string? DocumentNumber { get; private set; }

    public DateOnly? InForceOn { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<RuleProblemLink> Problems => _problems;

    /// <summary>The supervision group's and the unit's comments on the rule, oldest first.</summary>
    public IReadOnlyList<RecordComment> Comments => _comments.OrderBy(c => c.At).ToList();

    public const int TitleMaxLength = 200;

    /// <summary>登记: a rule being drafted (起草中) from the given day.</summary>
    public static RuleRecord Register(int campaignId, int unitId, string? title, RuleKind kind, string? summary, DateOnly? draftedOn, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(RuleAction.Register, actor, tree, unitId, null).Ensure();
        if (campaignId <= 0)
        {
            throw new DomainException("制度必须属于一个活动");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("请选择新建或修订");
        }

        var day = draftedOn ?? throw new DomainException("请填写起草日期");
        if (day > clock.Today)
        {
            throw new DomainException("起草日期不能晚于今天");
        }

        var rule = new RuleRecord(campaignId, unitId, kind, day, actor, clock.UtcNow);
        rule.Title = Guard.Required(title, "制度名称", TitleMaxLength);
        rule.Summary = Guard.Optional(summary, "主要内容", 2000);
        rule.Raise(new RuleRegistered(rule));
        return rule;
    }

    /// <summary>Changes the name, kind and content while the rule is still being drafted.</summary>
    public void Describe(string? title, RuleKind kind, string? summary, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(RuleAction.Describe, actor, tree);
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("请选择新建或修订");
        }

        Title = Guard.Required(title, "制度名称", TitleMaxLength);
        Kind = kind;
        Summary = Guard.Optional(summary, "主要内容", 2000);
        Touch(actor, clock);
        RaiseInstead<RuleDescribed>(new RuleDescribed(this));
    }

    /// <summary>印发: on a day from its drafting up to today.</summary>
    public void Issue(DateOnly? issuedOn, string? documentNumber, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(RuleAction.Issue, actor, tree);
        var day = issuedOn ?? throw new DomainException("请填写印发日期");
        if (day > clock.Today)
        {
            throw new DomainException("印发日期不能晚于今天");
        }

        if (day < DraftedOn)
        {
            throw new DomainException("印发日期不能早于起草日期");
        }

        IssuedOn = day;
        DocumentNumber = Guard.Optional(documentNumber, "文号", 100);
        Status = RuleStatus.Issued;
        Touch(actor, clock);
        Raise(new RuleIssued(this));
    }

    /// <summary>施行: an issued rule, on a day from its issue up to today.</summary>
    public void PutInForce(DateOnly? inForceOn, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(RuleAction.PutInForce, actor, tree);
        var day = inForceOn ?? throw new DomainException("请填写施行日期");
        if (day > clock.Today)
        {
            throw new DomainException("施行日期不能晚于今天");
        }

        if (day < IssuedOn)
        {
            throw new DomainException("施行日期不能早于印发日期");
        }

        InForceOn = day;
        Status = RuleStatus.InForce;
        Touch(actor, clock);
        Raise(new RuleInForce(this));
    }

    /// <summary>The rule answers a problem: a rectification item of the same unit in the same campaign.</summary>
    public void Answer(RectificationItem item, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(RuleAction.LinkProblem, actor, tree);
        if (item.UnitId != UnitId || item.CampaignId != CampaignId)
        {
            throw new DomainException("制度只能对应本单位在本次活动中的整改事项");
        }

        if (_problems.Any(p => p.RectificationItemId == item.Id))
        {
            throw new DomainException("该整改事项已对应本制度");
        }

        _problems.Add(new RuleProblemLink(item.Id));
        Touch(actor, clock);
        Raise(new RuleProblemLinked(this, item.Title));
    }

    public void StopAnswering(int rectificationItemId, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(RuleAction.LinkProblem, actor, tree);
        var link = _problems.FirstOrDefault(p => p.RectificationItemId == rectificationItemId) ?? throw new NotFoundException("该整改事项未对应本制度");
        _problems.Remove(link);
        Touch(actor, clock);
        Raise(new RuleProblemUnlinked(this));
    }

    /// <summary>提出意见: the unit's supervision group follows the register and says what it thinks, at any status.</summary>
    public RecordComment Comment(string? text, Actor actor, UnitTree tree, IClock clock)
    {
        Ensure(RuleAction.Comment, actor, tree);
        var comment = RecordComment.Write(text, actor, clock);
        _comments.Add(comment);
        Raise(new RuleCommented(this, comment));
        return comment;
    }

    public ActionAnswer WhyCannot(RuleAction action, Actor actor, UnitTree tree) => WhyCannot(action, actor, tree, UnitId, Status);

    /// <summary>
    /// The one home of the register's rules, also before an entry exists (<paramref name="status"/> null): the unit's
    /// editors keep it; a rule is described while drafted, issued from drafting, in force only once issued.
    /// </summary>
    public static ActionAnswer WhyCannot(RuleAction action, Actor actor, UnitTree tree, int unitId, RuleStatus? status)
    {
        if (action == RuleAction.Comment)
        {
            return RecordComment.WhyCannotWrite(actor, unitId, tree);
        }

        if (!UnitAccess.CanEdit(actor, unitId, tree))
        {
            return ActionAnswer.NotPermitted("只有本单位及上级单位联络员或活动办可以登记制度");
        }

        return action switch
        {
            RuleAction.Register or RuleAction.LinkProblem => ActionAnswer.Allowed,
            RuleAction.Describe => ActionAnswer.When(status == RuleStatus.Drafting, ActionAnswer.NotApplicable("制度已印发，名称和内容不能再修改")),
            RuleAction.Issue => ActionAnswer.When(status == RuleStatus.Drafting, ActionAnswer.NotApplicable("只有起草中的制度才能印发")),
            RuleAction.PutInForce => status switch
            {
                RuleStatus.Issued => ActionAnswer.Allowed,
                RuleStatus.Drafting => ActionAnswer.Blocked("制度须先印发才能施行"),
                _ => ActionAnswer.NotApplicable("该制度已施行"),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    public static bool CanRead(Actor actor, int unitId, UnitTree tree) => UnitAccess.CanReadWorkOf(actor, unitId, tree);

    private void Ensure(RuleAction action, Actor actor, UnitTree tree) => WhyCannot(action, actor, tree).Ensure();

    private void Touch(Actor actor, IClock clock)
    {
        UpdatedBy = actor.UserName;
        UpdatedAt = clock.UtcNow;
    }
}

/// <summary>A problem (rectification item) a rule answers.</summary>
public sealed class RuleProblemLink : Entity
{
    private RuleProblemLink()
    {
    }

    internal RuleProblemLink(int rectificationItemId)
    {
        RectificationItemId = rectificationItemId;
    }

    public int RuleRecordId { get; private set; }

    public int RectificationItemId { get; private set; }
}

public enum RuleKind
{
    /// <summary>新建.</summary>
    New = 0,

    /// <summary>修订.</summary>
    Revised = 1,
}

public enum RuleStatus
{
    /// <summary>起草中.</summary>
    Drafting = 0,

    /// <summary>已印发.</summary>
    Issued = 1,

    /// <summary>已施行.</summary>
    InForce = 2,
}

public enum RuleAction
{
    Register,
    Describe,
    Issue,
    PutInForce,
    LinkProblem,
    Comment,
}

public static class RuleNames
{
    public static readonly IReadOnlyList<RuleKind> Kinds = [RuleKind.New, RuleKind.Revised];

    public static readonly IReadOnlyList<RuleStatus> Statuses = [RuleStatus.Drafting, RuleStatus.Issued, RuleStatus.InForce];

    public static string ToChinese(this RuleKind kind) => kind switch
    {
        RuleKind.New => "新建",
        RuleKind.Revised => "修订",
        _ => kind.ToString(),
    };

    public static string ToChinese(this RuleStatus status) => status switch
    {
        RuleStatus.Drafting => "起草中",
        RuleStatus.Issued => "已印发",
        RuleStatus.InForce => "已施行",
        _ => status.ToString(),
    };
}

public abstract record RuleEvent(RuleRecord Rule, string What) : IStageThreeEvent
{
    public string Summary => $"{What}：{Rule.Title}";

    public int CampaignId => Rule.CampaignId;

    public int UnitId => Rule.UnitId;

    public int EntityId => Rule.Id;
}

public sealed record RuleRegistered(RuleRecord Rule) : RuleEvent(Rule, $"登记{Rule.Kind.ToChinese()}制度");

public sealed record RuleDescribed(RuleRecord Rule) : RuleEvent(Rule, "修改制度");

public sealed record RuleIssued(RuleRecord Rule) : RuleEvent(Rule, "制度印发");

public sealed record RuleInForce(RuleRecord Rule) : RuleEvent(Rule, "制度施行");

public sealed record RuleProblemLinked(RuleRecord Rule, string ItemTitle) : RuleEvent(Rule, $"制度对应整改事项“{ItemTitle}”");

public sealed record RuleProblemUnlinked(RuleRecord Rule) : RuleEvent(Rule, "取消制度对应的整改事项");

public sealed record RuleCommented(RuleRecord Rule, RecordComment Comment) : RuleEvent(Rule, $"{Comment.ByRole}对制度提出意见");
