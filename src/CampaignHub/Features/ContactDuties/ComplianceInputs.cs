using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.ContactDuties;

/// <summary>
/// Everything the compliance engine needs for one year, read in one go: people (with their quota
/// roles and party-representative terms), the active rules and the activity spans touching the year.
/// </summary>
internal sealed class ComplianceInputs
{
    private ComplianceInputs(
        IReadOnlyDictionary<int, string> unitNames,
        IReadOnlyDictionary<int, Person> people,
        IReadOnlyList<ComplianceSubject> subjects,
        IReadOnlyList<QuotaRule> rules,
        IReadOnlyList<DutySpan> spans,
        int year,
        DateOnly today)
    {
        UnitNames = unitNames;
        People = people;
        Subjects = subjects;
        Rules = rules;
        Spans = spans;
        Year = year;
        Today = today;
    }

    public IReadOnlyDictionary<int, string> UnitNames { get; }

    public IReadOnlyDictionary<int, Person> People { get; }

    public IReadOnlyList<ComplianceSubject> Subjects { get; }

    public IReadOnlyList<QuotaRule> Rules { get; }

    public IReadOnlyList<DutySpan> Spans { get; }

    public int Year { get; }

    public DateOnly Today { get; }

    public static async Task<ComplianceInputs> LoadAsync(CampaignHubDbContext db, int year, DateOnly today, int? unitId, CancellationToken cancellationToken)
    {
        var yearRange = ComplianceEngine.YearRange(year);
        var unitNames = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
        var peopleQuery = db.Set<Person>().AsNoTracking();
        var repsQuery = db.Set<PartyRepresentative>().AsNoTracking();
        var spansQuery = db.Set<ContactActivity>().AsNoTracking().Where(a => a.EndDate >= yearRange.Start && a.StartDate <= yearRange.End);
        if (unitId is { } only)
        {
            peopleQuery = peopleQuery.Where(p => p.UnitId == only);
            repsQuery = repsQuery.Where(r => r.UnitId == only);
            spansQuery = spansQuery.Where(a => a.UnitId == only);
        }

        var people = await peopleQuery.ToListAsync(cancellationToken);
        var reps = await repsQuery.ToListAsync(cancellationToken);
        var rules = await db.Set<QuotaRule>().AsNoTracking().Where(r => r.IsActive).ToListAsync(cancellationToken);
        var spans = await spansQuery
            .Select(a => new DutySpan(a.PersonId, a.DutyType, a.StartDate, a.EndDate))
            .ToListAsync(cancellationToken);
        var subjects = people
            .Select(p => ComplianceSubject.ForPerson(p, reps))
            .Where(s => s.Tenures.Count > 0)
            .ToList();
        return new ComplianceInputs(unitNames, people.ToDictionary(p => p.Id), subjects, rules, spans, year, today);
    }

    public IReadOnlyList<PersonCompliance> Evaluate(IEnumerable<ComplianceSubject> subjects)
    {
        var byPerson = Spans.ToLookup(s => s.PersonId);
        return subjects
            .Select(s => ComplianceEngine.Evaluate(s, Rules, byPerson[s.PersonId], Year, Today))
            .Where(c => c.Rules.Count > 0)
            .ToList();
    }

    public string UnitName(int unitId) => UnitNames.GetValueOrDefault(unitId, "（未知单位）");

    public PersonStatusDto Row(PersonCompliance card)
    {
        var person = People[card.Subject.PersonId];
        var green = card.Rules.Count(r => r.Status.Colour() == "green");
        return new PersonStatusDto(
            person.Id,
            person.Name,
            person.Title,
            person.UnitId,
            UnitName(person.UnitId),
            QuotaRolesText(card.Subject),
            card.WorstStatus,
            card.Score,
            green,
            card.CountOf(ComplianceStatus.BehindPace),
            card.CountOf(ComplianceStatus.Missed),
            card.Rules.Select(r => r.DutyType).Distinct().ToDictionary(d => d, d => card.WorstFor(d)!.Value));
    }

    public UnitStatusDto UnitRow(UnitComplianceTable table) => new(
        table.UnitId,
        UnitName(table.UnitId),
        table.Score,
        table.WorstStatus,
        table.Rows.Count(r => r.WorstStatus.Colour() == "green"),
        table.Rows.Count(r => r.WorstStatus == ComplianceStatus.BehindPace),
        table.Rows.Count(r => r.WorstStatus == ComplianceStatus.Missed));

    public IReadOnlyList<UnitComplianceTable> UnitTables()
    {
        var cards = Evaluate(Subjects).ToLookup(c => c.Subject.UnitId);
        return cards.Select(g => new UnitComplianceTable(g.Key, Year, g.ToList())).ToList();
    }

    public static string QuotaRolesText(ComplianceSubject subject) =>
        string.Join("、", subject.Tenures.Select(t => t.Role).Distinct().Order().Select(r => r.ToChinese()));
}
