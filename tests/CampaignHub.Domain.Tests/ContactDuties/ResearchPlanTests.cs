using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.ContactDutyBuilders;

namespace CampaignHub.Domain.Tests.ContactDuties;

public class ResearchPlanTests
{
    private static Actor Coordinator => ActorBuilder.Coordinator(UnitId);

    private static ResearchPlan Plan(params string[] topics) =>
        ResearchPlan.File(10, UnitId, 2014, topics.Length == 0 ? ["社区养老服务"] : topics, Coordinator, Tree(), Clocks.AtChina(2014, 1, 20));

    private static ResearchPlan WithTopicIds(ResearchPlan plan)
    {
        for (var i = 0; i < plan.Topics.Count; i++)
        {
            plan.Topics[i].WithId(100 + i);
        }

        return plan;
    }

    [Fact]
    public void Leader_without_a_research_report_is_flagged()
    {
        var plan = WithTopicIds(Plan("社区养老服务", "征地拆迁补偿"));
        plan.FileReport(100, "关于社区养老服务的调研报告", "提出对策建议4条", D(2014, 6, 30), Coordinator, Tree(), Clocks.AtChina(2014, 7, 1));

        var inTheYear = ResearchPlanRule.Assess(plan, 2014, D(2014, 12, 31));
        var afterYearEnd = ResearchPlanRule.Assess(plan, 2014, D(2015, 1, 1));

        Assert.False(inTheYear.IsFlagged);
        Assert.Equal("已完成1篇，1个课题调研中", inTheYear.Text);
        Assert.True(afterYearEnd.IsFlagged);
        Assert.Equal("1个课题年底未形成调研报告", afterYearEnd.Text);
    }

    [Fact]
    public void Leader_without_a_research_plan_is_flagged()
    {
        var standing = ResearchPlanRule.Assess(null, 2014, D(2014, 4, 10));

        Assert.True(standing.IsFlagged);
        Assert.Equal("未制定年度调研计划", standing.Text);
    }

    [Fact]
    public void A_plan_whose_every_topic_ended_in_a_report_is_not_flagged()
    {
        var plan = WithTopicIds(Plan());
        plan.FileReport(100, "关于社区养老服务的调研报告", "对策建议", D(2014, 11, 2), Coordinator, Tree(), Clocks.AtChina(2014, 11, 3));

        var standing = ResearchPlanRule.Assess(plan, 2014, D(2015, 2, 1));

        Assert.False(standing.IsFlagged);
        Assert.Equal(1, standing.Reports);
    }

    [Fact]
    public void A_plan_needs_at_least_one_topic_and_no_topic_twice()
    {
        Assert.Equal("年度调研计划至少要有1个调研课题", Assert.Throws<DomainException>(() =>
            ResearchPlan.File(10, UnitId, 2014, [], Coordinator, Tree(), Clocks.AtChina(2014, 1, 20))).Message);
        Assert.Equal("调研课题“就业帮扶”重复", Assert.Throws<DomainException>(() => Plan("就业帮扶", "就业帮扶")).Message);
    }

    [Fact]
    public void A_plan_is_for_this_year_or_next()
    {
        Assert.Equal("只能制定今年或明年的年度调研计划", Assert.Throws<DomainException>(() =>
            ResearchPlan.File(10, UnitId, 2013, ["就业帮扶"], Coordinator, Tree(), Clocks.AtChina(2014, 1, 20))).Message);
    }

    [Fact]
    public void Another_units_coordinator_cannot_file_a_plan() =>
        Assert.Throws<AccessDeniedException>(() =>
            ResearchPlan.File(10, UnitId, 2014, ["就业帮扶"], ActorBuilder.Coordinator(OtherUnitId), Tree(), Clocks.AtChina(2014, 1, 20)));

    [Fact]
    public void A_report_lies_in_the_plan_year_not_in_the_future_and_ends_its_topic_once()
    {
        var plan = WithTopicIds(Plan());
        var clock = Clocks.AtChina(2014, 4, 10);

        Assert.Equal("报告日期不能晚于今天", Assert.Throws<DomainException>(() => plan.FileReport(100, "报告", "建议", D(2014, 4, 11), Coordinator, Tree(), clock)).Message);
        Assert.Equal("调研报告须在2014年内完成", Assert.Throws<DomainException>(() => plan.FileReport(100, "报告", "建议", D(2013, 12, 30), Coordinator, Tree(), clock)).Message);
        Assert.Throws<NotFoundException>(() => plan.FileReport(999, "报告", "建议", D(2014, 4, 1), Coordinator, Tree(), clock));

        plan.FileReport(100, "报告", "建议", D(2014, 4, 1), Coordinator, Tree(), clock);
        Assert.Equal("该调研课题已提交调研报告", Assert.Throws<DomainException>(() => plan.FileReport(100, "报告二", "建议", D(2014, 4, 2), Coordinator, Tree(), clock)).Message);
    }

    [Fact]
    public void An_exchange_lists_only_the_units_reports_that_exist()
    {
        var plan = WithTopicIds(Plan("社区养老服务", "征地拆迁补偿"));
        var clock = Clocks.AtChina(2014, 4, 10);
        plan.FileReport(100, "关于社区养老服务的调研报告", "建议", D(2014, 3, 28), Coordinator, Tree(), clock);

        var unreported = Assert.Throws<DomainException>(() =>
            ResearchExchange.Hold(UnitId, D(2014, 4, 9), "机关三楼会议室", "交流", [100, 101], [plan], Coordinator, Tree(), clock));
        Assert.Equal("课题“征地拆迁补偿”尚未形成调研报告，不能列入交流", unreported.Message);
        Assert.Equal("所选调研报告不属于本单位本年度的调研计划", Assert.Throws<DomainException>(() =>
            ResearchExchange.Hold(UnitId, D(2014, 4, 9), "会议室", "交流", [555], [plan], Coordinator, Tree(), clock)).Message);

        var exchange = ResearchExchange.Hold(UnitId, D(2014, 4, 9), "机关三楼会议室", "交流调研成果，明确转化责任", [100], [plan], Coordinator, Tree(), clock);
        Assert.Equal([100], exchange.Reports.Select(r => r.ResearchTopicId));
    }

    [Fact]
    public void A_unit_without_its_yearly_exchange_is_flagged_after_the_year_end()
    {
        Assert.False(ResearchExchangeRule.Assess([], 2014, D(2014, 12, 31)).IsFlagged);
        var missed = ResearchExchangeRule.Assess([], 2014, D(2015, 1, 1));
        Assert.True(missed.IsFlagged);
        Assert.Equal("全年未组织调研成果讨论交流", missed.Text);
    }
}
