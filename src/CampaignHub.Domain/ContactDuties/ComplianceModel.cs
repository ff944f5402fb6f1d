using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>An activity as the compliance engine sees it: whose, which duty, which China days (inclusive).</summary>
public readonly record struct DutySpan(int PersonId, DutyType DutyType, DateOnly StartDate, DateOnly EndDate)
{
    public int Days => EndDate.DayNumber - StartDate.DayNumber + 1;
}

/// <summary>A quota role held from a day to a day (null: before the records / still holding it).</summary>
public sealed record RoleTenure(QuotaRole Role, DateOnly? From, DateOnly? To);

/// <summary>A person whose duties are checked, with the quota roles they hold and since when.</summary>
public sealed record ComplianceSubject(int PersonId, string Name, int UnitId, IReadOnlyList<RoleTenure> Tenures)
{
    /// <summary>
    /// A unit's person: their leader role for their time in post (JoinedOn–LeftOn), plus any
    /// party-representative terms. A coordinator with no terms carries no quota.
    /// </summary>
    public static ComplianceSubject ForPerson(Person person, IEnumerable<PartyRepresentative>? mandates = null)
    {
        var tenures = new List<RoleTenure>();
        if (person.Role.ToQuotaRole() is { } role)
        {
            tenures.Add(new RoleTenure(role, person.JoinedOn, person.LeftOn));
        }

        tenures.AddRange((mandates ?? []).Where(m => m.PersonId == person.Id).Select(m => m.Tenure));
        return new ComplianceSubject(person.Id, person.Name, person.UnitId, tenures);
    }
}

/// <summary>A person's standing on a quota. Ordered from best to worst.</summary>
public enum ComplianceStatus
{
    /// <summary>已达标 (green): the target for the whole period is reached.</summary>
    Met = 0,

    /// <summary>进度正常 (green): not yet reached, but on pace for the time elapsed.</summary>
    OnTrack = 1,

    /// <summary>进度滞后 (yellow): below the pace for the time elapsed; the year is not over.</summary>
    BehindPace = 2,

    /// <summary>未完成 (red): the period is over and the target was not met.</summary>
    Missed = 3,
}

public static class ComplianceStatusNames
{
    public static string ToChinese(this ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "已达标",
        ComplianceStatus.OnTrack => "进度正常",
        ComplianceStatus.BehindPace => "进度滞后",
        ComplianceStatus.Missed => "未完成",
        _ => status.ToString(),
    };

    /// <summary>The traffic-light colour: "green", "yellow" or "red".</summary>
    public static string Colour(this ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met or ComplianceStatus.OnTrack => "green",
        ComplianceStatus.BehindPace => "yellow",
        _ => "red",
    };
}

/// <summary>One month or half-month of a per-period quota.</summary>
public enum PeriodState
{
    /// <summary>Not owed: the person was in post for less than half of it.</summary>
    NotOwed = 0,

    /// <summary>Owed, not yet met, still running (or not begun).</summary>
    Open = 1,

    Met = 2,

    /// <summary>Owed, over, not met.</summary>
    Missed = 3,
}

public sealed record PeriodCompliance(DateOnly Start, DateOnly End, int Actual, PeriodState State);

/// <summary>
/// Expected versus actual for one rule in one year. For yearly rules the numbers are counts or
/// days; for monthly and half-monthly rules they are periods (owed, owed and over, met).
/// </summary>
public sealed record RuleCompliance(
    int RuleId,
    QuotaRole Role,
    DutyType DutyType,
    QuotaMeasure Measure,
    QuotaPeriod Period,
    string Description,
    string TargetText,
    int Expected,
    int ExpectedByNow,
    int Actual,
    ComplianceStatus Status,
    decimal Attainment,
    IReadOnlyList<PeriodCompliance> Periods)
{
    public bool CountsPeriods => Period != QuotaPeriod.Year;

    /// <summary>"天", "次" or "个周期", the unit of Expected/Actual.</summary>
    public string UnitText => CountsPeriods ? (Period == QuotaPeriod.Month ? "个月" : "个半月") : Measure.Unit();
}

/// <summary>A person's duty card for a year.</summary>
public sealed record PersonCompliance(ComplianceSubject Subject, int Year, IReadOnlyList<RuleCompliance> Rules)
{
    public ComplianceStatus WorstStatus => Rules.Count == 0 ? ComplianceStatus.Met : Rules.Max(r => r.Status);

    /// <summary>
    /// 0–100: the mean, over the person's rules, of what was done against what was due by now
    /// (capped at 100% per rule). Lower is worse; used to sort by worst compliance.
    /// </summary>
    public decimal Score => Rules.Count == 0 ? 100m : Math.Round(Rules.Average(r => r.Attainment) * 100m, 1, MidpointRounding.AwayFromZero);

    public int CountOf(ComplianceStatus status) => Rules.Count(r => r.Status == status);

    public IReadOnlyList<RuleCompliance> For(DutyType dutyType) => Rules.Where(r => r.DutyType == dutyType).ToList();

    /// <summary>The worst status among the person's rules for a duty; null when the duty does not apply.</summary>
    public ComplianceStatus? WorstFor(DutyType dutyType)
    {
        var rules = For(dutyType);
        return rules.Count == 0 ? null : rules.Max(r => r.Status);
    }
}
