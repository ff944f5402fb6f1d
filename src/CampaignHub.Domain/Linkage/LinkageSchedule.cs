using CampaignHub.Domain.Campaigns;

namespace CampaignHub.Domain.Linkage;

/// <summary>
/// The two 双联动 deadlines of a campaign: the visits to upper counterpart departments by the end of March
/// (3月底前) and the linkage with the grassroots by April 5 (4月5日前), both of the campaign's year. Taken from the
/// campaign's own milestones when it has them (the 双联动双体验双满意 template lays them out), else these dates.
/// </summary>
public sealed record LinkageSchedule(DateOnly UpperVisitsDueOn, DateOnly GrassrootsDueOn)
{
    /// <summary>Words in a milestone's title that name the visit to the upper departments.</summary>
    public const string UpperVisitMilestoneWords = "上级对口部门";

    /// <summary>Words in a milestone's title that name the linkage with the grassroots.</summary>
    public const string GrassrootsMilestoneWords = "对口基层";

    public static LinkageSchedule For(int campaignYear, IEnumerable<(string Title, DateOnly DueDate)> milestones)
    {
        var list = milestones.ToList();
        var upper = list.Where(m => m.Title.Contains(UpperVisitMilestoneWords, StringComparison.Ordinal)).Select(m => (DateOnly?)m.DueDate).FirstOrDefault();
        var grassroots = list.Where(m => m.Title.Contains(GrassrootsMilestoneWords, StringComparison.Ordinal)).Select(m => (DateOnly?)m.DueDate).FirstOrDefault();
        return new LinkageSchedule(upper ?? new DateOnly(campaignYear, 3, 31), grassroots ?? new DateOnly(campaignYear, 4, 5));
    }

    public static LinkageSchedule For(Campaign campaign) =>
        For(campaign.StartDate.Year, campaign.Milestones.Select(m => (m.Title, m.DueDate)));
}
