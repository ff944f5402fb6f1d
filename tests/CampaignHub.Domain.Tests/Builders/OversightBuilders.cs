using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Domain.Rectification;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>Volunteer supervisors and channel schedules on the demo tree, in spring 2014.</summary>
public static class OversightBuilder
{
    public static readonly DateOnly Appointed = new(2014, 3, 20);

    public static FixedClock Clock(int month = 4, int day = 10) => Clocks.AtChina(2014, month, day);

    /// <summary>刘桂兰, appointed March 20 over the street (and so not the agency), with an account and a store id.</summary>
    public static VolunteerSupervisor OverTheStreet(int id = 7)
    {
        var volunteer = VolunteerSupervisor.Appoint(DemoTree.CampaignId, new VolunteerDetails("刘桂兰", "13851712046", "退休教师", Appointed, [DemoTree.Street]), ActorBuilder.Office(), DemoTree.Build(), Clock(3, 20))
            .WithId(id);
        volunteer.AttachAccount("liuguilan", ActorBuilder.Office(), Clock(3, 20));
        return volunteer;
    }

    public static DisclosedItem PublicItemOf(int unitId, int id = 31) => new(RatedItemKind.RectificationItem, id, unitId, IsPublic: true);

    public static ChannelScheduleDetails WomenChairMonthly(int day = 15) => new(
        OpinionSource.ChairReceptionDay, "区妇联主席 孙美华", ChannelRepeat.Monthly, null, day, null, new TimeOnly(9, 0), new TimeOnly(11, 30), "区妇联202室", null, new DateOnly(2014, 3, 1), null);

    public static ChannelScheduleDetails Hotline12338Weekdays() => new(
        OpinionSource.Hotline12338, "12338值班员", ChannelRepeat.Weekly, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], null, null,
        new TimeOnly(8, 30), new TimeOnly(17, 30), null, "12338", new DateOnly(2014, 1, 1), null);
}
