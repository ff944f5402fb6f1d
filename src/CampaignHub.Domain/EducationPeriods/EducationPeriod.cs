using CampaignHub.Domain.Common;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.EducationPeriods;

/// <summary>
/// A unit's concentrated education period (集中教育时间) in a campaign: planned start and end, and the actual ones as
/// they happen. Each unit's period is generally no shorter than three months; <see cref="ShortOfMinimum"/> says
/// whether, and by how much, it falls short — the office's 工作台 and the period list show exactly that answer.
/// </summary>
public sealed class EducationPeriod : AggregateRoot
{
    private readonly List<RecordComment> _comments = [];

    private EducationPeriod()
    {
        UpdatedBy = string.Empty;
    }

    private EducationPeriod(int campaignId, int unitId, Actor actor, DateTimeOffset now)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        UpdatedBy = actor.UserName;
        UpdatedAt = now;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public DateOnly PlannedStart { get; private set; }

    public DateOnly PlannedEnd { get; private set; }

    public DateOnly? ActualStart { get; private set; }

    public DateOnly? ActualEnd { get; private set; }

    /// <summary>Why the period is as it is (e.g. why it is shorter), in the unit's words.</summary>
    public string? Note { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The supervision group's and the unit's comments on the period, oldest first.</summary>
    public IReadOnlyList<RecordComment> Comments => _comments.OrderBy(c => c.At).ToList();

    /// <summary>The minimum length of a unit's concentrated education, in months.</summary>
    public const int MinimumMonths = 3;

    /// <summary>
    /// Whether a period from <paramref name="start"/> to <paramref name="end"/> (both days included) lasts the minimum:
    /// 1 March to 31 May is three months, 1 March to 30 May is not.
    /// </summary>
    public static bool LastsMinimum(DateOnly start, DateOnly end) => end >= start.AddMonths(MinimumMonths).AddDays(-1);

    /// <summary>The days of a period, both ends included.</summary>
    public static int DaysOf(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber + 1;

    public static EducationPeriod Plan(int campaignId, int unitId, DateOnly? plannedStart, DateOnly? plannedEnd, string? note, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannotKeep(actor, unitId, tree).Ensure();
        if (campaignId <= 0)
        {
            throw new DomainException("集中教育时间必须属于一个活动");
        }

        var period = new EducationPeriod(campaignId, unitId, actor, clock.UtcNow);
        period.SetPlan(plannedStart, plannedEnd, note);
        period.Raise(new EducationPeriodPlanned(period));
        return period;
    }

    /// <summary>Changes the plan and records the actual start and end as they happen (never a day after today).</summary>
    public void Record(DateOnly? plannedStart, DateOnly? plannedEnd, DateOnly? actualStart, DateOnly? actualEnd, string? note, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannotKeep(actor, UnitId, tree).Ensure();
        if (actualEnd is not null && actualStart is null)
        {
            throw new DomainException("请先填写实际开始日期");
        }

        if (actualStart > clock.Today || actualEnd > clock.Today)
        {
            throw new DomainException("实际开始、结束日期不能晚于今天");
        }

        if (actualEnd < actualStart)
        {
            throw new DomainException("实际结束日期不能早于实际开始日期");
        }

        SetPlan(plannedStart, plannedEnd, note);
        ActualStart = actualStart;
        ActualEnd = actualEnd;
        UpdatedBy = actor.UserName;
        UpdatedAt = clock.UtcNow;
        RaiseInstead<EducationPeriodRecorded>(new EducationPeriodRecorded(this));
    }

    /// <summary>
    /// Whether the period falls short of the three-month minimum, and by how much. Once it has ended, the actual period
    /// is judged; once started, from the actual start to the planned end; before that, the plan.
    /// </summary>
    public PeriodShortfall? ShortOfMinimum()
    {
        var (basis, start, end) = ActualEnd is { } actualEnd
            ? (PeriodBasis.Actual, ActualStart!.Value, actualEnd)
            : ActualStart is { } actualStart
                ? (PeriodBasis.StartedAsPlanned, actualStart, PlannedEnd)
                : (PeriodBasis.Planned, PlannedStart, PlannedEnd);
        if (LastsMinimum(start, end))
        {
            return null;
        }

        var required = DaysOf(start, start.AddMonths(MinimumMonths).AddDays(-1));
        return new PeriodShortfall(basis, start, end, DaysOf(start, end), required - DaysOf(start, end));
    }

    /// <summary>提出意见: the unit's supervision group says what it thinks of the period, e.g. of one cut short.</summary>
    public RecordComment Comment(string? text, Actor actor, UnitTree tree, IClock clock)
    {
        RecordComment.WhyCannotWrite(actor, UnitId, tree).Ensure();
        var comment = RecordComment.Write(text, actor, clock);
        _comments.Add(comment);
        Raise(new EducationPeriodCommented(this, comment));
        return comment;
    }

    public static ActionAnswer WhyCannotKeep(Actor actor, int unitId, UnitTree tree) =>
        ActionAnswer.When(UnitAccess.CanEdit(actor, unitId, tree), ActionAnswer.NotPermitted("只有本单位及上级单位联络员或活动办可以填报集中教育时间"));

    public static bool CanRead(Actor actor, int unitId, UnitTree tree) => UnitAccess.CanReadWorkOf(actor, unitId, tree);

    private void SetPlan(DateOnly? plannedStart, DateOnly? plannedEnd, string? note)
    {
        var start = plannedStart ?? throw new DomainException("请填写计划开始日期");
        var end = plannedEnd ?? throw new DomainException("请填写计划结束日期");
        if (end < start)
        {
            throw new DomainException("计划结束日期不能早于计划开始日期");
        }

        PlannedStart = start;
        PlannedEnd = end;
        Note = Guard.Optional(note, "说明", 500);
    }
}

/// <summary>Which dates a shortfall was judged on.</summary>
public enum PeriodBasis
{
    /// <summary>计划: not started yet.</summary>
    Planned,

    /// <summary>已开始: the actual start to the planned end.</summary>
    StartedAsPlanned,

    /// <summary>实际: started and ended.</summary>
    Actual,
}

/// <summary>A period under the three-month minimum: on which dates, how long, and how many days short.</summary>
public sealed record PeriodShortfall(PeriodBasis Basis, DateOnly Start, DateOnly End, int Days, int DaysShort)
{
    /// <summary>The sentence the 工作台 and the list show.</summary>
    public string Text => Basis switch
    {
        PeriodBasis.Actual => $"实际集中教育时间{Days}天（{Start:yyyy-MM-dd}至{End:yyyy-MM-dd}），不足{EducationPeriod.MinimumMonths}个月，少{DaysShort}天",
        PeriodBasis.StartedAsPlanned => $"已于{Start:yyyy-MM-dd}开始，按计划{End:yyyy-MM-dd}结束仅{Days}天，不足{EducationPeriod.MinimumMonths}个月，少{DaysShort}天",
        _ => $"计划集中教育时间{Days}天（{Start:yyyy-MM-dd}至{End:yyyy-MM-dd}），不足{EducationPeriod.MinimumMonths}个月，少{DaysShort}天",
    };
}

public abstract record EducationPeriodEvent(EducationPeriod Period, string Summary) : IStageThreeEvent
{
    public int CampaignId => Period.CampaignId;

    public int UnitId => Period.UnitId;

    public int EntityId => Period.Id;
}

public sealed record EducationPeriodPlanned(EducationPeriod Period) : EducationPeriodEvent(Period, $"登记集中教育时间（{Period.PlannedStart:yyyy-MM-dd}至{Period.PlannedEnd:yyyy-MM-dd}）");

public sealed record EducationPeriodRecorded(EducationPeriod Period) : EducationPeriodEvent(Period, "更新集中教育时间");

public sealed record EducationPeriodCommented(EducationPeriod Period, RecordComment Comment) : EducationPeriodEvent(Period, $"{Comment.ByRole}对集中教育时间提出意见");
