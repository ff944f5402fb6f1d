using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Evaluation;

/// <summary>
/// A record kept against the principal leader (一把手) of a unit's team: the upper organisation's checks on the first
/// responsible person — 专项述职 (the leader's special report: date and summary), 约谈 (an interview by an upper
/// leader: who, the problems raised, the commitments made) and 群众评议一把手 (the public's and cadres' rating,
/// counted as 满意 / 基本满意 / 不满意, whose rate is the one <see cref="Recognition"/> computation). Kept by the office.
/// </summary>
public sealed class PrincipalLeaderRecord : AggregateRoot
{
    private PrincipalLeaderRecord()
    {
        Summary = string.Empty;
        RecordedByName = string.Empty;
    }

    private PrincipalLeaderRecord(int campaignId, int unitId, int personId, PrincipalLeaderRecordKind kind, DateOnly heldOn, Actor actor)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        PersonId = personId;
        Kind = kind;
        HeldOn = heldOn;
        Summary = string.Empty;
        RecordedByName = actor.DisplayName;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    /// <summary>The principal leader the record is kept against.</summary>
    public int PersonId { get; private set; }

    public PrincipalLeaderRecordKind Kind { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>述职: its summary; 约谈: the problems raised; 评议: how it was organised.</summary>
    public string Summary { get; private set; }

    /// <summary>约谈: the upper leader who held the interview.</summary>
    public string? InterviewerName { get; private set; }

    /// <summary>约谈: what the principal leader committed to.</summary>
    public string? Commitments { get; private set; }

    public int Satisfied { get; private set; }

    public int BasicallySatisfied { get; private set; }

    public int Dissatisfied { get; private set; }

    public string RecordedByName { get; private set; }

    /// <summary>群众评议一把手's rate; nothing rated for the other kinds.</summary>
    public Recognition Rating => new(Satisfied, BasicallySatisfied, Dissatisfied);

    /// <summary>
    /// Records one of the three. <paramref name="isPrincipalLeader"/>: the person is the unit's principal leader (the
    /// caller reads the unit's team).
    /// </summary>
    public static PrincipalLeaderRecord Record(int campaignId, int unitId, int personId, bool isPrincipalLeader, PrincipalLeaderInput input, Actor actor, IClock clock)
    {
        EvaluationAccess.WhyCannotOrganise(actor).Ensure();
        if (!isPrincipalLeader || personId <= 0)
        {
            throw new DomainException("只能记录本单位主要负责同志（一把手）的情况");
        }

        if (!Enum.IsDefined(input.Kind))
        {
            throw new DomainException("请选择记录类别（专项述职、约谈或群众评议一把手）");
        }

        if (input.HeldOn is not { } heldOn)
        {
            throw new DomainException("请填写日期");
        }

        if (heldOn > clock.Today)
        {
            throw new DomainException("日期不能晚于今天");
        }

        var record = new PrincipalLeaderRecord(campaignId, unitId, personId, input.Kind, heldOn, actor);
        switch (input.Kind)
        {
            case PrincipalLeaderRecordKind.SpecialReport:
                record.Summary = Guard.Required(input.Summary, "述职内容摘要", 5000);
                break;
            case PrincipalLeaderRecordKind.Interview:
                record.InterviewerName = Guard.Required(input.InterviewerName, "约谈人", 100);
                record.Summary = Guard.Required(input.Summary, "约谈指出的问题", 5000);
                record.Commitments = Guard.Required(input.Commitments, "作出的承诺", 5000);
                break;
            default:
                if (input.Satisfied is < 0 || input.BasicallySatisfied is < 0 || input.Dissatisfied is < 0)
                {
                    throw new DomainException("评议票数不能为负数");
                }

                record.Satisfied = input.Satisfied ?? 0;
                record.BasicallySatisfied = input.BasicallySatisfied ?? 0;
                record.Dissatisfied = input.Dissatisfied ?? 0;
                if (record.Rating.Total is 0 or > 100_000)
                {
                    throw new DomainException("请填写满意、基本满意、不满意的票数（合计1到100000票）");
                }

                record.Summary = Guard.Optional(input.Summary, "评议说明", 2000) ?? string.Empty;
                break;
        }

        record.Raise(new PrincipalLeaderRecorded(record));
        return record;
    }
}

/// <summary>What the office enters for a principal leader's record; the fields of the other kinds are ignored.</summary>
public sealed record PrincipalLeaderInput(
    PrincipalLeaderRecordKind Kind,
    DateOnly? HeldOn,
    string? Summary,
    string? InterviewerName = null,
    string? Commitments = null,
    int? Satisfied = null,
    int? BasicallySatisfied = null,
    int? Dissatisfied = null);
