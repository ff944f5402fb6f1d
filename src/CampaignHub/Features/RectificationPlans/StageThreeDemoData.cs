using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.EducationPeriods;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Domain.RuleRegister;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.RectificationPlans;

/// <summary>
/// The Jiangning campaign's 整改落实、建章立制 before the demo's today (2014-04-10), built through the domain's verbs:
/// 区民政局's team plan taking up its reopened 低保 item and creating two more, its deputy's personal measures; 东山街道's
/// plan taking up its 发文 item; 上坊社区's 问题清单 with its street-lamp fix; rules at every status (区民政局 in force,
/// 东山街道 issued, with the supervision group's comment, 区城管局 drafting); and the units' education periods, 淳化街道's
/// planned under three months and commented on by the group.
/// </summary>
public sealed class StageThreeDemoData : IDemoSeedContributor
{
    public int Order => 120;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var u = context.Units;
        var campaignId = context.CampaignId;
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var items = await db.Set<RectificationItem>().Where(i => i.CampaignId == campaignId).ToListAsync(cancellationToken);
        RectificationItem ItemOf(int unitId, string titleStart) => items.First(i => i.UnitId == unitId && i.Title.StartsWith(titleStart, StringComparison.Ordinal));

        var minzheng = File(campaignId, u["minzheng"], UnitKind.Agency, RectificationPlanKind.TeamPlan, null,
            new PlanText("区民政局领导班子整改方案", "针对对照检查和专题民主生活会查摆出的“四风”问题，制定3项整改措施，逐项明确目标、措施、责任人和时限，9月底前全部完成并向群众公开。", "低保审核周期长、入户调查不及时；调研多在机关，下基层听意见少；社区办事证明多、跑腿多"),
            tree, On(4, 1));
        minzheng.Link(ItemOf(u["minzheng"], "低保审核"), false, Keeper(u["minzheng"]), tree, On(4, 1));
        minzheng.CreateItem(new NewPlanItem("班子成员联系社区制度落实不到位", "班子成员下基层调研少，对社区反映的问题回应不及时。", "每名班子成员联系2个社区，每月至少走访1次", "建立班子成员联系社区台账，走访情况每月通报", "赵德明", new DateOnly(2014, 6, 30)), Keeper(u["minzheng"]), tree, On(4, 2));
        minzheng.CreateItem(new NewPlanItem("社区证明事项过多", "群众反映办理救助需社区开具多项证明。", "取消不必要的证明事项", null, "孙丽华", null), Keeper(u["minzheng"]), tree, On(4, 2));
        minzheng.Comment("整改措施较具体；“社区证明事项过多”一项四有不全，请尽快补充措施和时限。", Supervisor(u["minzheng"]), tree, On(4, 3));
        db.Add(minzheng);

        var deputy = await PersonAsync(db, u["minzheng"], PersonRole.OtherLeader, cancellationToken);
        var measures = File(campaignId, u["minzheng"], UnitKind.Agency, RectificationPlanKind.PersonalMeasures, deputy,
            new PlanText("孙丽华同志个人整改措施", "带头深入基层，分管的社会救助工作审核时限压缩到30天。", "分管社会救助工作，对审核流程简化推动不力"), tree, On(4, 3));
        db.Add(measures);

        var dongshan = File(campaignId, u["dongshan"], UnitKind.StreetOrTownship, RectificationPlanKind.TeamPlan, null,
            new PlanText("东山街道党工委领导班子整改方案", "精简会议文件、改进便民服务，整改情况在街道公开栏公示。", "街道发文、开会过多，基层疲于应付；便民服务中心窗口排队时间长"), tree, On(4, 4));
        dongshan.Link(ItemOf(u["dongshan"], "街道发文"), false, Keeper(u["dongshan"]), tree, On(4, 4));
        db.Add(dongshan);

        var shangfang = File(campaignId, u["shangfang"], UnitKind.VillageOrCommunity, RectificationPlanKind.ProblemList, null,
            new PlanText("上坊社区问题清单", "逐项列出居民反映的问题和整改措施，立行立改。", "老旧小区路灯损坏；社区办事时间与居民上班时间冲突"), tree, On(4, 5));
        shangfang.Link(ItemOf(u["shangfang"], "老旧小区路灯"), false, Keeper(u["shangfang"]), tree, On(4, 5));
        db.Add(shangfang);

        var allowanceRule = RuleRecord.Register(campaignId, u["minzheng"], "最低生活保障审核审批限时办结制度", RuleKind.New, "入户调查与公示并联进行，审核审批时限30天，超时通报。", new DateOnly(2014, 3, 25), Keeper(u["minzheng"]), tree, On(3, 25));
        allowanceRule.Answer(ItemOf(u["minzheng"], "低保审核"), Keeper(u["minzheng"]), tree, On(3, 25));
        allowanceRule.Issue(new DateOnly(2014, 4, 1), "江民发〔2014〕18号", Keeper(u["minzheng"]), tree, On(4, 1));
        allowanceRule.PutInForce(new DateOnly(2014, 4, 8), Keeper(u["minzheng"]), tree, On(4, 8));
        db.Add(allowanceRule);

        var meetingsRule = RuleRecord.Register(campaignId, u["dongshan"], "街道会议和发文审核办法", RuleKind.Revised, "各科室发文、召开会议须经分管领导审核，能合并的合并。", new DateOnly(2014, 4, 2), Keeper(u["dongshan"]), tree, On(4, 2));
        meetingsRule.Answer(ItemOf(u["dongshan"], "街道发文"), Keeper(u["dongshan"]), tree, On(4, 2));
        meetingsRule.Issue(new DateOnly(2014, 4, 9), "东街发〔2014〕9号", Keeper(u["dongshan"]), tree, On(4, 9));
        meetingsRule.Comment("办法对口，请补充执行情况的检查和通报办法，施行后报督导组。", Supervisor(u["dongshan"]), tree, On(4, 10));
        db.Add(meetingsRule);

        var enforcementRule = RuleRecord.Register(campaignId, u["chengguan"], "城管执法文明规范", RuleKind.Revised, "规范执法用语和程序，推行“721”工作法。", new DateOnly(2014, 4, 7), Keeper(u["chengguan"]), tree, On(4, 7));
        enforcementRule.Answer(ItemOf(u["chengguan"], "农贸市场"), Keeper(u["chengguan"]), tree, On(4, 7));
        db.Add(enforcementRule);

        // Most units plan the three months and more; 淳化街道 planned ten weeks and is flagged.
        foreach (var key in new[] { "district", "minzheng", "weisheng", "chengguan", "dongshan", "shangfang", "moling" })
        {
            var period = EducationPeriod.Plan(campaignId, u[key], new DateOnly(2014, 3, 1), new DateOnly(2014, 6, 30), null, Keeper(u[key]), tree, On(3, 1));
            if (key is "minzheng" or "dongshan")
            {
                period.Record(period.PlannedStart, period.PlannedEnd, new DateOnly(2014, 3, 3), null, null, Keeper(u[key]), tree, On(3, 3));
            }

            db.Add(period);
        }

        var chunhua = EducationPeriod.Plan(campaignId, u["chunhua"], new DateOnly(2014, 3, 15), new DateOnly(2014, 5, 25), "街道拆迁任务重，集中教育时间压缩", Keeper(u["chunhua"]), tree, On(3, 10));
        chunhua.Comment("集中教育时间一般不少于3个月，拆迁任务不是压缩的理由，请调整计划至6月中旬。", Supervisor(u["chunhua"]), tree, On(3, 20));
        db.Add(chunhua);
    }

    private static RectificationPlan File(int campaignId, int unitId, UnitKind unitKind, RectificationPlanKind kind, PlanMember? member, PlanText text, UnitTree tree, FixedClock clock) =>
        RectificationPlan.File(campaignId, unitId, unitKind, kind, member, text, Keeper(unitId), tree, clock);

    private static async Task<PlanMember> PersonAsync(CampaignHubDbContext db, int unitId, PersonRole role, CancellationToken cancellationToken)
    {
        var person = await db.Set<Person>().AsNoTracking().Where(p => p.UnitId == unitId && p.Role == role).OrderBy(p => p.Id).FirstAsync(cancellationToken);
        return new PlanMember(person.Id, person.UnitId, person.Name, person.Role, person.LeftOn is null);
    }

    private static Actor Keeper(int unitId) => new("coordinator", "单位联络员", new HashSet<string> { Roles.Coordinator }, unitId);

    private static Actor Supervisor(int unitId) => new("supervisor", DemoData.SupervisionGroupName, new HashSet<string> { Roles.Supervisor }, null, new HashSet<int> { unitId });

    private static FixedClock On(int month, int day) => new(ChinaTime.StartOf(new DateOnly(2014, month, day)).AddHours(10));
}
