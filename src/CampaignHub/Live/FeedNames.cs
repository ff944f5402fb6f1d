using CampaignHub.Data;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Live;

/// <summary>
/// The display names a save's change summaries begin with (a unit's, a person's). Aggregates hold ids, not names,
/// so the names are read before the save, when the ids they refer to are known and the store is free.
/// </summary>
public sealed class FeedNames
{
    public static readonly FeedNames None = new(new Dictionary<int, string>(), new Dictionary<int, string>());

    private readonly IReadOnlyDictionary<int, string> _units;
    private readonly IReadOnlyDictionary<int, string> _people;

    private FeedNames(IReadOnlyDictionary<int, string> units, IReadOnlyDictionary<int, string> people)
    {
        _units = units;
        _people = people;
    }

    public string Unit(int id) => _units.GetValueOrDefault(id, "?");

    public string Person(int id) => _people.GetValueOrDefault(id, "?");

    public static async ValueTask<FeedNames> LoadAsync(CampaignHubDbContext db, IEnumerable<NamesNeeded> needed, CancellationToken cancellationToken)
    {
        var list = needed.ToList();
        var unitIds = list.Where(n => n.UnitId is not null).Select(n => n.UnitId!.Value).Distinct().ToList();
        var personIds = list.Where(n => n.PersonId is not null).Select(n => n.PersonId!.Value).Distinct().ToList();
        if (unitIds.Count == 0 && personIds.Count == 0)
        {
            return None;
        }

        var units = unitIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.Set<Unit>().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken).ConfigureAwait(false);
        var people = personIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.Set<Person>().AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken).ConfigureAwait(false);
        return new FeedNames(units, people);
    }
}

/// <summary>Whose names an event's summary shows: a unit's, a person's, or none.</summary>
public readonly record struct NamesNeeded(int? UnitId = null, int? PersonId = null);
