using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Rectification;

/// <summary>
/// Demo data for opinions, rectification items and the commitment ledger, built through the domain's
/// own verbs at realistic dates before the demo's "today" (2014-04-10). Every item status, overdue
/// items, quick fixes, themes, rooted-above escalations, public submissions with receipts, public and
/// rated items, and one unit (淳化街道) that has not filed its ledger.
/// </summary>
public sealed class RectificationDemoSeedContributor(EvidenceStore evidenceStore) : IDemoSeedContributor
{
    private static readonly Actor Office = new("office", "区委教育实践活动办公室", new HashSet<string> { Roles.Office }, null);
    private static readonly Actor Supervisor = new("supervisor", "区委第一督导组", new HashSet<string> { Roles.Supervisor }, null);

    public int Order => 40;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        await ThemeReferenceData.EnsureAsync(db, cancellationToken);
        var themes = await db.Set<SpecialRectificationTheme>().ToDictionaryAsync(t => t.Name, t => t.Id, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var u = context.Units;
        var campaignId = context.CampaignId;

        // Rectification items, one per status and then some.
        var queue = Item(campaignId, u["dongshanwindow"], "窗口办事排长队、群众等候时间长", "群众反映东山便民服务中心社保、民政窗口高峰时段排队超过1小时。", tree, On(3, 28));
        queue.SetFourHaves("高峰时段平均等候时间压缩到20分钟以内", "增设2个综合窗口，推行预约办理和延时服务，公布办理时限", "谢伟", new DateOnly(2014, 4, 5), Office, tree);
        queue.FileUnderTheme(themes["门难进、脸难看、事难办"], Office, tree);
        queue.SetPublic(true, Office, tree);
        queue.Start(Office, tree, Clock(3, 29));
        queue.UpdateProgress(40, Office, tree);

        var documents = Item(campaignId, u["dongshan"], "街道发文、开会过多，基层疲于应付", "社区反映街道各科室发文多、要求报送材料多，会议重复。", tree, On(4, 2));
        documents.SetFourHaves("街道文件、会议数量比去年同期减少三分之一", null, null, null, Office, tree);
        documents.FileUnderTheme(themes["文山会海、检查评比泛滥"], Office, tree);

        var lamps = Item(campaignId, u["shangfang"], "老旧小区路灯损坏，夜间出行不便", "上坊社区居民反映小区内6盏路灯损坏两个多月无人维修。", tree, On(3, 30), quickFix: true);
        lamps.SetFourHaves("一周内修复全部损坏路灯", "社区联系街道城管科当天报修，安排电工上门", "金秀英", new DateOnly(2014, 4, 6), Office, tree);
        lamps.SetAnswer("损坏路灯已全部修复，并建立每月巡查制度。", Office, tree);
        lamps.SetPublic(true, Office, tree);
        lamps.Complete(Office, tree, Clock(4, 3), "现场维修，未留存照片，由居民代表现场确认");

        var stalls = Item(campaignId, u["chengguan"], "农贸市场周边占道经营、交通拥堵", "东山农贸市场周边早晚高峰占道经营，车辆通行困难。", tree, On(3, 27));
        stalls.SetFourHaves("市场周边道路无占道经营", "设置临时疏导点，城管、交警联合执法，早晚高峰定岗", "朱建军", new DateOnly(2014, 4, 8), Office, tree);
        stalls.SetPublic(true, Office, tree);
        stalls.Start(Office, tree, Clock(3, 28));
        var stallsFile = await DemoFileAsync("整治前后对比情况说明.txt", "东山农贸市场周边占道经营整治：设置临时疏导点3处，清理占道摊点42个，早晚高峰定岗6人。", cancellationToken);
        stalls.AddEvidence(stallsFile.FileName, stallsFile.RelativePath, stallsFile.ContentType, stallsFile.SizeBytes, Office, tree, Clock(4, 7));
        stalls.Complete(Office, tree, Clock(4, 7));
        stalls.Verify("现场检查，整治到位", Supervisor, Clock(4, 9));

        var approvals = Item(campaignId, u["zhengwu"], "行政审批事项多、环节多", "企业反映开办企业需跑多个窗口，材料重复提交。", tree, On(3, 28));
        approvals.SetFourHaves("开办企业办理时限压缩到5个工作日", "推行一窗受理、并联审批，清理重复材料", "许春梅", new DateOnly(2014, 5, 31), Office, tree);
        approvals.FileUnderTheme(themes["行政审批改革不到位"], Office, tree);
        approvals.SetPublic(true, Office, tree);
        approvals.Start(Office, tree, Clock(3, 31));
        approvals.UpdateProgress(60, Office, tree);

        var allowance = Item(campaignId, u["minzheng"], "低保审核周期过长", "困难群众反映低保申请审核要两个多月。", tree, On(3, 27));
        allowance.SetFourHaves("低保审核时限缩短到30天", "简化入户调查流程，实行限时办结", "孙丽华", new DateOnly(2014, 4, 20), Office, tree);
        allowance.Start(Office, tree, Clock(3, 28));
        var allowanceFile = await DemoFileAsync("低保审核流程优化方案.txt", "低保审核流程优化方案：入户调查与公示并联进行，审核时限30天。", cancellationToken);
        allowance.AddEvidence(allowanceFile.FileName, allowanceFile.RelativePath, allowanceFile.ContentType, allowanceFile.SizeBytes, Office, tree, Clock(4, 2));
        allowance.Complete(Office, tree, Clock(4, 2));
        allowance.Reopen("抽查发现仍有申请超过30天未审结，请继续整改", Office);

        var registration = Item(campaignId, u["hospital"], "门诊挂号难、排队时间长", "多名群众反映区人民医院门诊挂号需排队1小时以上。", tree, On(3, 27));
        registration.SetFourHaves("门诊挂号等候时间不超过15分钟", "开通电话和网上预约，增设自助挂号机，高峰时段增开窗口", "沈玉兰", new DateOnly(2014, 4, 9), Office, tree);
        registration.SetPublic(true, Office, tree);
        registration.Start(Office, tree, Clock(3, 28));

        var cars = Item(campaignId, u["moling"], "公务用车管理不规范", "群众反映节假日见到公车停在饭店门口。", tree, On(3, 29));
        cars.SetFourHaves("公务用车全部登记、集中停放", "建立用车登记和节假日封存制度，纪工委抽查", "柏青山", new DateOnly(2014, 4, 8), Office, tree);
        cars.FileUnderTheme(themes["超标配备公车、多占办公用房、新建滥建楼堂馆所"], Office, tree);

        var water = Item(campaignId, u["dongshanwindow"], "便民中心饮水设施损坏", "办事群众反映大厅饮水机损坏。", tree, On(4, 8), quickFix: true);
        water.SetFourHaves("当天恢复饮水", "更换饮水机", "喻婷", new DateOnly(2014, 4, 8), Office, tree);
        water.Complete(Office, tree, Clock(4, 8), "当场更换，无需佐证");

        var meetings = Item(campaignId, u["renshe"], "就业培训补贴申领手续繁琐", "求职者反映培训补贴申领需要提交8份材料。", tree, On(4, 1));
        meetings.SetFourHaves("申领材料精简到3份以内", "梳理申领流程，取消可由部门间共享的证明", "郑海燕", new DateOnly(2014, 4, 30), Office, tree);

        db.AddRange(queue, documents, lamps, stalls, approvals, allowance, registration, cars, water, meetings);
        await db.SaveChangesAsync(cancellationToken);

        // Public ratings: three different residents rated the lamps 不满意, so they wait on the office's reopen review
        // (one click alone would not send them there).
        var lampRatings = new List<PublicRatingEntry> { PublicRatingEntry.Rate(lamps, "demo-device-01", PublicRating.Satisfied, Clock(4, 5)) };
        foreach (var device in new[] { "demo-device-02", "demo-device-04", "demo-device-05" })
        {
            lampRatings.Add(PublicRatingEntry.Rate(lamps, device, PublicRating.Unsatisfied, Clock(4, 6), lampRatings));
        }

        db.AddRange(lampRatings);
        // The stalls: two residents 不满意 so far — one short of the reopen review (three different raters).
        var stallRatings = new List<PublicRatingEntry>
        {
            PublicRatingEntry.Rate(stalls, "demo-device-01", PublicRating.Satisfied, Clock(4, 9)),
            PublicRatingEntry.Rate(stalls, "demo-device-03", PublicRating.BasicallySatisfied, Clock(4, 9)),
        };
        foreach (var device in new[] { "demo-device-06", "demo-device-07" })
        {
            stallRatings.Add(PublicRatingEntry.Rate(stalls, device, PublicRating.Unsatisfied, Clock(4, 9), stallRatings));
        }

        db.AddRange(stallRatings);

        await SeedOpinionsAsync(db, campaignId, u, tree, registration, queue, cancellationToken);
        await SeedCommitmentsAsync(db, campaignId, u, tree, cancellationToken);
    }

    private static async Task SeedOpinionsAsync(CampaignHubDbContext db, int campaignId, IReadOnlyDictionary<string, int> u, UnitTree tree, RectificationItem registration, RectificationItem queue, CancellationToken cancellationToken)
    {
        Opinion Enter(string unit, OpinionSource source, OpinionCategory category, string content, DateOnly raisedOn, string? name = null, string? phone = null) =>
            Opinion.Enter(campaignId, source, category, content, raisedOn, name, phone, u[unit], Office, tree, new FixedClock(ChinaTime.StartOf(raisedOn).AddHours(16)));

        var publicOnes = new[]
        {
            Opinion.SubmitByPublic(campaignId, OpinionCategory.Healthcare, "区人民医院挂号太难了，早上6点去排队还挂不上专家号。", "陈建华", "13851234567", Clock(3, 30)),
            Opinion.SubmitByPublic(campaignId, OpinionCategory.Healthcare, "建议医院开通电话预约挂号，老年人不会用网上预约。", null, "13912345678", Clock(4, 1)),
            Opinion.SubmitByPublic(campaignId, OpinionCategory.Bureaucratism, "到便民中心办社保转移，跑了三趟材料还是不齐，每次说法不一样。", "刘芳", null, Clock(4, 6)),
            Opinion.SubmitByPublic(campaignId, OpinionCategory.Environment, "竹山路夜间渣土车多，噪声和扬尘影响休息。", null, null, Clock(4, 9)),
        };
        db.AddRange(publicOnes);

        var hotline = Enter("hospital", OpinionSource.Hotline12345, OpinionCategory.Healthcare, "12345转办：医院门诊挂号窗口少，排队时间长。", new DateOnly(2014, 3, 28), "王秀兰", "025-52101234");
        var symposium = Enter("dongshan", OpinionSource.Symposium, OpinionCategory.Formalism, "社区书记座谈会：上级检查评比多，台账要求重复，社区干部没时间走访群众。", new DateOnly(2014, 3, 31), "华志刚", "13770001111");
        var visit = Enter("shangfang", OpinionSource.Visit, OpinionCategory.Housing, "走访中居民反映：老旧小区雨污管网堵塞，根子在区里改造计划没有安排。", new DateOnly(2014, 4, 2), "赵大爷", "13605140000");
        var women = Enter("zhushan", OpinionSource.Hotline12338, OpinionCategory.SocialSecurity, "12338来电：单亲母亲申请困难救助，社区说要街道审批，街道说要区民政局。", new DateOnly(2014, 4, 3), "李女士", "18951760000");
        var mailbox = Enter("zhengwu", OpinionSource.Mailbox, OpinionCategory.Bureaucratism, "意见箱：个别窗口工作人员态度生硬，一次性告知不到位。", new DateOnly(2014, 4, 4));
        var form = Enter("moling", OpinionSource.Form, OpinionCategory.Extravagance, "征求意见表：有的单位节日期间公款吃喝现象仍有发生。", new DateOnly(2014, 4, 5));
        var upper = Enter("chengguan", OpinionSource.UpperBody, OpinionCategory.PublicOrder, "市督导组反馈：城管执法中存在简单粗暴现象。", new DateOnly(2014, 4, 1));
        var activity = Enter("dongshanwindow", OpinionSource.Activity, OpinionCategory.Employment, "“双体验”中发现：就业登记需要提供的证明材料过多。", new DateOnly(2014, 4, 7), "孙师傅", "13584000000");
        var transport = Enter("yinxiang", OpinionSource.Visit, OpinionCategory.Transport, "殷巷社区居民希望增开到地铁站的公交接驳线。", new DateOnly(2014, 4, 8), "周先生", "13337710000");
        db.AddRange(hotline, symposium, visit, women, mailbox, form, upper, activity, transport);

        // Claimed, linked to the hospital's registration item (answered when the item completes).
        var claimClock = Clock(4, 2);
        hotline.Claim(u["hospital"], new DateOnly(2014, 4, 15), Office, tree, claimClock);
        publicOnes[0].Claim(u["hospital"], new DateOnly(2014, 4, 15), Office, tree, claimClock);
        publicOnes[1].Claim(u["hospital"], new DateOnly(2014, 4, 15), Office, tree, claimClock);
        hotline.LinkToRectification(registration, Office, tree);
        publicOnes[0].LinkToRectification(registration, Office, tree);
        publicOnes[1].LinkToRectification(registration, Office, tree);

        // The window unit answered and closed one; another is overdue.
        publicOnes[2].Claim(u["dongshanwindow"], new DateOnly(2014, 4, 8), Office, tree, Clock(4, 6));
        publicOnes[2].LinkToRectification(queue, Office, tree);
        mailbox.Claim(u["zhengwu"], new DateOnly(2014, 4, 9), Office, tree, Clock(4, 4));
        mailbox.AnswerWith("已对窗口人员开展服务规范培训，实行首问负责和一次性告知，欢迎继续监督。", Office, tree, Clock(4, 8));
        mailbox.Close(Office, tree, Clock(4, 9));
        upper.Claim(u["chengguan"], new DateOnly(2014, 4, 7), Office, tree, Clock(4, 2));
        form.Claim(u["moling"], new DateOnly(2014, 4, 20), Office, tree, Clock(4, 5));
        form.AnswerWith("已开展节日期间作风专项检查，未发现新问题，将持续监督。", Office, tree, Clock(4, 9));

        // Rooted above (表现在下、根子在上): 上坊社区 → 东山街道, waiting for the street to claim it.
        var kinds = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Kind, cancellationToken);
        visit.EscalateAsRootedAbove(u["dongshan"], "管网改造须纳入街道和区里的老旧小区改造计划，社区无力解决", Office, tree, kinds, Clock(4, 3));
        // 竹山社区 → 东山街道, claimed by the street, then up again to the district, which claimed it.
        women.EscalateAsRootedAbove(u["dongshan"], "救助审批权限在街道", Office, tree, kinds, Clock(4, 3));
        women.Claim(u["dongshan"], null, Office, tree, Clock(4, 4));
        women.EscalateAsRootedAbove(u["district"], "困难救助审批标准由区民政局制定，需区级统筹", Office, tree, kinds, Clock(4, 5));
        women.Claim(u["district"], new DateOnly(2014, 4, 25), Office, tree, Clock(4, 6));
        // 东山街道's own symposium opinion, escalated to the district: the district must still claim it.
        symposium.EscalateAsRootedAbove(u["district"], "检查评比由区级部门部署，需区里统一精简", Office, tree, kinds, Clock(4, 1));
        // The real root is a district department, not an ancestor: 东山街道's coordinator sends the window unit's
        // opinion straight to 区人社局, where it waits on the bureau's 工作台 for its claim.
        var dongshanCoordinator = new Actor("unit", "严晓（东山街道联络员）", new HashSet<string> { Roles.Coordinator }, u["dongshan"]);
        var registrationProof = Enter("dongshanwindow", OpinionSource.Visit, OpinionCategory.Employment, "群众反映：办理失业登记要先到区里开具证明，来回跑两趟。", new DateOnly(2014, 4, 8), "钱女士", "13770002222");
        db.Add(registrationProof);
        registrationProof.EscalateAsRootedAbove(u["renshe"], "失业登记所需证明由区人社局统一规定，便民中心无权免除", dongshanCoordinator, tree, kinds, Clock(4, 8));

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedCommitmentsAsync(CampaignHubDbContext db, int campaignId, IReadOnlyDictionary<string, int> u, UnitTree tree, CancellationToken cancellationToken)
    {
        db.Add(CommitmentLedger.Open(campaignId, new DateOnly(2014, 4, 8), Office));
        var people = DemoData.Units.ToDictionary(x => x.Key, x => x.OtherLeader);
        var seeds = new (string Unit, string Content, string Goal, int Month, int Day, string Measures, PromisedTo To, CommitmentStatus Status, int Progress, bool Public, int FiledDay)[]
        {
            ("district", "建立区领导联系基层“直通车”制度", "每位区领导联系1个街道和2个社区", 5, 31, "制定联系办法，每月下基层不少于2次", PromisedTo.LocalPublic, CommitmentStatus.InProgress, 50, true, 3),
            ("office", "精简区级会议和文件", "会议、文件数量同比减少三分之一", 6, 30, "建立会议文件计划审核制度", PromisedTo.ServiceUsers, CommitmentStatus.InProgress, 30, false, 4),
            ("minzheng", "低保审批限时办结", "30个工作日内办结低保审批", 4, 30, "简化流程，公开办理时限和进度", PromisedTo.Both, CommitmentStatus.InProgress, 70, true, 2),
            ("renshe", "就业服务进社区", "每个社区设立就业服务点", 6, 30, "人社专干下沉社区，每周坐班一天", PromisedTo.LocalPublic, CommitmentStatus.NotStarted, 0, false, 9),
            ("weisheng", "基层医疗机构延时服务", "社区卫生服务中心晚间门诊延长至20点", 4, 15, "调整排班，增加夜间值班医生", PromisedTo.LocalPublic, CommitmentStatus.Done, 100, true, 3),
            ("hospital", "开通电话和网上预约挂号", "预约挂号占门诊量30%以上", 4, 30, "开通预约平台，增设自助机8台", PromisedTo.ServiceUsers, CommitmentStatus.InProgress, 60, true, 4),
            ("chengguan", "农贸市场周边环境整治", "市场周边无占道经营", 4, 8, "设置疏导点，联合执法，定岗定责", PromisedTo.LocalPublic, CommitmentStatus.Done, 100, true, 2),
            ("zhengwu", "企业开办一窗受理", "开办企业5个工作日办结", 5, 31, "一窗受理、并联审批、材料清单公开", PromisedTo.ServiceUsers, CommitmentStatus.InProgress, 40, true, 3),
            ("chengjian", "城建项目征求群众意见", "重点项目开工前100%公示", 6, 30, "开工前召开居民听证会", PromisedTo.LocalPublic, CommitmentStatus.NotStarted, 0, false, 7),
            ("dongshan", "社区“四有”服务站全覆盖", "所有社区建成便民服务站", 6, 30, "整合办公用房，统一标识和服务清单", PromisedTo.LocalPublic, CommitmentStatus.InProgress, 45, true, 5),
            ("dongshan", "街道干部每周走访不少于2户", "全年走访覆盖所有困难家庭", 4, 5, "建立走访台账，每周通报", PromisedTo.LocalPublic, CommitmentStatus.NotStarted, 0, false, 5),
            ("shangfang", "小区路灯和道路维修", "损坏路灯、破损道路一月内修复", 4, 30, "建立每月巡查和报修制度", PromisedTo.LocalPublic, CommitmentStatus.Done, 100, true, 4),
            ("zhushan", "开设老年人日间照料中心", "年内建成并运营", 9, 30, "利用闲置用房改造，引入社会组织运营", PromisedTo.LocalPublic, CommitmentStatus.NotStarted, 0, true, 6),
            ("dongshanwindow", "延时服务和预约服务", "工作日延时至18点，周六上午开放", 4, 30, "实行弹性工作制，公布预约电话", PromisedTo.ServiceUsers, CommitmentStatus.Done, 100, true, 3),
            ("moling", "规范公务用车管理", "公车集中停放、节假日封存", 4, 30, "建立用车登记制度，纪工委抽查", PromisedTo.Both, CommitmentStatus.InProgress, 20, false, 8),
            ("yinxiang", "开通社区到地铁站接驳公交", "6月底前开通", 6, 30, "与公交公司对接线路和站点", PromisedTo.LocalPublic, CommitmentStatus.NotStarted, 0, true, 10),
            ("feigong", "为个体工商户提供政策咨询", "每月举办1次政策宣讲", 9, 30, "组建宣讲小分队，上门服务", PromisedTo.ServiceUsers, CommitmentStatus.InProgress, 35, false, 8),
        };

        // Promises made for a stage's task rather than at the start of the year (即时承诺).
        var immediate = new HashSet<string> { "农贸市场周边环境整治", "小区路灯和道路维修" };
        var filed = new List<Commitment>();
        foreach (var s in seeds)
        {
            var filedOn = Clock(4, s.FiledDay);
            var kind = immediate.Contains(s.Content) ? CommitmentKind.AdHoc : CommitmentKind.Annual;
            var commitment = Commitment.File(campaignId, u[s.Unit], kind, s.Content, s.Goal, new DateOnly(2014, s.Month, s.Day), people[s.Unit], s.Measures, s.To, Office, tree, filedOn);
            commitment.SetPublic(s.Public, Office, tree);
            if (s.Status is CommitmentStatus.InProgress or CommitmentStatus.Done)
            {
                commitment.Start(Office, tree);
                if (s.Status == CommitmentStatus.InProgress)
                {
                    commitment.UpdateProgress(s.Progress, Office, tree);
                }
                else
                {
                    commitment.MarkDone("已按承诺完成并公示", Office, tree, Clock(4, 9));
                }
            }

            filed.Add(commitment);
        }

        db.AddRange(filed);
        await db.SaveChangesAsync(cancellationToken);

        var ratings = new[] { PublicRating.Satisfied, PublicRating.Satisfied, PublicRating.BasicallySatisfied, PublicRating.Satisfied, PublicRating.Unsatisfied };
        var device = 10;
        foreach (var done in filed.Where(c => c.Status == CommitmentStatus.Done && c.IsPublic))
        {
            foreach (var rating in ratings.Take(2 + (device % 3)))
            {
                db.Add(PublicRatingEntry.Rate(done, $"demo-device-{device++:00}", rating, Clock(4, 9)));
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // The three-level assessment under way: members have assessed two done promises, the office has commented on one.
        var assessed = filed.Where(c => c.Status == CommitmentStatus.Done).Take(2).ToList();
        assessed[0].RecordPeerReview(92, "党员一致认为延时门诊方便了上班族", Office, tree);
        assessed[0].RecordOrganisationReview(88, "承诺兑现及时，群众反映良好，建议固化为长效制度", Office, tree);
        assessed[1].RecordPeerReview(80, null, Office, tree);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<StoredFile> DemoFileAsync(string fileName, string text, CancellationToken cancellationToken)
    {
        await using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return await evidenceStore.SaveAsync(content, fileName, "text/plain; charset=utf-8", Evidence.MaxSizeBytes, cancellationToken);
    }

    private static RectificationItem Item(int campaignId, int unitId, string title, string problem, UnitTree tree, FixedClock clock, bool quickFix = false) =>
        RectificationItem.Create(campaignId, unitId, title, problem, Office, tree, clock, quickFix);

    private static FixedClock On(int month, int day) => Clock(month, day);

    private static FixedClock Clock(int month, int day) => new(ChinaTime.StartOf(new DateOnly(2014, month, day)).AddHours(10));
}
