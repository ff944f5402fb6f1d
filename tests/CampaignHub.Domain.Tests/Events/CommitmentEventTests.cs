using CampaignHub.Domain.Common;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Events;

public class CommitmentEventTests
{
    [Fact]
    public void Filing_a_commitment_raises_CommitmentFiled_with_what_was_promised()
    {
        var commitment = CommitmentBuilder.Filed();

        Assert.Equal("报送承诺事项：为辖区困难家庭免费安装燃气报警器", Assert.IsType<CommitmentFiled>(Assert.Single(commitment.DomainEvents)).Summary);
    }

    [Fact]
    public void Starting_and_progressing_a_commitment_raise_their_events()
    {
        var commitment = CommitmentBuilder.Filed();
        commitment.ClearDomainEvents();
        var actor = ActorBuilder.Coordinator(DemoTree.Street);

        commitment.Start(actor, DemoTree.Build());
        commitment.UpdateProgress(40, actor, DemoTree.Build());

        Assert.Collection(
            commitment.DomainEvents,
            e => Assert.IsType<CommitmentStarted>(e),
            e => Assert.Equal("承诺事项进度 40%：为辖区困难家庭免费安装燃气报警器", Assert.IsType<CommitmentProgressed>(e).Summary));
    }

    [Fact]
    public void Setting_the_ledger_due_date_raises_LedgerDueDateSet()
    {
        var ledger = CommitmentLedger.Open(DemoTree.CampaignId, new DateOnly(2014, 5, 20), ActorBuilder.Office());

        Assert.Equal("台账报送时限：2014年5月20日", Assert.IsType<LedgerDueDateSet>(Assert.Single(ledger.DomainEvents)).Summary);
    }
}
