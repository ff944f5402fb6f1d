using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>What a quota counts.</summary>
public enum QuotaMeasure
{
    /// <summary>次/篇/件: activities starting in the period.</summary>
    Count = 0,

    /// <summary>天: distinct calendar days covered by activities in the period.</summary>
    Days = 1,
}

/// <summary>The period a quota target is set for.</summary>
public enum QuotaPeriod
{
    /// <summary>每月: 12 periods a year.</summary>
    Month = 0,

    /// <summary>每半月: 24 periods a year (1st–15th, 16th–end of month).</summary>
    HalfMonth = 1,

    /// <summary>每年.</summary>
    Year = 2,
}

public static class QuotaNames
{
    public static string ToChinese(this QuotaMeasure measure) => measure switch
    {
        QuotaMeasure.Count => "次数",
        QuotaMeasure.Days => "天数",
        _ => measure.ToString(),
    };

    public static string Unit(this QuotaMeasure measure) => measure == QuotaMeasure.Days ? "天" : "次";

    public static string ToChinese(this QuotaPeriod period) => period switch
    {
        QuotaPeriod.Month => "每月",
        QuotaPeriod.HalfMonth => "每半月",
        QuotaPeriod.Year => "每年",
        _ => period.ToString(),
    };

    public static int PeriodsPerYear(this QuotaPeriod period) => period switch
    {
        QuotaPeriod.Month => 12,
        QuotaPeriod.HalfMonth => 24,
        _ => 1,
    };
}

/// <summary>
/// One quota (考核指标): a role must fulfil a duty a number of times or days per period.
/// Quotas are data: the defaults come from seed 003 and an administrator may change them.
/// </summary>
public sealed class QuotaRule : AggregateRoot
{
    private QuotaRule()
    {
        Description = string.Empty;
    }

    public QuotaRule(QuotaRole role, DutyType dutyType, int target, QuotaMeasure measure, QuotaPeriod period, string description, int? minConsecutiveDays = null, string? source = null)
        : this()
    {
        Role = role;
        DutyType = dutyType;
        Apply(target, measure, period, description, minConsecutiveDays, source);
        IsActive = true;
    }

    public QuotaRole Role { get; private set; }

    public DutyType DutyType { get; private set; }

    /// <summary>How many activities or days per period.</summary>
    public int Target { get; private set; }

    public QuotaMeasure Measure { get; private set; }

    public QuotaPeriod Period { get; private set; }

    /// <summary>
    /// When set, only a single activity lasting at least this many consecutive days counts
    /// (the 驻点调研 stay of 003 一).
    /// </summary>
    public int? MinConsecutiveDays { get; private set; }

    /// <summary>The requirement in words, as shown on the duty card.</summary>
    public string Description { get; private set; }

    /// <summary>Where the rule comes from, e.g. "镇卫党发〔2014〕38号 一.3".</summary>
    public string? Source { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>"每年 ≥ 60 天", the target in words.</summary>
    public string TargetText => $"{Period.ToChinese()}不少于{Target}{Measure.Unit()}" +
        (MinConsecutiveDays is { } min ? $"（单次连续不少于{min}天）" : string.Empty);

    public void Change(int target, QuotaMeasure measure, QuotaPeriod period, string description, int? minConsecutiveDays, string? source, Actor actor)
    {
        EnsureAdmin(actor);
        Apply(target, measure, period, description, minConsecutiveDays, source);
        Changed();
    }

    public void Deactivate(Actor actor)
    {
        EnsureAdmin(actor);
        IsActive = false;
        Changed();
    }

    public void Activate(Actor actor)
    {
        EnsureAdmin(actor);
        IsActive = true;
        Changed();
    }

    // Changing the figures and switching the rule on or off in one save is one change of the rule.
    private void Changed() => RaiseInstead<QuotaRuleChanged>(new QuotaRuleChanged(this));

    private void Apply(int target, QuotaMeasure measure, QuotaPeriod period, string description, int? minConsecutiveDays, string? source)
    {
        if (!DutyType.IsRecordedAsActivity())
        {
            throw new DomainException($"{DutyType.ToChinese()}不按次数考核，不能设为指标");
        }

        if (target is < 1 or > 366)
        {
            throw new DomainException("指标数值必须在1到366之间");
        }

        if (period != QuotaPeriod.Year && target > 16)
        {
            throw new DomainException("按月或半月考核的指标数值不能超过16");
        }

        if (minConsecutiveDays is { } min)
        {
            if (min is < 2 or > 366)
            {
                throw new DomainException("连续天数必须在2到366之间");
            }

            if (measure != QuotaMeasure.Count)
            {
                throw new DomainException("设置了连续天数的指标只能按次数考核");
            }
        }

        Target = target;
        Measure = measure;
        Period = period;
        MinConsecutiveDays = minConsecutiveDays;
        Description = Guard.Required(description, "指标说明", 200);
        Source = Guard.Optional(source, "依据", 100);
    }

    /// <summary>Only an administrator changes the quotas; the office reads them.</summary>
    public static ActionAnswer WhyCannotChange(Actor actor) =>
        ActionAnswer.When(actor.IsIn(Roles.Admin), ActionAnswer.NotPermitted("只有管理员可以修改考核指标"));

    private static void EnsureAdmin(Actor actor) => WhyCannotChange(actor).Ensure();

    private const string Seed003 = "镇卫党发〔2014〕38号";

    /// <summary>
    /// The default quotas, read from seed 003 (镇卫党发〔2014〕38号). Fresh instances on every call,
    /// to be seeded into the store.
    /// </summary>
    public static IReadOnlyList<QuotaRule> DefaultRules()
    {
        var rules = new List<QuotaRule>();

        // 一.3 "各单位主要领导每年到基层调研不少于2个月，其中5-7天时间到基层驻点调研…每年至少撰写1篇调研报告、
        // 至少调研推进1项具体工作任务". Two months is taken as 60 days.
        rules.Add(new(QuotaRole.MainLeader, DutyType.ResearchStay, 60, QuotaMeasure.Days, QuotaPeriod.Year,
            "每年到基层调研不少于2个月（60天）", source: $"{Seed003} 一.3"));

        // The 驻点 stay: "5-7天" is read as the least a stay must last; a longer single stay also
        // contains the 5–7 days, so it counts (see ComplianceEngine).
        rules.Add(new(QuotaRole.MainLeader, DutyType.ResearchStay, 1, QuotaMeasure.Count, QuotaPeriod.Year,
            "其中一次连续5-7天到基层驻点调研", minConsecutiveDays: 5, source: $"{Seed003} 一.3"));
        rules.Add(new(QuotaRole.MainLeader, DutyType.ResearchReport, 1, QuotaMeasure.Count, QuotaPeriod.Year,
            "每年至少撰写1篇调研报告", source: $"{Seed003} 一.3"));
        rules.Add(new(QuotaRole.MainLeader, DutyType.ResearchDrivenTask, 1, QuotaMeasure.Count, QuotaPeriod.Year,
            "每年至少调研推进1项具体工作任务", source: $"{Seed003} 一.3"));

        // 一.3 "其他党员领导干部每年到基层调研不少于1个月，每年撰写不少于1篇调研报告". One month = 30 days.
        rules.Add(new(QuotaRole.OtherLeader, DutyType.ResearchStay, 30, QuotaMeasure.Days, QuotaPeriod.Year,
            "每年到基层调研不少于1个月（30天）", source: $"{Seed003} 一.3"));
        rules.Add(new(QuotaRole.OtherLeader, DutyType.ResearchReport, 1, QuotaMeasure.Count, QuotaPeriod.Year,
            "每年撰写不少于1篇调研报告", source: $"{Seed003} 一.3"));

        foreach (var role in new[] { QuotaRole.MainLeader, QuotaRole.OtherLeader })
        {
            // 二.3 "党员领导干部要经常深入联系点开展工作，每年不少于2次".
            rules.Add(new(role, DutyType.ContactPointVisit, 2, QuotaMeasure.Count, QuotaPeriod.Year,
                "每年深入基层联系点不少于2次", source: $"{Seed003} 二.3"));

            // 二.1 "结对联系1户困难群众家庭", 二.2 "要走进结对家庭": the seed sets no number of visits;
            // at least one visit a year is how the pairing shows in the records.
            rules.Add(new(role, DutyType.HardshipFamilyVisit, 1, QuotaMeasure.Count, QuotaPeriod.Year,
                "结对联系1户困难群众家庭，每年至少走访1次", source: $"{Seed003} 二.1-2"));

            // 二.3 "每名党员领导干部每年要为联系点、挂钩结对单位和群众至少办l件实事".
            rules.Add(new(role, DutyType.PracticalMatter, 1, QuotaMeasure.Count, QuotaPeriod.Year,
                "每年为联系点、结对单位和群众至少办1件实事", source: $"{Seed003} 二.3"));

            // 四.1 "各单位领导干部带案下访、重点约访原则上每年不少于4次".
            rules.Add(new(role, DutyType.CaseCarryingVisit, 4, QuotaMeasure.Count, QuotaPeriod.Year,
                "带案下访、重点约访每年不少于4次", source: $"{Seed003} 四.1"));

            // 五.1 "各级党员领导干部每年与所分管部门及基层联系点干部群众谈心活动不少于2次".
            rules.Add(new(role, DutyType.HeartToHeartTalk, 2, QuotaMeasure.Count, QuotaPeriod.Year,
                "每年与分管部门及联系点干部群众谈心不少于2次", source: $"{Seed003} 五.1"));
        }

        // 四.1 "各单位主要领导干部每月、其他领导干部每半月至少1天".
        rules.Add(new(QuotaRole.MainLeader, DutyType.ReceptionDay, 1, QuotaMeasure.Days, QuotaPeriod.Month,
            "每月至少1天接待群众来访", source: $"{Seed003} 四.1"));
        rules.Add(new(QuotaRole.OtherLeader, DutyType.ReceptionDay, 1, QuotaMeasure.Days, QuotaPeriod.HalfMonth,
            "每半月至少1天接待群众来访", source: $"{Seed003} 四.1"));

        // 八.1 "市党代表每年到工作室开展活动不少于4次，单位党代表不少于6次";
        // 八.2 "每年开展视察或调查研究至少1次".
        rules.Add(new(QuotaRole.CityPartyRepresentative, DutyType.PartyRepStudioActivity, 4, QuotaMeasure.Count, QuotaPeriod.Year,
            "每年到党代表工作室开展活动不少于4次", source: $"{Seed003} 八.1"));
        rules.Add(new(QuotaRole.UnitPartyRepresentative, DutyType.PartyRepStudioActivity, 6, QuotaMeasure.Count, QuotaPeriod.Year,
            "每年到党代表工作室开展活动不少于6次", source: $"{Seed003} 八.1"));
        foreach (var role in new[] { QuotaRole.CityPartyRepresentative, QuotaRole.UnitPartyRepresentative })
        {
            rules.Add(new(role, DutyType.PartyRepInspection, 1, QuotaMeasure.Count, QuotaPeriod.Year,
                "每年开展视察或调查研究至少1次", source: $"{Seed003} 八.2"));
        }

        return rules;
    }
}
