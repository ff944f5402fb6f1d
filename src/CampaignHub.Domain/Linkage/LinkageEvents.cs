using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Linkage;

/// <summary>Something recorded about a unit's 双联动; the feed reads the campaign and unit from it.</summary>
public abstract record LinkageEvent(int CampaignId, int UnitId, string Summary) : IDomainEvent
{
    /// <summary>The record's id, read after the save.</summary>
    public abstract int EntityId { get; }
}

public sealed record UpperVisitRecorded(UpperDepartmentVisit Visit)
    : LinkageEvent(Visit.CampaignId, Visit.UnitId, $"{Visit.LeaderName}带队赴{Visit.DepartmentVisited}对接联动")
{
    public override int EntityId => Visit.Id;
}

public sealed record UpperVisitRevised(UpperDepartmentVisit Visit)
    : LinkageEvent(Visit.CampaignId, Visit.UnitId, $"修改赴{Visit.DepartmentVisited}对接联动登记")
{
    public override int EntityId => Visit.Id;
}

public sealed record GrassrootsVisitRecorded(GrassrootsVisit Visit)
    : LinkageEvent(Visit.CampaignId, Visit.UnitId, $"{Visit.LeaderName}点对点下基层（{Visit.Theme.ToChinese()}）：{Visit.GrassrootsUnitName}")
{
    public override int EntityId => Visit.Id;
}
