using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Events;

public class RectificationEventTests
{
    private static readonly FixedClock Clock = ItemBuilder.Clock();

    [Fact]
    public void Creating_an_item_raises_RectificationItemCreated()
    {
        var item = ItemBuilder.Bare();

        Assert.Equal("新增整改事项：窗口办事排长队", Assert.IsType<RectificationItemCreated>(Assert.Single(item.DomainEvents)).Summary);
    }

    [Fact]
    public void One_edit_of_several_fields_raises_one_RectificationItemChanged()
    {
        var item = ItemBuilder.Bare();
        item.ClearDomainEvents();

        item.Describe("窗口排队", "排队时间长", ActorBuilder.Office(), DemoTree.Build());
        item.SetFourHaves("目标", "措施", "王科长", ItemBuilder.Deadline, ActorBuilder.Office(), DemoTree.Build());
        item.SetPublic(true, ActorBuilder.Office(), DemoTree.Build());

        Assert.Equal("修改整改事项：窗口排队", Assert.IsType<RectificationItemChanged>(Assert.Single(item.DomainEvents)).Summary);
    }

    [Fact]
    public void Completing_an_item_raises_RectificationCompleted_which_also_answers_linked_opinions()
    {
        var item = ItemBuilder.Started();
        item.AddEvidence("照片.jpg", "evidence/1.jpg", "image/jpeg", 1024, ActorBuilder.Office(), DemoTree.Build(), Clock);
        item.ClearDomainEvents();

        item.Complete(ActorBuilder.Office(), DemoTree.Build(), Clock);

        var completed = Assert.IsType<RectificationCompleted>(Assert.Single(item.DomainEvents));
        Assert.True(completed.AnswersLinkedOpinions);
    }

    [Fact]
    public void Deciding_a_reopen_review_raises_only_the_decision()
    {
        var item = ItemBuilder.Completed(isPublic: true).WithId(7);
        var ratings = new List<PublicRatingEntry>();
        foreach (var device in new[] { "device-a", "device-b", "device-c" })
        {
            ratings.Add(PublicRatingEntry.Rate(item, device, PublicRating.Unsatisfied, Clock, ratings)); // the default rule: three raters
        }

        item.ClearDomainEvents();

        item.DecideReopenReview(reopen: true, "群众仍不满意", ActorBuilder.Office());

        Assert.Equal("复核：重新整改：窗口办事排长队", Assert.IsType<RectificationReopenReviewDecided>(Assert.Single(item.DomainEvents)).Summary);
    }

    [Fact]
    public void A_public_rating_raises_PubliclyRated_without_naming_the_rater()
    {
        var item = ItemBuilder.Completed(isPublic: true).WithId(7);
        item.ClearDomainEvents();

        PublicRatingEntry.Rate(item, "device-a", PublicRating.Satisfied, Clock);

        Assert.Equal("群众评价：满意", Assert.IsType<PubliclyRated>(Assert.Single(item.DomainEvents)).Summary);
    }

    [Fact]
    public void Entering_claiming_and_answering_an_opinion_each_raise_their_event()
    {
        var opinion = OpinionBuilder.EnteredBy(DemoTree.Street);
        Assert.IsType<OpinionEntered>(Assert.Single(opinion.DomainEvents));
        opinion.ClearDomainEvents();

        opinion.Claim(DemoTree.Street, null, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);
        opinion.AnswerWith("已增设窗口", ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);

        Assert.Collection(opinion.DomainEvents, e => Assert.IsType<OpinionClaimed>(e), e => Assert.IsType<OpinionAnswered>(e));
    }

    [Fact]
    public void Linking_opinions_to_an_item_is_recorded_once_by_the_item()
    {
        var item = ItemBuilder.WithFourHaves().WithId(9);
        item.ClearDomainEvents();
        var opinions = new[] { OpinionBuilder.ClaimedBy(DemoTree.Street), OpinionBuilder.ClaimedBy(DemoTree.Street) };
        foreach (var opinion in opinions)
        {
            opinion.ClearDomainEvents();
            opinion.LinkToRectification(item, ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build());
        }

        item.RecordLinkedOpinions(opinions.Length);

        Assert.All(opinions, o => Assert.Empty(o.DomainEvents));
        Assert.Equal("2条意见关联整改事项", Assert.IsType<RectificationOpinionsLinked>(Assert.Single(item.DomainEvents)).OpinionsSummary);
    }
}
