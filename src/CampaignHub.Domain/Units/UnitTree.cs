using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Units;

/// <summary>
/// A read-only view of the unit tree built from (id, parent) pairs. Answers scope questions
/// ("is this unit inside that coordinator's subtree?") and guards against cycles.
/// </summary>
public sealed class UnitTree
{
    private readonly Dictionary<int, int?> _parentOf;
    private readonly ILookup<int?, int> _childrenOf;

    public UnitTree(IEnumerable<(int Id, int? ParentId)> units)
    {
        _parentOf = units.ToDictionary(u => u.Id, u => u.ParentId);
        _childrenOf = _parentOf.ToLookup(kv => kv.Value, kv => kv.Key);
        foreach (var id in _parentOf.Keys)
        {
            _ = Ancestors(id).ToList(); // throws on a cycle
        }
    }

    public bool Contains(int unitId) => _parentOf.ContainsKey(unitId);

    public int? ParentOf(int unitId) => _parentOf.TryGetValue(unitId, out var parent) ? parent : null;

    public IEnumerable<int> ChildrenOf(int? unitId) => _childrenOf[unitId];

    /// <summary>Ancestors from the parent up to the root.</summary>
    public IEnumerable<int> Ancestors(int unitId)
    {
        var seen = new HashSet<int> { unitId };
        var current = ParentOf(unitId);
        while (current is { } id)
        {
            if (!seen.Add(id))
            {
                throw new DomainException("单位层级出现循环");
            }

            yield return id;
            current = ParentOf(id);
        }
    }

    /// <summary>True when <paramref name="ancestorId"/> is <paramref name="unitId"/> or above it.</summary>
    public bool IsAncestorOrSelf(int ancestorId, int unitId) =>
        ancestorId == unitId || Ancestors(unitId).Contains(ancestorId);

    /// <summary>The unit and everything below it.</summary>
    public IReadOnlyList<int> SubtreeOf(int unitId)
    {
        var result = new List<int>();
        var stack = new Stack<int>();
        stack.Push(unitId);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            result.Add(id);
            foreach (var child in ChildrenOf(id))
            {
                stack.Push(child);
            }
        }

        return result;
    }

    public int Depth(int unitId) => Ancestors(unitId).Count();
}
