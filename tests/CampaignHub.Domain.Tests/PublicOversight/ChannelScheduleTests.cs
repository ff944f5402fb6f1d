using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.PublicOversight;

/// <summary>主席接待日 and the 12338 / 12345 hotlines: their schedules and the sessions an opinion names.</summary>
public class ChannelScheduleTests
{
    private static readonly Actor Office = ActorBuilder.Office();
    private static readonly UnitTree Tree = DemoTree.Build();

    [Fact]
    public void Monthly_chair_reception_day_falls_on_its_day_of_each_month()
    {
        var schedule = ChannelSchedule.Publish(OversightBuilder.WomenChairMonthly(15), Office);

        Assert.Equal([new DateOnly(2014, 3, 15), new DateOnly(2014, 4, 15), new DateOnly(2014, 5, 15)], schedule.SessionsBetween(new DateOnly(2014, 3, 1), new DateOnly(2014, 5, 31)));
        Assert.Equal(new DateOnly(2014, 4, 15), schedule.NextSession(new DateOnly(2014, 4, 10)));
        Assert.Equal("每月15日", schedule.DaysText);
        Assert.Equal("09:00—11:30", schedule.HoursText);
    }

    [Fact]
    public void Weekday_hotline_has_no_session_at_the_weekend()
    {
        var schedule = ChannelSchedule.Publish(OversightBuilder.Hotline12338Weekdays(), Office);

        Assert.True(schedule.HasSessionOn(new DateOnly(2014, 4, 9)));
        Assert.False(schedule.HasSessionOn(new DateOnly(2014, 4, 12)));
        Assert.Equal("每周一至周五", schedule.DaysText);
    }

    [Fact]
    public void Schedule_on_every_day_of_the_week_reads_every_day_and_others_name_their_weekdays()
    {
        var everyDay = OversightBuilder.Hotline12338Weekdays() with { Weekdays = ChannelSchedule.WeekdaysInOrder.ToList() };
        var tuesdayAndThursday = OversightBuilder.Hotline12338Weekdays() with { Weekdays = [DayOfWeek.Thursday, DayOfWeek.Tuesday] };

        Assert.Equal("每天", ChannelSchedule.Publish(everyDay, Office).DaysText);
        Assert.Equal("每周二、周四", ChannelSchedule.Publish(tuesdayAndThursday, Office).DaysText);
    }

    [Fact]
    public void Public_sees_an_arrangement_only_while_a_session_is_still_ahead()
    {
        var once = ChannelSchedule.Publish(OversightBuilder.WomenChairMonthly() with { Repeat = ChannelRepeat.Once, DayOfMonth = null, Date = new DateOnly(2014, 4, 18) }, Office);
        var ended = ChannelSchedule.Publish(OversightBuilder.Hotline12338Weekdays() with { ValidTo = new DateOnly(2014, 3, 31) }, Office);
        var standing = ChannelSchedule.Publish(OversightBuilder.Hotline12338Weekdays(), Office);

        Assert.True(once.IsAheadOn(new DateOnly(2014, 4, 18)));
        Assert.False(once.IsAheadOn(new DateOnly(2014, 4, 19)));
        Assert.False(ended.IsAheadOn(new DateOnly(2014, 4, 10)));
        Assert.True(standing.IsAheadOn(new DateOnly(2014, 4, 10)));
    }

    [Fact]
    public void Around_the_clock_hotline_has_no_hours_but_a_chair_reception_day_must()
    {
        var hotline = OversightBuilder.Hotline12338Weekdays() with { Source = OpinionSource.Hotline12345, StartTime = null, EndTime = null };
        Assert.Equal("24小时", ChannelSchedule.Publish(hotline, Office).HoursText);

        var chair = OversightBuilder.WomenChairMonthly() with { StartTime = null, EndTime = null };
        Assert.Equal("主席接待日须填写接待时间", Assert.Throws<DomainException>(() => ChannelSchedule.Publish(chair, Office)).Message);
    }

    [Fact]
    public void Only_the_chair_reception_day_and_the_hotlines_have_schedules()
    {
        var mailbox = OversightBuilder.WomenChairMonthly() with { Source = OpinionSource.SupervisionMailbox };

        Assert.Equal("只有主席接待日和12338、12345热线登记时间安排", Assert.Throws<DomainException>(() => ChannelSchedule.Publish(mailbox, Office)).Message);
    }

    [Fact]
    public void Schedule_tells_the_public_where_to_come_or_what_to_call()
    {
        var nowhere = OversightBuilder.WomenChairMonthly() with { Place = null, Phone = " " };

        Assert.Equal("请填写接待地点或电话，群众才知道去哪里、打哪个电话", Assert.Throws<DomainException>(() => ChannelSchedule.Publish(nowhere, Office)).Message);
    }

    [Fact]
    public void Monthly_day_must_exist_in_every_month()
    {
        Assert.Throws<DomainException>(() => ChannelSchedule.Publish(OversightBuilder.WomenChairMonthly(31), Office));
    }

    [Fact]
    public void Only_the_office_publishes_schedules()
    {
        Assert.Throws<AccessDeniedException>(() => ChannelSchedule.Publish(OversightBuilder.WomenChairMonthly(), ActorBuilder.Coordinator(DemoTree.Street)));
    }

    [Fact]
    public void Withdrawn_schedule_has_no_more_sessions()
    {
        var schedule = ChannelSchedule.Publish(OversightBuilder.WomenChairMonthly(), Office);
        schedule.Withdraw(Office);

        Assert.Null(schedule.NextSession(new DateOnly(2014, 4, 10)));
        Assert.Throws<DomainException>(() => schedule.Revise(OversightBuilder.WomenChairMonthly(), Office));
    }

    [Fact]
    public void Opinion_names_the_session_it_was_heard_at()
    {
        var schedule = ChannelSchedule.Publish(OversightBuilder.WomenChairMonthly(), Office).WithId(5);
        var opinion = Opinion.Enter(DemoTree.CampaignId, OpinionSource.ChairReceptionDay, OpinionCategory.SocialSecurity, "生育保险未缴", new DateOnly(2014, 3, 15), null, null, null, Office, Tree, OversightBuilder.Clock());

        opinion.HeardAtSession(schedule, Office, Tree);

        Assert.Equal(5, opinion.ChannelScheduleId);
    }

    [Fact]
    public void Opinion_cannot_name_a_day_without_a_session_or_another_channels_session()
    {
        var schedule = ChannelSchedule.Publish(OversightBuilder.WomenChairMonthly(), Office).WithId(5);
        var offDay = Opinion.Enter(DemoTree.CampaignId, OpinionSource.ChairReceptionDay, OpinionCategory.Other, "内容", new DateOnly(2014, 3, 16), null, null, null, Office, Tree, OversightBuilder.Clock());
        var hotline = Opinion.Enter(DemoTree.CampaignId, OpinionSource.Hotline12345, OpinionCategory.Other, "内容", new DateOnly(2014, 3, 15), null, null, null, Office, Tree, OversightBuilder.Clock());

        Assert.Equal("2014年3月16日不是“区妇联主席 孙美华”的接待或值班日", Assert.Throws<DomainException>(() => offDay.HeardAtSession(schedule, Office, Tree)).Message);
        Assert.Equal("所选场次属于“主席接待日”，与意见来源“12345热线”不一致", Assert.Throws<DomainException>(() => hotline.HeardAtSession(schedule, Office, Tree)).Message);
    }
}
