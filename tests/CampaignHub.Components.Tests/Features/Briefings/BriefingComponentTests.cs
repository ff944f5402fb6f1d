using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Briefings;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Briefings;
using CampaignHub.Features.Briefings.Components;

namespace CampaignHub.Components.Tests.Features.Briefings;

/// <summary>The submissions table offers each viewer the domain's answers; an issue renders as its printed sheet.</summary>
public sealed class BriefingComponentTests : ComponentTestContext
{
    private const int Dongshan = 12;
    private static readonly UnitTree Tree = new([(1, null), (12, 1), (13, 1)]);
    private static readonly Actor Office = new("office", "活动办", new HashSet<string> { Roles.Office }, null);
    private static readonly Actor Unit = new("unit", "东山街道联络员", new HashSet<string> { Roles.Coordinator }, Dongshan);
    private static readonly FixedClock Today = new(new DateTimeOffset(2014, 4, 10, 15, 0, 0, ChinaTime.Offset));

    private static NewsItem Submitted()
    {
        var item = NewsItem.Draft(1, Dongshan, new NewsItemDetails(NewsKind.TypicalCase, "上坊社区书记：居民家门口的“贴心人”", "坚持每天接待居民。\n帮助12户困难家庭。", new DateOnly(2014, 4, 7)), Unit, Tree, Today);
        typeof(Entity).GetProperty("Id")!.SetValue(item, 7);
        item.Submit(Unit, Tree, Today);
        return item;
    }

    private static NewsItemRowDto Row(NewsItem i, Actor viewer) => new(
        i.Id, i.UnitId, "东山街道", i.Kind, i.Kind.ToChinese(), i.Title, i.Body, i.OccurredOn, i.Status, i.Status.ToChinese(), i.SubmittedOn,
        i.ReturnReason, i.ReturnCount, null, null, [],
        Enum.GetValues<NewsItemAction>().ToDictionary(a => a, a => i.WhyCannot(a, viewer, Tree)));

    [Fact]
    public void The_office_is_offered_select_and_return_and_the_unit_neither()
    {
        var acts = new List<(NewsItemRowDto Row, NewsItemAction Action)>();
        var item = Submitted();

        var forOffice = Render<NewsItemTable>(p => p.Add(c => c.Rows, [Row(item, Office)]).Add(c => c.OnAct, ((NewsItemRowDto Row, NewsItemAction Action) a) => acts.Add(a)));
        var forUnit = Render<NewsItemTable>(p => p.Add(c => c.Rows, [Row(item, Unit)]));

        Assert.Equal("已报送", forOffice.Find("[data-testid=news-state] .ch-tag").TextContent);
        Assert.Empty(forUnit.FindAll("[data-testid=news-select]"));
        Assert.Empty(forUnit.FindAll("[data-testid=news-return]"));
        Assert.Empty(forOffice.FindAll("[data-testid=news-revise]"));
        forOffice.Find("[data-testid=news-select]").Click();
        Assert.Equal(NewsItemAction.Select, Assert.Single(acts).Action);
    }

    [Fact]
    public void A_returned_submission_shows_its_reason_and_offers_the_unit_revision()
    {
        var item = Submitted();
        item.Return("请补充成效数据", Office, Tree);

        var table = Render<NewsItemTable>(p => p.Add(c => c.Rows, [Row(item, Unit)]));

        Assert.Contains("请补充成效数据", table.Find("[data-testid=news-return-reason]").TextContent, StringComparison.Ordinal);
        Assert.Single(table.FindAll("[data-testid=news-revise]"));
        Assert.Single(table.FindAll("[data-testid=news-submit-row]"));
    }

    [Fact]
    public void An_issue_renders_with_its_number_internal_mark_and_paragraphs()
    {
        var sheet = Render<BriefingSheet>(p => p.Add(c => c.Briefing, new BriefingDocumentDto(
            3, 1, "双联动双体验双满意", "江宁区委教育实践活动领导小组办公室", "第2期", "立行立改见实效", BriefingVisibility.Internal, "内部", "高明", "陈建国",
            new DateOnly(2014, 4, 8), BriefingStatus.Issued,
            [new BriefingArticleDto(1, "典型事迹", "区人社局", "人社专干进社区坐班", "第一段。\n第二段。", new DateOnly(2014, 4, 2))])));

        Assert.Equal("第2期", sheet.Find("[data-testid=briefing-sheet-number]").TextContent);
        Assert.Contains("内部资料", sheet.Markup, StringComparison.Ordinal);
        Assert.Equal(2, sheet.FindAll(".ch-briefing-paragraph").Count);
        Assert.Contains("签发：陈建国", sheet.Find(".ch-briefing-foot").TextContent, StringComparison.Ordinal);
    }
}
