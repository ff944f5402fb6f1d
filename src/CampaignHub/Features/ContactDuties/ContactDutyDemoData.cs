using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.ContactDuties;

/// <summary>
/// Demo contact duties up to the demo's today (2014-04-10): most leaders on track, some behind pace,
/// 东山街道's main leader with a 6-day 驻点 stay, 东山街道's other leader short of one contact-point
/// visit (so recording one turns them green), scheduled receptions ahead, past reception cases
/// (open, in progress, settled, overdue), secondments and party representatives, and 2014's rural points, 三送 and
/// 结对共建 (one point still short of its 三个一).
/// </summary>
public sealed class ContactDutyDemoData : IDemoSeedContributor
{
    private static readonly string[] ContactPoints = ["上坊社区", "竹山社区", "殷巷社区", "淳化街道新建村", "东山街道佘村社区", "秣陵街道元山社区"];

    private static readonly string[] Topics = ["征地拆迁补偿", "社区养老服务", "农村道路改造", "就业帮扶", "老旧小区环境整治", "医疗报销", "学校周边交通安全"];

    public int Order => 70;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var people = await db.Set<Person>().AsNoTracking().ToListAsync(cancellationToken);
        var today = context.Today;
        var random = new Random(2014_0410);
        var yearStart = new DateOnly(today.Year, 1, 1);
        foreach (var person in people.Where(p => p.Role.IsLeader()).OrderBy(p => p.Id))
        {
            var profile = ProfileOf(person, context, random);
            foreach (var activity in Activities(person, profile, yearStart, today, random, tree))
            {
                db.Add(activity);
            }
        }

        SeedPartyRepresentatives(db, people, tree, today, yearStart);
        SeedReceptions(db, context, people, tree, today);
        await db.SaveChangesAsync(cancellationToken);
        await SeedCasesAsync(db, context, people, tree, today, cancellationToken);
        SeedSecondments(db, context, people, tree);
        await SeedResearchAsync(db, context, people, tree, today, cancellationToken);
        await SeedRuralAsync(db, context, people, tree, cancellationToken);
    }

    /// <summary>
    /// 2014's rural points, 三送 and 结对共建 (赣市直字〔2010〕33号's “三问三送三学” as the Jiangning units practise it):
    /// 区民政局's point at 新建村 and 区城管局's at 元山社区 have all three ones; 区人社局's at 佘村社区 has its instructor but
    /// only ¥7,000 of the ¥10,000 and no computer yet, so the shortfall shows. Dates run from January to early April.
    /// </summary>
    private static async Task SeedRuralAsync(CampaignHubDbContext db, DemoSeedContext context, List<Person> people, UnitTree tree, CancellationToken cancellationToken)
    {
        static FixedClock On(DateOnly day) => new(ChinaTime.StartOf(day).AddHours(16));
        static DateOnly D(int month, int day) => new(2014, month, day);
        var asOf = On(D(4, 9));

        var minzheng = RuralPoint.Designate(context.Units["minzheng"], 2014, "淳化街道新建村", null, [], Actor.System, tree, On(D(1, 10)));
        minzheng.DispatchInstructor("孙建华", D(3, 3), Actor.System, tree, asOf);
        minzheng.FundActivityRoom(10_000m, "江宁民政财〔2014〕12号", D(3, 18), Actor.System, tree, asOf);
        minzheng.DonateComputers(2, D(3, 25), Actor.System, tree, asOf);

        var chengguan = RuralPoint.Designate(context.Units["chengguan"], 2014, "秣陵街道元山社区", null, [], Actor.System, tree, On(D(1, 15)));
        chengguan.DispatchInstructor("朱卫平", D(2, 17), Actor.System, tree, asOf);
        chengguan.FundActivityRoom(12_000m, "宁城管财2014-009", D(3, 4), Actor.System, tree, asOf);
        chengguan.DonateComputers(1, D(3, 4), Actor.System, tree, asOf);

        var renshe = RuralPoint.Designate(context.Units["renshe"], 2014, "东山街道佘村社区", null, [], Actor.System, tree, On(D(1, 20)));
        renshe.DispatchInstructor("李志远", D(3, 10), Actor.System, tree, asOf);
        renshe.FundActivityRoom(7_000m, "宁人社财2014-027", D(3, 28), Actor.System, tree, asOf);
        db.AddRange(minzheng, chengguan, renshe);

        Person Of(string unit, PersonRole role) => people.First(p => p.UnitId == context.Units[unit] && p.Role == role);
        ThreeSendsRecord Send(string unit, PersonRole role, ThreeSendsKind kind, SendRecipientKind recipientKind, string recipient, DateOnly on, string content) =>
            ThreeSendsRecord.Record(context.Units[unit], Of(unit, role), kind, recipientKind, recipient, on, content, Actor.System, tree, On(on));
        db.AddRange(
            Send("minzheng", PersonRole.OtherLeader, ThreeSendsKind.Warmth, SendRecipientKind.Family, "淳化街道新建村王桂兰家", D(1, 24), "春节前走访结对困难家庭，送去慰问金500元和米、油，帮助申请临时救助"),
            Send("renshe", PersonRole.OtherLeader, ThreeSendsKind.Policy, SendRecipientKind.Enterprise, "南京天元食品有限公司", D(2, 20), "宣讲小微企业吸纳就业社保补贴和创业担保贷款政策，现场解答用工备案问题"),
            Send("renshe", PersonRole.MainLeader, ThreeSendsKind.Service, SendRecipientKind.Enterprise, "南京天元食品有限公司", D(3, 6), "协调区人力资源市场专场招聘，帮助企业招到一线工人12名"),
            Send("dongshan", PersonRole.OtherLeader, ThreeSendsKind.Policy, SendRecipientKind.Family, "佘村社区低保户陈德顺家", D(3, 12), "讲解城乡居民基本养老保险和最低生活保障政策，帮助补齐申请材料"),
            Send("dongshan", PersonRole.MainLeader, ThreeSendsKind.Warmth, SendRecipientKind.Family, "上坊社区独居老人刘翠英家", D(3, 21), "结对帮扶独居老人，联系社区居家养老服务站每周上门助餐"),
            Send("minzheng", PersonRole.MainLeader, ThreeSendsKind.Service, SendRecipientKind.Family, "淳化街道新建村残疾人张永福家", D(4, 2), "协调配发轮椅，办理残疾人两项补贴"));

        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var minzhengPairing = PartyPairing.Form(units[context.Units["minzheng"]], "区民政局机关党支部", null, "淳化街道新建村党总支", RuralOrganisationKind.NewCountrysidePoint,
            D(2, 28), [], Actor.System, tree, On(D(2, 28)));
        minzhengPairing.RecordActivity(D(3, 18), "两支部联合开展主题党日，共同学习“三问三送三学”要求，商定党员活动室建设方案", Actor.System, tree, asOf);
        minzhengPairing.RecordActivity(D(4, 3), "机关党员与村党员结对走访困难户8户，共同梳理村民反映的问题6条", Actor.System, tree, asOf);
        var renshePairing = PartyPairing.Form(units[context.Units["renshe"]], "区人社局机关党总支", null, "东山街道佘村社区党总支", RuralOrganisationKind.NewCountrysidePoint,
            D(3, 10), [], Actor.System, tree, On(D(3, 10)));
        var yinxiang = units[context.Units["yinxiang"]];
        var weishengPairing = PartyPairing.Form(units[context.Units["weisheng"]], "区卫生局机关党委", yinxiang, "殷巷社区党委", RuralOrganisationKind.PovertyAlleviationPoint,
            D(1, 8), [], Actor.System, tree, On(D(1, 8)));
        weishengPairing.RecordActivity(D(3, 5), "组织机关党员医生到殷巷社区义诊，为困难群众建立健康档案40份", Actor.System, tree, asOf);
        db.AddRange(minzhengPairing, renshePairing, weishengPairing);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Yearly research plans filed in January 2014 (every leader but 秣陵街道's, who are flagged), reports on the
    /// topics finished by early April, and 东山街道's exchange meeting on 8 April discussing two of them.
    /// </summary>
    private static async Task SeedResearchAsync(CampaignHubDbContext db, DemoSeedContext context, List<Person> people, UnitTree tree, DateOnly today, CancellationToken cancellationToken)
    {
        var moling = context.Units["moling"];
        var plans = new List<ResearchPlan>();
        foreach (var leader in people.Where(p => p.Role.IsLeader() && p.UnitId != moling).OrderBy(p => p.Id))
        {
            var topic = Topics[leader.Id % Topics.Length];
            var second = Topics[(leader.Id + 3) % Topics.Length];
            var filedOn = new DateOnly(today.Year, 1, 15).AddDays(leader.Id % 10);
            plans.Add(ResearchPlan.File(leader.Id, leader.UnitId, today.Year, [$"{topic}问题调研", $"{second}情况调研"], Actor.System, tree,
                new FixedClock(ChinaTime.StartOf(filedOn).AddHours(10))));
        }

        db.AddRange(plans);
        await db.SaveChangesAsync(cancellationToken);

        // Main leaders of the sub-districts and bureaus report on their first topic by early April.
        foreach (var plan in plans.Where(p => people.Single(x => x.Id == p.PersonId).Role == PersonRole.MainLeader))
        {
            var topic = plan.Topics[0];
            var on = new DateOnly(today.Year, 3, 20).AddDays(plan.PersonId % 15);
            plan.FileReport(topic.Id, $"关于{topic.Title.Replace("问题调研", string.Empty, StringComparison.Ordinal)}的调研报告", "摸清基本情况，梳理突出问题，提出对策建议4条，报区委参阅",
                on, Actor.System, tree, new FixedClock(ChinaTime.StartOf(on).AddHours(17)));
        }

        await db.SaveChangesAsync(cancellationToken);

        var dongshan = context.Units["dongshan"];
        var dongshanReports = plans.Where(p => p.UnitId == dongshan).SelectMany(p => p.Topics).Where(t => t.HasReport).Select(t => t.Id).ToList();
        var april8 = new DateOnly(today.Year, 4, 8);
        db.Add(ResearchExchange.Hold(dongshan, april8, "东山街道党工委会议室", "交流一季度调研成果，明确老旧小区整治和征地拆迁补偿两项成果转化的牵头科室和时限",
            dongshanReports, plans.Where(p => p.UnitId == dongshan).ToList(), Actor.System, tree, new FixedClock(ChinaTime.StartOf(april8).AddHours(16))));
        await db.SaveChangesAsync(cancellationToken);
    }

    private enum Profile
    {
        OnTrack,
        ShortOfStayDays,
        MissedReceptionPeriod,
        ShortOfContactPointVisit,
    }

    private static Profile ProfileOf(Person person, DemoSeedContext context, Random random)
    {
        if (person.UnitId == context.Units["dongshan"])
        {
            return person.Role == PersonRole.MainLeader ? Profile.OnTrack : Profile.ShortOfContactPointVisit;
        }

        return random.NextDouble() switch
        {
            < 0.6 => Profile.OnTrack,
            < 0.75 => Profile.ShortOfStayDays,
            < 0.9 => Profile.MissedReceptionPeriod,
            _ => Profile.ShortOfContactPointVisit,
        };
    }

    private static IEnumerable<ContactActivity> Activities(Person person, Profile profile, DateOnly yearStart, DateOnly today, Random random, UnitTree tree)
    {
        var main = person.Role == PersonRole.MainLeader;
        var contactPoint = ContactPoints[person.Id % ContactPoints.Length];
        var topic = Topics[person.Id % Topics.Length];

        // Research stays: ≥ the days due by now (main 60/yr, other 30/yr), in stays of 2–4 days.
        var dueDays = (main ? 60 : 30) * (today.DayNumber - yearStart.DayNumber + 1) / 365 + 3;
        var targetDays = profile == Profile.ShortOfStayDays ? dueDays / 3 : dueDays;
        var day = yearStart.AddDays(6 + random.Next(0, 4));
        var stayed = 0;
        var isDongshanMain = main && person.Name == "孔繁荣";
        if (isDongshanMain)
        {
            // The 驻点 stay: 6 consecutive days at a contact point (003 一.3 "5-7天").
            var stayStart = new DateOnly(today.Year, 3, 10);
            yield return Record(person, DutyType.ResearchStay, stayStart, stayStart.AddDays(5), $"{contactPoint}（驻点）",
                "社区居民、网格员、困难户", $"驻点调研{topic}，吃住在社区，逐户走访", "形成问题清单12条，当场解决3条", tree);
            stayed += 6;
        }

        while (stayed < targetDays && day < today.AddDays(-4))
        {
            var length = Math.Min(random.Next(2, 5), targetDays - stayed);
            yield return Record(person, DutyType.ResearchStay, day, day.AddDays(length - 1), contactPoint,
                "村（社区）干部、群众代表", $"围绕{topic}开展蹲点调研", "摸清情况，形成调研笔记", tree);
            stayed += length;
            day = day.AddDays(length + random.Next(5, 10));
        }

        // Reception days: every month (main) or half-month (other) so far, one missed for some.
        var skipped = profile == Profile.MissedReceptionPeriod ? 2 : -1;
        var periods = ComplianceEngine.PeriodsOf(main ? QuotaPeriod.Month : QuotaPeriod.HalfMonth, today.Year)
            .Where(p => p.Start < today).ToList();
        for (var i = 0; i < periods.Count; i++)
        {
            var onDay = periods[i].Start.AddDays(Math.Min(4 + (person.Id % 5), periods[i].Days - 1));
            if (i == skipped || onDay > today.AddDays(-1))
            {
                continue;
            }

            yield return Record(person, DutyType.ReceptionDay, onDay, onDay, $"{UnitPlace(person)}群众来访接待室",
                "来访群众", "领导接待日，接待来访群众", "登记诉求并交办", tree);
        }

        if (profile != Profile.ShortOfContactPointVisit)
        {
            var visit = new DateOnly(today.Year, 2, 18).AddDays(person.Id % 20);
            yield return Record(person, DutyType.ContactPointVisit, visit, visit, contactPoint, "联系点党员干部、群众", "深入联系点，召开座谈会听取意见", "收集意见建议5条", tree);
        }

        var hardship = new DateOnly(today.Year, 1, 20).AddDays(person.Id % 7);
        yield return Record(person, DutyType.HardshipFamilyVisit, hardship, hardship, $"{contactPoint}结对困难家庭", "结对困难户", "春节前走访慰问结对困难家庭", "送去慰问金和生活用品", tree);

        var caseVisit = new DateOnly(today.Year, 3, 5).AddDays(person.Id % 15);
        yield return Record(person, DutyType.CaseCarryingVisit, caseVisit, caseVisit, contactPoint, "信访群众", $"带案下访，化解{topic}方面的信访积案", "与群众达成解决意见", tree);

        var talk = new DateOnly(today.Year, 2, 25).AddDays(person.Id % 10);
        yield return Record(person, DutyType.HeartToHeartTalk, talk, talk, UnitPlace(person), "分管部门干部", "与分管部门干部谈心谈话", "了解思想状况，提出改进作风要求", tree);

        if (person.Id % 3 == 0)
        {
            var matter = new DateOnly(today.Year, 3, 20).AddDays(person.Id % 10);
            yield return Record(person, DutyType.PracticalMatter, matter, matter, contactPoint, "社区居民", $"为联系点协调解决{topic}问题", "已办结，群众满意", tree);
        }

        if (person.Id % 4 == 0)
        {
            var report = new DateOnly(today.Year, 3, 28).AddDays(person.Id % 7);
            yield return Record(person, DutyType.ResearchReport, report, report, UnitPlace(person), null, $"《关于{topic}情况的调研报告》", "报送区委，提出对策建议4条", tree);
        }
    }

    private static string UnitPlace(Person person) => person.Title?.Contains("社区", StringComparison.Ordinal) == true ? "社区服务中心" : "机关";

    private static ContactActivity Record(Person person, DutyType type, DateOnly start, DateOnly end, string place, string? met, string content, string? outcome, UnitTree tree)
    {
        var clock = new FixedClock(ChinaTime.StartOf(end).AddHours(18));
        return ContactActivity.Record(person.Id, person.UnitId, type, start, end, place, met, content, outcome, Actor.System, tree, clock);
    }

    private static void SeedPartyRepresentatives(CampaignHubDbContext db, List<Person> people, UnitTree tree, DateOnly today, DateOnly yearStart)
    {
        var kong = people.Single(p => p.Name == "孔繁荣");
        var hua = people.Single(p => p.Name == "华志刚");
        var zhao = people.Single(p => p.Name == "赵德明");
        db.Add(PartyRepresentative.Appoint(kong.Id, kong.UnitId, QuotaRole.CityPartyRepresentative, new DateOnly(2012, 1, 1), null, Actor.System, tree));
        db.Add(PartyRepresentative.Appoint(hua.Id, hua.UnitId, QuotaRole.UnitPartyRepresentative, new DateOnly(2012, 1, 1), null, Actor.System, tree));
        db.Add(PartyRepresentative.Appoint(zhao.Id, zhao.UnitId, QuotaRole.UnitPartyRepresentative, new DateOnly(2012, 1, 1), null, Actor.System, tree));

        // 孔繁荣 on pace (1 of 4 due by April); 华志刚 behind (0 of 2 due); 赵德明 on pace (2 of 2).
        var studio = yearStart.AddDays(40);
        db.Add(Record(kong, DutyType.PartyRepStudioActivity, studio, studio, "东山街道党代表工作室", "党员群众", "党代表工作室接待日", "收集意见3条", tree));
        db.Add(Record(zhao, DutyType.PartyRepStudioActivity, studio.AddDays(3), studio.AddDays(3), "区民政局党代表工作室", "党员群众", "党代表工作室接待日", "收集意见2条", tree));
        db.Add(Record(zhao, DutyType.PartyRepStudioActivity, today.AddDays(-12), today.AddDays(-12), "区民政局党代表工作室", "党员群众", "党代表工作室接待日", "收集意见4条", tree));
    }

    private static void SeedReceptions(CampaignHubDbContext db, DemoSeedContext context, List<Person> people, UnitTree tree, DateOnly today)
    {
        var clock = new FixedClock(ChinaTime.StartOf(today).AddHours(9));
        var slots = new (string Unit, PersonRole Role, int DaysAhead, int Hour, ReceptionForm Form)[]
        {
            ("dongshan", PersonRole.MainLeader, 5, 9, ReceptionForm.FixedPlace),
            ("dongshan", PersonRole.OtherLeader, 7, 14, ReceptionForm.Public),
            ("shangfang", PersonRole.MainLeader, 12, 9, ReceptionForm.FixedPlace),
            ("minzheng", PersonRole.MainLeader, 6, 9, ReceptionForm.Thematic),
            ("renshe", PersonRole.OtherLeader, 8, 14, ReceptionForm.Public),
            ("chengguan", PersonRole.MainLeader, 14, 9, ReceptionForm.FixedPlace),
            ("moling", PersonRole.MainLeader, 20, 9, ReceptionForm.FixedPlace),
            ("dongshan", PersonRole.MainLeader, 26, 9, ReceptionForm.FixedPlace),
        };
        foreach (var slot in slots)
        {
            var unitId = context.Units[slot.Unit];
            var leader = people.First(p => p.UnitId == unitId && p.Role == slot.Role);
            var place = slot.Form == ReceptionForm.Thematic ? "区民政局一楼信访接待室（社会救助专题）" : $"{UnitName(slot.Unit)}群众来访接待中心";
            db.Add(ScheduledReception.Schedule(leader.Id, unitId, today.AddDays(slot.DaysAhead), new TimeOnly(slot.Hour, 0), new TimeOnly(slot.Hour + 3, 0), place, slot.Form, Actor.System, tree, clock));
        }

        // One past day for the cases below, announced on 1 March.
        var past = new FixedClock(ChinaTime.StartOf(new DateOnly(today.Year, 3, 1)).AddHours(9));
        var kong = people.First(p => p.UnitId == context.Units["dongshan"] && p.Role == PersonRole.MainLeader);
        db.Add(ScheduledReception.Schedule(kong.Id, kong.UnitId, new DateOnly(today.Year, 3, 14), new TimeOnly(9, 0), new TimeOnly(12, 0), "东山街道群众来访接待中心", ReceptionForm.FixedPlace, Actor.System, tree, past));
    }

    private static string UnitName(string key) => key switch
    {
        "dongshan" => "东山街道",
        "shangfang" => "上坊社区",
        "chengguan" => "区城管局",
        "moling" => "秣陵街道",
        "renshe" => "区人社局",
        _ => "区民政局",
    };

    private static async Task SeedCasesAsync(CampaignHubDbContext db, DemoSeedContext context, List<Person> people, UnitTree tree, DateOnly today, CancellationToken cancellationToken)
    {
        var dongshan = context.Units["dongshan"];
        var kong = people.First(p => p.UnitId == dongshan && p.Role == PersonRole.MainLeader);
        var cao = people.First(p => p.UnitId == dongshan && p.Role == PersonRole.OtherLeader);
        var scheduled = await db.Set<ScheduledReception>().Where(r => r.LeaderPersonId == kong.Id && r.Date < today).Select(r => r.Id).FirstAsync(cancellationToken);
        var coordinator = new Actor("unit", "严晓（东山街道联络员）", new HashSet<string> { Roles.Coordinator }, dongshan);
        var march14 = new DateOnly(today.Year, 3, 14);

        ReceptionCase Open(Person leader, DateOnly on, int? from, string visitor, string matter, string measures, int responsible, DateOnly deadline) =>
            ReceptionCase.Open(leader.UnitId, leader.Id, on, from, visitor, "139****" + (1000 + on.Day * 37 % 9000), matter, measures, responsible, deadline,
                coordinator, tree, new FixedClock(ChinaTime.StartOf(on).AddHours(11)));

        var settled = Open(kong, march14, scheduled, "李桂英", "上坊社区老旧小区雨污管网堵塞，雨天污水漫溢", "街道城管科牵头，协调区城建集团疏通改造管网", context.Units["chengjian"], new DateOnly(today.Year, 3, 31));
        settled.Start(coordinator, new FixedClock(ChinaTime.StartOf(march14.AddDays(1)).AddHours(9)));
        settled.WriteReply("管网已疏通并更换破损管段，经回访群众满意", coordinator);
        var march28 = new FixedClock(ChinaTime.StartOf(new DateOnly(today.Year, 3, 28)).AddHours(16));
        settled.SignReply("同意办结。孔繁荣", kong.Id, march28);
        settled.Settle(coordinator, null, march28);

        var overdue = Open(kong, march14, scheduled, "张建华", "竹山社区征地拆迁安置房交付延期", "街道征收办核实进度，约谈开发单位，书面答复群众", dongshan, new DateOnly(today.Year, 4, 5));
        overdue.Start(coordinator, new FixedClock(ChinaTime.StartOf(march14.AddDays(2)).AddHours(9)));

        // 包案: the overdue resettlement case is owned by the sub-district's other leader, who sees it to closure.
        overdue.AssignCaseOwner(cao.Id, coordinator);
        overdue.WriteReply("开发单位承诺6月底前交付安置房，逾期按日支付过渡费，街道征收办全程跟踪", coordinator);

        // The district's main leader received a visitor on 2 April; the reply waits for his own signature.
        var district = context.Units["district"];
        var districtLeader = people.First(p => p.UnitId == district && p.Role == PersonRole.MainLeader);
        var districtLeaderActor = new Actor("leader", districtLeader.Name, new HashSet<string> { Roles.Leader }, district);
        var april2 = new DateOnly(today.Year, 4, 2);
        var awaitingSignature = ReceptionCase.Open(district, districtLeader.Id, april2, null, "周永平", "138****2046", "东山街道佘村社区山塘加固工程停工，汛期前担心安全",
            "东山街道牵头、区城建集团施工，汛期前完成山塘除险加固", dongshan, new DateOnly(today.Year, 4, 30), districtLeaderActor, tree, new FixedClock(ChinaTime.StartOf(april2).AddHours(10)));
        awaitingSignature.Start(districtLeaderActor, new FixedClock(ChinaTime.StartOf(april2.AddDays(1)).AddHours(9)));
        awaitingSignature.WriteReply("区城建集团已现场查勘，4月25日前复工，5月20日前完成除险加固，施工期间设置警示和巡查", districtLeaderActor);

        var open = Open(cao, today.AddDays(-3), null, "王秀兰", "低保申请材料多次被退回，要求一次性告知", "便民服务中心梳理办事指南，一次性告知所需材料", context.Units["dongshanwindow"], today.AddDays(10));
        var overdueOpen = Open(cao, new DateOnly(today.Year, 3, 20), null, "陈志明", "小区周边夜间施工噪声扰民", "街道城管科联系施工单位，限定施工时间", dongshan, new DateOnly(today.Year, 4, 3));
        db.AddRange(settled, overdue, open, overdueOpen, awaitingSignature);
    }

    private static void SeedSecondments(CampaignHubDbContext db, DemoSeedContext context, List<Person> people, UnitTree tree)
    {
        var renshe = people.First(p => p.UnitId == context.Units["renshe"] && p.Role == PersonRole.Coordinator);
        db.Add(Secondment.Start(renshe.Id, renshe.UnitId, context.Units["yinxiang"], "殷巷社区", SecondmentKind.NewCivilServant,
            new DateOnly(2013, 9, 1), new DateOnly(2014, 8, 31), "章立军", Actor.System, tree));

        var minzheng = people.First(p => p.UnitId == context.Units["minzheng"] && p.Role == PersonRole.OtherLeader);
        db.Add(Secondment.Start(minzheng.Id, minzheng.UnitId, context.Units["chunhua"], "淳化街道", SecondmentKind.ReserveCadre,
            new DateOnly(2013, 3, 1), new DateOnly(2014, 2, 28), "潘国栋", Actor.System, tree));
    }
}
