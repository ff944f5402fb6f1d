using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Linkage;

/// <summary>The two themes of the point-to-point visits (分别以“找问题”、“问成效”为内容).</summary>
public enum GrassrootsTheme
{
    /// <summary>找问题.</summary>
    FindProblems = 1,

    /// <summary>问成效.</summary>
    AskResults = 2,
}

public static class GrassrootsThemeNames
{
    public static readonly IReadOnlyList<GrassrootsTheme> All = [GrassrootsTheme.FindProblems, GrassrootsTheme.AskResults];

    public static string ToChinese(this GrassrootsTheme theme) => theme switch
    {
        GrassrootsTheme.FindProblems => "找问题",
        GrassrootsTheme.AskResults => "问成效",
        _ => theme.ToString(),
    };
}

/// <summary>
/// A leader's point-to-point visit to a grassroots unit (点对点下基层), themed 找问题 or 问成效: what was found there, and
/// which problems the leader's unit claimed as 表现在下、根子在上 — each claim may point at the rooted-above opinion sent
/// up to the unit (<see cref="Opinion.EscalateAsRootedAbove"/>) and at the unit's own rectification item that takes it in
/// (纳入到整改落实的内容).
/// </summary>
public sealed class GrassrootsVisit : AggregateRoot
{
    public const int MaxTextLength = 2000;

    private readonly List<RootedAboveClaim> _claims = [];

    private GrassrootsVisit()
    {
        LeaderName = string.Empty;
        GrassrootsUnitName = string.Empty;
        Findings = string.Empty;
        RecordedBy = string.Empty;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public int LeaderPersonId { get; private set; }

    public string LeaderName { get; private set; }

    public DateOnly VisitedOn { get; private set; }

    /// <summary>The grassroots unit or 挂钩联系对象 visited, as named on the day.</summary>
    public string GrassrootsUnitName { get; private set; }

    public GrassrootsTheme Theme { get; private set; }

    /// <summary>What the leader found or heard (问题、意见建议、成效).</summary>
    public string Findings { get; private set; }

    public string RecordedBy { get; private set; }

    public IReadOnlyList<RootedAboveClaim> Claims => _claims.OrderBy(c => c.Order).ToList();

    public static GrassrootsVisit Record(int campaignId, int unitId, Person leader, GrassrootsVisitDetails details, IReadOnlyList<RootedAboveClaimDraft> claims, Actor actor, UnitTree tree, IClock clock)
    {
        LinkageAccess.WhyCannotRecord(actor, unitId, tree).Ensure();
        if (!leader.Role.IsLeader() || leader.UnitId != unitId)
        {
            throw new DomainException("下基层的领导必须是本单位的领导班子成员");
        }

        var visitedOn = details.VisitedOn ?? throw new DomainException("请填写下基层日期");
        if (visitedOn > clock.Today)
        {
            throw new DomainException("下基层日期不能晚于今天");
        }

        var theme = details.Theme is { } t && Enum.IsDefined(t) ? t : throw new DomainException("请选择下基层主题（找问题或问成效）");
        if (claims.Count > 20)
        {
            throw new DomainException("认领的问题不能超过20项");
        }

        var visit = new GrassrootsVisit
        {
            CampaignId = campaignId,
            UnitId = unitId,
            LeaderPersonId = leader.Id,
            LeaderName = string.IsNullOrWhiteSpace(leader.Title) ? leader.Name : $"{leader.Title} {leader.Name}",
            VisitedOn = visitedOn,
            GrassrootsUnitName = Guard.Required(details.GrassrootsUnitName, "走访的基层单位", 100),
            Theme = theme,
            Findings = Guard.Required(details.Findings, "发现的问题和听取的意见", MaxTextLength),
            RecordedBy = actor.UserName,
        };
        var order = 0;
        foreach (var claim in claims)
        {
            visit._claims.Add(new RootedAboveClaim(++order, visit.Checked(claim)));
        }

        visit.Raise(new GrassrootsVisitRecorded(visit));
        return visit;
    }

    /// <summary>
    /// 主动认领: a claim names the problem; a linked opinion must be one marked rooted above and sent to (or claimed by)
    /// this unit; a linked rectification item must be this unit's own, in this campaign.
    /// </summary>
    private RootedAboveClaimDraft Checked(RootedAboveClaimDraft claim)
    {
        Guard.Required(claim.Problem, "认领的问题", 1000);
        if (claim.Opinion is { } opinion)
        {
            if (opinion.CampaignId != CampaignId)
            {
                throw new DomainException("只能关联本次活动的意见");
            }

            if (!opinion.RootedAbove || (opinion.EscalatedToUnitId != UnitId && opinion.ClaimedByUnitId != UnitId))
            {
                throw new DomainException("只能关联上报本单位、“表现在下、根子在上”的意见");
            }
        }

        if (claim.Item is { } item && (item.CampaignId != CampaignId || item.UnitId != UnitId))
        {
            throw new DomainException("只能关联本单位本次活动的整改事项");
        }

        return claim;
    }
}

public sealed record GrassrootsVisitDetails(DateOnly? VisitedOn, string? GrassrootsUnitName, GrassrootsTheme? Theme, string? Findings);

/// <summary>A claimed problem with what it points at (loaded by the caller).</summary>
public sealed record RootedAboveClaimDraft(string? Problem, Opinion? Opinion, RectificationItem? Item);

/// <summary>A problem found below whose root lies with the visiting unit, which claims it (表现在下、根子在上).</summary>
public sealed class RootedAboveClaim : Entity
{
    private RootedAboveClaim()
    {
        Problem = string.Empty;
    }

    internal RootedAboveClaim(int order, RootedAboveClaimDraft draft)
    {
        Order = order;
        Problem = Guard.Required(draft.Problem, "认领的问题", 1000);
        OpinionId = draft.Opinion?.Id;
        RectificationItemId = draft.Item?.Id;
    }

    public int GrassrootsVisitId { get; private set; }

    public int Order { get; private set; }

    public string Problem { get; private set; }

    public int? OpinionId { get; private set; }

    public int? RectificationItemId { get; private set; }
}
