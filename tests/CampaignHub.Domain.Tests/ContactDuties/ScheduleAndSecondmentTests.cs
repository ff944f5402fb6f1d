using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Tests.Builders;
using static CampaignHub.Domain.Tests.Builders.ContactDutyBuilders;

namespace CampaignHub.Domain.Tests.ContactDuties;

public class ScheduledReceptionTests
{
    private static readonly FixedClock Clock = Clocks.AtChina(2014, 11, 1);

    private static ScheduledReception Schedule(DateOnly date) =>
        ScheduledReception.Schedule(10, UnitId, date, new TimeOnly(9, 0), new TimeOnly(11, 30), "局信访接待室", ReceptionForm.FixedPlace,
            ActorBuilder.Coordinator(UnitId), Tree(), Clock);

    [Fact]
    public void A_reception_day_is_announced_ahead_and_lists_only_public_information()
    {
        var reception = Schedule(D(2014, 11, 5));

        Assert.True(reception.IsUpcoming(Clock.Today));
        Assert.Equal(new PublicReceptionListing("张书记", D(2014, 11, 5), new TimeOnly(9, 0), new TimeOnly(11, 30), "局信访接待室", "定点接访"),
            reception.ToPublicListing("张书记"));
    }

    [Fact]
    public void A_reception_day_cannot_be_scheduled_in_the_past()
    {
        var error = Assert.Throws<DomainException>(() => Schedule(D(2014, 10, 31)));
        Assert.Equal("接访日期不能早于今天，须提前公布", error.Message);
    }

    [Fact]
    public void A_cancelled_reception_day_is_no_longer_listed()
    {
        var reception = Schedule(D(2014, 11, 5));

        reception.Cancel("领导外出开会", ActorBuilder.Coordinator(UnitId), Tree());

        Assert.False(reception.IsUpcoming(Clock.Today));
    }

    [Fact]
    public void The_end_time_must_follow_the_start_time() =>
        Assert.Throws<DomainException>(() =>
            ScheduledReception.Schedule(10, UnitId, D(2014, 11, 5), new TimeOnly(11, 0), new TimeOnly(9, 0), "接待室", ReceptionForm.Public,
                ActorBuilder.Office(), Tree(), Clock));
}

public class SecondmentTests
{
    private static Secondment Start(SecondmentKind kind, DateOnly start, DateOnly end) =>
        Secondment.Start(10, UnitId, null, "句容市下蜀镇", kind, start, end, "刘镇长", ActorBuilder.Coordinator(UnitId), Tree());

    [Theory]
    [InlineData(SecondmentKind.ReserveCadre, 2015, 2, 28, true)]  // exactly one year
    [InlineData(SecondmentKind.ReserveCadre, 2016, 2, 29, true)]  // exactly two years
    [InlineData(SecondmentKind.ReserveCadre, 2015, 2, 27, false)]
    [InlineData(SecondmentKind.ReserveCadre, 2016, 3, 1, false)]
    [InlineData(SecondmentKind.NewCivilServant, 2015, 2, 28, true)]
    [InlineData(SecondmentKind.NewCivilServant, 2017, 2, 28, true)] // no upper limit
    [InlineData(SecondmentKind.NewCivilServant, 2015, 2, 27, false)]
    public void The_length_follows_seed_003(SecondmentKind kind, int y, int m, int d, bool valid)
    {
        var start = D(2014, 3, 1);

        if (valid)
        {
            Assert.Equal(D(y, m, d), Start(kind, start, D(y, m, d)).EndDate);
        }
        else
        {
            Assert.Throws<DomainException>(() => Start(kind, start, D(y, m, d)));
        }
    }

    [Fact]
    public void The_end_review_is_allowed_only_from_the_last_day()
    {
        var secondment = Start(SecondmentKind.NewCivilServant, D(2014, 3, 1), D(2015, 2, 28));

        var error = Assert.Throws<DomainException>(() =>
            secondment.Review("表现优秀", ActorBuilder.Coordinator(UnitId), Tree(), Clocks.AtChina(2015, 2, 27, 23, 59)));
        Assert.Equal("挂职期满（2015-02-28）后才能进行期满考核", error.Message);
        Assert.True(secondment.IsAwaitingReview(D(2015, 2, 28)));

        secondment.Review("述职评议优秀", ActorBuilder.Coordinator(UnitId), Tree(), Clocks.AtChina(2015, 2, 28));
        Assert.True(secondment.IsReviewed);
        Assert.False(secondment.IsAwaitingReview(D(2015, 3, 1)));
    }

    [Fact]
    public void A_secondment_needs_a_mentor() =>
        Assert.Throws<DomainException>(() =>
            Secondment.Start(10, UnitId, null, "下蜀镇", SecondmentKind.ReserveCadre, D(2014, 3, 1), D(2015, 2, 28), "", ActorBuilder.Office(), Tree()));
}
