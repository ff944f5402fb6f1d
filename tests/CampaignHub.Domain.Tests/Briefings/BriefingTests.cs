using CampaignHub.Domain.Briefings;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Briefings;

public sealed class BriefingTests
{
    private static readonly Actor Office = ActorBuilder.Office();

    [Fact]
    public void Briefing_issue_numbers_are_consecutive_per_campaign()
    {
        var first = BriefingBuilder.Issued([]);
        var second = BriefingBuilder.Issued([1]);
        var third = BriefingBuilder.Issued([2, 1]);
        var otherCampaignFirst = BriefingBuilder.Issued([], campaignId: DemoTree.CampaignId + 1);

        Assert.Equal([1, 2, 3], new[] { first.Number, second.Number, third.Number });
        Assert.Equal("第3期", third.NumberText);
        Assert.Equal(1, otherCampaignFirst.Number);
    }

    [Fact]
    public void A_draft_has_no_number_so_a_discarded_draft_leaves_no_gap()
    {
        var draft = BriefingBuilder.Compiled(BriefingBuilder.Selected());

        Assert.Null(draft.Number);
        Assert.Equal("（未编号）", draft.NumberText);
        Assert.Equal(1, BriefingNumbering.For(DemoTree.CampaignId, []).Next);
    }

    [Fact]
    public void A_series_with_a_gap_or_a_repeat_is_refused()
    {
        Assert.Throws<DomainException>(() => BriefingNumbering.For(DemoTree.CampaignId, [1, 3]));
        Assert.Throws<DomainException>(() => BriefingNumbering.For(DemoTree.CampaignId, [1, 1]));
    }

    [Fact]
    public void Numbering_of_another_campaign_is_refused()
    {
        var item = BriefingBuilder.Selected();
        var draft = BriefingBuilder.Compiled(item);

        Assert.Throws<DomainException>(() => draft.Issue(BriefingNumbering.For(DemoTree.CampaignId + 1, []), [item], Office, BriefingBuilder.Clock()));
    }

    [Fact]
    public void Only_selected_items_go_into_a_briefing()
    {
        var submitted = BriefingBuilder.Submitted(title: "未采用的稿件");
        var draft = BriefingBuilder.Draft(title: "草稿");
        var selected = BriefingBuilder.Selected();
        var otherCampaign = BriefingBuilder.Selected(campaignId: DemoTree.CampaignId + 1);

        Assert.Equal("只能编入学教办已采用的稿件，“未采用的稿件”当前为已报送", Assert.Throws<DomainException>(() => BriefingBuilder.Compiled(selected, submitted)).Message);
        Assert.Throws<DomainException>(() => BriefingBuilder.Compiled(draft));
        Assert.Equal("只能编入本次活动的稿件", Assert.Throws<DomainException>(() => BriefingBuilder.Compiled(otherCampaign)).Message);
        Assert.Equal("同一篇稿件不能在简报中出现两次", Assert.Throws<DomainException>(() => BriefingBuilder.Compiled(selected, selected)).Message);
    }

    [Fact]
    public void An_item_returned_after_compiling_stops_the_issue()
    {
        var item = BriefingBuilder.Selected();
        var briefing = BriefingBuilder.Compiled(item);
        item.Return("数据需要核实", Office, DemoTree.Build());

        var refused = Assert.Throws<DomainException>(() => briefing.Issue(BriefingNumbering.For(DemoTree.CampaignId, []), [item], Office, BriefingBuilder.Clock()));

        Assert.Contains("已不是已采用状态", refused.Message, StringComparison.Ordinal);
        Assert.Null(briefing.Number);
    }

    [Fact]
    public void Issuing_prints_the_articles_and_marks_the_items_published()
    {
        var first = BriefingBuilder.Selected(title: "人社专干进社区坐班");
        var second = BriefingBuilder.Selected(DemoTree.Agency, "区人民医院开通网上预约挂号");
        var briefing = BriefingBuilder.Compiled(second, first);

        briefing.Issue(BriefingNumbering.For(DemoTree.CampaignId, []), [first, second], Office, BriefingBuilder.Clock());

        Assert.Equal(["区人民医院开通网上预约挂号", "人社专干进社区坐班"], briefing.Articles.Select(a => a.Title));
        Assert.All([first, second], i => Assert.Equal((NewsItemStatus.Published, briefing.Id), (i.Status, i.BriefingId)));
        Assert.Equal(RefusalKind.NotApplicable, first.WhyCannot(NewsItemAction.Return, Office, DemoTree.Build()).Refusal);
    }

    [Fact]
    public void Issued_briefing_cannot_be_changed()
    {
        var briefing = BriefingBuilder.Issued([]);
        var another = BriefingBuilder.Selected();

        var revise = Assert.Throws<DomainException>(() => briefing.Revise(BriefingBuilder.Masthead(BriefingVisibility.Internal), [another], Office, BriefingBuilder.Clock()));
        Assert.Throws<DomainException>(() => briefing.Issue(BriefingNumbering.For(DemoTree.CampaignId, [1]), [another], Office, BriefingBuilder.Clock()));

        Assert.Equal("简报第1期已印发，不能修改", revise.Message);
        Assert.Equal(RefusalKind.NotApplicable, briefing.WhyCannotChange(Office).Refusal);
        Assert.Equal(1, briefing.Number);
        Assert.Equal(BriefingVisibility.Public, briefing.Visibility);
    }

    [Fact]
    public void Only_the_office_compiles_and_issues()
    {
        var item = BriefingBuilder.Selected();

        Assert.Throws<AccessDeniedException>(() => Briefing.Compile(DemoTree.CampaignId, BriefingBuilder.Masthead(), [item], ActorBuilder.Coordinator(DemoTree.Street), BriefingBuilder.Clock()));
        var briefing = BriefingBuilder.Compiled(item);
        Assert.Throws<AccessDeniedException>(() => briefing.Issue(BriefingNumbering.For(DemoTree.CampaignId, []), [item], ActorBuilder.Leader(), BriefingBuilder.Clock()));
    }

    [Fact]
    public void A_briefing_is_not_issued_before_its_date()
    {
        var item = BriefingBuilder.Selected();
        var briefing = Briefing.Compile(DemoTree.CampaignId, BriefingBuilder.Masthead(on: new DateOnly(2014, 4, 15)), [item], Office, BriefingBuilder.Clock()).WithId(900);

        Assert.Equal("印发日期不能晚于今天", Assert.Throws<DomainException>(() => briefing.Issue(BriefingNumbering.For(DemoTree.CampaignId, []), [item], Office, BriefingBuilder.Clock())).Message);
    }

    [Fact]
    public void Only_an_issued_public_briefing_is_public()
    {
        Assert.False(BriefingBuilder.Compiled(BriefingBuilder.Selected()).IsPublic);
        Assert.True(BriefingBuilder.Issued([]).IsPublic);

        var item = BriefingBuilder.Selected();
        var internalIssue = Briefing.Compile(DemoTree.CampaignId, BriefingBuilder.Masthead(BriefingVisibility.Internal), [item], Office, BriefingBuilder.Clock()).WithId(901);
        internalIssue.Issue(BriefingNumbering.For(DemoTree.CampaignId, []), [item], Office, BriefingBuilder.Clock());
        Assert.False(internalIssue.IsPublic);
    }

    [Fact]
    public void Staff_read_issued_briefings_and_only_the_office_reads_drafts()
    {
        var draft = BriefingBuilder.Compiled(BriefingBuilder.Selected());
        var issued = BriefingBuilder.Issued([]);

        Assert.False(BriefingAccess.CanRead(ActorBuilder.Coordinator(DemoTree.Street), draft));
        Assert.True(BriefingAccess.CanRead(Office, draft));
        Assert.True(BriefingAccess.CanRead(ActorBuilder.Coordinator(DemoTree.Street), issued));
    }
}
