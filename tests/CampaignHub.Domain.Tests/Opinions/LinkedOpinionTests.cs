using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Opinions;

public class LinkedOpinionTests
{
    private static readonly FixedClock Clock = ItemBuilder.Clock();
    private static readonly Actor Street = ActorBuilder.Coordinator(DemoTree.Street);

    private static (RectificationItem Item, List<Opinion> Opinions) ItemWithTwoOpinions()
    {
        var item = ItemBuilder.Started(DemoTree.Street).WithId(7);
        var opinions = new List<Opinion> { OpinionBuilder.ClaimedBy(DemoTree.Street), OpinionBuilder.ClaimedBy(DemoTree.Street) };
        foreach (var opinion in opinions)
        {
            opinion.LinkToRectification(item, Street, DemoTree.Build());
        }

        item.AddEvidence("照片.jpg", "e/1", "image/jpeg", 100, Street, DemoTree.Build(), Clock);
        return (item, opinions);
    }

    [Fact]
    public void Completing_the_item_answers_all_its_linked_opinions()
    {
        var (item, opinions) = ItemWithTwoOpinions();
        item.SetAnswer("已增设两个窗口，推行预约办理", Street, DemoTree.Build());

        OpinionAnswers.CompleteItem(item, opinions, Street, DemoTree.Build(), Clock);

        Assert.Equal(RectificationStatus.Completed, item.Status);
        Assert.All(opinions, o =>
        {
            Assert.Equal(OpinionStatus.Answered, o.Status);
            Assert.Equal("已增设两个窗口，推行预约办理", o.ToReceipt().Answer);
            Assert.Equal(Clock.Today, o.AnsweredOn);
        });
    }

    [Fact]
    public void Verifying_the_item_closes_its_linked_opinions()
    {
        var (item, opinions) = ItemWithTwoOpinions();
        item.SetAnswer("已整改", Street, DemoTree.Build());
        OpinionAnswers.CompleteItem(item, opinions, Street, DemoTree.Build(), Clock);

        OpinionAnswers.VerifyItem(item, opinions, "整改到位", ActorBuilder.Office(), Clock);

        Assert.All(opinions, o => Assert.Equal(OpinionStatus.Closed, o.Status));
    }

    [Fact]
    public void An_item_with_linked_opinions_cannot_complete_without_an_answer()
    {
        var (item, opinions) = ItemWithTwoOpinions();

        var error = Assert.Throws<DomainException>(() => OpinionAnswers.CompleteItem(item, opinions, Street, DemoTree.Build(), Clock));

        Assert.Equal("该整改事项关联了2条群众意见，请先填写答复内容", error.Message);
        Assert.Equal(RectificationStatus.InProgress, item.Status);
        Assert.All(opinions, o => Assert.Equal(OpinionStatus.Claimed, o.Status));
    }

    [Fact]
    public void An_opinion_not_linked_to_the_item_is_refused()
    {
        var (item, _) = ItemWithTwoOpinions();
        item.SetAnswer("答复", Street, DemoTree.Build());

        Assert.Throws<DomainException>(() => OpinionAnswers.CompleteItem(item, [OpinionBuilder.ClaimedBy(DemoTree.Street)], Street, DemoTree.Build(), Clock));
    }

    [Fact]
    public void An_opinion_links_only_to_an_item_of_its_handling_unit()
    {
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Street);
        var agencyItem = ItemBuilder.Started(DemoTree.Agency).WithId(8);

        var error = Assert.Throws<DomainException>(() => opinion.LinkToRectification(agencyItem, ActorBuilder.Office(), DemoTree.Build()));
        Assert.Equal("只能关联受理单位自己的整改事项", error.Message);
    }

    [Fact]
    public void An_unclaimed_opinion_cannot_be_linked_and_a_finished_item_cannot_take_new_links()
    {
        var item = ItemBuilder.Started(DemoTree.Street).WithId(9);
        Assert.Throws<DomainException>(() => OpinionBuilder.EnteredBy(DemoTree.Street).LinkToRectification(item, ActorBuilder.Office(), DemoTree.Build()));

        var completed = ItemBuilder.Completed(DemoTree.Street).WithId(10);
        Assert.Throws<DomainException>(() => OpinionBuilder.ClaimedBy(DemoTree.Street).LinkToRectification(completed, Street, DemoTree.Build()));
    }

    [Fact]
    public void Escalating_an_opinion_unlinks_it_from_the_lower_units_item()
    {
        var community = ActorBuilder.Coordinator(DemoTree.Community);
        var opinion = OpinionBuilder.ClaimedBy(DemoTree.Community);
        opinion.LinkToRectification(ItemBuilder.Started(DemoTree.Community).WithId(11), community, DemoTree.Build());

        opinion.EscalateAsRootedAbove(DemoTree.Street, "根子在街道", community, DemoTree.Build(), DemoTree.Kinds, Clock);

        Assert.Null(opinion.RectificationItemId);
    }
}
