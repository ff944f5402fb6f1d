using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Supervision;

/// <summary>
/// Demo data: the district's first supervision group at work in the Jiangning campaign between 27 March and 9 April
/// 2014 — three actions of each type (审阅方案材料, 抽查, 列席会议, 回头看), built through the domain's own verbs at their
/// dates. Some findings are closed, some answered and waiting for the group, some returned, some still open (东山街道's
/// tree has open ones, so its coordinator's 工作台 shows them); one look-back is concluded, two are still followed up.
/// </summary>
public sealed class SupervisionActionDemoData : IDemoSeedContributor
{
    public int Order => 60;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var u = context.Units;
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == context.CampaignId, cancellationToken);
        var group = await db.Set<SupervisionGroup>().AsNoTracking().SingleAsync(g => g.Name == DemoData.SupervisionGroupName, cancellationToken);
        var supervisor = new Actor("supervisor", "韩立群", new HashSet<string> { Roles.Supervisor }, null, u.Where(x => x.Key != "district").Select(x => x.Value).ToHashSet());
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var coordinators = DemoData.Units.ToDictionary(x => x.Key, x => new Actor(x.Key == "dongshan" ? "unit" : "coordinator-" + x.Key, x.Coordinator, new HashSet<string> { Roles.Coordinator }, u[x.Key]));

        SupervisionAction Record(string unit, SupervisionActionType type, int month, int day, string examined, string? summary, params string[] findings)
        {
            var action = SupervisionAction.Record(campaign.Id, campaign.Period, u[unit], group.Id, type, new DateOnly(2014, month, day), examined, summary, findings, supervisor, Clock(month, day, 16));
            db.Add(action);
            return action;
        }

        void Respond(SupervisionAction action, int number, string unit, int month, int day, string response) =>
            action.RespondToFinding(number, response, coordinators[unit], tree, Clock(month, day, 10));

        void Close(SupervisionAction action, int number, int month, int day, string? note) =>
            action.CloseFinding(number, note, supervisor, tree, Clock(month, day, 15));

        // 审阅方案材料
        var plan = Record("minzheng", SupervisionActionType.ReviewMaterials, 3, 28, "区民政局教育实践活动实施方案（送审稿）", "方案框架完整，征求意见环节安排偏少。",
            "征求意见对象未包括低保、优抚等服务对象，方案需补充");
        Respond(plan, 1, "minzheng", 3, 31, "已在方案中增加低保户、优抚对象座谈会2场，并列入服务对象上门走访");
        Close(plan, 1, 4, 1, "修改后的方案已审阅");
        Record("renshe", SupervisionActionType.ReviewMaterials, 3, 31, "区人社局征求意见表和座谈会安排", "安排具体，覆盖企业和参保群众。");
        var material = Record("chengjian", SupervisionActionType.ReviewMaterials, 4, 2, "区城建集团领导班子对照检查材料初稿", null,
            "查摆问题停留在“学习不够深入”等一般表述，缺少具体事例");
        Respond(material, 1, "chengjian", 4, 8, "已结合拆迁安置回访中群众反映的3件具体事例重写问题部分");

        // 抽查
        var window = Record("zhengwu", SupervisionActionType.SpotCheck, 4, 1, "政务服务中心窗口午间值守和办事指南公示", "午间12:00—13:30暗访，社保、公积金窗口无人值守。",
            "午间社保、公积金窗口无人值守，群众等候超过40分钟", "部分办事指南仍为2012年版本，收费标准未更新");
        Respond(window, 2, "zhengwu", 4, 4, "已全部更换为2014年版办事指南，收费标准与物价局核定一致");
        Close(window, 2, 4, 7, "现场核实已更换");
        var guide = Record("dongshanwindow", SupervisionActionType.SpotCheck, 4, 3, "东山街道便民服务中心服务承诺和首问负责制落实", null,
            "首问负责登记簿3月下旬起无记录");
        Respond(guide, 1, "dongshan", 4, 9, "便民服务中心已恢复首问负责登记，街道每周抽查一次登记簿");
        Record("shangfang", SupervisionActionType.SpotCheck, 4, 8, "上坊社区“双体验”活动档案资料", "体验活动已开展，实物资料不全。",
            "2场体验活动只有签到表，缺少照片和体验日记");

        // 列席会议
        Record("dongshan", SupervisionActionType.AttendMeeting, 3, 27, "东山街道教育实践活动动员部署会", "动员部署到位，街道主要负责同志作动员讲话。");
        var forum = Record("weisheng", SupervisionActionType.AttendMeeting, 4, 4, "区卫生局征求意见座谈会（医疗服务对象代表）", null,
            "座谈会上群众提出的预约挂号难问题未列入问题清单");
        Respond(forum, 1, "weisheng", 4, 6, "已列入问题清单，并交区人民医院制定分时段预约方案");
        Close(forum, 1, 4, 8, null);
        Record("moling", SupervisionActionType.AttendMeeting, 4, 9, "秣陵街道党工委中心组专题学习会", "学习安排紧凑，联系实际不够。",
            "专题学习发言多为照读材料，未结合街道征地拆迁工作谈认识");

        // 回头看
        var resurvey = Record("chengguan", SupervisionActionType.LookBack, 4, 7, "一季度满意度偏低整改措施落实情况", "整改通知下达后措施已部署，群众感受不明显。",
            "占道经营整治仅限主干道，小区周边未覆盖", "投诉处理回访记录不完整");
        Respond(resurvey, 1, "chengguan", 4, 8, "已将整治范围扩展到12个小区周边，建立网格巡查");
        Close(resurvey, 1, 4, 9, "巡查记录已核实");
        Respond(resurvey, 2, "chengguan", 4, 8, "已补录回访记录");
        resurvey.ReturnFinding(2, "补录的回访记录缺少回访对象签字或录音，请补充", supervisor, tree, Clock(4, 9, 16));
        var planLookBack = Record("minzheng", SupervisionActionType.LookBack, 4, 8, "实施方案修改意见落实情况", "方案修改意见已全部落实。",
            "低保户座谈会尚未召开");
        Respond(planLookBack, 1, "minzheng", 4, 9, "4月9日已召开低保户座谈会，收集意见15条");
        Close(planLookBack, 1, 4, 9, "座谈会记录已查阅");
        planLookBack.ConcludeLookBack(supervisor, Clock(4, 9, 17));
        Record("dongshan", SupervisionActionType.LookBack, 4, 9, "第一批教育实践活动整改事项在东山街道的落实情况", null,
            "第一批整改涉及的便民服务“一站式”办理在竹山社区尚未落实");

        await db.SaveChangesAsync(cancellationToken);
    }

    private static FixedClock Clock(int month, int day, int hour) => new(new DateTimeOffset(2014, month, day, hour, 0, 0, ChinaTime.Offset));
}
