using CampaignHub.Domain.Plans;

namespace CampaignHub.Features.Plans;

/// <summary>
/// The field checks of a work item: the domain's own (<see cref="WorkItemDetails.Validate"/>) plus that
/// the phase, milestone and leader chosen belong to this campaign and unit. Used by the grid (messages
/// next to the field), the Excel import (by row and column) and the service (which refuses a crafted call).
/// </summary>
public static class WorkItemRules
{
    public static IReadOnlyList<FieldError> Validate(WorkItemDetails details, WorkItemLookups lookups)
    {
        var errors = details.Validate(lookups.CampaignPeriod).ToList();
        if (details.PhaseId is { } phaseId && lookups.Phases.All(p => p.Id != phaseId))
        {
            errors.Add(new(nameof(WorkItemDetails.PhaseId), "所选环节不属于本活动"));
        }

        if (details.MilestoneId is { } milestoneId)
        {
            var milestone = lookups.Milestones.FirstOrDefault(m => m.Id == milestoneId);
            if (milestone is null)
            {
                errors.Add(new(nameof(WorkItemDetails.MilestoneId), "所选时间节点不属于本活动"));
            }
            else if (details.PhaseId is { } phase && milestone.PhaseId != phase)
            {
                errors.Add(new(nameof(WorkItemDetails.MilestoneId), "所选时间节点不在所选环节内"));
            }
        }

        if (details.ResponsiblePersonId is { } personId && lookups.Leaders.All(l => l.Id != personId))
        {
            errors.Add(new(nameof(WorkItemDetails.ResponsiblePersonId), "责任领导须为本单位在任领导"));
        }

        return errors;
    }

    /// <summary>The first message for a field, for showing next to it.</summary>
    public static string? For(this IReadOnlyList<FieldError> errors, string field) =>
        errors.FirstOrDefault(e => e.Field == field).Message;
}
