using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Commitments;

public class CommitmentTests
{
    private static readonly Actor Street = ActorBuilder.Coordinator(DemoTree.Street);

    [Fact]
    public void A_filed_commitment_carries_the_four_clears_and_starts_not_started()
    {
        var c = CommitmentBuilder.Filed();

        Assert.Equal(CommitmentStatus.NotStarted, c.Status);
        Assert.Equal(DemoTree.Street, c.ResponsibleUnitId);
        Assert.Equal(PromisedTo.Both, c.PromisedTo);
        Assert.Equal(ItemBuilder.Clock().Today, c.FiledOn);
        Assert.Equal("服务对象和驻地群众", c.PromisedTo.ToChinese());
    }

    [Theory]
    [InlineData("", "目标", "责任人", "措施")]
    [InlineData("内容", " ", "责任人", "措施")]
    [InlineData("内容", "目标", "", "措施")]
    [InlineData("内容", "目标", "责任人", "")]
    public void A_commitment_without_all_four_clears_is_refused(string content, string goal, string person, string measures) =>
        Assert.Throws<DomainException>(() => Commitment.File(DemoTree.CampaignId, DemoTree.Street, CommitmentKind.AdHoc, content, goal, new DateOnly(2014, 10, 31), person, measures, PromisedTo.ServiceUsers, Street, DemoTree.Build(), ItemBuilder.Clock()));

    [Fact]
    public void A_commitment_must_be_promised_to_someone()
    {
        var error = Assert.Throws<DomainException>(() => Commitment.File(DemoTree.CampaignId, DemoTree.Street, CommitmentKind.Annual, "内容", "目标", new DateOnly(2014, 10, 31), "人", "措施", PromisedTo.None, Street, DemoTree.Build(), ItemBuilder.Clock()));

        Assert.Equal("请选择承诺对象（服务对象、驻地群众）", error.Message);
    }

    [Fact]
    public void A_coordinator_cannot_file_or_act_on_another_units_commitment()
    {
        var agency = ActorBuilder.Coordinator(DemoTree.Agency);

        Assert.Throws<AccessDeniedException>(() => Commitment.File(DemoTree.CampaignId, DemoTree.Street, CommitmentKind.Annual, "内容", "目标", new DateOnly(2014, 10, 31), "人", "措施", PromisedTo.Both, agency, DemoTree.Build(), ItemBuilder.Clock()));
        var c = CommitmentBuilder.Filed();
        Assert.Throws<AccessDeniedException>(() => c.Start(agency, DemoTree.Build()));
        Assert.Throws<AccessDeniedException>(() => c.SetPublic(true, agency, DemoTree.Build()));
    }

    [Fact]
    public void A_commitment_goes_not_started_to_in_progress_to_done()
    {
        var c = CommitmentBuilder.Filed();

        c.Start(Street, DemoTree.Build());
        c.UpdateProgress(40, Street, DemoTree.Build());
        Assert.Equal(40, c.ProgressPercent);
        c.MarkDone("已安装102户", Street, DemoTree.Build(), ItemBuilder.Clock());

        Assert.Equal(CommitmentStatus.Done, c.Status);
        Assert.Equal(100, c.ProgressPercent);
        Assert.Equal(ItemBuilder.Clock().Today, c.DoneOn);
    }

    [Fact]
    public void Illegal_commitment_transitions_are_refused()
    {
        var c = CommitmentBuilder.Filed();
        Assert.Equal("只有正在办理的承诺事项才能办结", Assert.Throws<DomainException>(() => c.MarkDone(null, Street, DemoTree.Build(), ItemBuilder.Clock())).Message);
        Assert.Throws<DomainException>(() => c.UpdateProgress(10, Street, DemoTree.Build()));

        var done = CommitmentBuilder.InStatus(CommitmentStatus.Done);
        Assert.Throws<DomainException>(() => done.Start(Street, DemoTree.Build()));
        Assert.Throws<DomainException>(() => done.Revise("内容", "目标", new DateOnly(2014, 12, 31), "人", "措施", PromisedTo.Both, Street, DemoTree.Build()));
        Assert.Throws<DomainException>(() => done.Cancel("原因", ActorBuilder.Office()));
    }

    [Fact]
    public void Only_the_office_cancels_a_commitment_with_a_reason()
    {
        var c = CommitmentBuilder.Filed();

        Assert.Throws<AccessDeniedException>(() => c.Cancel("原因", Street));
        Assert.Throws<DomainException>(() => c.Cancel(" ", ActorBuilder.Office()));
        c.Cancel("由上级统一实施", ActorBuilder.Office());

        Assert.Equal(CommitmentStatus.Cancelled, c.Status);
        Assert.Equal(0, c.DaysOverdue(new DateOnly(2014, 12, 31)));
    }

    [Fact]
    public void A_commitment_is_overdue_after_its_deadline_in_China_time_until_done()
    {
        var c = CommitmentBuilder.InStatus(CommitmentStatus.InProgress);

        Assert.Equal(0, c.DaysOverdue(Clocks.AtChina(2014, 10, 31, 23, 59).Today));
        Assert.Equal(1, c.DaysOverdue(Clocks.AtChina(2014, 11, 1, 0, 0).Today));
    }

    [Fact]
    public void Only_the_office_sets_the_ledger_due_date()
    {
        Assert.Throws<AccessDeniedException>(() => CommitmentLedger.Open(DemoTree.CampaignId, new DateOnly(2014, 4, 30), Street));

        var ledger = CommitmentLedger.Open(DemoTree.CampaignId, new DateOnly(2014, 4, 30), ActorBuilder.Office());
        ledger.SetDueDate(new DateOnly(2014, 5, 5), ActorBuilder.Office());

        Assert.Equal(new DateOnly(2014, 5, 5), ledger.DueDate);
    }

    [Fact]
    public void The_office_sees_which_units_have_not_filed_by_the_due_date()
    {
        var due = new DateOnly(2014, 4, 30);
        var commitments = new[]
        {
            CommitmentBuilder.Filed(DemoTree.Street, new DateOnly(2014, 4, 20)),
            CommitmentBuilder.Filed(DemoTree.Street, new DateOnly(2014, 5, 3)),
            CommitmentBuilder.Filed(DemoTree.Agency, new DateOnly(2014, 5, 2)),   // late
            CommitmentBuilder.Filed(DemoTree.Community, new DateOnly(2014, 4, 30)), // on the day
        };
        int[] units = [DemoTree.Street, DemoTree.Agency, DemoTree.Community, DemoTree.AgencySubUnit];

        var notFiled = LedgerFiling.UnitsNotFiled(due, units, commitments, new DateOnly(2014, 5, 10));
        Assert.Equal([DemoTree.Agency, DemoTree.AgencySubUnit], notFiled);

        var filings = LedgerFiling.Evaluate(due, units, commitments, new DateOnly(2014, 5, 10)).ToDictionary(f => f.UnitId);
        Assert.Equal(2, filings[DemoTree.Street].Count);
        Assert.Equal(MilestoneState.MetLate, filings[DemoTree.Agency].State);
        Assert.Equal(MilestoneState.Overdue, filings[DemoTree.AgencySubUnit].State);
    }

    [Fact]
    public void Before_the_due_date_a_unit_that_has_not_filed_is_pending_not_overdue()
    {
        var filings = LedgerFiling.Evaluate(new DateOnly(2014, 4, 30), [DemoTree.Street], [], new DateOnly(2014, 4, 30));

        Assert.Equal(MilestoneState.Pending, filings[0].State);
    }
}
