using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Opinions;

/// <summary>Opinions heard during a leader's contact activity enter the pipeline: 汇总、交办、跟踪、限时办结.</summary>
public class ContactActivityOpinionTests
{
    private const int LeaderPersonId = 40;
    private static readonly FixedClock Clock = ItemBuilder.Clock();

    private static ContactActivity Visit() =>
        ContactActivity.Record(LeaderPersonId, DemoTree.Street, DutyType.ContactPointVisit, new DateOnly(2014, 5, 8), new DateOnly(2014, 5, 8), "竹山社区", "居民代表", "走访联系点", null,
            ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock).WithId(77);

    private static Opinion Heard(Actor? actor = null) =>
        Opinion.RaisedAtContactActivity(DemoTree.CampaignId, Visit(), "孔繁荣", OpinionCategory.Transport, "希望增设社区公交站点", "周先生", null,
            actor ?? ActorBuilder.Coordinator(DemoTree.Street), DemoTree.Build(), Clock);

    [Fact]
    public void Opinion_heard_during_a_contact_activity_enters_the_pipeline_with_the_leader()
    {
        var opinion = Heard();

        Assert.Equal(OpinionSource.ContactVisit, opinion.Source);
        Assert.Equal("联系走访", opinion.Source.ToChinese());
        Assert.Equal(77, opinion.ContactActivityId);
        Assert.Equal(LeaderPersonId, opinion.ReceivedByPersonId);
        Assert.Equal("孔繁荣", opinion.ReceivedByName);
        Assert.Equal(DemoTree.Street, opinion.EnteredByUnitId);
        Assert.Equal(new DateOnly(2014, 5, 8), opinion.RaisedOn);
        Assert.Equal(OpinionStatus.New, opinion.Status);
    }

    [Fact]
    public void Only_who_may_record_the_activity_records_what_was_heard_there()
    {
        Assert.Throws<AccessDeniedException>(() => Heard(ActorBuilder.Coordinator(DemoTree.Agency)));
    }

    [Fact]
    public void Handed_opinion_needs_a_time_limit()
    {
        var opinion = Heard();

        Assert.Equal("交办须明确办结时限", Assert.Throws<DomainException>(() => opinion.HandTo(DemoTree.Community, null, ActorBuilder.Office(), DemoTree.Build(), Clock)).Message);
        Assert.Equal("办结时限不能早于今天", Assert.Throws<DomainException>(() => opinion.HandTo(DemoTree.Community, Clock.Today.AddDays(-1), ActorBuilder.Office(), DemoTree.Build(), Clock)).Message);
        Assert.Equal(OpinionStatus.New, opinion.Status);
    }

    [Fact]
    public void Handed_opinion_is_handled_by_the_unit_and_overdue_after_its_limit_until_answered()
    {
        var opinion = Heard();
        var due = Clock.Today.AddDays(5);

        opinion.HandTo(DemoTree.Community, due, ActorBuilder.Office(), DemoTree.Build(), Clock);

        Assert.Equal(OpinionStatus.Claimed, opinion.Status);
        Assert.Equal(DemoTree.Community, opinion.ClaimedByUnitId);
        Assert.Equal(Clock.Today, opinion.AssignedOn);
        Assert.Equal(0, opinion.DaysOverdue(due));
        Assert.Equal(2, opinion.DaysOverdue(due.AddDays(2)));
        Assert.Equal(Overdue.DaysOverdue(due, isFinished: false, due.AddDays(2)), opinion.DaysOverdue(due.AddDays(2)));

        opinion.AnswerWith("已协调公交公司增设站点", ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), Clock);
        opinion.Close(ActorBuilder.Coordinator(DemoTree.Community), DemoTree.Build(), Clock);
        Assert.Equal(0, opinion.DaysOverdue(due.AddDays(2)));
    }

    [Fact]
    public void A_coordinator_hands_only_within_their_tree_and_only_a_new_opinion()
    {
        var opinion = Heard();
        var street = ActorBuilder.Coordinator(DemoTree.Street);

        Assert.Equal("只能交办给本单位或下级单位", Assert.Throws<AccessDeniedException>(() => opinion.HandTo(DemoTree.Agency, Clock.Today, street, DemoTree.Build(), Clock)).Message);
        opinion.HandTo(DemoTree.Community, Clock.Today, street, DemoTree.Build(), Clock);
        Assert.Equal("只有待受理的意见才能交办", Assert.Throws<DomainException>(() => opinion.HandTo(DemoTree.Community, Clock.Today, ActorBuilder.Office(), DemoTree.Build(), Clock)).Message);
    }
}
