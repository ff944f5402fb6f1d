using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>Test data for contact duties: people under quota, activity spans, the seed-003 rules.</summary>
public static class ContactDutyBuilders
{
    public const int UnitId = 2;
    public const int OtherUnitId = 3;

    /// <summary>1 district → 2 health bureau, 3 hospital.</summary>
    public static UnitTree Tree() => new([(1, null), (UnitId, 1), (OtherUnitId, 1)]);

    public static IReadOnlyList<QuotaRule> Rules() => QuotaRule.DefaultRules();

    public static ComplianceSubject MainLeader(int personId = 10, DateOnly? joinedOn = null, DateOnly? leftOn = null) =>
        new(personId, "张书记", UnitId, [new RoleTenure(QuotaRole.MainLeader, joinedOn, leftOn)]);

    public static ComplianceSubject OtherLeader(int personId = 11, DateOnly? joinedOn = null, DateOnly? leftOn = null, string name = "李局长") =>
        new(personId, name, UnitId, [new RoleTenure(QuotaRole.OtherLeader, joinedOn, leftOn)]);

    public static DutySpan Stay(int personId, DateOnly start, int days) =>
        new(personId, DutyType.ResearchStay, start, start.AddDays(days - 1));

    public static DutySpan On(int personId, DutyType type, DateOnly day) => new(personId, type, day, day);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static RuleCompliance Rule(PersonCompliance card, DutyType type, QuotaPeriod? period = null, bool stay = false) =>
        card.Rules.Single(r => r.DutyType == type && (period is null || r.Period == period) &&
            (type != DutyType.ResearchStay || (r.Measure == QuotaMeasure.Count) == stay));
}
