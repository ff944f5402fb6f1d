using CampaignHub.Domain.Units;

namespace CampaignHub.Features.Organisation;

/// <summary>Tree order for listing and export: depth-first from the roots, siblings by display order then id.</summary>
public static class UnitTreeOrder
{
    public static List<Unit> Of(IReadOnlyCollection<Unit> units)
    {
        var children = units.ToLookup(u => u.ParentId);
        var ids = units.Select(u => u.Id).ToHashSet();
        var result = new List<Unit>(units.Count);
        void Visit(Unit unit)
        {
            result.Add(unit);
            foreach (var child in Sorted(children[unit.Id]))
            {
                Visit(child);
            }
        }

        foreach (var root in Sorted(units.Where(u => u.ParentId is null || !ids.Contains(u.ParentId.Value))))
        {
            Visit(root);
        }

        return result;
    }

    private static IEnumerable<Unit> Sorted(IEnumerable<Unit> units) => units.OrderBy(u => u.DisplayOrder).ThenBy(u => u.Id);
}
