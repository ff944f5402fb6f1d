using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Supervision;

/// <summary>The public 监督信箱 feeds the opinions pipeline, keeping where each letter came from.</summary>
public class SupervisionMailboxTests
{
    private static readonly FixedClock Clock = Clocks.AtChina(2014, 4, 10);

    [Fact]
    public void A_supervision_mailbox_letter_enters_the_opinions_with_its_source_and_a_receipt()
    {
        var letter = Opinion.SubmitByPublic(DemoTree.CampaignId, OpinionCategory.Bureaucratism, "区某局窗口午休时间无人办理业务", null, null, Clock, OpinionSource.SupervisionMailbox);

        Assert.Equal(OpinionSource.SupervisionMailbox, letter.Source);
        Assert.Equal("监督信箱", letter.Source.ToChinese());
        Assert.True(letter.SubmittedByPublic);
        Assert.True(ReceiptNumber.IsWellFormed(letter.ReceiptNumber));
        Assert.Null(letter.EnteredByUnitId);
    }

    [Fact]
    public void The_public_submits_only_through_the_opinion_form_or_the_supervision_mailbox()
    {
        var error = Assert.Throws<DomainException>(() => Opinion.SubmitByPublic(DemoTree.CampaignId, OpinionCategory.Other, "内容", null, null, Clock, OpinionSource.UpperBody));

        Assert.Equal("群众只能通过网上意见表或监督信箱提交", error.Message);
    }
}
