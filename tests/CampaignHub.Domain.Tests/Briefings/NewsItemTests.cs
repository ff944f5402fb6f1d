using CampaignHub.Domain.Briefings;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Briefings;

public sealed class NewsItemTests
{
    private static readonly CampaignHub.Domain.Units.UnitTree Tree = DemoTree.Build();

    [Fact]
    public void A_unit_reports_for_its_own_tree_only()
    {
        var street = ActorBuilder.Coordinator(DemoTree.Street);

        var own = NewsItem.Draft(DemoTree.CampaignId, DemoTree.Community, BriefingBuilder.Details(), street, Tree, BriefingBuilder.Clock());
        var other = Assert.Throws<AccessDeniedException>(() => NewsItem.Draft(DemoTree.CampaignId, DemoTree.Agency, BriefingBuilder.Details(), street, Tree, BriefingBuilder.Clock()));

        Assert.Equal(NewsItemStatus.Draft, own.Status);
        Assert.Equal("您只能为本单位及下属单位报送稿件", other.Message);
    }

    [Fact]
    public void A_draft_is_seen_only_within_its_unit_until_submitted()
    {
        var item = BriefingBuilder.Draft();

        Assert.True(item.IsVisibleTo(ActorBuilder.Coordinator(DemoTree.Street), Tree));
        Assert.False(item.IsVisibleTo(ActorBuilder.Office(), Tree));
        Assert.False(item.IsVisibleTo(ActorBuilder.Coordinator(DemoTree.Agency), Tree));

        item.Submit(ActorBuilder.Coordinator(DemoTree.Street), Tree, BriefingBuilder.Clock());

        Assert.True(item.IsVisibleTo(ActorBuilder.Office(), Tree));
        Assert.False(item.IsVisibleTo(ActorBuilder.Coordinator(DemoTree.Agency), Tree));
    }

    [Fact]
    public void A_submission_needs_a_kind_a_title_a_body_and_a_date_not_in_the_future()
    {
        var street = ActorBuilder.Coordinator(DemoTree.Street);
        NewsItem Draft(NewsItemDetails details) => NewsItem.Draft(DemoTree.CampaignId, DemoTree.Street, details, street, Tree, BriefingBuilder.Clock());

        Assert.Equal("请选择稿件类别（工作动态或典型事迹）", Assert.Throws<DomainException>(() => Draft(new NewsItemDetails((NewsKind)9, "标题", "正文", new DateOnly(2014, 4, 1)))).Message);
        Assert.Equal("标题不能为空", Assert.Throws<DomainException>(() => Draft(new NewsItemDetails(NewsKind.WorkNews, " ", "正文", new DateOnly(2014, 4, 1)))).Message);
        Assert.Equal("正文不能为空", Assert.Throws<DomainException>(() => Draft(new NewsItemDetails(NewsKind.WorkNews, "标题", null, new DateOnly(2014, 4, 1)))).Message);
        Assert.Equal("事项发生日期不能晚于今天", Assert.Throws<DomainException>(() => Draft(new NewsItemDetails(NewsKind.TypicalCase, "标题", "正文", new DateOnly(2014, 4, 11)))).Message);
    }

    [Fact]
    public void Only_the_office_selects_or_returns_a_submission()
    {
        var item = BriefingBuilder.Submitted();
        var street = ActorBuilder.Coordinator(DemoTree.Street);

        Assert.Equal(RefusalKind.NotPermitted, item.WhyCannot(NewsItemAction.Select, street, Tree).Refusal);
        Assert.Throws<AccessDeniedException>(() => item.Return("不够具体", street, Tree));
        Assert.Throws<AccessDeniedException>(() => item.Select(ActorBuilder.Leader(), Tree, BriefingBuilder.Clock()));
    }

    [Fact]
    public void A_returned_submission_carries_the_reason_and_can_be_revised_and_submitted_again()
    {
        var item = BriefingBuilder.Submitted();
        var street = ActorBuilder.Coordinator(DemoTree.Street);
        Assert.Equal(RefusalKind.NotApplicable, item.WhyCannot(NewsItemAction.Revise, street, Tree).Refusal);

        item.Return("请补充成效数据", ActorBuilder.Office(), Tree);
        item.Revise(BriefingBuilder.Details("东山街道“首问负责”一月办结率百分之百"), street, Tree, BriefingBuilder.Clock());
        item.Submit(street, Tree, BriefingBuilder.Clock());

        Assert.Equal(NewsItemStatus.Submitted, item.Status);
        Assert.Equal(1, item.ReturnCount);
        Assert.Equal("东山街道“首问负责”一月办结率百分之百", item.Title);
        Assert.Equal("退回原因不能为空", Assert.Throws<DomainException>(() => item.Return("  ", ActorBuilder.Office(), Tree)).Message);
    }

    [Fact]
    public void The_office_returns_a_units_submission_but_does_not_rewrite_it()
    {
        var item = BriefingBuilder.Submitted();
        item.Return("请补充成效数据", ActorBuilder.Office(), Tree);

        Assert.Equal(RefusalKind.NotPermitted, item.WhyCannot(NewsItemAction.Revise, ActorBuilder.Office(), Tree).Refusal);
        Assert.Equal(RefusalKind.NotPermitted, item.WhyCannot(NewsItemAction.Submit, ActorBuilder.Office(), Tree).Refusal);
        Assert.True(item.WhyCannot(NewsItemAction.Revise, ActorBuilder.Coordinator(DemoTree.Street), Tree).IsAllowed);
    }

    [Fact]
    public void Evidence_is_attached_while_the_unit_still_holds_the_submission()
    {
        var item = BriefingBuilder.Draft();
        var street = ActorBuilder.Coordinator(DemoTree.Street);

        item.AddEvidence("现场照片.jpg", "201404/a.jpg", "image/jpeg", 2048, street, Tree, BriefingBuilder.Clock());
        Assert.Equal("只能上传 JPG、PNG 图片或 PDF 文件",
            Assert.Throws<DomainException>(() => item.AddEvidence("宏.docm", "201404/b.docm", "application/octet-stream", 10, street, Tree, BriefingBuilder.Clock())).Message);
        item.Submit(street, Tree, BriefingBuilder.Clock());

        Assert.Single(item.Evidence);
        Assert.Throws<DomainException>(() => item.AddEvidence("补充.pdf", "201404/c.pdf", "application/pdf", 10, street, Tree, BriefingBuilder.Clock()));
    }

    [Fact]
    public void Each_step_is_an_event_for_the_change_feed()
    {
        var item = BriefingBuilder.Selected();

        Assert.Equal(
            [typeof(NewsItemDrafted), typeof(NewsItemSubmitted), typeof(NewsItemSelected)],
            item.DomainEvents.Select(e => e.GetType()));
        Assert.All(item.DomainEvents.OfType<BriefingEvent>(), e => Assert.Equal(DemoTree.Street, e.UnitId));
    }
}
