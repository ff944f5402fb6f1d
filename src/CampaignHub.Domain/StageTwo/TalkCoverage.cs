namespace CampaignHub.Domain.StageTwo;

/// <summary>A person as coverage and pages see them.</summary>
public sealed record TeamPerson(int Id, string Name);

/// <summary>A member of the team oversees (分管) a department whose head they must talk to.</summary>
public sealed record Oversight(TeamPerson Member, TeamPerson DepartmentHead);

/// <summary>A leadership team as the talk rule reads it: the principal leader, the other members, and whom each oversees.</summary>
public sealed record TeamRoster(TeamPerson? Principal, IReadOnlyList<TeamPerson> Members, IReadOnlyList<Oversight> Oversights);

/// <summary>Why a pair must talk.</summary>
public enum RequiredPairKind
{
    /// <summary>主要负责同志与班子成员.</summary>
    PrincipalWithMember = 0,

    /// <summary>班子成员之间.</summary>
    MemberWithMember = 1,

    /// <summary>班子成员与分管部门负责同志.</summary>
    MemberWithDepartmentHead = 2,
}

public static class RequiredPairKindNames
{
    public static string ToChinese(this RequiredPairKind kind) => kind switch
    {
        RequiredPairKind.PrincipalWithMember => "主要负责同志与班子成员",
        RequiredPairKind.MemberWithMember => "班子成员之间",
        RequiredPairKind.MemberWithDepartmentHead => "班子成员与分管部门负责同志",
        _ => kind.ToString(),
    };
}

/// <summary>One pair that must talk (必谈), and whether they have.</summary>
public sealed record RequiredPair(TeamPerson First, TeamPerson Second, RequiredPairKind Kind, bool Talked)
{
    public string Label => $"{First.Name}—{Second.Name}";
}

/// <summary>The coverage of a team's required talks.</summary>
public sealed record TalkCoverageResult(bool HasPrincipal, IReadOnlyList<RequiredPair> Required)
{
    public IReadOnlyList<RequiredPair> Missing => Required.Where(p => !p.Talked).ToList();

    /// <summary>Complete only for a team with a principal leader whose every required pair has talked.</summary>
    public bool IsComplete => HasPrincipal && Required.All(p => p.Talked);

    /// <summary>What is missing, in Chinese, or null when complete.</summary>
    public string? WhatIsMissing()
    {
        if (!HasPrincipal)
        {
            return "班子未登记主要负责同志，无法确定必谈对象";
        }

        var missing = Missing;
        return missing.Count == 0 ? null : $"以下必谈对象尚未谈心谈话：{string.Join("、", missing.Select(p => p.Label))}";
    }
}

/// <summary>
/// The required talks of a leadership team (必谈): the principal leader with each member, the members with each
/// other, and each member with the heads of the departments they oversee. Pure: the talks held decide the coverage.
/// </summary>
public static class TalkCoverage
{
    public static TalkCoverageResult Compute(TeamRoster roster, IEnumerable<TalkPair> talksHeld)
    {
        var held = talksHeld.ToList();
        bool Talked(TeamPerson a, TeamPerson b) => held.Any(t => t.Is(a.Id, b.Id));
        var members = roster.Members.Where(m => m.Id != roster.Principal?.Id).DistinctBy(m => m.Id).ToList();
        var required = new List<RequiredPair>();
        if (roster.Principal is { } principal)
        {
            required.AddRange(members.Select(m => new RequiredPair(principal, m, RequiredPairKind.PrincipalWithMember, Talked(principal, m))));
        }

        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                required.Add(new RequiredPair(members[i], members[j], RequiredPairKind.MemberWithMember, Talked(members[i], members[j])));
            }
        }

        foreach (var oversight in roster.Oversights.DistinctBy(o => (o.Member.Id, o.DepartmentHead.Id)))
        {
            if (oversight.Member.Id != oversight.DepartmentHead.Id
                && !required.Any(p => new TalkPair(p.First.Id, p.Second.Id).Is(oversight.Member.Id, oversight.DepartmentHead.Id)))
            {
                required.Add(new RequiredPair(oversight.Member, oversight.DepartmentHead, RequiredPairKind.MemberWithDepartmentHead, Talked(oversight.Member, oversight.DepartmentHead)));
            }
        }

        return new TalkCoverageResult(roster.Principal is not null, required);
    }
}
