using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Common;

/// <summary>The list-level answers pages render from: who records units' work, sets the ledger's time limit, changes quotas, and which 工作台 sections a person has.</summary>
public class WhoMayActTests
{
    [Fact]
    public void Only_the_office_or_a_coordinator_with_a_unit_records_units_work()
    {
        Assert.True(UnitAccess.WhyCannotRecordUnitWork(ActorBuilder.Office()).IsAllowed);
        Assert.True(UnitAccess.WhyCannotRecordUnitWork(ActorBuilder.Coordinator(4)).IsAllowed);
        Assert.Equal(RefusalKind.NotPermitted, UnitAccess.WhyCannotRecordUnitWork(ActorBuilder.Supervisor()).Refusal);
        Assert.Equal(RefusalKind.NotPermitted, UnitAccess.WhyCannotRecordUnitWork(ActorBuilder.Leader()).Refusal);
    }

    [Fact]
    public void A_coordinators_lists_open_on_their_own_unit_and_everyone_elses_on_all_units()
    {
        Assert.Equal(4, UnitAccess.OwnUnitOf(ActorBuilder.Coordinator(4)));
        Assert.Null(UnitAccess.OwnUnitOf(ActorBuilder.Office()));
    }

    [Fact]
    public void Only_the_office_sets_the_commitment_ledgers_time_limit()
    {
        Assert.True(CommitmentLedger.WhyCannotSetDueDate(ActorBuilder.Office()).IsAllowed);
        var refused = CommitmentLedger.WhyCannotSetDueDate(ActorBuilder.Coordinator(4));

        Assert.Equal(ActionAnswer.NotPermitted("只有活动办可以设置台账报送时限"), refused);
        Assert.Throws<AccessDeniedException>(() => CommitmentLedger.Open(10, new DateOnly(2014, 5, 1), ActorBuilder.Coordinator(4)));
    }

    [Fact]
    public void Only_an_administrator_changes_the_contact_duty_quotas()
    {
        var admin = new Actor("admin", "管理员", new HashSet<string> { Roles.Admin }, null);

        Assert.True(QuotaRule.WhyCannotChange(admin).IsAllowed);
        Assert.Equal(ActionAnswer.NotPermitted("只有管理员可以修改考核指标"), QuotaRule.WhyCannotChange(ActorBuilder.Office()));
    }

    [Fact]
    public void A_coordinators_workbench_has_their_trees_deadlines_reminders_and_orders()
    {
        var sections = WorkbenchSections.For(ActorBuilder.Coordinator(4));

        Assert.Equal(WorkbenchSection.OwnUnitDeadlines | WorkbenchSection.Alerts | WorkbenchSection.FlagsAndOrders, sections);
    }

    [Fact]
    public void A_supervisors_workbench_has_flags_orders_and_low_satisfaction_only()
    {
        Assert.Equal(WorkbenchSection.FlagsAndOrders | WorkbenchSection.LowSatisfaction, WorkbenchSections.For(ActorBuilder.Supervisor()));
    }

    [Fact]
    public void The_office_and_the_leaders_oversee_the_whole_campaign_on_their_workbench()
    {
        var expected = WorkbenchSection.Alerts | WorkbenchSection.LateUnits | WorkbenchSection.FlagsAndOrders | WorkbenchSection.LowSatisfaction | WorkbenchSection.ShortEducationPeriods;

        Assert.Equal(expected, WorkbenchSections.For(ActorBuilder.Office()));
        Assert.Equal(expected, WorkbenchSections.For(ActorBuilder.Leader()));
    }
}
