using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Briefings;

/// <summary>Who may read an issued 简报.</summary>
public enum BriefingVisibility
{
    /// <summary>内部: for the campaign's staff only; never on the public pages.</summary>
    Internal = 1,

    /// <summary>公开: also published on the public pages.</summary>
    Public = 2,
}

public enum BriefingStatus
{
    /// <summary>编辑中: the office is compiling it; it has no 期号 yet.</summary>
    Draft = 0,

    /// <summary>已印发: numbered and fixed.</summary>
    Issued = 1,
}

public static class BriefingNames
{
    public static readonly IReadOnlyList<BriefingVisibility> AllVisibilities = [BriefingVisibility.Internal, BriefingVisibility.Public];

    public static string ToChinese(this BriefingVisibility visibility) => visibility switch
    {
        BriefingVisibility.Internal => "内部",
        BriefingVisibility.Public => "公开",
        _ => visibility.ToString(),
    };

    public static string ToChinese(this BriefingStatus status) => status switch
    {
        BriefingStatus.Draft => "编辑中",
        BriefingStatus.Issued => "已印发",
        _ => status.ToString(),
    };

    /// <summary>The 期号 as printed: 第3期.</summary>
    public static string IssueNumber(int number) => $"第{number}期";
}

/// <summary>What the office writes on a 简报's masthead.</summary>
public sealed record BriefingDetails(string? Title, BriefingVisibility? Visibility, string? EditedBy, string? IssuedBy, DateOnly? IssuedOn);

/// <summary>
/// The 期号 a campaign's next issued 简报 gets: issues are numbered per campaign 第1期, 第2期, … in the order they are
/// issued, with no gap and no number twice. Drafts have no number, so a draft thrown away leaves no gap. The store
/// backs the rule with a unique index on (campaign, number); two issues at the same moment cannot both succeed.
/// </summary>
public sealed class BriefingNumbering
{
    private BriefingNumbering(int campaignId, int next)
    {
        CampaignId = campaignId;
        Next = next;
    }

    public int CampaignId { get; }

    public int Next { get; }

    /// <summary>From the numbers already issued in the campaign; refuses a series that already has a gap or a repeat.</summary>
    public static BriefingNumbering For(int campaignId, IReadOnlyCollection<int> issuedNumbers)
    {
        var ordered = issuedNumbers.Order().ToList();
        if (ordered.Where((number, index) => number != index + 1).Any())
        {
            throw new DomainException("本次活动已印发简报的期号不连续，请联系管理员核对");
        }

        return new BriefingNumbering(campaignId, ordered.Count + 1);
    }
}

/// <summary>
/// A 简报 issue the office (区委学教办) compiles from the units' selected submissions (已采用的工作动态、典型事迹), internal or
/// public, with its masthead (title, 编辑, 签发, date). While it is being compiled it can change; once issued it gets the
/// campaign's next 期号 (<see cref="BriefingNumbering"/>), its articles are fixed as printed and nothing about it
/// changes again. A public issue appears on the public pages; an internal one never does.
/// </summary>
public sealed class Briefing : AggregateRoot
{
    public const int MaxTitleLength = 100;
    public const int MaxNameLength = 50;
    public const int MaxArticles = 30;

    private readonly List<BriefingArticle> _articles = [];

    private Briefing()
    {
        Title = string.Empty;
        EditedBy = string.Empty;
        IssuedBy = string.Empty;
        CompiledBy = string.Empty;
    }

    public int CampaignId { get; private set; }

    /// <summary>The 期号 once issued; none while the office compiles it.</summary>
    public int? Number { get; private set; }

    public string Title { get; private set; }

    public BriefingVisibility Visibility { get; private set; }

    /// <summary>编辑: who edited the issue, as printed.</summary>
    public string EditedBy { get; private set; }

    /// <summary>签发: who signed it off, as printed.</summary>
    public string IssuedBy { get; private set; }

    /// <summary>The date printed on the issue.</summary>
    public DateOnly IssuedOn { get; private set; }

    public BriefingStatus Status { get; private set; }

    public string CompiledBy { get; private set; }

    public IReadOnlyList<BriefingArticle> Articles => _articles.OrderBy(a => a.Order).ToList();

    public bool IsPublic => Status == BriefingStatus.Issued && Visibility == BriefingVisibility.Public;

    public string NumberText => Number is { } n ? BriefingNames.IssueNumber(n) : "（未编号）";

    /// <summary>The office compiles a new issue from selected submissions, in the order given.</summary>
    public static Briefing Compile(int campaignId, BriefingDetails details, IReadOnlyList<NewsItem> items, Actor actor, IClock clock)
    {
        BriefingAccess.WhyCannotEdit(actor).Ensure();
        var briefing = new Briefing { CampaignId = campaignId, Status = BriefingStatus.Draft, CompiledBy = actor.UserName };
        briefing.Apply(details, clock);
        briefing.Arrange(items);
        briefing.Raise(new BriefingCompiled(briefing));
        return briefing;
    }

    public ActionAnswer WhyCannotChange(Actor actor) => ActionAnswer.FirstOf(
        BriefingAccess.WhyCannotEdit(actor),
        ActionAnswer.When(Status == BriefingStatus.Draft, ActionAnswer.NotApplicable($"简报{NumberText}已印发，不能修改")));

    public ActionAnswer WhyCannotIssue(Actor actor) => ActionAnswer.FirstOf(
        WhyCannotChange(actor),
        ActionAnswer.When(_articles.Count > 0, ActionAnswer.Blocked("简报至少要编入一篇已采用的稿件")));

    public void Revise(BriefingDetails details, IReadOnlyList<NewsItem> items, Actor actor, IClock clock)
    {
        WhyCannotChange(actor).Ensure();
        Apply(details, clock);
        Arrange(items);
        Raise(new BriefingRevised(this));
    }

    /// <summary>
    /// 印发: gives the issue the campaign's next 期号, prints each article as its submission reads now and marks the
    /// submissions 已刊用. <paramref name="items"/> are the submissions the issue carries; every one must still be selected.
    /// </summary>
    public void Issue(BriefingNumbering numbering, IReadOnlyList<NewsItem> items, Actor actor, IClock clock)
    {
        WhyCannotIssue(actor).Ensure();
        if (numbering.CampaignId != CampaignId)
        {
            throw new DomainException("期号必须按本次活动编排");
        }

        if (IssuedOn > clock.Today)
        {
            throw new DomainException("印发日期不能晚于今天");
        }

        var byId = items.ToDictionary(i => i.Id);
        foreach (var article in _articles)
        {
            if (!byId.TryGetValue(article.NewsItemId, out var item))
            {
                throw new DomainException($"找不到稿件“{article.Title}”");
            }

            if (item.Status != NewsItemStatus.Selected)
            {
                throw new DomainException($"稿件“{item.Title}”已不是已采用状态（{item.Status.ToChinese()}），请从简报中移除后再印发");
            }
        }

        Number = numbering.Next;
        Status = BriefingStatus.Issued;
        foreach (var article in _articles)
        {
            var item = byId[article.NewsItemId];
            article.Print(item);
            item.PublishIn(this);
        }

        Raise(new BriefingIssued(this));
    }

    /// <summary>Only submissions the office selected, of this campaign, each once, go into an issue.</summary>
    private void Arrange(IReadOnlyList<NewsItem> items)
    {
        if (items.Count > MaxArticles)
        {
            throw new DomainException($"一期简报最多编入{MaxArticles}篇稿件");
        }

        if (items.Select(i => i.Id).Distinct().Count() != items.Count)
        {
            throw new DomainException("同一篇稿件不能在简报中出现两次");
        }

        foreach (var item in items)
        {
            if (item.CampaignId != CampaignId)
            {
                throw new DomainException("只能编入本次活动的稿件");
            }

            if (item.Status != NewsItemStatus.Selected)
            {
                throw new DomainException($"只能编入学教办已采用的稿件，“{item.Title}”当前为{item.Status.ToChinese()}");
            }
        }

        _articles.Clear();
        var order = 0;
        foreach (var item in items)
        {
            _articles.Add(new BriefingArticle(++order, item));
        }
    }

    private void Apply(BriefingDetails details, IClock clock)
    {
        var visibility = details.Visibility is { } v && Enum.IsDefined(v) ? v : throw new DomainException("请选择简报类别（内部或公开）");
        var issuedOn = details.IssuedOn ?? throw new DomainException("请填写印发日期");
        if (issuedOn > clock.Today.AddDays(30))
        {
            throw new DomainException("印发日期不能晚于30天后");
        }

        Title = Guard.Required(details.Title, "简报标题", MaxTitleLength);
        Visibility = visibility;
        EditedBy = Guard.Required(details.EditedBy, "编辑", MaxNameLength);
        IssuedBy = Guard.Required(details.IssuedBy, "签发", MaxNameLength);
        IssuedOn = issuedOn;
    }
}

/// <summary>One article of a 简报: a selected submission, printed as it read when the issue was issued.</summary>
public sealed class BriefingArticle : Entity
{
    private BriefingArticle()
    {
        Title = string.Empty;
        Body = string.Empty;
    }

    internal BriefingArticle(int order, NewsItem item)
    {
        Order = order;
        NewsItemId = item.Id;
        Title = item.Title;
        Body = item.Body;
        Kind = item.Kind;
        UnitId = item.UnitId;
        OccurredOn = item.OccurredOn;
    }

    public int BriefingId { get; private set; }

    public int Order { get; private set; }

    public int NewsItemId { get; private set; }

    public NewsKind Kind { get; private set; }

    public int UnitId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    internal void Print(NewsItem item)
    {
        Title = item.Title;
        Body = item.Body;
        Kind = item.Kind;
        UnitId = item.UnitId;
        OccurredOn = item.OccurredOn;
    }
}
