using CampaignHub.Domain.ContactDuties;
using static CampaignHub.Domain.Tests.Builders.ContactDutyBuilders;

namespace CampaignHub.Domain.Tests.ContactDuties;

public class ComplianceRollupTests
{
    private static readonly DateOnly Today = D(2014, 12, 31);

    private static DutySpan[] EverythingFor(int personId)
    {
        var activities = new List<DutySpan> { Stay(personId, D(2014, 3, 1), 31) };
        foreach (var type in new[] { DutyType.ResearchReport, DutyType.ContactPointVisit, DutyType.ContactPointVisit, DutyType.HardshipFamilyVisit, DutyType.PracticalMatter, DutyType.HeartToHeartTalk, DutyType.HeartToHeartTalk })
        {
            activities.Add(On(personId, type, D(2014, 6, 1)));
        }

        activities.AddRange(Enumerable.Range(0, 4).Select(i => On(personId, DutyType.CaseCarryingVisit, D(2014, 7, 1 + i))));
        activities.AddRange(ComplianceEngine.PeriodsOf(QuotaPeriod.HalfMonth, 2014).Select(p => On(personId, DutyType.ReceptionDay, p.Start)));
        return [.. activities];
    }

    [Fact]
    public void A_unit_table_has_a_row_per_person_under_quota_in_that_unit()
    {
        ComplianceSubject[] people =
        [
            OtherLeader(11, name: "甲"),
            OtherLeader(12, name: "乙"),
            new(13, "联络员", UnitId, []),
            new(14, "别的单位", OtherUnitId, [new RoleTenure(QuotaRole.OtherLeader, null, null)]),
        ];

        var table = ComplianceRollup.ForUnit(UnitId, people, Rules(), EverythingFor(11), 2014, Today);

        Assert.Equal([11, 12], table.Rows.Select(r => r.Subject.PersonId));
        Assert.Equal(ComplianceStatus.BehindPace, table.WorstStatus);
        Assert.Contains(DutyType.ReceptionDay, table.DutyTypes);
        Assert.Equal(ComplianceStatus.Met, table.Rows[0].WorstStatus);
        Assert.Equal(100m, table.Rows[0].Score);
        Assert.Equal(ComplianceStatus.BehindPace, table.Rows[1].WorstFor(DutyType.ReceptionDay));
    }

    [Fact]
    public void Sorting_by_worst_compliance_puts_the_lowest_score_first()
    {
        var rules = Rules();
        var activities = EverythingFor(11).Concat(EverythingFor(12).Where(a => a.DutyType != DutyType.ReceptionDay)).ToArray();
        var full = ComplianceEngine.Evaluate(OtherLeader(11, name: "甲"), rules, activities, 2014, Today);
        var noReception = ComplianceEngine.Evaluate(OtherLeader(12, name: "乙"), rules, activities, 2014, Today);
        var nothing = ComplianceEngine.Evaluate(OtherLeader(13, name: "丙"), rules, activities, 2014, Today);

        var sorted = ComplianceRollup.WorstFirst([full, noReception, nothing]);

        Assert.Equal([13, 12, 11], sorted.Select(p => p.Subject.PersonId));
        Assert.True(nothing.Score < noReception.Score && noReception.Score < full.Score);
    }
}
