using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Linkage;

public enum GrassrootsState
{
    /// <summary>进行中: not yet three visits covering both themes, the deadline not passed.</summary>
    InProgress = 0,

    /// <summary>按时完成.</summary>
    OnTime = 1,

    /// <summary>逾期完成.</summary>
    Late = 2,

    /// <summary>逾期未完成.</summary>
    Overdue = 3,
}

/// <summary>One leader's standing: visits so far, which themes they covered, and whether and when the rule was met.</summary>
public sealed record LeaderGrassrootsStanding(int Visits, bool FoundProblems, bool AskedResults, GrassrootsState State, DateOnly DueOn, DateOnly? MetOn, int DaysOverdue)
{
    public bool IsMet => State is GrassrootsState.OnTime or GrassrootsState.Late;

    public bool IsOverdue => State == GrassrootsState.Overdue;

    /// <summary>What is still missing, in words: "还差1次", "未以“问成效”为内容"…; null once met.</summary>
    public string? Missing
    {
        get
        {
            if (IsMet)
            {
                return null;
            }

            var parts = new List<string>();
            if (Visits < GrassrootsRule.RequiredVisits)
            {
                parts.Add($"还差{GrassrootsRule.RequiredVisits - Visits}次");
            }

            if (!FoundProblems)
            {
                parts.Add("未以“找问题”为内容");
            }

            if (!AskedResults)
            {
                parts.Add("未以“问成效”为内容");
            }

            return string.Join("，", parts);
        }
    }

    public string Text => State switch
    {
        GrassrootsState.OnTime => "按时完成",
        GrassrootsState.Late => $"逾期完成（{MetOn:M月d日}）",
        GrassrootsState.Overdue => $"逾期未完成（{Overdue.Describe(DaysOverdue)}）",
        _ => $"进行中（{DueOn:M月d日}前）",
    };
}

/// <summary>
/// 点对点下基层3次: each leader of a unit goes down to the grassroots three times, point to point, the visits themed
/// 找问题 and 问成效 — both themes covered — by April 5. Met on the day the third visit with both themes covered took
/// place; not met by the deadline is overdue from the next day (the house's overdue rule, <see cref="Overdue"/>).
/// </summary>
public static class GrassrootsRule
{
    public const int RequiredVisits = 3;

    public const string Description = "每位领导干部4月5日前“点对点”下基层3次，分别以“找问题”“问成效”为内容（两项主题均须覆盖）";

    public static LeaderGrassrootsStanding Evaluate(IEnumerable<(DateOnly On, GrassrootsTheme Theme)> visits, DateOnly dueOn, DateOnly today)
    {
        var ordered = visits.OrderBy(v => v.On).ToList();
        DateOnly? metOn = null;
        var themes = new HashSet<GrassrootsTheme>();
        for (var i = 0; i < ordered.Count; i++)
        {
            themes.Add(ordered[i].Theme);
            if (i + 1 >= RequiredVisits && themes.Count == GrassrootsThemeNames.All.Count)
            {
                metOn = ordered[i].On;
                break;
            }
        }

        var found = ordered.Any(v => v.Theme == GrassrootsTheme.FindProblems);
        var asked = ordered.Any(v => v.Theme == GrassrootsTheme.AskResults);
        if (metOn is { } met)
        {
            return new LeaderGrassrootsStanding(ordered.Count, found, asked, met <= dueOn ? GrassrootsState.OnTime : GrassrootsState.Late, dueOn, met, 0);
        }

        var days = Overdue.DaysOverdue(dueOn, false, today);
        return new LeaderGrassrootsStanding(ordered.Count, found, asked, days > 0 ? GrassrootsState.Overdue : GrassrootsState.InProgress, dueOn, null, days);
    }

    /// <summary>A unit complies when every leader of it does; a unit with no leaders on record does not.</summary>
    public static bool UnitComplies(IReadOnlyCollection<LeaderGrassrootsStanding> leaders) => leaders.Count > 0 && leaders.All(l => l.IsMet);

    /// <summary>
    /// The departments and units owe the visits (各部门各单位党员领导干部); villages and communities are the grassroots
    /// themselves and receive them, and the district's own leaders lead the upper linkage instead.
    /// </summary>
    public static bool Owes(Units.UnitKind kind) => kind is not (Units.UnitKind.VillageOrCommunity or Units.UnitKind.District);
}
