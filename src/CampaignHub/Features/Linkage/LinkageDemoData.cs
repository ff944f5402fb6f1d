using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Linkage;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Linkage;

/// <summary>
/// The Jiangning campaign's 双联动 in 2014, built through the domain's verbs on the days they happened: district
/// departments visiting their city counterparts in the last days of March (区城管局 never went, so it is overdue; 区政务
/// 服务中心 went on April 2, late); the leaders' point-to-point visits to the grassroots by April 5 (区民政局's two
/// leaders complete, 区人社局's deputy one visit short, its director claiming the window unit's rooted-above opinion);
/// and four opinions from city departments: one answered, one overdue, one waiting for 东山街道's feedback, one
/// not forwarded yet.
/// </summary>
public sealed class LinkageDemoData : IDemoSeedContributor
{
    private static readonly Actor Office = new("office", "区委教育实践活动办公室", new HashSet<string> { Roles.Office }, null);

    public int Order => 120;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var u = context.Units;
        var campaignId = context.CampaignId;
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var people = await db.Set<Person>().AsNoTracking().ToListAsync(cancellationToken);
        Person Main(string key) => people.First(p => p.UnitId == u[key] && p.Role == PersonRole.MainLeader);
        Person Deputy(string key) => people.First(p => p.UnitId == u[key] && p.Role == PersonRole.OtherLeader);
        var districtDeputy = Deputy("district");

        db.Add(UpperDepartmentVisit.Record(campaignId, u["minzheng"], districtDeputy, new UpperVisitDetails(
            new DateOnly(2014, 3, 27), "南京市民政局",
            [
                new FirstBatchItemDraft("市民政局整改：低保审批时限由60天压缩到30天", "区民政局4月底前修订低保审批流程，街道初审10天、区审核15天，审批进度在政务服务中心公开"),
                new FirstBatchItemDraft("市民政局整改：养老服务补贴发放不及时", "补贴按季度直接打卡发放，街道不再代领代发"),
            ],
            [
                new ReportedProblemDraft("社区养老服务用房普遍不足，需要市里出台配建标准", "正在起草新建小区养老服务用房配建办法，6月底前出台"),
                new ReportedProblemDraft("农村五保供养标准城乡差距大", null),
            ],
            "学习市民政局“窗口服务首问负责、限时办结”做法，在区社会救助窗口推行；借鉴“阳光低保”网上公示经验"), Keeper(u["minzheng"]), tree, On(3, 27)));

        db.Add(UpperDepartmentVisit.Record(campaignId, u["renshe"], Main("renshe"), new UpperVisitDetails(
            new DateOnly(2014, 3, 28), "南京市人力资源和社会保障局",
            [new FirstBatchItemDraft("市人社局整改：就业登记、社保转移手续繁琐", "区人社局精简就业登记证明材料，4月起在街道便民服务中心一窗办理")],
            [new ReportedProblemDraft("被征地农民社会保障接续政策不清，群众反映多", "将于二季度下发被征地农民社保接续实施细则")],
            "承接市人社局“人社服务进社区”经验，人社专干下沉社区坐班"), Keeper(u["renshe"]), tree, On(3, 28)));

        db.Add(UpperDepartmentVisit.Record(campaignId, u["weisheng"], Main("weisheng"), new UpperVisitDetails(
            new DateOnly(2014, 3, 31), "南京市卫生局",
            [new FirstBatchItemDraft("市卫生局整改：大医院“看病难”、预约挂号渠道少", "区人民医院开通电话和网上预约挂号，增设自助机")],
            [],
            "借鉴市属医院“先诊疗、后结算”做法，在区人民医院试点"), Keeper(u["weisheng"]), tree, On(3, 31)));

        db.Add(UpperDepartmentVisit.Record(campaignId, u["zhengwu"], Main("zhengwu"), new UpperVisitDetails(
            new DateOnly(2014, 4, 2), "南京市政务服务管理办公室",
            [new FirstBatchItemDraft("市政务办整改：企业开办材料多、跑腿多", "推行企业开办一窗受理、并联审批，材料清单上网公开")],
            [new ReportedProblemDraft("部分审批事项市、区两级重复审查", null)],
            "学习市政务服务中心“一站式”服务和网上预审经验"), Keeper(u["zhengwu"]), tree, On(4, 2)));

        // Point-to-point visits: 区民政局's two leaders complete by April 5; 区人社局's deputy is one visit short.
        AddVisit(db, campaignId, u["minzheng"], Main("minzheng"), (3, 28), "上坊社区", GrassrootsTheme.FindProblems, "居民反映低保复核入户不及时，个别家庭等待两个月", tree);
        AddVisit(db, campaignId, u["minzheng"], Main("minzheng"), (4, 1), "竹山社区", GrassrootsTheme.FindProblems, "困难家庭临时救助审批环节多", tree);
        AddVisit(db, campaignId, u["minzheng"], Main("minzheng"), (4, 4), "殷巷社区", GrassrootsTheme.AskResults, "居民对低保审批公开公示表示认可，希望进一步缩短时限", tree);
        AddVisit(db, campaignId, u["minzheng"], Deputy("minzheng"), (3, 29), "东山街道便民服务中心", GrassrootsTheme.FindProblems, "社会救助窗口材料清单未公开", tree);
        AddVisit(db, campaignId, u["minzheng"], Deputy("minzheng"), (4, 2), "上坊社区", GrassrootsTheme.AskResults, "养老服务补贴打卡发放后居民满意", tree);
        AddVisit(db, campaignId, u["minzheng"], Deputy("minzheng"), (4, 3), "淳化街道", GrassrootsTheme.AskResults, "农村五保集中供养点改造进展顺利", tree);

        var proofOpinion = await db.Set<Opinion>()
            .Where(o => o.CampaignId == campaignId && o.RootedAbove && o.EscalatedToUnitId == u["renshe"])
            .OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        db.Add(GrassrootsVisit.Record(campaignId, u["renshe"], Main("renshe"),
            new GrassrootsVisitDetails(new DateOnly(2014, 3, 30), "东山街道便民服务中心", GrassrootsTheme.FindProblems, "群众反映办理失业登记要先到区里开具证明，来回跑两趟"),
            [new RootedAboveClaimDraft("失业登记证明要求由区人社局规定，基层窗口无权免除：表现在下、根子在上，区人社局认领并纳入整改", proofOpinion, null)],
            Keeper(u["renshe"]), tree, On(3, 30)));
        AddVisit(db, campaignId, u["renshe"], Main("renshe"), (4, 2), "秣陵街道", GrassrootsTheme.AskResults, "人社专干进社区坐班后，群众办事不出社区", tree);
        AddVisit(db, campaignId, u["renshe"], Main("renshe"), (4, 4), "殷巷社区", GrassrootsTheme.FindProblems, "被征地农民社保接续政策咨询多", tree);
        AddVisit(db, campaignId, u["renshe"], Deputy("renshe"), (4, 1), "竹山社区", GrassrootsTheme.FindProblems, "灵活就业人员参保登记流程不清", tree);
        AddVisit(db, campaignId, u["renshe"], Deputy("renshe"), (4, 3), "东山街道", GrassrootsTheme.AskResults, "就业服务点已建成，群众知晓率不高", tree);

        await db.SaveChangesAsync(cancellationToken);

        // Opinions from upper departments, sent to the office and forwarded with a feedback deadline.
        var answered = Received(db, campaignId, "南京市民政局", OpinionCategory.SocialSecurity, "江宁区部分街道低保审批仍超过规定时限，请对照第一批整改要求抓好落实。", (3, 31));
        var overdue = Received(db, campaignId, "南京市人力资源和社会保障局", OpinionCategory.Employment, "被征地农民就业培训覆盖面不够，请区人社局摸清底数、制定培训计划并反馈。", (3, 31));
        var waiting = Received(db, campaignId, "南京市城市管理局", OpinionCategory.PublicOrder, "东山街道主要道路占道经营反复，请街道会同城管部门拿出长效管理办法并反馈。", (4, 8));
        Received(db, campaignId, "南京市卫生局", OpinionCategory.Healthcare, "社区卫生服务中心夜间门诊宣传不够，群众知晓率低。", (4, 10));
        await db.SaveChangesAsync(cancellationToken);

        answered.ForwardForFeedback(u["minzheng"], new DateOnly(2014, 4, 8), "区委副书记 陈建国", Office, tree, On(4, 1));
        answered.AnswerWith("已对全区低保审批逐件排查，超期的12件已全部办结；4月起实行街道初审10天、区审核15天的限时办结制度。", Keeper(u["minzheng"]), tree, On(4, 7));
        overdue.ForwardForFeedback(u["renshe"], new DateOnly(2014, 4, 7), "区委副书记 陈建国", Office, tree, On(4, 1));
        waiting.ForwardForFeedback(u["dongshan"], new DateOnly(2014, 4, 18), null, Office, tree, On(4, 9));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Opinion Received(CampaignHubDbContext db, int campaignId, string department, OpinionCategory category, string content, (int Month, int Day) on)
    {
        var opinion = Opinion.ReceiveFromUpperDepartment(campaignId, department, category, content, new DateOnly(2014, on.Month, on.Day), Office, On(on.Month, on.Day));
        db.Add(opinion);
        return opinion;
    }

    private static void AddVisit(CampaignHubDbContext db, int campaignId, int unitId, Person leader, (int Month, int Day) on, string place, GrassrootsTheme theme, string findings, UnitTree tree) =>
        db.Add(GrassrootsVisit.Record(campaignId, unitId, leader, new GrassrootsVisitDetails(new DateOnly(2014, on.Month, on.Day), place, theme, findings), [], Keeper(unitId), tree, On(on.Month, on.Day)));

    private static Actor Keeper(int unitId) => new("coordinator", "单位联络员", new HashSet<string> { Roles.Coordinator }, unitId);

    /// <summary>A clock in the afternoon of a day of spring 2014.</summary>
    private static FixedClock On(int month, int day) => new(ChinaTime.StartOf(new DateOnly(2014, month, day)).AddHours(15));
}
