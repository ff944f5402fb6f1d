using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// Demo data: a closed first-quarter survey and the open April survey, with about 1,300 questionnaires (online with
/// spent codes, and paper imports). 区城管局 and 区政务服务中心 fall below 80% and are flagged; 区个私协会 has too few
/// answers (样本不足); 政务服务中心's order is overdue, 城管局's is open; a uniform batch sits in 淳化街道's answers;
/// unused codes of the open survey are ready to hand out.
/// </summary>
public sealed class SatisfactionDemoSeed(LowSatisfactionMonitor monitor) : IDemoSeedContributor
{
    public const string ClosedSurveyTitle = "2014年一季度机关作风满意度测评";
    public const string OpenSurveyTitle = "2014年4月“双满意”测评";

    public const string DemoThirdParty = "南京市社情民意调查中心";

    /// <summary>Questionnaires per unit before a rate is shown: ~50 arrived per unit in the closed survey, 3 for 区个私协会 in the open one.</summary>
    private const int DemoMinimumSample = 20;

    private static readonly Actor Office = new("office", "区委教育实践活动办公室", new HashSet<string> { Roles.Office }, null);
    private static readonly Actor Supervisor = new("supervisor", "区委第一督导组", new HashSet<string> { Roles.Supervisor }, null);

    /// <summary>Each unit's share of 满意/基本满意 among valid answers (others get 0.86–0.96).</summary>
    private static readonly Dictionary<string, (double Closed, double Open)> Profiles = new()
    {
        ["chengguan"] = (0.70, 0.74),
        ["zhengwu"] = (0.75, 0.84),
        ["dongshan"] = (0.90, 0.93),
    };

    public int Order => 50;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var random = new Random(4);
        var targets = context.Units.Where(u => u.Key != "district").ToDictionary(u => u.Key, u => u.Value);
        var clock = new FixedClock(At(2014, 3, 26, 9));

        // The closed survey: 3/27 09:00 – 4/5 18:00, ~50 questionnaires per unit.
        var closed = SatisfactionSurvey.Create(context.CampaignId, ClosedSurveyTitle, At(2014, 3, 27, 9), At(2014, 4, 5, 18), targets.Values, Office, clock, DemoMinimumSample);
        db.Add(closed);
        await db.SaveChangesAsync(cancellationToken);
        clock.Set(At(2014, 3, 27, 9));
        closed.Open(Office, clock);
        AddAnswers(db, closed, targets, u => Profile(u, random, closed: true), u => 50, At(2014, 3, 27, 9), At(2014, 4, 5, 17), "Q1", random, clock);
        await db.SaveChangesAsync(cancellationToken);
        clock.Set(At(2014, 4, 5, 18));
        closed.CloseIfDue(clock);
        await monitor.FlagLowUnitsAsync(db, closed, cancellationToken, clock);
        await db.SaveChangesAsync(cancellationToken);

        // The open survey: 4/8 09:00 – 4/20 18:00, ~30 so far per unit; 区个私协会 only 3 (样本不足).
        clock.Set(At(2014, 4, 7, 9));
        var open = SatisfactionSurvey.Create(context.CampaignId, OpenSurveyTitle, At(2014, 4, 8, 9), At(2014, 4, 20, 18), targets.Values, Office, clock, DemoMinimumSample);
        // The district's assessment is run by a third party, as the 双满意 assessment asks (第三方评估).
        open.AssignThirdParty(DemoThirdParty);
        db.Add(open);
        await db.SaveChangesAsync(cancellationToken);
        clock.Set(At(2014, 4, 8, 9));
        open.Open(Office, clock);
        AddAnswers(db, open, targets, u => Profile(u, random, closed: false), u => u == "feigong" ? 3 : 30, At(2014, 4, 8, 9), At(2014, 4, 9, 20), "A", random, clock);
        AddUniformBatch(db, open, targets["chunhua"], clock);
        await db.SaveChangesAsync(cancellationToken);
        await monitor.FlagLowUnitsAsync(db, open, cancellationToken, clock);

        // Unused codes to hand out: 4 per unit for each of three groups.
        clock.Set(At(2014, 4, 9, 16));
        foreach (var unitId in targets.Values)
        {
            foreach (var group in open.RespondentGroups.Take(3))
            {
                db.AddRange(ResponseCode.Generate(open, unitId, group.Number, 4, Office, clock));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedOrdersAsync(db, context, targets, cancellationToken);
    }

    private static async Task SeedOrdersAsync(CampaignHubDbContext db, DemoSeedContext context, Dictionary<string, int> targets, CancellationToken cancellationToken)
    {
        var flags = db.ChangeTracker.Entries<UnitFlag>().Select(e => e.Entity).ToList();
        var zhengwuFlag = flags.Single(f => f.UnitId == targets["zhengwu"]);
        var chengguanFlag = flags.Single(f => f.UnitId == targets["chengguan"]);

        // Overdue: deadline 4/9 has passed.
        var overdue = RectificationOrder.Issue(context.CampaignId, targets["zhengwu"], "一季度满意率低于80%，群众反映窗口办事推诿、排队时间长，限期整改", new DateOnly(2014, 4, 9), Supervisor with { SupervisedUnitIds = context.Units.Values.ToHashSet() }, new FixedClock(At(2014, 4, 6, 10)), zhengwuFlag.Id);
        db.Add(overdue);

        // Open: the unit has responded, a re-survey is still to be arranged.
        var open = RectificationOrder.Issue(context.CampaignId, targets["chengguan"], "一季度满意率低于80%，服务态度和干部作风两项评价最低，限期整改并复测", new DateOnly(2014, 4, 30), Supervisor with { SupervisedUnitIds = context.Units.Values.ToHashSet() }, new FixedClock(At(2014, 4, 7, 10)), chengguanFlag.Id);
        var coordinator = new Actor("chengguan-coordinator", "秦芳（区城管局联络员）", new HashSet<string> { Roles.Coordinator }, targets["chengguan"]);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        open.ReportBack("已召开专题会议查摆问题，制定整改措施12条：规范执法用语、设立投诉受理岗、每周局领导接待日。", null, null, coordinator, tree, new FixedClock(At(2014, 4, 9, 15)));
        db.Add(open);

        // A sub-unit's order its parent answers for: 东山便民中心, flagged by the supervisor; 东山街道's coordinator
        // reports back for it (the window unit has no account of its own in the demo).
        var windowFlag = UnitFlag.RaiseManual(context.CampaignId, targets["dongshanwindow"], "暗访发现窗口午间无人值守，群众等候超过40分钟", Supervisor with { SupervisedUnitIds = context.Units.Values.ToHashSet() }, new FixedClock(At(2014, 4, 8, 11)));
        db.Add(windowFlag);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(RectificationOrder.Issue(context.CampaignId, targets["dongshanwindow"], "窗口午间无人值守，限期建立午间轮岗制度并公示值班表", new DateOnly(2014, 4, 18), Supervisor with { SupervisedUnitIds = context.Units.Values.ToHashSet() }, new FixedClock(At(2014, 4, 8, 15)), windowFlag.Id));
    }

    private static void AddAnswers(
        CampaignHubDbContext db,
        SatisfactionSurvey survey,
        Dictionary<string, int> targets,
        Func<string, double> profile,
        Func<string, int> count,
        DateTimeOffset from,
        DateTimeOffset to,
        string batchPrefix,
        Random random,
        FixedClock clock)
    {
        var groups = survey.RespondentGroups;
        var paper = new List<SurveyResponse>();
        var span = (to - from).TotalMinutes;
        foreach (var (key, unitId) in targets)
        {
            var positive = profile(key);
            for (var i = 0; i < count(key); i++)
            {
                var group = groups[random.Next(groups.Count)].Number;
                var answers = survey.Questions.ToDictionary(q => q.Number, q => Draw(random, positive - (q.Text == "干部作风" ? 0.03 : 0)));
                clock.Set(from.AddMinutes(random.NextDouble() * span));
                if (random.NextDouble() < 0.7)
                {
                    var code = ResponseCode.Generate(survey, unitId, group, 1, Office, clock)[0];
                    db.Add(code);
                    db.Add(SurveyResponse.SubmitOnline(survey, code, answers, clock));
                }
                else
                {
                    paper.Add(SurveyResponse.ImportPaper(survey, unitId, group, $"{batchPrefix}-{unitId:00}", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), answers, Office, clock));
                }
            }
        }

        db.AddRange(paper);
        clock.Set(to);
        db.Add(PaperImport.Record(survey, $"{survey.Title}-纸质问卷.xlsx", paper, Office, clock));
    }

    /// <summary>Twelve identical all-满意 answers from one group within eight minutes: the uniform-batch rule flags them.</summary>
    private static void AddUniformBatch(CampaignHubDbContext db, SatisfactionSurvey survey, int unitId, FixedClock clock)
    {
        var group = survey.RespondentGroups.Single(g => g.Name == "社区居民代表").Number;
        var answers = survey.Questions.ToDictionary(q => q.Number, _ => (Answer?)Answer.Satisfied);
        for (var i = 0; i < 12; i++)
        {
            clock.Set(At(2014, 4, 9, 21).AddSeconds(40 * i));
            var code = ResponseCode.Generate(survey, unitId, group, 1, Office, clock)[0];
            db.Add(code);
            db.Add(SurveyResponse.SubmitOnline(survey, code, answers, clock));
        }
    }

    private static Answer? Draw(Random random, double positive)
    {
        if (random.NextDouble() < 0.06)
        {
            return random.NextDouble() < 0.5 ? Answer.DontKnow : null;
        }

        if (random.NextDouble() >= positive)
        {
            return Answer.Dissatisfied;
        }

        return random.NextDouble() < 0.65 ? Answer.Satisfied : Answer.BasicallySatisfied;
    }

    private static double Profile(string unitKey, Random random, bool closed) =>
        Profiles.TryGetValue(unitKey, out var p) ? (closed ? p.Closed : p.Open) : 0.86 + (random.NextDouble() * 0.10);

    private static DateTimeOffset At(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, ChinaTime.Offset);
}
