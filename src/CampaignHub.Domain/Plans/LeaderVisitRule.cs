namespace CampaignHub.Domain.Plans;

/// <summary>One leader's grassroots visits against the rule.</summary>
public sealed record LeaderVisitSummary(
    int PersonId,
    int Planned,
    int Done,
    int FindProblems,
    int AskResults,
    bool MeetsRuleInPlan,
    bool Fulfilled,
    string Message)
{
    public bool CoversFindProblems => FindProblems > 0;

    public bool CoversAskResults => AskResults > 0;
}

/// <summary>
/// Seed 000: leaders go down to the grassroots three times, point to point, themed "find problems"
/// (找问题) and "ask about results" (问成效). Read as: at least three visits, both themes among them.
/// <see cref="LeaderVisitSummary.MeetsRuleInPlan"/> looks at every non-cancelled visit (the plan covers the
/// rule); <see cref="LeaderVisitSummary.Fulfilled"/> only at done ones. Theme counts are over non-cancelled visits.
/// </summary>
public static class LeaderVisitRule
{
    public const int RequiredVisits = 3;

    /// <summary>
    /// Per leader, in the order given. Pass every leader of the unit so that leaders without any visit
    /// show up too; visits of people not listed are ignored.
    /// </summary>
    public static IReadOnlyList<LeaderVisitSummary> Summarise(IEnumerable<int> leaderIds, IEnumerable<WorkItemSnapshot> items)
    {
        var visits = items
            .Where(i => i.Kind == WorkItemKind.GrassrootsVisit && i.Status != WorkItemStatus.Cancelled && i.ResponsiblePersonId is not null)
            .ToLookup(i => i.ResponsiblePersonId!.Value);
        return leaderIds.Distinct().Select(id => Summarise(id, visits[id].ToList())).ToList();
    }

    private static LeaderVisitSummary Summarise(int personId, IReadOnlyList<WorkItemSnapshot> visits)
    {
        var done = visits.Where(v => v.Status == WorkItemStatus.Done).ToList();
        var findProblems = visits.Count(v => v.VisitTheme == GrassrootsVisitTheme.FindProblems);
        var askResults = visits.Count(v => v.VisitTheme == GrassrootsVisitTheme.AskResults);
        var meetsInPlan = Meets(visits);
        var fulfilled = Meets(done);
        return new LeaderVisitSummary(personId, visits.Count, done.Count, findProblems, askResults, meetsInPlan, fulfilled,
            Message(visits.Count, done.Count, findProblems > 0, askResults > 0, fulfilled));
    }

    private static bool Meets(IReadOnlyCollection<WorkItemSnapshot> visits) =>
        visits.Count >= RequiredVisits
        && visits.Any(v => v.VisitTheme == GrassrootsVisitTheme.FindProblems)
        && visits.Any(v => v.VisitTheme == GrassrootsVisitTheme.AskResults);

    private static string Message(int planned, int done, bool findProblems, bool askResults, bool fulfilled)
    {
        if (fulfilled)
        {
            return $"已下基层{done}次，“找问题”“问成效”均已覆盖";
        }

        var gaps = new List<string>();
        if (planned < RequiredVisits)
        {
            gaps.Add($"还需安排{RequiredVisits - planned}次");
        }

        if (!findProblems)
        {
            gaps.Add("缺少“找问题”主题");
        }

        if (!askResults)
        {
            gaps.Add("缺少“问成效”主题");
        }

        var status = $"已安排{planned}次，已完成{done}次";
        return gaps.Count == 0 ? $"{status}，安排符合要求" : $"{status}；{string.Join("，", gaps)}（要求下基层{RequiredVisits}次，分别以“找问题”“问成效”为内容）";
    }
}
