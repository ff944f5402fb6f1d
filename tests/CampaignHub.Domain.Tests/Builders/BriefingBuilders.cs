using CampaignHub.Domain.Briefings;
using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>Submissions and 简报 of the demo tree in April 2014.</summary>
public static class BriefingBuilder
{
    private static int _nextId = 100;

    public static FixedClock Clock(int month = 4, int day = 10) => Clocks.AtChina(2014, month, day);

    public static NewsItemDetails Details(string title = "东山街道推行“首问负责、限时办结”", NewsKind kind = NewsKind.WorkNews, DateOnly? on = null) =>
        new(kind, title, "便民服务中心各窗口推行首问负责制。\n按时办结率达到百分之百。", on ?? new DateOnly(2014, 4, 9));

    /// <summary>A street's draft, with a store id.</summary>
    public static NewsItem Draft(int unitId = DemoTree.Street, string title = "东山街道推行“首问负责、限时办结”", int campaignId = DemoTree.CampaignId) =>
        NewsItem.Draft(campaignId, unitId, Details(title), ActorBuilder.Coordinator(unitId), DemoTree.Build(), Clock()).WithId(++_nextId);

    public static NewsItem Submitted(int unitId = DemoTree.Street, string title = "东山街道推行“首问负责、限时办结”", int campaignId = DemoTree.CampaignId)
    {
        var item = Draft(unitId, title, campaignId);
        item.Submit(ActorBuilder.Coordinator(unitId), DemoTree.Build(), Clock());
        return item;
    }

    public static NewsItem Selected(int unitId = DemoTree.Street, string title = "东山街道推行“首问负责、限时办结”", int campaignId = DemoTree.CampaignId)
    {
        var item = Submitted(unitId, title, campaignId);
        item.Select(ActorBuilder.Office(), DemoTree.Build(), Clock());
        return item;
    }

    public static BriefingDetails Masthead(BriefingVisibility visibility = BriefingVisibility.Public, DateOnly? on = null) =>
        new("立行立改见实效", visibility, "高明", "陈建国", on ?? new DateOnly(2014, 4, 8));

    /// <summary>A draft issue of the demo campaign carrying the items, with a store id.</summary>
    public static Briefing Compiled(params NewsItem[] items) =>
        Briefing.Compile(DemoTree.CampaignId, Masthead(), items, ActorBuilder.Office(), Clock()).WithId(++_nextId);

    /// <summary>Compiles and issues one more issue after <paramref name="issued"/>.</summary>
    public static Briefing Issued(IReadOnlyCollection<int> issued, int campaignId = DemoTree.CampaignId)
    {
        var item = Selected(campaignId: campaignId);
        var briefing = Briefing.Compile(campaignId, Masthead(), [item], ActorBuilder.Office(), Clock()).WithId(++_nextId);
        briefing.Issue(BriefingNumbering.For(campaignId, issued), [item], ActorBuilder.Office(), Clock());
        return briefing;
    }
}
