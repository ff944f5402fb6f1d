using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Campaigns;

/// <summary>
/// A unit's record that it met a milestone: the date, a note and who recorded it.
/// Its own small aggregate so that many units can record at once without contending on the campaign.
/// </summary>
public sealed class MilestoneCompletion : AggregateRoot
{
    private MilestoneCompletion()
    {
        RecordedBy = string.Empty;
    }

    private MilestoneCompletion(int milestoneId, int unitId, DateOnly metOn, string? note, string recordedBy, DateTimeOffset recordedAt)
    {
        MilestoneId = milestoneId;
        UnitId = unitId;
        MetOn = metOn;
        Note = note;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public int MilestoneId { get; private set; }

    public int UnitId { get; private set; }

    public DateOnly MetOn { get; private set; }

    public string? Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Records that a unit met a milestone. The date cannot lie in the future.</summary>
    public static MilestoneCompletion Record(Milestone milestone, int unitId, DateOnly metOn, string? note, Actor actor, IClock clock)
    {
        if (!milestone.AppliesTo(unitId))
        {
            throw new DomainException($"时间节点“{milestone.Title}”只适用于指定的单位，本单位无须完成");
        }

        ValidateDate(metOn, milestone, clock);
        var completion = new MilestoneCompletion(milestone.Id, unitId, metOn, Guard.Optional(note, "说明", 500), actor.UserName, clock.UtcNow);
        completion.Raise(new MilestoneMet(completion, milestone));
        return completion;
    }

    /// <summary>Corrects the date or note of an existing record.</summary>
    public void Correct(Milestone milestone, DateOnly metOn, string? note, Actor actor, IClock clock)
    {
        if (milestone.Id != MilestoneId)
        {
            throw new DomainException("时间节点不符");
        }

        ValidateDate(metOn, milestone, clock);
        MetOn = metOn;
        Note = Guard.Optional(note, "说明", 500);
        RecordedBy = actor.UserName;
        RecordedAt = clock.UtcNow;
        Raise(new MilestoneMet(this, milestone));
    }

    /// <summary>Not in the future, and within the milestone's campaign years (<see cref="CampaignCalendar"/>): never 0001-01-01.</summary>
    private static void ValidateDate(DateOnly metOn, Milestone milestone, IClock clock)
    {
        if (metOn > clock.Today)
        {
            throw new DomainException("完成日期不能晚于今天");
        }

        CampaignCalendar.Ensure(metOn, new DateRange(milestone.DueDate, milestone.DueDate), "完成日期");
    }
}
