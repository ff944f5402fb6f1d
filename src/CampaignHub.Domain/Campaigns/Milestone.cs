using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>
/// A dated requirement inside a phase (时间节点, e.g. "4月5日前") that every participating unit must meet.
/// Part of the <see cref="Campaign"/> aggregate; each unit's completion is a <see cref="MilestoneCompletion"/>.
/// </summary>
public sealed class Milestone : Entity
{
    private Milestone()
    {
        Title = string.Empty;
    }

    internal Milestone(Phase phase, string title, string? description, DateOnly dueDate)
    {
        Phase = phase;
        PhaseId = phase.Id;
        Title = Guard.Required(title, "节点名称", 100);
        Description = Guard.Optional(description, "节点说明", 1000);
        DueDate = dueDate;
    }

    public int CampaignId { get; private set; }

    public int PhaseId { get; private set; }

    public Phase Phase { get; private set; } = null!;

    public string Title { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The last day on which meeting it is on time (inclusive, China time).</summary>
    public DateOnly DueDate { get; private set; }

    internal void Reschedule(DateOnly dueDate) => DueDate = dueDate;
}
