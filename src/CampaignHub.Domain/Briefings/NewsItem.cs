using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Briefings;

/// <summary>What a unit reports to the office (各单位要将工作动态、典型事迹及时上报区委学教办).</summary>
public enum NewsKind
{
    /// <summary>工作动态: how the unit's work is going, its results.</summary>
    WorkNews = 1,

    /// <summary>典型事迹: a good practice or a model person worth spreading (先进典型).</summary>
    TypicalCase = 2,
}

/// <summary>Where a submission stands with the office.</summary>
public enum NewsItemStatus
{
    /// <summary>草稿: the unit is still writing it; only the unit sees it.</summary>
    Draft = 0,

    /// <summary>已报送: with the office, waiting for its decision.</summary>
    Submitted = 1,

    /// <summary>已退回: the office sent it back with a reason; the unit revises and submits again.</summary>
    Returned = 2,

    /// <summary>已采用: the office selected it for a 简报.</summary>
    Selected = 3,

    /// <summary>已刊用: printed in an issued 简报; it can no longer change.</summary>
    Published = 4,
}

/// <summary>What may be done with a submission; <see cref="NewsItem.WhyCannot"/> answers for each.</summary>
public enum NewsItemAction
{
    Revise,
    AddEvidence,
    RemoveEvidence,
    Submit,
    Return,
    Select,
}

public static class NewsNames
{
    public static readonly IReadOnlyList<NewsKind> AllKinds = [NewsKind.WorkNews, NewsKind.TypicalCase];

    public static string ToChinese(this NewsKind kind) => kind switch
    {
        NewsKind.WorkNews => "工作动态",
        NewsKind.TypicalCase => "典型事迹",
        _ => kind.ToString(),
    };

    public static string ToChinese(this NewsItemStatus status) => status switch
    {
        NewsItemStatus.Draft => "草稿",
        NewsItemStatus.Submitted => "已报送",
        NewsItemStatus.Returned => "已退回",
        NewsItemStatus.Selected => "已采用",
        NewsItemStatus.Published => "已刊用",
        _ => status.ToString(),
    };
}

/// <summary>The text of a submission as the unit writes it.</summary>
public sealed record NewsItemDetails(NewsKind? Kind, string? Title, string? Body, DateOnly? OccurredOn);

/// <summary>
/// A unit's 工作动态 or 典型事迹 reported to the office (区委学教办). The unit drafts it, attaches its 实物资料 and submits
/// it; the office returns it with a reason or selects it for a 简报; once a 简报 carrying it is issued it is 已刊用 and
/// fixed. A draft is the unit's own: nobody outside the unit's tree sees it until it is submitted.
/// </summary>
public sealed class NewsItem : AggregateRoot
{
    public const int MaxTitleLength = 100;
    public const int MaxBodyLength = 5000;
    public const int MaxReasonLength = 500;
    public const int MaxEvidenceFiles = 10;

    private readonly List<NewsEvidence> _evidence = [];

    private NewsItem()
    {
        Title = string.Empty;
        Body = string.Empty;
        CreatedBy = string.Empty;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public NewsKind Kind { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>When what is reported happened.</summary>
    public DateOnly OccurredOn { get; private set; }

    public NewsItemStatus Status { get; private set; }

    public string CreatedBy { get; private set; }

    public DateOnly? SubmittedOn { get; private set; }

    public string? ReturnReason { get; private set; }

    public int ReturnCount { get; private set; }

    public DateOnly? SelectedOn { get; private set; }

    /// <summary>The issued 简报 that printed it.</summary>
    public int? BriefingId { get; private set; }

    public IReadOnlyList<NewsEvidence> Evidence => _evidence;

    public static NewsItem Draft(int campaignId, int unitId, NewsItemDetails details, Actor actor, UnitTree tree, IClock clock)
    {
        BriefingAccess.WhyCannotReport(actor, unitId, tree).Ensure();
        var item = new NewsItem { CampaignId = campaignId, UnitId = unitId, Status = NewsItemStatus.Draft, CreatedBy = actor.UserName };
        item.Apply(details, clock);
        item.Raise(new NewsItemDrafted(item));
        return item;
    }

    /// <summary>Whether the actor sees this submission at all: a draft only within its unit's tree.</summary>
    public bool IsVisibleTo(Actor actor, UnitTree tree) =>
        Status == NewsItemStatus.Draft ? IsHeldBy(actor, tree) : UnitAccess.CanReadWorkOf(actor, UnitId, tree);

    /// <summary>
    /// Who writes it: the unit's coordinators (their own tree), or whoever entered it for the unit. The office does not
    /// rewrite a unit's submission; it returns it with a reason and the unit revises it.
    /// </summary>
    public bool IsHeldBy(Actor actor, UnitTree tree) =>
        UnitAccess.CanEdit(actor, UnitId, tree) && (actor.IsCoordinator || actor.UserName == CreatedBy);

    public ActionAnswer WhyCannot(NewsItemAction action, Actor actor, UnitTree tree) => action switch
    {
        NewsItemAction.Revise or NewsItemAction.AddEvidence or NewsItemAction.RemoveEvidence or NewsItemAction.Submit => ActionAnswer.FirstOf(
            BriefingAccess.WhyCannotReport(actor, UnitId, tree),
            ActionAnswer.When(IsHeldBy(actor, tree), ActionAnswer.NotPermitted("只有本单位可以修改和报送本单位的稿件")),
            ActionAnswer.When(Status is NewsItemStatus.Draft or NewsItemStatus.Returned, ActionAnswer.NotApplicable(
                Status == NewsItemStatus.Published ? "稿件已在简报刊用，不能修改" : "稿件已报送学教办，不能再修改；如需修改请联系学教办退回")),
            action == NewsItemAction.AddEvidence
                ? ActionAnswer.When(_evidence.Count < MaxEvidenceFiles, ActionAnswer.Blocked($"每篇稿件最多上传{MaxEvidenceFiles}份实物资料"))
                : ActionAnswer.Allowed),
        NewsItemAction.Return => ActionAnswer.FirstOf(
            BriefingAccess.WhyCannotEdit(actor),
            ActionAnswer.When(Status is NewsItemStatus.Submitted or NewsItemStatus.Selected, ActionAnswer.NotApplicable(
                Status == NewsItemStatus.Published ? "稿件已在简报刊用，不能退回" : "只能退回已报送或已采用的稿件"))),
        NewsItemAction.Select => ActionAnswer.FirstOf(
            BriefingAccess.WhyCannotEdit(actor),
            ActionAnswer.When(Status == NewsItemStatus.Submitted, ActionAnswer.NotApplicable("只能采用已报送、尚未处理的稿件"))),
        _ => ActionAnswer.NotApplicable("无效的操作"),
    };

    public void Revise(NewsItemDetails details, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(NewsItemAction.Revise, actor, tree).Ensure();
        Apply(details, clock);
        Raise(new NewsItemRevised(this));
    }

    public void AddEvidence(string fileName, string storedPath, string contentType, long sizeBytes, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(NewsItemAction.AddEvidence, actor, tree).Ensure();
        EvidenceRules.EnsureAcceptable(fileName, contentType, sizeBytes);
        _evidence.Add(new NewsEvidence(fileName.Trim(), Guard.Required(storedPath, "存储路径", 500), contentType.Trim().ToLowerInvariant(), sizeBytes, actor.UserName, clock.UtcNow));
        Raise(new NewsEvidenceChanged(this, $"为“{Title}”上传实物资料“{fileName.Trim()}”"));
    }

    /// <summary>Removes a file; returns where its bytes are stored so the caller can delete them after the save.</summary>
    public string RemoveEvidence(int evidenceId, Actor actor, UnitTree tree)
    {
        WhyCannot(NewsItemAction.RemoveEvidence, actor, tree).Ensure();
        var file = _evidence.FirstOrDefault(e => e.Id == evidenceId) ?? throw new NotFoundException("找不到该实物资料");
        _evidence.Remove(file);
        Raise(new NewsEvidenceChanged(this, $"删除“{Title}”的实物资料“{file.FileName}”"));
        return file.StoredPath;
    }

    public void Submit(Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(NewsItemAction.Submit, actor, tree).Ensure();
        Status = NewsItemStatus.Submitted;
        SubmittedOn = clock.Today;
        Raise(new NewsItemSubmitted(this));
    }

    /// <summary>The office sends it back (退回) with the reason; the unit revises and submits again.</summary>
    public void Return(string? reason, Actor actor, UnitTree tree)
    {
        WhyCannot(NewsItemAction.Return, actor, tree).Ensure();
        ReturnReason = Guard.Required(reason, "退回原因", MaxReasonLength);
        ReturnCount++;
        Status = NewsItemStatus.Returned;
        SelectedOn = null;
        Raise(new NewsItemReturned(this));
    }

    /// <summary>The office selects it (采用) for a 简报.</summary>
    public void Select(Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannot(NewsItemAction.Select, actor, tree).Ensure();
        Status = NewsItemStatus.Selected;
        SelectedOn = clock.Today;
        Raise(new NewsItemSelected(this));
    }

    /// <summary>Printed in <paramref name="briefing"/> as it is issued; from now on it is fixed.</summary>
    internal void PublishIn(Briefing briefing)
    {
        if (Status != NewsItemStatus.Selected)
        {
            throw new DomainException($"稿件“{Title}”不是已采用状态，不能编入简报");
        }

        Status = NewsItemStatus.Published;
        BriefingId = briefing.Id;
        Raise(new NewsItemPublished(this, briefing.NumberText));
    }

    private void Apply(NewsItemDetails details, IClock clock)
    {
        var kind = details.Kind is { } k && Enum.IsDefined(k) ? k : throw new DomainException("请选择稿件类别（工作动态或典型事迹）");
        var occurredOn = details.OccurredOn ?? throw new DomainException("请填写事项发生日期");
        if (occurredOn > clock.Today)
        {
            throw new DomainException("事项发生日期不能晚于今天");
        }

        Kind = kind;
        Title = Guard.Required(details.Title, "标题", MaxTitleLength);
        Body = Guard.Required(details.Body, "正文", MaxBodyLength);
        OccurredOn = occurredOn;
    }
}

/// <summary>A file proving what a submission reports (实物资料); the bytes live in the evidence store.</summary>
public sealed class NewsEvidence : Entity
{
    private NewsEvidence()
    {
        FileName = string.Empty;
        StoredPath = string.Empty;
        ContentType = string.Empty;
        UploadedBy = string.Empty;
    }

    internal NewsEvidence(string fileName, string storedPath, string contentType, long sizeBytes, string uploadedBy, DateTimeOffset uploadedAt)
    {
        FileName = fileName;
        StoredPath = storedPath;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    public int NewsItemId { get; private set; }

    public string FileName { get; private set; }

    public string StoredPath { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
