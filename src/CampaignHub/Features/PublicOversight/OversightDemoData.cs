using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignHub.Features.PublicOversight;

/// <summary>
/// The Jiangning campaign's public oversight in spring 2014, built through the domain's verbs on the days they happened:
/// three volunteer supervisors appointed on March 20 (刘桂兰 over 东山街道 and 上坊社区 — the demo account
/// "volunteer" —, 周德福 over 区民政局 and 区政务服务中心, 马秀珍 over 区人社局 until she moved away on April 8), their
/// observations (one answered by 东山街道, one being handled, one waiting), and the standing schedules of the 主席接待日
/// (区妇联主席 monthly on the 15th, 区政协主席 on two dated days) and the 12338 / 12345 hotlines, with an opinion
/// the office entered from the 区政协主席's April 2 session.
/// </summary>
public sealed class OversightDemoData(IServiceScopeFactory scopes, IOptions<CampaignHubOptions> options) : IDemoSeedContributor
{
    public const string VolunteerUserName = "volunteer";

    private static readonly Actor Office = new("office", "区委教育实践活动办公室", new HashSet<string> { Roles.Office }, null);

    public int Order => 130;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var u = context.Units;
        var campaignId = context.CampaignId;
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var appointed = new DateOnly(2014, 3, 20);
        var liu = VolunteerSupervisor.Appoint(campaignId, new VolunteerDetails("刘桂兰", "13851712046", "退休教师，上坊社区居民", appointed, [u["dongshan"], u["shangfang"]]), Office, tree, On(3, 20));
        var zhou = VolunteerSupervisor.Appoint(campaignId, new VolunteerDetails("周德福", "13913876521", "社区居民代表", appointed, [u["minzheng"], u["zhengwu"]]), Office, tree, On(3, 20));
        var ma = VolunteerSupervisor.Appoint(campaignId, new VolunteerDetails("马秀珍", "13770598314", "个体工商户", appointed, [u["renshe"]]), Office, tree, On(3, 20));
        db.AddRange(liu, zhou, ma);

        var womenChair = ChannelSchedule.Publish(new ChannelScheduleDetails(OpinionSource.ChairReceptionDay, "区妇联主席 孙美华", ChannelRepeat.Monthly, null, 15, null,
            new TimeOnly(9, 0), new TimeOnly(11, 30), "区妇联202室（东山街道上元大街）", "025-52101215", new DateOnly(2014, 3, 1), new DateOnly(2014, 12, 31)), Office);
        var cppccFirst = ChannelSchedule.Publish(new ChannelScheduleDetails(OpinionSource.ChairReceptionDay, "区政协主席 邵长明", ChannelRepeat.Once, null, null, new DateOnly(2014, 4, 2),
            new TimeOnly(14, 30), new TimeOnly(17, 0), "区政协信访接待室", null, new DateOnly(2014, 3, 25), null), Office);
        var cppccSecond = ChannelSchedule.Publish(new ChannelScheduleDetails(OpinionSource.ChairReceptionDay, "区政协主席 邵长明", ChannelRepeat.Once, null, null, new DateOnly(2014, 4, 23),
            new TimeOnly(14, 30), new TimeOnly(17, 0), "区政协信访接待室", null, new DateOnly(2014, 3, 25), null), Office);
        var hotline12338 = ChannelSchedule.Publish(new ChannelScheduleDetails(OpinionSource.Hotline12338, "区妇联12338妇女维权热线值班员", ChannelRepeat.Weekly,
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], null, null,
            new TimeOnly(8, 30), new TimeOnly(17, 30), null, "12338", new DateOnly(2014, 1, 1), null), Office);
        var hotline12345 = ChannelSchedule.Publish(new ChannelScheduleDetails(OpinionSource.Hotline12345, "江宁区12345政务服务热线", ChannelRepeat.Weekly,
            [.. ChannelSchedule.WeekdaysInOrder], null, null, null, null, null, "12345", new DateOnly(2014, 1, 1), null), Office);
        db.AddRange(womenChair, cppccFirst, cppccSecond, hotline12338, hotline12345);
        await db.SaveChangesAsync(cancellationToken);

        // The demo volunteer signs in with the published demo password (demo mode only, like every demo account).
        if (options.Value.DemoMode)
        {
            await using var scope = scopes.CreateAsyncScope();
            await VolunteerRegisterService.OpenAccountInScopeAsync(scope.ServiceProvider, Office, liu.Id, VolunteerUserName, DemoData.Password, mustChangePassword: false, On(3, 20), cancellationToken);
            await db.Entry(liu).ReloadAsync(cancellationToken);
        }

        var dongshanItem = await db.Set<RectificationItem>().AsNoTracking().Where(r => r.CampaignId == campaignId && r.UnitId == u["dongshan"] && r.IsPublic)
            .OrderBy(r => r.Id).Select(r => new DisclosedItem(RatedItemKind.RectificationItem, r.Id, r.UnitId, r.IsPublic)).FirstOrDefaultAsync(cancellationToken);
        var minzhengPromise = await db.Set<Commitment>().AsNoTracking().Where(c => c.CampaignId == campaignId && c.ResponsibleUnitId == u["minzheng"] && c.IsPublic && c.Status != CommitmentStatus.Cancelled)
            .OrderBy(c => c.Id).Select(c => new DisclosedItem(RatedItemKind.Commitment, c.Id, c.ResponsibleUnitId, c.IsPublic)).FirstOrDefaultAsync(cancellationToken);

        var answered = Opinion.FiledByVolunteer(campaignId, liu, u["dongshan"], dongshanItem, OpinionCategory.Formalism,
            "公示栏上的整改进度两周没有更新，群众看不出办到哪一步了，建议每周更新一次并写明责任人。", On(3, 28));
        var waiting = Opinion.FiledByVolunteer(campaignId, liu, u["shangfang"], null, OpinionCategory.Housing,
            "上坊社区老旧小区楼道灯坏了一个多月没人修，居民多次反映，请社区明确维修时限。", On(4, 8));
        var handling = Opinion.FiledByVolunteer(campaignId, zhou, u["minzheng"], minzhengPromise, OpinionCategory.SocialSecurity,
            "承诺的低保审批时限压缩后，窗口仍要求居民提供已取消的证明材料，承诺没有落到窗口。", On(4, 2));
        var renshe = Opinion.FiledByVolunteer(campaignId, ma, u["renshe"], null, OpinionCategory.Employment,
            "灵活就业人员社保补贴申请表格要跑两个窗口领取，建议合并到一个窗口。", On(3, 30));
        db.AddRange(answered, waiting, handling, renshe);
        await db.SaveChangesAsync(cancellationToken);

        answered.Claim(u["dongshan"], new DateOnly(2014, 4, 10), Keeper(u["dongshan"]), tree, On(3, 31));
        answered.AnswerWith("已要求各社区公示栏每周一更新整改进度，并在每个事项下写明责任人和联系电话；4月7日起执行。", Keeper(u["dongshan"]), tree, On(4, 7));
        handling.Claim(u["minzheng"], new DateOnly(2014, 4, 18), Keeper(u["minzheng"]), tree, On(4, 3));
        ma.EndAppointment(new DateOnly(2014, 4, 8), "迁居外地，本人申请不再担任", Office, On(4, 8));

        // The office enters what the public raised at the 区政协主席's reception day on April 2, naming the session.
        var heard = Opinion.Enter(campaignId, OpinionSource.ChairReceptionDay, OpinionCategory.Transport,
            "东山街道至秣陵街道公交班次少、末班车早，群众晚上出行难。", new DateOnly(2014, 4, 2), "黄建新", "13605173388", null, Office, tree, On(4, 3));
        heard.HeardAtSession(cppccFirst, Office, tree);
        var called = Opinion.Enter(campaignId, OpinionSource.Hotline12338, OpinionCategory.SocialSecurity,
            "来电反映单位未按规定给怀孕女职工缴纳生育保险。", new DateOnly(2014, 4, 9), null, null, null, Office, tree, On(4, 9));
        called.HeardAtSession(hotline12338, Office, tree);
        db.AddRange(heard, called);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Actor Keeper(int unitId) => new("coordinator", "单位联络员", new HashSet<string> { Roles.Coordinator }, unitId);

    /// <summary>A clock in the afternoon of a day of spring 2014.</summary>
    private static FixedClock On(int month, int day) => new(ChinaTime.StartOf(new DateOnly(2014, month, day)).AddHours(15));
}
