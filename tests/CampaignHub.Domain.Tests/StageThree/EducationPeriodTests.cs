using CampaignHub.Domain.Common;
using CampaignHub.Domain.EducationPeriods;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.StageThreeFixtures;

namespace CampaignHub.Domain.Tests.StageThree;

public class EducationPeriodTests
{
    private readonly FixedClock _clock = Clock();

    [Fact]
    public void Three_calendar_months_meet_the_minimum_and_a_day_less_does_not()
    {
        Assert.True(EducationPeriod.LastsMinimum(new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 31)));
        Assert.False(EducationPeriod.LastsMinimum(new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 30)));
        Assert.True(EducationPeriod.LastsMinimum(new DateOnly(2014, 3, 15), new DateOnly(2014, 6, 14)));
    }

    [Fact]
    public void Education_period_under_three_months_is_flagged()
    {
        var period = Period(new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 20));

        var shortfall = period.ShortOfMinimum();

        Assert.NotNull(shortfall);
        Assert.Equal(PeriodBasis.Planned, shortfall.Basis);
        Assert.Equal((81, 11), (shortfall.Days, shortfall.DaysShort));
        Assert.Equal("计划集中教育时间81天（2014-03-01至2014-05-20），不足3个月，少11天", shortfall.Text);
    }

    [Fact]
    public void Education_period_of_three_months_or_more_is_not_flagged()
    {
        Assert.Null(Period(new DateOnly(2014, 3, 1), new DateOnly(2014, 6, 30)).ShortOfMinimum());
    }

    [Fact]
    public void Period_that_ended_early_is_flagged_on_its_actual_dates()
    {
        var period = Period(new DateOnly(2014, 3, 1), new DateOnly(2014, 6, 30));

        period.Record(period.PlannedStart, period.PlannedEnd, new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 1), null, Keeper(), DemoTree.Build(), _clock);

        Assert.Equal(PeriodBasis.Actual, period.ShortOfMinimum()!.Basis);
    }

    [Fact]
    public void Late_start_with_the_planned_end_unchanged_is_flagged()
    {
        var period = Period(new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 31));

        period.Record(period.PlannedStart, period.PlannedEnd, new DateOnly(2014, 3, 20), null, null, Keeper(), DemoTree.Build(), _clock);

        Assert.Equal(PeriodBasis.StartedAsPlanned, period.ShortOfMinimum()!.Basis);
    }

    [Fact]
    public void Period_dates_must_be_in_order_and_actual_dates_not_in_the_future()
    {
        var tree = DemoTree.Build();
        var period = Period(new DateOnly(2014, 3, 1), new DateOnly(2014, 6, 30));

        Assert.Equal("计划结束日期不能早于计划开始日期", Assert.Throws<DomainException>(() => Period(new DateOnly(2014, 6, 1), new DateOnly(2014, 5, 1))).Message);
        Assert.Equal("实际开始、结束日期不能晚于今天", Assert.Throws<DomainException>(() => period.Record(period.PlannedStart, period.PlannedEnd, _clock.Today.AddDays(1), null, null, Keeper(), tree, _clock)).Message);
        Assert.Equal("请先填写实际开始日期", Assert.Throws<DomainException>(() => period.Record(period.PlannedStart, period.PlannedEnd, null, new DateOnly(2014, 6, 1), null, Keeper(), tree, _clock)).Message);
        Assert.Throws<AccessDeniedException>(() => period.Record(period.PlannedStart, period.PlannedEnd, null, null, null, ActorBuilder.Coordinator(DemoTree.Agency), tree, _clock));
    }

    [Fact]
    public void Supervision_group_comments_on_its_units_education_period_but_does_not_keep_it()
    {
        var period = Period(new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 20));
        var group = ActorBuilder.SupervisorOf(DemoTree.Street);

        var comment = period.Comment("集中教育时间不足三个月，请说明原因并补足", group, DemoTree.Build(), _clock);

        Assert.Equal("督导组", comment.ByRole);
        Assert.Single(period.Comments);
        Assert.Single(period.DomainEvents.OfType<EducationPeriodCommented>());
        Assert.Equal(RefusalKind.NotPermitted, EducationPeriod.WhyCannotKeep(group, DemoTree.Street, DemoTree.Build()).Refusal);
    }

    [Fact]
    public void Education_period_comment_is_refused_to_a_group_that_does_not_supervise_the_unit()
    {
        var period = Period(new DateOnly(2014, 3, 1), new DateOnly(2014, 6, 30));

        Assert.Throws<AccessDeniedException>(() => period.Comment("意见", ActorBuilder.SupervisorOf(DemoTree.Agency), DemoTree.Build(), _clock));
        Assert.Empty(period.Comments);
    }
}
