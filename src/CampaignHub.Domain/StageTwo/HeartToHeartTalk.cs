using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.StageTwo;

/// <summary>
/// One heart-to-heart talk (谈心谈话) of a unit's stage two between two people: when, about what, and the opinions
/// each raised to the other (该提醒的提醒，该批评的批评，并征求对自己的意见). Kept by the unit.
/// </summary>
public sealed class HeartToHeartTalk : AggregateRoot
{
    private HeartToHeartTalk()
    {
        Topics = string.Empty;
        RecordedBy = string.Empty;
    }

    private HeartToHeartTalk(int campaignId, int unitId, int firstPersonId, int secondPersonId, DateOnly heldOn, string topics, string? opinionsToFirst, string? opinionsToSecond, Actor actor)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        FirstPersonId = firstPersonId;
        SecondPersonId = secondPersonId;
        HeldOn = heldOn;
        Topics = topics;
        OpinionsToFirst = opinionsToFirst;
        OpinionsToSecond = opinionsToSecond;
        RecordedBy = actor.UserName;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public int FirstPersonId { get; private set; }

    public int SecondPersonId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>谈话主题.</summary>
    public string Topics { get; private set; }

    /// <summary>Opinions the second person raised to the first.</summary>
    public string? OpinionsToFirst { get; private set; }

    /// <summary>Opinions the first person raised to the second.</summary>
    public string? OpinionsToSecond { get; private set; }

    public string RecordedBy { get; private set; }

    public TalkPair Pair => new(FirstPersonId, SecondPersonId);

    public static HeartToHeartTalk Record(int campaignId, int unitId, TalkRecord record, Actor actor, IClock clock)
    {
        StageTwoAccess.WhyCannotKeep(actor, unitId).Ensure();
        if (record.FirstPersonId <= 0 || record.SecondPersonId <= 0)
        {
            throw new DomainException("请选择谈话双方");
        }

        if (record.FirstPersonId == record.SecondPersonId)
        {
            throw new DomainException("谈话双方不能是同一人");
        }

        if (record.HeldOn is not { } heldOn)
        {
            throw new DomainException("请填写谈话日期");
        }

        if (heldOn > clock.Today)
        {
            throw new DomainException("谈话日期不能晚于今天");
        }

        var talk = new HeartToHeartTalk(
            campaignId,
            unitId,
            record.FirstPersonId,
            record.SecondPersonId,
            heldOn,
            Guard.Required(record.Topics, "谈话主题", 500),
            Guard.Optional(record.OpinionsToFirst, "向对方提出的意见", 2000),
            Guard.Optional(record.OpinionsToSecond, "向对方提出的意见", 2000),
            actor);
        talk.Raise(new TalkRecorded(talk));
        return talk;
    }
}

/// <summary>What a person enters for a talk.</summary>
public sealed record TalkRecord(int FirstPersonId, int SecondPersonId, DateOnly? HeldOn, string? Topics, string? OpinionsToFirst, string? OpinionsToSecond);

/// <summary>Two people who talked, in either order.</summary>
public readonly record struct TalkPair(int A, int B)
{
    public bool Is(int x, int y) => (A == x && B == y) || (A == y && B == x);
}
