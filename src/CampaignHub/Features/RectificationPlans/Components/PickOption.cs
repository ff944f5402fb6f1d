namespace CampaignHub.Features.RectificationPlans.Components;

/// <summary>One choice of a pick list: a record's id and the title shown.</summary>
public sealed record PickOption(int Id, string Title);

/// <summary>What the file-plan dialog returns.</summary>
public sealed class PlanForm
{
    public int? UnitId { get; set; }

    public Domain.RectificationPlans.RectificationPlanKind? Kind { get; set; }

    public int? PersonId { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Problems { get; set; }
}

/// <summary>What the new-item dialog returns: the item's name and problem and its four haves.</summary>
public sealed class PlanItemForm
{
    public string? Title { get; set; }

    public string? Problem { get; set; }

    public string? Goal { get; set; }

    public string? Measures { get; set; }

    public string? ResponsiblePerson { get; set; }

    public DateOnly? Deadline { get; set; }

    public bool IsQuickFix { get; set; }
}
