using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.StageTwo;

/// <summary>Which meeting a team holds.</summary>
public enum MeetingKind
{
    /// <summary>专题民主生活会: leadership teams of agencies, affiliated units, streets and townships.</summary>
    SpecialDemocraticLife = 0,

    /// <summary>组织生活会: other grassroots party organisations, with 民主评议党员.</summary>
    OrganisationalLife = 1,
}

public enum MeetingStatus
{
    /// <summary>已安排.</summary>
    Scheduled = 0,

    /// <summary>已召开.</summary>
    Held = 1,
}

/// <summary>民主评议党员: each member's result at an organisational life meeting.</summary>
public enum AppraisalResult
{
    Excellent = 0,
    Qualified = 1,
    BasicallyQualified = 2,
    Unqualified = 3,
}

/// <summary>What one may do with a meeting.</summary>
public enum MeetingAction
{
    /// <summary>调整安排.</summary>
    Reschedule = 0,

    /// <summary>召开.</summary>
    Hold = 1,

    /// <summary>记录发言（自我批评、相互批评、回应群众意见）.</summary>
    RecordContribution = 2,

    /// <summary>民主评议党员.</summary>
    RecordAppraisal = 3,

    /// <summary>督导组点评.</summary>
    WriteReview = 4,

    /// <summary>召开情况通报会.</summary>
    HoldBriefing = 5,
}

public static class MeetingNames
{
    public static string ToChinese(this MeetingKind kind) => kind switch
    {
        MeetingKind.SpecialDemocraticLife => "专题民主生活会",
        MeetingKind.OrganisationalLife => "组织生活会",
        _ => kind.ToString(),
    };

    public static string ToChinese(this MeetingStatus status) => status switch
    {
        MeetingStatus.Scheduled => "已安排",
        MeetingStatus.Held => "已召开",
        _ => status.ToString(),
    };

    public static string ToChinese(this AppraisalResult result) => result switch
    {
        AppraisalResult.Excellent => "优秀",
        AppraisalResult.Qualified => "合格",
        AppraisalResult.BasicallyQualified => "基本合格",
        AppraisalResult.Unqualified => "不合格",
        _ => result.ToString(),
    };
}

/// <summary>What must be ready before a meeting is held: the principal material passed, the required talks complete.</summary>
public sealed record MeetingReadiness(bool MaterialPassed, TalkCoverageResult Talks)
{
    /// <summary>Everything missing, in Chinese, or null when the meeting may be held.</summary>
    public string? WhatIsMissing()
    {
        var missing = new List<string>();
        if (!MaterialPassed)
        {
            missing.Add("领导班子对照检查材料尚未经上级审核通过");
        }

        if (Talks.WhatIsMissing() is { } talks)
        {
            missing.Add(talks);
        }

        return missing.Count == 0 ? null : $"暂不能召开：{string.Join("；", missing)}";
    }
}

/// <summary>
/// A team's 专题民主生活会 or 组织生活会: scheduled with the upper-level leader and the supervision group attending;
/// held only when the team's material is passed and its required talks are complete; its record holds each member's
/// self-criticism, the criticism they received and their response to the public's opinions, the supervision group's
/// 点评 and, at an organisational life meeting, each member's 民主评议 result. The 情况通报会 follows it, once the
/// revised material is sent out.
/// </summary>
public sealed class DemocraticLifeMeeting : AggregateRoot
{
    private readonly List<MeetingContribution> _contributions = [];
    private readonly List<PartyMemberAppraisal> _appraisals = [];

    private DemocraticLifeMeeting()
    {
        UpperLeaderName = string.Empty;
    }

    private DemocraticLifeMeeting(int campaignId, int unitId, MeetingKind kind)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Kind = kind;
        UpperLeaderName = string.Empty;
        Status = MeetingStatus.Scheduled;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public MeetingKind Kind { get; private set; }

    public MeetingStatus Status { get; private set; }

    public DateOnly ScheduledOn { get; private set; }

    /// <summary>上级机关党员领导干部 attending.</summary>
    public string UpperLeaderName { get; private set; }

    /// <summary>The supervision group attending (全程参与并点评).</summary>
    public int? SupervisionGroupId { get; private set; }

    public DateOnly? HeldOn { get; private set; }

    /// <summary>督导组点评.</summary>
    public string? SupervisionReview { get; private set; }

    public string? ReviewedByName { get; private set; }

    public DateOnly? BriefingHeldOn { get; private set; }

    /// <summary>情况通报会: who attended.</summary>
    public string? BriefingAttendance { get; private set; }

    /// <summary>情况通报会: the material circulated to those attending.</summary>
    public string? BriefingMaterial { get; private set; }

    public IReadOnlyList<MeetingContribution> Contributions => _contributions.OrderBy(c => c.Id).ToList();

    public IReadOnlyList<PartyMemberAppraisal> Appraisals => _appraisals.OrderBy(a => a.Id).ToList();

    public bool IsHeld => Status == MeetingStatus.Held;

    public bool BriefingHeld => BriefingHeldOn is not null;

    public static DemocraticLifeMeeting Schedule(int campaignId, int unitId, MeetingKind kind, MeetingArrangement arrangement, Actor actor, IClock clock)
    {
        StageTwoAccess.WhyCannotKeep(actor, unitId).Ensure();
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("请选择会议类别");
        }

        var meeting = new DemocraticLifeMeeting(campaignId, unitId, kind);
        meeting.Arrange(arrangement, clock);
        meeting.Raise(new MeetingScheduled(meeting));
        return meeting;
    }

    public void Reschedule(MeetingArrangement arrangement, Actor actor, IClock clock)
    {
        Ensure(MeetingAction.Reschedule, actor, null, false);
        Arrange(arrangement, clock);
        Raise(new MeetingRescheduled(this));
    }

    /// <summary>召开: only with the team's material passed and its required talks complete; the message says what is missing.</summary>
    public void Hold(DateOnly heldOn, MeetingReadiness readiness, Actor actor, IClock clock)
    {
        Ensure(MeetingAction.Hold, actor, readiness, false);
        if (heldOn > clock.Today)
        {
            throw new DomainException("召开日期不能晚于今天");
        }

        HeldOn = heldOn;
        Status = MeetingStatus.Held;
        Raise(new MeetingHeld(this));
    }

    /// <summary>A member's part of the record; recorded again, it replaces the earlier one.</summary>
    public void RecordContribution(int personId, ContributionRecord record, Actor actor)
    {
        Ensure(MeetingAction.RecordContribution, actor, null, false);
        if (personId <= 0)
        {
            throw new DomainException("请选择班子成员");
        }

        var selfCriticism = Guard.Required(record.SelfCriticism, "自我批评", 5000);
        var received = Guard.Optional(record.CriticismReceived, "收到的批评意见", 5000);
        var response = Guard.Optional(record.ResponseToPublic, "对群众意见的回应", 5000);
        if (_contributions.FirstOrDefault(c => c.PersonId == personId) is { } existing)
        {
            existing.Change(selfCriticism, received, response);
        }
        else
        {
            _contributions.Add(new MeetingContribution(personId, selfCriticism, received, response));
        }

        Raise(new MeetingRecordUpdated(this));
    }

    /// <summary>民主评议党员 at an organisational life meeting: one result per member.</summary>
    public void RecordAppraisal(int personId, AppraisalResult result, Actor actor)
    {
        Ensure(MeetingAction.RecordAppraisal, actor, null, false);
        if (personId <= 0 || !Enum.IsDefined(result))
        {
            throw new DomainException("请选择党员和评议结果");
        }

        if (_appraisals.FirstOrDefault(a => a.PersonId == personId) is { } existing)
        {
            existing.Change(result);
        }
        else
        {
            _appraisals.Add(new PartyMemberAppraisal(personId, result));
        }

        Raise(new MeetingRecordUpdated(this));
    }

    /// <summary>督导组点评: the supervision group of the unit, after the meeting.</summary>
    public void WriteReview(string review, Actor actor)
    {
        Ensure(MeetingAction.WriteReview, actor, null, false);
        SupervisionReview = Guard.Required(review, "点评意见", 5000);
        ReviewedByName = actor.DisplayName;
        Raise(new MeetingReviewed(this));
    }

    /// <summary>情况通报会: after the meeting, once the revised material has been sent out to those attending.</summary>
    public void HoldBriefing(BriefingRecord record, bool materialSentOut, Actor actor, IClock clock)
    {
        Ensure(MeetingAction.HoldBriefing, actor, null, materialSentOut);
        if (record.HeldOn is not { } heldOn)
        {
            throw new DomainException("请填写通报会日期");
        }

        if (heldOn > clock.Today)
        {
            throw new DomainException("通报会日期不能晚于今天");
        }

        if (heldOn < HeldOn)
        {
            throw new DomainException("情况通报会不能早于专题民主生活会");
        }

        BriefingAttendance = Guard.Required(record.Attendance, "参会人员", 2000);
        BriefingMaterial = Guard.Required(record.MaterialCirculated, "发放材料", 2000);
        BriefingHeldOn = heldOn;
        Raise(new BriefingHeld(this));
    }

    /// <summary>
    /// What the actor may do with the meeting now, and why not. <paramref name="readiness"/> decides
    /// <see cref="MeetingAction.Hold"/>; <paramref name="materialSentOut"/> decides <see cref="MeetingAction.HoldBriefing"/>.
    /// </summary>
    public ActionAnswer WhyCannot(MeetingAction action, Actor actor, MeetingReadiness? readiness = null, bool materialSentOut = false)
    {
        if (action == MeetingAction.WriteReview)
        {
            return ActionAnswer.FirstOf(
                StageTwoAccess.WhyCannotSuperviseAsGroup(actor, UnitId),
                ActionAnswer.When(IsHeld, ActionAnswer.NotApplicable("会议召开后才能点评")));
        }

        if (StageTwoAccess.WhyCannotKeep(actor, UnitId) is { IsAllowed: false } notKeeper)
        {
            return notKeeper;
        }

        return action switch
        {
            MeetingAction.Reschedule => ActionAnswer.When(!IsHeld, ActionAnswer.NotApplicable("会议已召开，不能调整安排")),
            MeetingAction.Hold when IsHeld => ActionAnswer.NotApplicable("会议已召开"),
            MeetingAction.Hold => readiness?.WhatIsMissing() is { } missing ? ActionAnswer.Blocked(missing) : ActionAnswer.Allowed,
            MeetingAction.RecordContribution => ActionAnswer.When(IsHeld, ActionAnswer.NotApplicable("会议召开后才能记录发言")),
            MeetingAction.RecordAppraisal => Kind != MeetingKind.OrganisationalLife
                ? ActionAnswer.NotApplicable("只有组织生活会开展民主评议党员")
                : ActionAnswer.When(IsHeld, ActionAnswer.NotApplicable("会议召开后才能记录民主评议结果")),
            MeetingAction.HoldBriefing when BriefingHeld => ActionAnswer.NotApplicable("情况通报会已召开"),
            MeetingAction.HoldBriefing when !IsHeld => ActionAnswer.Blocked($"{Kind.ToChinese()}召开后才能召开情况通报会"),
            MeetingAction.HoldBriefing => ActionAnswer.When(materialSentOut, ActionAnswer.Blocked("对照检查材料修改完善并印发后才能召开情况通报会")),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    private void Ensure(MeetingAction action, Actor actor, MeetingReadiness? readiness, bool materialSentOut)
    {
        if (action == MeetingAction.Hold && readiness is null)
        {
            throw new ArgumentNullException(nameof(readiness), "holding a meeting needs its readiness");
        }

        WhyCannot(action, actor, readiness, materialSentOut).Ensure();
    }

    private void Arrange(MeetingArrangement arrangement, IClock clock)
    {
        if (arrangement.ScheduledOn is not { } on)
        {
            throw new DomainException("请填写会议日期");
        }

        if (on < clock.Today)
        {
            throw new DomainException("会议日期不能早于今天");
        }

        ScheduledOn = on;
        UpperLeaderName = Guard.Required(arrangement.UpperLeaderName, "参会上级领导", 100);
        SupervisionGroupId = arrangement.SupervisionGroupId is > 0 ? arrangement.SupervisionGroupId : throw new DomainException("请选择参会督导组");
    }
}

/// <summary>What a person enters to schedule a meeting.</summary>
public sealed record MeetingArrangement(DateOnly? ScheduledOn, string? UpperLeaderName, int? SupervisionGroupId);

public sealed record ContributionRecord(string? SelfCriticism, string? CriticismReceived, string? ResponseToPublic);

public sealed record BriefingRecord(DateOnly? HeldOn, string? Attendance, string? MaterialCirculated);

/// <summary>A member's part of the meeting's record.</summary>
public sealed class MeetingContribution : Entity
{
    private MeetingContribution()
    {
        SelfCriticism = string.Empty;
    }

    internal MeetingContribution(int personId, string selfCriticism, string? criticismReceived, string? responseToPublic)
    {
        PersonId = personId;
        SelfCriticism = selfCriticism;
        CriticismReceived = criticismReceived;
        ResponseToPublic = responseToPublic;
    }

    public int DemocraticLifeMeetingId { get; private set; }

    public int PersonId { get; private set; }

    /// <summary>自我批评.</summary>
    public string SelfCriticism { get; private set; }

    /// <summary>相互批评: the criticism the member received.</summary>
    public string? CriticismReceived { get; private set; }

    /// <summary>对群众意见的回应.</summary>
    public string? ResponseToPublic { get; private set; }

    internal void Change(string selfCriticism, string? criticismReceived, string? responseToPublic)
    {
        SelfCriticism = selfCriticism;
        CriticismReceived = criticismReceived;
        ResponseToPublic = responseToPublic;
    }
}

/// <summary>民主评议党员: one member's result.</summary>
public sealed class PartyMemberAppraisal : Entity
{
    private PartyMemberAppraisal()
    {
    }

    internal PartyMemberAppraisal(int personId, AppraisalResult result)
    {
        PersonId = personId;
        Result = result;
    }

    public int DemocraticLifeMeetingId { get; private set; }

    public int PersonId { get; private set; }

    public AppraisalResult Result { get; private set; }

    internal void Change(AppraisalResult result) => Result = result;
}
