using System.Globalization;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>What a unit gives its rural point towards the “三个一”.</summary>
public enum RuralContributionKind
{
    /// <summary>下派党建工作指导员 (a named person).</summary>
    Instructor = 0,

    /// <summary>资助党员活动室建设经费 (yuan, with its voucher).</summary>
    ActivityRoomFunding = 1,

    /// <summary>捐赠党员活动专用电脑 (a number of computers).</summary>
    Computers = 2,
}

public static class RuralContributionKindNames
{
    public static string ToChinese(this RuralContributionKind kind) => kind switch
    {
        RuralContributionKind.Instructor => "下派党建工作指导员",
        RuralContributionKind.ActivityRoomFunding => "资助党员活动室建设经费",
        RuralContributionKind.Computers => "捐赠党员活动专用电脑",
        _ => kind.ToString(),
    };

    /// <summary>"¥10,000", the way the office writes money.</summary>
    public static string Yuan(decimal amount) => "¥" + amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// A unit's rural contact point for a year (新农村建设点): the village or community the unit helps, and what it gave
/// towards the “三个一” — instructors dispatched, funding for the party members' activity room, computers donated.
/// Whether the three ones are met is <see cref="ThreeOnesRule"/>'s answer, computed from the contributions.
/// </summary>
public sealed class RuralPoint : AggregateRoot
{
    /// <summary>The most one contribution of funding may be: beyond it is a typing error, not a donation.</summary>
    public const decimal MaxFundingYuan = 10_000_000m;

    public const int MaxComputers = 200;

    private readonly List<RuralPointContribution> _contributions = [];

    private RuralPoint()
    {
        VillageName = string.Empty;
        RecordedBy = string.Empty;
    }

    private RuralPoint(int unitId, int year, Actor actor)
        : this()
    {
        UnitId = unitId;
        Year = year;
        RecordedBy = actor.UserName;
    }

    /// <summary>The unit that helps the point (派出单位).</summary>
    public int UnitId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The village or community, e.g. "淳化街道新建村".</summary>
    public string VillageName { get; private set; }

    /// <summary>The village's own unit when it takes part in the campaign; otherwise only its name is known.</summary>
    public int? VillageUnitId { get; private set; }

    public string RecordedBy { get; private set; }

    public IReadOnlyList<RuralPointContribution> Contributions => _contributions;

    /// <summary>Who may record for a unit's rural points: its own coordinator or leader, and the office.</summary>
    public static ActionAnswer WhyCannotRecord(Actor actor, int unitId, UnitTree tree) =>
        ActionAnswer.When(ContactAccess.CanRecord(actor, unitId, tree), ActionAnswer.NotPermitted("您无权为该单位登记农村联系点"));

    public ActionAnswer WhyCannotRecord(Actor actor, UnitTree tree) => WhyCannotRecord(actor, UnitId, tree);

    /// <summary>
    /// Names the unit's rural point for <paramref name="year"/> (last year, this year or next); a unit helps a village
    /// once a year. <paramref name="unitPoints"/> are the unit's points already recorded.
    /// </summary>
    public static RuralPoint Designate(int unitId, int year, string villageName, int? villageUnitId, IEnumerable<RuralPoint> unitPoints,
        Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannotRecord(actor, unitId, tree).Ensure();
        if (year < clock.Today.Year - 1 || year > clock.Today.Year + 1)
        {
            throw new DomainException($"农村联系点年度须在{clock.Today.Year - 1}年到{clock.Today.Year + 1}年之间");
        }

        if (villageUnitId is { } village && !tree.Contains(village))
        {
            throw new DomainException("所选村（社区）不存在");
        }

        if (villageUnitId == unitId)
        {
            throw new DomainException("单位不能把自己确定为农村联系点");
        }

        var name = Guard.Required(villageName, "联系点村（社区）名称", 100);
        if (unitPoints.Any(p => p.UnitId == unitId && p.Year == year && (p.VillageName == name || (villageUnitId is not null && p.VillageUnitId == villageUnitId))))
        {
            throw new DomainException($"本单位{year}年已登记农村联系点“{name}”");
        }

        var point = new RuralPoint(unitId, year, actor) { VillageName = name, VillageUnitId = villageUnitId };
        point.Raise(new RuralPointDesignated(point));
        return point;
    }

    /// <summary>下派党建工作指导员: a named person, dispatched once to the point.</summary>
    public RuralPointContribution DispatchInstructor(string instructorName, DateOnly on, Actor actor, UnitTree tree, IClock clock)
    {
        EnsureCanContribute(on, actor, tree, clock);
        var name = Guard.Required(instructorName, "党建工作指导员姓名", 50);
        if (_contributions.Any(c => c.Kind == RuralContributionKind.Instructor && c.InstructorName == name))
        {
            throw new DomainException($"{name}已下派到该联系点");
        }

        return Add(new RuralPointContribution(RuralContributionKind.Instructor, on, actor, instructorName: name));
    }

    /// <summary>资助党员活动室建设经费: an amount in yuan (to the fen) with the voucher that proves it.</summary>
    public RuralPointContribution FundActivityRoom(decimal amountYuan, string voucherNumber, DateOnly on, Actor actor, UnitTree tree, IClock clock)
    {
        EnsureCanContribute(on, actor, tree, clock);
        if (amountYuan <= 0m)
        {
            throw new DomainException("资助金额必须大于0元");
        }

        if (amountYuan > MaxFundingYuan)
        {
            throw new DomainException($"单笔资助金额不能超过{RuralContributionKindNames.Yuan(MaxFundingYuan)}");
        }

        if (decimal.Round(amountYuan, 2) != amountYuan)
        {
            throw new DomainException("资助金额最多精确到分（两位小数）");
        }

        var voucher = Guard.Required(voucherNumber, "凭证号", 50);
        return Add(new RuralPointContribution(RuralContributionKind.ActivityRoomFunding, on, actor, amountYuan: amountYuan, voucherNumber: voucher));
    }

    /// <summary>捐赠党员活动专用电脑: how many, and when.</summary>
    public RuralPointContribution DonateComputers(int count, DateOnly on, Actor actor, UnitTree tree, IClock clock)
    {
        EnsureCanContribute(on, actor, tree, clock);
        if (count is < 1 or > MaxComputers)
        {
            throw new DomainException($"捐赠电脑台数必须在1到{MaxComputers}之间");
        }

        return Add(new RuralPointContribution(RuralContributionKind.Computers, on, actor, computerCount: count));
    }

    private void EnsureCanContribute(DateOnly on, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannotRecord(actor, tree).Ensure();
        if (on > clock.Today)
        {
            throw new DomainException("日期不能晚于今天");
        }

        if (on.Year != Year)
        {
            throw new DomainException($"该联系点是{Year}年度的，日期须在{Year}年内");
        }
    }

    private RuralPointContribution Add(RuralPointContribution contribution)
    {
        _contributions.Add(contribution);
        Raise(new RuralPointContributionRecorded(this, contribution));
        return contribution;
    }
}

/// <summary>One thing a unit gave its rural point: an instructor, an amount of funding, or computers.</summary>
public sealed class RuralPointContribution : Entity
{
    private RuralPointContribution()
    {
        RecordedBy = string.Empty;
    }

    internal RuralPointContribution(RuralContributionKind kind, DateOnly date, Actor actor,
        string? instructorName = null, decimal? amountYuan = null, string? voucherNumber = null, int? computerCount = null)
        : this()
    {
        Kind = kind;
        Date = date;
        RecordedBy = actor.UserName;
        InstructorName = instructorName;
        AmountYuan = amountYuan;
        VoucherNumber = voucherNumber;
        ComputerCount = computerCount;
    }

    public RuralContributionKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>The 党建工作指导员 dispatched (Instructor only).</summary>
    public string? InstructorName { get; private set; }

    /// <summary>Yuan given for the activity room (ActivityRoomFunding only).</summary>
    public decimal? AmountYuan { get; private set; }

    /// <summary>The voucher (凭证号) proving the funding.</summary>
    public string? VoucherNumber { get; private set; }

    /// <summary>Computers donated (Computers only).</summary>
    public int? ComputerCount { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>"下派党建工作指导员王明", "资助党员活动室建设经费¥6,000（凭证号…）", "捐赠党员活动专用电脑2台".</summary>
    public string Text => Kind switch
    {
        RuralContributionKind.Instructor => $"下派党建工作指导员{InstructorName}",
        RuralContributionKind.ActivityRoomFunding => $"资助党员活动室建设经费{RuralContributionKindNames.Yuan(AmountYuan ?? 0m)}（凭证号{VoucherNumber}）",
        _ => $"捐赠党员活动专用电脑{ComputerCount}台",
    };
}

/// <summary>What a rural point still lacks of one of the three ones, in words ("党员活动室经费还差¥3,000").</summary>
public sealed record ThreeOnesShortfall(RuralContributionKind Kind, string Text);

/// <summary>A rural point's “三个一”: the totals, what is missing, and whether the year is over.</summary>
public sealed record ThreeOnesStanding(int Instructors, decimal FundingYuan, int Computers, IReadOnlyList<ThreeOnesShortfall> Shortfalls, bool YearOver)
{
    public bool IsMet => Shortfalls.Count == 0;

    /// <summary>Missing something once the point's year is over: shown red.</summary>
    public bool IsFlagged => !IsMet && YearOver;

    /// <summary>"green" (落实), "yellow" (尚缺, the year still runs) or "red" (年底未落实).</summary>
    public string Colour => IsMet ? "green" : YearOver ? "red" : "yellow";

    public string StatusText => IsMet ? "已落实" : YearOver ? "年底未落实" : "尚未落实";

    /// <summary>"“三个一”已全部落实" or "尚缺：未下派党建工作指导员；党员活动室经费还差¥3,000".</summary>
    public string Text => IsMet ? "“三个一”已全部落实" : $"{(YearOver ? "年底仍缺" : "尚缺")}：{string.Join("；", Shortfalls.Select(s => s.Text))}";

    public bool Lacks(RuralContributionKind kind) => Shortfalls.Any(s => s.Kind == kind);
}

/// <summary>
/// The “三个一” of 赣市直字〔2010〕33号 (“认真帮助新农村建设点完成‘三个一’任务，即：至少下派1名党建工作指导员，
/// 至少资助1万元党员活动室建设经费，至少捐赠1台党员活动专用电脑”): each unit, for each of its rural points.
/// The thresholds are the document's own words, fixed here and shown on the page; they are not per-leader,
/// per-period quotas, so they are not <see cref="QuotaRule"/>s.
/// </summary>
public static class ThreeOnesRule
{
    public const int MinInstructors = 1;

    public const decimal MinActivityRoomFundingYuan = 10_000m;

    public const int MinComputers = 1;

    public const string Source = "赣市直字〔2010〕33号 二（一）2";

    /// <summary>The three requirements, as the page and the print show them.</summary>
    public static IReadOnlyList<string> Requirements { get; } =
    [
        $"至少下派{MinInstructors}名党建工作指导员",
        $"至少资助{MinActivityRoomFundingYuan / 10_000m:0.##}万元（{RuralContributionKindNames.Yuan(MinActivityRoomFundingYuan)}）党员活动室建设经费",
        $"至少捐赠{MinComputers}台党员活动专用电脑",
    ];

    public static ThreeOnesStanding Assess(RuralPoint point, DateOnly today)
    {
        var instructors = point.Contributions.Count(c => c.Kind == RuralContributionKind.Instructor);
        var funding = point.Contributions.Where(c => c.Kind == RuralContributionKind.ActivityRoomFunding).Sum(c => c.AmountYuan ?? 0m);
        var computers = point.Contributions.Where(c => c.Kind == RuralContributionKind.Computers).Sum(c => c.ComputerCount ?? 0);
        var shortfalls = new List<ThreeOnesShortfall>();
        if (instructors < MinInstructors)
        {
            shortfalls.Add(new(RuralContributionKind.Instructor, instructors == 0 ? "未下派党建工作指导员" : $"党建工作指导员还差{MinInstructors - instructors}名"));
        }

        if (funding < MinActivityRoomFundingYuan)
        {
            shortfalls.Add(new(RuralContributionKind.ActivityRoomFunding, funding == 0m
                ? "未资助党员活动室建设经费"
                : $"党员活动室经费还差{RuralContributionKindNames.Yuan(MinActivityRoomFundingYuan - funding)}"));
        }

        if (computers < MinComputers)
        {
            shortfalls.Add(new(RuralContributionKind.Computers, computers == 0 ? "未捐赠党员活动专用电脑" : $"党员活动专用电脑还差{MinComputers - computers}台"));
        }

        return new ThreeOnesStanding(instructors, funding, computers, shortfalls, today > new DateOnly(point.Year, 12, 31));
    }
}
