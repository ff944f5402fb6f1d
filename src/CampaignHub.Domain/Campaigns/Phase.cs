using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>An ordered, dated stage of a campaign (环节/阶段). Part of the <see cref="Campaign"/> aggregate.</summary>
public sealed class Phase : Entity
{
    private Phase()
    {
        Name = string.Empty;
    }

    internal Phase(string name, int order, DateOnly startDate, DateOnly endDate)
    {
        Name = Guard.Required(name, "环节名称", 100);
        Order = order;
        _ = new DateRange(startDate, endDate);
        StartDate = startDate;
        EndDate = endDate;
    }

    public int CampaignId { get; private set; }

    public string Name { get; private set; }

    public int Order { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public DateRange Period => new(StartDate, EndDate);

    /// <summary>Called by the campaign once it has checked the whole set-up.</summary>
    internal void Revise(string name, int order, DateOnly startDate, DateOnly endDate)
    {
        Name = Guard.Required(name, "环节名称", 100);
        Order = order;
        _ = new DateRange(startDate, endDate);
        StartDate = startDate;
        EndDate = endDate;
    }
}
