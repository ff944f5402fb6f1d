using CampaignHub.Domain.StageTwo;

namespace CampaignHub.Features.StageTwo.Components;

/// <summary>The editable state of the stage-two dialogs; the domain validates what they return.</summary>
public sealed class StartMaterialForm
{
    public MaterialKind Kind { get; set; } = MaterialKind.Team;

    public int? AuthorPersonId { get; set; }
}

public sealed class TalkForm
{
    public int? FirstPersonId { get; set; }

    public int? SecondPersonId { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Topics { get; set; }

    public string? OpinionsToFirst { get; set; }

    public string? OpinionsToSecond { get; set; }

    public TalkRecord ToRecord() => new(FirstPersonId ?? 0, SecondPersonId ?? 0, HeldOn, Topics, OpinionsToFirst, OpinionsToSecond);
}

public sealed class MeetingForm
{
    public MeetingKind Kind { get; set; } = MeetingKind.SpecialDemocraticLife;

    public DateOnly? ScheduledOn { get; set; }

    public string? UpperLeaderName { get; set; }

    public int? SupervisionGroupId { get; set; }

    public ScheduleMeetingInput ToInput() => new(Kind, new MeetingArrangement(ScheduledOn, UpperLeaderName, SupervisionGroupId));
}

public sealed class ContributionForm
{
    public int? PersonId { get; set; }

    public string? SelfCriticism { get; set; }

    public string? CriticismReceived { get; set; }

    public string? ResponseToPublic { get; set; }

    public ContributionInput ToInput() => new(PersonId ?? 0, new ContributionRecord(SelfCriticism, CriticismReceived, ResponseToPublic));
}

public sealed class AppraisalForm
{
    public int? PersonId { get; set; }

    public AppraisalResult Result { get; set; } = AppraisalResult.Qualified;
}

public sealed class BriefingForm
{
    public DateOnly? HeldOn { get; set; }

    public string? Attendance { get; set; }

    public string? MaterialCirculated { get; set; }

    public BriefingRecord ToRecord() => new(HeldOn, Attendance, MaterialCirculated);
}

public sealed class OversightForm
{
    public int? MemberPersonId { get; set; }

    public int? DepartmentUnitId { get; set; }
}
