using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Tests.Builders;
using CampaignHub.Domain.Units;
using static CampaignHub.Domain.Tests.Builders.ContactDutyBuilders;

namespace CampaignHub.Domain.Tests.ContactDuties;

public class ComplianceEngineTests
{
    private const int Main = 10;
    private const int Other = 11;

    private static PersonCompliance Card(ComplianceSubject subject, DateOnly today, params DutySpan[] activities) =>
        ComplianceEngine.Evaluate(subject, Rules(), activities, 2014, today);

    // ---- multi-day stays, counted in days ----

    [Fact]
    public void A_multi_day_stay_counts_every_day_both_ends_included()
    {
        var card = Card(MainLeader(Main), D(2014, 4, 1), Stay(Main, D(2014, 3, 3), 7));

        Assert.Equal(7, Rule(card, DutyType.ResearchStay).Actual);
    }

    [Fact]
    public void Overlapping_stay_records_are_not_counted_twice()
    {
        var card = Card(MainLeader(Main), D(2014, 4, 1), Stay(Main, D(2014, 3, 3), 7), Stay(Main, D(2014, 3, 8), 3));

        Assert.Equal(8, Rule(card, DutyType.ResearchStay).Actual); // 3–10 March
    }

    [Fact]
    public void Two_months_of_stays_meet_the_main_leaders_yearly_days_before_the_year_ends()
    {
        var card = Card(MainLeader(Main), D(2014, 7, 1), Stay(Main, D(2014, 3, 1), 31), Stay(Main, D(2014, 5, 1), 29));

        var days = Rule(card, DutyType.ResearchStay);
        Assert.Equal((60, 60), (days.Expected, days.Actual));
        Assert.Equal(ComplianceStatus.Met, days.Status);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(7, true)]
    [InlineData(10, true)] // a longer stay contains the 5–7 days the seed asks for
    public void The_concentrated_stay_needs_one_single_stay_of_at_least_five_days(int days, bool met)
    {
        var card = Card(MainLeader(Main), D(2015, 1, 5), Stay(Main, D(2014, 9, 1), days));

        var stay = Rule(card, DutyType.ResearchStay, stay: true);
        Assert.Equal(met ? ComplianceStatus.Met : ComplianceStatus.Missed, stay.Status);
    }

    [Fact]
    public void Short_stays_back_to_back_do_not_make_a_concentrated_stay()
    {
        var card = Card(MainLeader(Main), D(2015, 1, 5), Stay(Main, D(2014, 9, 1), 3), Stay(Main, D(2014, 9, 4), 3));

        Assert.Equal(6, Rule(card, DutyType.ResearchStay).Actual);
        Assert.Equal(0, Rule(card, DutyType.ResearchStay, stay: true).Actual);
    }

    [Fact]
    public void Other_leaders_have_no_concentrated_stay_rule()
    {
        var card = Card(OtherLeader(Other), D(2014, 6, 1));

        Assert.Single(card.For(DutyType.ResearchStay));
        Assert.Equal(30, Rule(card, DutyType.ResearchStay).Expected);
    }

    // ---- half-month and month periods ----

    [Fact]
    public void A_year_has_24_half_months_split_on_the_15th()
    {
        var halves = ComplianceEngine.PeriodsOf(QuotaPeriod.HalfMonth, 2014);

        Assert.Equal(24, halves.Count);
        Assert.Equal(new DateRange(D(2014, 1, 1), D(2014, 1, 15)), halves[0]);
        Assert.Equal(new DateRange(D(2014, 1, 16), D(2014, 1, 31)), halves[1]);
        Assert.Equal(new DateRange(D(2014, 2, 16), D(2014, 2, 28)), halves[3]);
        Assert.Equal(D(2016, 2, 29), ComplianceEngine.PeriodsOf(QuotaPeriod.HalfMonth, 2016)[3].End);
        Assert.Equal(12, ComplianceEngine.PeriodsOf(QuotaPeriod.Month, 2014).Count);
    }

    [Fact]
    public void An_other_leader_with_a_reception_day_in_each_elapsed_half_month_is_on_track()
    {
        var card = Card(OtherLeader(Other), D(2014, 2, 1),
            On(Other, DutyType.ReceptionDay, D(2014, 1, 15)), On(Other, DutyType.ReceptionDay, D(2014, 1, 16)));

        var reception = Rule(card, DutyType.ReceptionDay);
        Assert.Equal((24, 2, 2), (reception.Expected, reception.ExpectedByNow, reception.Actual));
        Assert.Equal(ComplianceStatus.OnTrack, reception.Status);
    }

    [Fact]
    public void A_half_month_without_a_reception_day_puts_the_other_leader_behind_pace()
    {
        var card = Card(OtherLeader(Other), D(2014, 2, 1), On(Other, DutyType.ReceptionDay, D(2014, 1, 10)));

        var reception = Rule(card, DutyType.ReceptionDay);
        Assert.Equal(ComplianceStatus.BehindPace, reception.Status);
        Assert.Equal([PeriodState.Met, PeriodState.Missed, PeriodState.Open], reception.Periods.Take(3).Select(p => p.State));
    }

    [Fact]
    public void A_two_day_reception_across_the_15th_covers_both_half_months()
    {
        var reception = new DutySpan(Other, DutyType.ReceptionDay, D(2014, 1, 15), D(2014, 1, 16));

        var card = Card(OtherLeader(Other), D(2014, 2, 1), reception);

        Assert.Equal(2, Rule(card, DutyType.ReceptionDay).Actual);
    }

    [Fact]
    public void The_main_leader_owes_one_reception_day_a_month_not_every_half_month()
    {
        var card = Card(MainLeader(Main), D(2014, 3, 1),
            On(Main, DutyType.ReceptionDay, D(2014, 1, 28)), On(Main, DutyType.ReceptionDay, D(2014, 2, 3)));

        var reception = Rule(card, DutyType.ReceptionDay);
        Assert.Equal((12, 2, 2), (reception.Expected, reception.ExpectedByNow, reception.Actual));
        Assert.Equal(ComplianceStatus.OnTrack, reception.Status);
    }

    [Fact]
    public void Every_month_met_is_green_and_one_missed_month_is_red_once_the_year_is_over()
    {
        var allMonths = Enumerable.Range(1, 12).Select(m => On(Main, DutyType.ReceptionDay, D(2014, m, 5))).ToArray();
        var withoutJune = allMonths.Where(a => a.StartDate.Month != 6).ToArray();

        Assert.Equal(ComplianceStatus.Met, Rule(Card(MainLeader(Main), D(2015, 1, 2), allMonths), DutyType.ReceptionDay).Status);
        Assert.Equal(ComplianceStatus.BehindPace, Rule(Card(MainLeader(Main), D(2014, 7, 1), withoutJune), DutyType.ReceptionDay).Status);
        Assert.Equal(ComplianceStatus.Missed, Rule(Card(MainLeader(Main), D(2015, 1, 2), withoutJune), DutyType.ReceptionDay).Status);
    }

    // ---- joining or leaving mid-year ----

    [Fact]
    public void A_main_leader_who_joins_on_1_July_owes_half_the_yearly_quotas()
    {
        var card = Card(MainLeader(Main, joinedOn: D(2014, 7, 1)), D(2014, 7, 2));

        Assert.Equal(30, Rule(card, DutyType.ResearchStay).Expected);        // 60 × 184/365 = 30.2
        Assert.Equal(1, Rule(card, DutyType.ContactPointVisit).Expected);    // 2 × 184/365 = 1.01
        Assert.Equal(2, Rule(card, DutyType.CaseCarryingVisit).Expected);    // 4 × 184/365 = 2.02
        Assert.Equal(1, Rule(card, DutyType.ResearchReport).Expected);       // 1 × 184/365 = 0.50, rounded half up
        Assert.Equal(6, Rule(card, DutyType.ReceptionDay).Expected);         // July–December
        Assert.Equal(0, Rule(card, DutyType.ReceptionDay).ExpectedByNow);
    }

    [Fact]
    public void A_leader_who_leaves_mid_year_is_judged_on_the_time_in_post_and_is_red_when_short()
    {
        var leaver = MainLeader(Main, leftOn: D(2014, 3, 31)); // 90 days: 60 × 90/365 = 14.8 → 15

        var enough = Rule(Card(leaver, D(2014, 6, 1), Stay(Main, D(2014, 2, 10), 15)), DutyType.ResearchStay);
        var tooShort = Rule(Card(leaver, D(2014, 6, 1), Stay(Main, D(2014, 2, 10), 10)), DutyType.ResearchStay);

        Assert.Equal(15, enough.Expected);
        Assert.Equal(ComplianceStatus.Met, enough.Status);
        Assert.Equal(ComplianceStatus.Missed, tooShort.Status); // the tenure is over, though the year is not
    }

    [Theory]
    [InlineData(20, 23)] // in post 12 of the 16 days of 16–31 January: that half-month is owed
    [InlineData(25, 22)] // in post 7 of 16 days: not owed
    public void A_half_month_is_owed_when_the_person_held_the_post_for_at_least_half_of_it(int joinedDay, int owed)
    {
        var card = Card(OtherLeader(Other, joinedOn: D(2014, 1, joinedDay)), D(2014, 1, 26));

        Assert.Equal(owed, Rule(card, DutyType.ReceptionDay).Expected);
    }

    [Fact]
    public void A_leaver_cannot_make_up_the_half_month_they_left_in()
    {
        var leaver = OtherLeader(Other, leftOn: D(2014, 6, 10));
        var receptions = ComplianceEngine.PeriodsOf(QuotaPeriod.HalfMonth, 2014).Take(10)
            .Select(p => On(Other, DutyType.ReceptionDay, p.Start)).ToArray();

        var reception = Rule(Card(leaver, D(2014, 6, 12), receptions), DutyType.ReceptionDay);

        Assert.Equal((11, 10), (reception.Expected, reception.Actual));
        Assert.Equal(PeriodState.Missed, reception.Periods[10].State);
        Assert.Equal(ComplianceStatus.Missed, reception.Status);
    }

    [Fact]
    public void Someone_not_in_post_during_the_year_has_no_quotas_for_it()
    {
        var card = Card(OtherLeader(Other, leftOn: D(2013, 12, 31)), D(2014, 6, 1));

        Assert.Empty(card.Rules);
    }

    // ---- year boundaries in China Standard Time ----

    [Fact]
    public void A_stay_over_new_year_gives_its_days_to_each_year()
    {
        var stay = Stay(Main, D(2014, 12, 29), 6); // 29 Dec – 3 Jan

        var days2014 = ComplianceEngine.Evaluate(MainLeader(Main), Rules(), [stay], 2014, D(2015, 1, 5));
        var days2015 = ComplianceEngine.Evaluate(MainLeader(Main), Rules(), [stay], 2015, D(2015, 1, 5));

        Assert.Equal(3, Rule(days2014, DutyType.ResearchStay).Actual);
        Assert.Equal(3, Rule(days2015, DutyType.ResearchStay).Actual);
        Assert.Equal(1, Rule(days2014, DutyType.ResearchStay, stay: true).Actual); // counted in the year it began
        Assert.Equal(0, Rule(days2015, DutyType.ResearchStay, stay: true).Actual);
    }

    [Fact]
    public void An_activity_late_on_31_December_China_time_belongs_to_that_year()
    {
        var lateEvening = ChinaTime.DateOf(new DateTimeOffset(2014, 12, 31, 23, 30, 0, ChinaTime.Offset));
        var earlyNewYear = ChinaTime.DateOf(new DateTimeOffset(2014, 12, 31, 23, 30, 0, TimeSpan.Zero)); // 07:30 on 1 Jan in Beijing

        var card = Card(OtherLeader(Other), D(2015, 1, 5),
            On(Other, DutyType.HeartToHeartTalk, lateEvening), On(Other, DutyType.HeartToHeartTalk, earlyNewYear));

        Assert.Equal(D(2015, 1, 1), earlyNewYear);
        Assert.Equal(1, Rule(card, DutyType.HeartToHeartTalk).Actual);
    }

    [Fact]
    public void The_year_is_over_at_China_midnight_even_while_UTC_is_still_on_31_December()
    {
        var talk = On(Other, DutyType.HeartToHeartTalk, D(2014, 5, 1));
        var beforeMidnight = Clocks.AtChina(2014, 12, 31, 23, 59);
        var afterMidnight = new FixedClock(new DateTimeOffset(2014, 12, 31, 17, 0, 0, TimeSpan.Zero)); // 01:00 1 Jan in Beijing

        Assert.Equal(ComplianceStatus.BehindPace, Rule(Card(OtherLeader(Other), beforeMidnight.Today, talk), DutyType.HeartToHeartTalk).Status);
        Assert.Equal(ComplianceStatus.Missed, Rule(Card(OtherLeader(Other), afterMidnight.Today, talk), DutyType.HeartToHeartTalk).Status);
    }

    // ---- status colours ----

    [Theory]
    [InlineData(2014, 2, 1, 0, ComplianceStatus.OnTrack, "green")]    // 2 × 32/365 = 0.18 → nothing due yet
    [InlineData(2014, 4, 15, 0, ComplianceStatus.BehindPace, "yellow")] // 2 × 105/365 = 0.58 → one visit due
    [InlineData(2014, 4, 15, 1, ComplianceStatus.OnTrack, "green")]
    [InlineData(2014, 4, 15, 2, ComplianceStatus.Met, "green")]
    [InlineData(2015, 1, 1, 1, ComplianceStatus.Missed, "red")]
    public void Contact_point_visits_are_coloured_by_pace(int y, int m, int d, int visits, ComplianceStatus expected, string colour)
    {
        var activities = Enumerable.Range(0, visits).Select(i => On(Other, DutyType.ContactPointVisit, D(2014, 1, 10 + i))).ToArray();

        var rule = Rule(Card(OtherLeader(Other), D(y, m, d), activities), DutyType.ContactPointVisit);

        Assert.Equal(expected, rule.Status);
        Assert.Equal(colour, rule.Status.Colour());
    }

    [Fact]
    public void A_year_not_yet_begun_is_on_track()
    {
        var card = ComplianceEngine.Evaluate(OtherLeader(Other), Rules(), [], 2015, D(2014, 12, 1));

        Assert.All(card.Rules, r => Assert.Equal(ComplianceStatus.OnTrack, r.Status));
        Assert.Equal(100m, card.Score);
    }

    // ---- roles ----

    [Fact]
    public void A_leader_who_is_also_a_unit_party_representative_carries_both_sets_of_quotas()
    {
        var unit = new Unit("镇江市卫生局", UnitKind.Agency);
        var person = unit.AddPerson("王院长", "副局长", PersonRole.OtherLeader, D(2010, 1, 1));
        var mandate = PartyRepresentative.Appoint(person.Id, UnitId, QuotaRole.UnitPartyRepresentative, D(2014, 1, 1), null, ActorBuilder.Office(), Tree());

        var card = ComplianceEngine.Evaluate(ComplianceSubject.ForPerson(person, [mandate]), Rules(), [], 2014, D(2014, 3, 1));

        Assert.Equal(6, Rule(card, DutyType.PartyRepStudioActivity).Expected);
        Assert.Equal(30, Rule(card, DutyType.ResearchStay).Expected);
    }

    [Fact]
    public void A_coordinator_carries_no_quota()
    {
        var unit = new Unit("镇江市卫生局", UnitKind.Agency);
        var coordinator = unit.AddPerson("赵干事", null, PersonRole.Coordinator);

        var card = ComplianceEngine.Evaluate(ComplianceSubject.ForPerson(coordinator), Rules(), [], 2014, D(2014, 3, 1));

        Assert.Empty(card.Rules);
    }

    [Fact]
    public void A_deactivated_rule_is_not_checked()
    {
        var rules = Rules();
        rules.Single(r => r.Role == QuotaRole.OtherLeader && r.DutyType == DutyType.HeartToHeartTalk).Deactivate(Actor.System);

        var card = ComplianceEngine.Evaluate(OtherLeader(Other), rules, [], 2014, D(2014, 3, 1));

        Assert.Empty(card.For(DutyType.HeartToHeartTalk));
    }
}
