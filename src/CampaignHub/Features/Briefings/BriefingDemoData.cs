using System.Text;
using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Briefings;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Files;

namespace CampaignHub.Features.Briefings;

/// <summary>
/// The Jiangning units' 工作动态 and 典型事迹 in spring 2014 and the office's first two 简报, built through the domain's
/// verbs on the days they happened: 第1期 (internal, March 31) on the mobilisation and the first linkage visits, 第2期
/// (public, April 8) on the units' practical changes. On the demo's today (April 10) the office has one submission
/// waiting, one returned to 区城管局, one selected for the next issue, and 区人社局 still has a draft.
/// </summary>
public sealed class BriefingDemoData(EvidenceStore evidenceStore) : IDemoSeedContributor
{
    private static readonly Actor Office = new("office", "区委教育实践活动办公室", new HashSet<string> { Roles.Office }, null);

    private const string Editor = "高明";
    private const string Issuer = "陈建国";

    public int Order => 130;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var u = context.Units;
        var campaignId = context.CampaignId;
        var tree = await db.LoadUnitTreeAsync(cancellationToken);

        NewsItem Report(string unit, NewsKind kind, (int Month, int Day) on, string title, string body)
        {
            var item = NewsItem.Draft(campaignId, u[unit], new NewsItemDetails(kind, title, body, new DateOnly(2014, on.Month, on.Day)), Keeper(u[unit]), tree, On(on.Month, on.Day));
            db.Add(item);
            return item;
        }

        var mobilised = Report("dongshan", NewsKind.WorkNews, (3, 28), "东山街道召开“双联动双体验双满意”活动动员部署会",
            "3月28日，东山街道召开“双联动双体验双满意”活动动员部署会，街道党工委书记孔繁荣作动员讲话。\n会议明确，街道班子成员4月5日前分别到上坊、竹山社区和便民服务中心点对点走访，以“找问题”“问成效”为内容听取群众意见；各科室4月15日前完成“双体验”。");
        var minzheng = Report("minzheng", NewsKind.WorkNews, (3, 27), "区民政局赴市民政局对接联动 低保审批时限压缩一半",
            "3月27日，区委副书记陈建国带队赴南京市民政局对接联动，梳理市民政局第一批整改事项涉及江宁的内容。\n区民政局决定4月底前修订低保审批流程，街道初审10天、区审核15天，审批进度在区政务服务中心公开。");
        var renshe = Report("renshe", NewsKind.TypicalCase, (4, 2), "人社专干进社区坐班 群众办事不出社区",
            "区人社局承接市人社局“人社服务进社区”经验，4月起安排人社专干到秣陵、东山等街道的社区坐班，就业登记、社保转移等业务在社区即可办理。\n殷巷社区居民反映：“以前跑区里两趟的事，现在家门口一次办好。”");
        var zhengwu = Report("zhengwu", NewsKind.WorkNews, (4, 3), "区政务服务中心推行企业开办“一窗受理、并联审批”",
            "区政务服务中心学习市政务服务中心“一站式”服务经验，4月3日起推行企业开办一窗受理、并联审批，材料清单在网上公开。\n企业开办由原来的跑4个窗口减少为1个窗口，办理时限由15个工作日压缩到5个工作日。");
        var hospital = Report("hospital", NewsKind.TypicalCase, (4, 4), "区人民医院开通电话和网上预约挂号",
            "针对群众反映的“挂号排长队”问题，区人民医院借鉴市属医院做法，开通电话和网上预约挂号，门诊大厅增设自助挂号机6台。\n开通一周，预约挂号占门诊量的两成，高峰时段排队时间明显缩短。");
        var shangfang = Report("shangfang", NewsKind.TypicalCase, (4, 7), "上坊社区书记华志刚：居民家门口的“贴心人”",
            "上坊社区书记华志刚坚持每天下午在社区服务站接待居民，建立困难家庭联系卡，今年以来帮助12户困难家庭办理临时救助。\n居民称他是“家门口的贴心人”。");
        var chengguan = Report("chengguan", NewsKind.WorkNews, (4, 8), "区城管局开展主要道路占道经营集中整治",
            "区城管局会同东山街道对主要道路占道经营开展集中整治。");
        var window = Report("dongshanwindow", NewsKind.WorkNews, (4, 9), "东山便民服务中心推行“首问负责、限时办结”",
            "东山街道便民服务中心在各窗口推行首问负责、限时办结制度，群众办事材料清单上墙公开，一次性告知。\n4月以来，窗口办件按时办结率达到百分之百。");
        Report("renshe", NewsKind.WorkNews, (4, 9), "区人社局开展被征地农民就业培训摸底",
            "区人社局组织各街道人社专干对被征地农民就业培训需求进行摸底。");
        await db.SaveChangesAsync(cancellationToken);

        await AttachAsync(minzheng, "对接联动座谈会照片.pdf", 3, 27, tree, cancellationToken);
        await AttachAsync(renshe, "社区坐班服务记录.pdf", 4, 2, tree, cancellationToken);
        await AttachAsync(hospital, "预约挂号开通通知.pdf", 4, 4, tree, cancellationToken);
        await AttachAsync(shangfang, "困难家庭联系卡.pdf", 4, 7, tree, cancellationToken);

        foreach (var (item, day) in new[] { (minzheng, 28), (mobilised, 29) })
        {
            item.Submit(Keeper(item.UnitId), tree, On(3, day));
            item.Select(Office, tree, On(3, 30));
        }

        foreach (var (item, day) in new[] { (renshe, 3), (zhengwu, 4), (hospital, 5) })
        {
            item.Submit(Keeper(item.UnitId), tree, On(4, day));
            item.Select(Office, tree, On(4, 7));
        }

        shangfang.Submit(Keeper(shangfang.UnitId), tree, On(4, 9));
        chengguan.Submit(Keeper(chengguan.UnitId), tree, On(4, 8));
        chengguan.Return("请补充整治的路段、取缔的摊点数和群众评价，附现场照片后重新报送", Office, tree);
        window.Submit(Keeper(window.UnitId), tree, On(4, 9));
        window.Select(Office, tree, On(4, 10));
        await db.SaveChangesAsync(cancellationToken);

        var first = Briefing.Compile(campaignId, new BriefingDetails("各单位迅速动员部署 “双联动”工作有序展开", BriefingVisibility.Internal, Editor, Issuer, new DateOnly(2014, 3, 31)), [minzheng, mobilised], Office, On(3, 31));
        db.Add(first);
        await db.SaveChangesAsync(cancellationToken);
        first.Issue(BriefingNumbering.For(campaignId, []), [minzheng, mobilised], Office, On(3, 31));
        await db.SaveChangesAsync(cancellationToken);

        var second = Briefing.Compile(campaignId, new BriefingDetails("立行立改见实效 群众办事更便捷", BriefingVisibility.Public, Editor, Issuer, new DateOnly(2014, 4, 8)), [renshe, zhengwu, hospital], Office, On(4, 8));
        db.Add(second);
        await db.SaveChangesAsync(cancellationToken);
        second.Issue(BriefingNumbering.For(campaignId, [1]), [renshe, zhengwu, hospital], Office, On(4, 8));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AttachAsync(NewsItem item, string fileName, int month, int day, UnitTree tree, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(DemoPdf));
        var stored = await evidenceStore.SaveAsync(stream, fileName, "application/pdf", EvidenceRules.MaxSizeBytes, cancellationToken);
        item.AddEvidence(fileName, stored.RelativePath, "application/pdf", stored.SizeBytes, Keeper(item.UnitId), tree, On(month, day));
    }

    private static Actor Keeper(int unitId) => new("coordinator", "单位联络员", new HashSet<string> { Roles.Coordinator }, unitId);

    /// <summary>A clock in the afternoon of a day of spring 2014.</summary>
    private static FixedClock On(int month, int day) => new(ChinaTime.StartOf(new DateOnly(2014, month, day)).AddHours(15));

    private const string DemoPdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
}
