using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.StageTwo;

/// <summary>Something that happened in a unit's stage two; the feed reads the campaign and unit from it.</summary>
public interface IStageTwoEvent : IDomainEvent
{
    int CampaignId { get; }

    int UnitId { get; }

    /// <summary>The aggregate's id, read after the save.</summary>
    int EntityId { get; }
}

public abstract record MaterialEvent(SelfExaminationMaterial Material, string Summary) : IStageTwoEvent
{
    public int CampaignId => Material.CampaignId;

    public int UnitId => Material.UnitId;

    public int EntityId => Material.Id;
}

public sealed record MaterialDrafted(SelfExaminationMaterial Material) : MaterialEvent(Material, $"起草{Material.Kind.ToChinese()}");

public sealed record MaterialSaved(SelfExaminationMaterial Material) : MaterialEvent(Material, $"修改{Material.Kind.ToChinese()}");

public sealed record MaterialCirculated(SelfExaminationMaterial Material) : MaterialEvent(Material, $"{Material.Kind.ToChinese()}征求意见");

public sealed record MaterialCommented(SelfExaminationMaterial Material, MaterialComment Comment)
    : MaterialEvent(Material, $"{Comment.ByRole}对{Material.Kind.ToChinese()}提出意见");

public sealed record MaterialSubmitted(SelfExaminationMaterial Material, int VersionNumber) : MaterialEvent(Material, $"{Material.Kind.ToChinese()}第{VersionNumber}版报送审核");

public sealed record MaterialPassed(SelfExaminationMaterial Material) : MaterialEvent(Material, $"{Material.Kind.ToChinese()}审核通过");

public sealed record MaterialReturned(SelfExaminationMaterial Material) : MaterialEvent(Material, $"{Material.Kind.ToChinese()}被退回修改");

public sealed record MaterialRevisedAfterMeeting(SelfExaminationMaterial Material, int VersionNumber) : MaterialEvent(Material, $"{Material.Kind.ToChinese()}会后修改完善（第{VersionNumber}版）");

public sealed record MaterialSentOut(SelfExaminationMaterial Material) : MaterialEvent(Material, $"{Material.Kind.ToChinese()}已印发");

public sealed record TalkRecorded(HeartToHeartTalk Talk) : IStageTwoEvent
{
    public string Summary => "记录谈心谈话";

    public int CampaignId => Talk.CampaignId;

    public int UnitId => Talk.UnitId;

    public int EntityId => Talk.Id;
}

public abstract record OversightEvent(DepartmentOversight Oversight, string Summary) : IStageTwoEvent
{
    public int CampaignId => Oversight.CampaignId;

    public int UnitId => Oversight.UnitId;

    public int EntityId => Oversight.Id;
}

public sealed record OversightAssigned(DepartmentOversight Oversight) : OversightEvent(Oversight, "登记班子成员分管部门");

public sealed record OversightRemoved(DepartmentOversight Oversight) : OversightEvent(Oversight, "删除班子成员分管部门");

public abstract record MeetingEvent(DemocraticLifeMeeting Meeting, string Summary) : IStageTwoEvent
{
    public int CampaignId => Meeting.CampaignId;

    public int UnitId => Meeting.UnitId;

    public int EntityId => Meeting.Id;
}

public sealed record MeetingScheduled(DemocraticLifeMeeting Meeting) : MeetingEvent(Meeting, $"安排{Meeting.Kind.ToChinese()}（{Meeting.ScheduledOn:yyyy-MM-dd}）");

public sealed record MeetingRescheduled(DemocraticLifeMeeting Meeting) : MeetingEvent(Meeting, $"{Meeting.Kind.ToChinese()}调整至{Meeting.ScheduledOn:yyyy-MM-dd}");

public sealed record MeetingHeld(DemocraticLifeMeeting Meeting) : MeetingEvent(Meeting, $"召开{Meeting.Kind.ToChinese()}");

public sealed record MeetingRecordUpdated(DemocraticLifeMeeting Meeting) : MeetingEvent(Meeting, $"更新{Meeting.Kind.ToChinese()}记录");

public sealed record MeetingReviewed(DemocraticLifeMeeting Meeting) : MeetingEvent(Meeting, $"督导组点评{Meeting.Kind.ToChinese()}");

public sealed record BriefingHeld(DemocraticLifeMeeting Meeting) : MeetingEvent(Meeting, "召开情况通报会");
