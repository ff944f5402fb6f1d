namespace CampaignHub.Domain.ContactDuties;

/// <summary>A unit's compliance table for a year: one row per person, pivotable by duty.</summary>
public sealed record UnitComplianceTable(int UnitId, int Year, IReadOnlyList<PersonCompliance> Rows)
{
    /// <summary>The duties that apply to anyone in the table, in enum order: the table's columns.</summary>
    public IReadOnlyList<DutyType> DutyTypes => Rows.SelectMany(r => r.Rules).Select(r => r.DutyType).Distinct().Order().ToList();

    public ComplianceStatus WorstStatus => Rows.Count == 0 ? ComplianceStatus.Met : Rows.Max(r => r.WorstStatus);

    /// <summary>Mean of the people's scores; 100 for a unit with no one under quota.</summary>
    public decimal Score => Rows.Count == 0 ? 100m : Math.Round(Rows.Average(r => r.Score), 1, MidpointRounding.AwayFromZero);

    /// <summary>How many rule rows are in each status, across the unit.</summary>
    public int CountOf(ComplianceStatus status) => Rows.Sum(r => r.CountOf(status));
}

/// <summary>Roll-ups and orderings for the unit table, the office view and the wall.</summary>
public static class ComplianceRollup
{
    public static UnitComplianceTable ForUnit(int unitId, IEnumerable<ComplianceSubject> people, IEnumerable<QuotaRule> rules, IEnumerable<DutySpan> activities, int year, DateOnly today)
    {
        var ruleList = rules.ToList();
        var byPerson = activities.ToLookup(a => a.PersonId);
        var rows = people
            .Where(p => p.UnitId == unitId)
            .Select(p => ComplianceEngine.Evaluate(p, ruleList, byPerson[p.PersonId], year, today))
            .Where(p => p.Rules.Count > 0)
            .ToList();
        return new UnitComplianceTable(unitId, year, rows);
    }

    /// <summary>Worst compliance first: lowest score, then most red, then most yellow, then by name.</summary>
    public static IReadOnlyList<PersonCompliance> WorstFirst(IEnumerable<PersonCompliance> people) =>
        people
            .OrderBy(p => p.Score)
            .ThenByDescending(p => p.CountOf(ComplianceStatus.Missed))
            .ThenByDescending(p => p.CountOf(ComplianceStatus.BehindPace))
            .ThenBy(p => p.Subject.Name, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<UnitComplianceTable> WorstFirst(IEnumerable<UnitComplianceTable> units) =>
        units
            .OrderBy(u => u.Score)
            .ThenByDescending(u => u.CountOf(ComplianceStatus.Missed))
            .ThenBy(u => u.UnitId)
            .ToList();
}
