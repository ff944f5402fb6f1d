using CampaignHub.Domain.Common;
using CampaignHub.Domain.Linkage;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Linkage;

/// <summary>对接联动登记: the visit to the upper counterpart department by the end of March, and what it must carry.</summary>
public class UpperVisitTests
{
    private static readonly UnitTree Tree = DemoTree.Build();

    [Fact]
    public void Upper_department_visit_is_overdue_after_the_end_of_March()
    {
        var onTheDay = UpperVisitRule.Evaluate(true, LinkageBuilder.EndOfMarch, [], LinkageBuilder.EndOfMarch);
        var nextDay = UpperVisitRule.Evaluate(true, LinkageBuilder.EndOfMarch, [], new DateOnly(2014, 4, 1));

        Assert.Equal(UpperVisitState.Pending, onTheDay.State);
        Assert.Equal(UpperVisitState.Overdue, nextDay.State);
        Assert.Equal(1, nextDay.DaysOverdue);
        Assert.Equal("逾期未对接（逾期1天）", nextDay.Text);
    }

    [Fact]
    public void A_visit_recorded_after_the_end_of_March_stays_marked_late()
    {
        var standing = UpperVisitRule.Evaluate(true, LinkageBuilder.EndOfMarch, [new DateOnly(2014, 4, 2)], new DateOnly(2014, 4, 10));

        Assert.Equal(UpperVisitState.Late, standing.State);
        Assert.False(standing.IsOverdue);
    }

    [Fact]
    public void A_visit_by_the_end_of_March_is_on_time()
    {
        var standing = UpperVisitRule.Evaluate(true, LinkageBuilder.EndOfMarch, [LinkageBuilder.EndOfMarch], new DateOnly(2014, 4, 10));

        Assert.Equal(UpperVisitState.OnTime, standing.State);
    }

    [Fact]
    public void Only_district_level_organs_owe_an_upper_department_visit()
    {
        Assert.True(UpperVisitRule.Owes(DemoTree.Agency, UnitKind.Agency, Tree));
        Assert.False(UpperVisitRule.Owes(DemoTree.Street, UnitKind.StreetOrTownship, Tree));
        Assert.False(UpperVisitRule.Owes(DemoTree.AgencySubUnit, UnitKind.HealthUnit, Tree));
        Assert.False(UpperVisitRule.Owes(DemoTree.District, UnitKind.District, Tree));
        Assert.Equal(UpperVisitState.NotRequired, UpperVisitRule.Evaluate(false, LinkageBuilder.EndOfMarch, [], new DateOnly(2014, 4, 10)).State);
    }

    [Fact]
    public void Linkage_deadlines_come_from_the_campaigns_milestones_else_end_of_March_and_April_5()
    {
        var fromMilestones = LinkageSchedule.For(2014, [("与上级对口部门对接联动", new DateOnly(2014, 3, 28)), ("与对口基层单位对接", new DateOnly(2014, 4, 3))]);
        var byRule = LinkageSchedule.For(2015, []);

        Assert.Equal(new LinkageSchedule(new DateOnly(2014, 3, 28), new DateOnly(2014, 4, 3)), fromMilestones);
        Assert.Equal(new LinkageSchedule(new DateOnly(2015, 3, 31), new DateOnly(2015, 4, 5)), byRule);
    }

    [Fact]
    public void Each_first_batch_item_needs_the_local_measures_that_carry_it_through()
    {
        var details = LinkageBuilder.Visit(items: [new FirstBatchItemDraft("低保审批时限压缩到30天", " ")]);

        var error = Assert.Throws<DomainException>(() => Record(details));

        Assert.Equal("“低保审批时限压缩到30天”的本地配套措施不能为空", error.Message);
    }

    [Fact]
    public void Upper_department_visit_needs_a_first_batch_item_and_the_experience_taken_over()
    {
        Assert.Equal("请至少填写一项第一批整改事项涉及本地的内容及本地配套措施", Assert.Throws<DomainException>(() => Record(LinkageBuilder.Visit(items: []))).Message);
        Assert.Equal("承接运用的经验做法不能为空", Assert.Throws<DomainException>(() => Record(LinkageBuilder.Visit(experience: null))).Message);
    }

    [Fact]
    public void Upper_department_visit_cannot_be_recorded_for_a_day_still_to_come()
    {
        var error = Assert.Throws<DomainException>(() => Record(LinkageBuilder.Visit(on: new DateOnly(2014, 4, 11))));

        Assert.Equal("对接日期不能晚于今天", error.Message);
    }

    [Fact]
    public void A_visit_is_led_by_a_leader_of_the_unit_or_of_the_district()
    {
        var district = LinkageBuilder.Leader(DemoTree.District, 1, PersonRole.OtherLeader);
        var street = LinkageBuilder.Leader(DemoTree.Street, 2);
        var coordinator = LinkageBuilder.Leader(DemoTree.Agency, 3, PersonRole.Coordinator);

        var visit = UpperDepartmentVisit.Record(DemoTree.CampaignId, DemoTree.Agency, district, LinkageBuilder.Visit(), ActorBuilder.Office(), Tree, LinkageBuilder.Clock());

        Assert.Equal("副主任 李明", visit.LeaderName);
        Assert.Single(visit.FirstBatchItems);
        Assert.Equal(1, visit.UnansweredProblems);
        Assert.Equal("带队领导必须是本单位或区领导班子成员", Assert.Throws<DomainException>(() => Record(LinkageBuilder.Visit(), street)).Message);
        Assert.Equal("带队领导必须是领导班子成员", Assert.Throws<DomainException>(() => Record(LinkageBuilder.Visit(), coordinator)).Message);
    }

    [Fact]
    public void A_coordinator_records_only_their_own_units_visits()
    {
        var street = ActorBuilder.Coordinator(DemoTree.Street);

        Assert.Throws<AccessDeniedException>(() => UpperDepartmentVisit.Record(DemoTree.CampaignId, DemoTree.Agency, LinkageBuilder.Leader(DemoTree.Agency, 5), LinkageBuilder.Visit(), street, Tree, LinkageBuilder.Clock()));
        Assert.Throws<AccessDeniedException>(() => UpperDepartmentVisit.Record(DemoTree.CampaignId, DemoTree.Agency, LinkageBuilder.Leader(DemoTree.Agency, 5), LinkageBuilder.Visit(), ActorBuilder.Leader(), Tree, LinkageBuilder.Clock()));
    }

    [Fact]
    public void Recording_a_visit_tells_the_change_feed()
    {
        var visit = Record(LinkageBuilder.Visit());

        var recorded = Assert.IsType<UpperVisitRecorded>(Assert.Single(visit.DomainEvents));
        Assert.Equal(DemoTree.Agency, recorded.UnitId);
        Assert.Contains("南京市民政局", recorded.Summary, StringComparison.Ordinal);
    }

    private static UpperDepartmentVisit Record(UpperVisitDetails details, Person? leader = null) =>
        UpperDepartmentVisit.Record(DemoTree.CampaignId, DemoTree.Agency, leader ?? LinkageBuilder.Leader(DemoTree.Agency, 7), details, ActorBuilder.Coordinator(DemoTree.Agency), Tree, LinkageBuilder.Clock());
}
