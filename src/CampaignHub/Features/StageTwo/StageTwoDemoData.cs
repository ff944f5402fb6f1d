using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.StageTwo;

/// <summary>
/// The Jiangning campaign's stage two (查摆问题、开展批评, June–July 2014) for four units at different points, built
/// through the domain's verbs on the days they happened: 区民政局 finished through its 情况通报会; 区卫生局 with its
/// material passed and its meeting scheduled but the talk of its deputy with the head of the hospital she oversees
/// missing; 区城管局 with its material returned; 秣陵街道 not started. 东山街道 is left to the demo coordinator.
/// </summary>
public sealed class StageTwoDemoData : IDemoSeedContributor
{
    private static readonly Actor Office = new("office", "区委教育实践活动办公室", new HashSet<string> { Roles.Office }, null);

    public int Order => 110;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var u = context.Units;
        var campaignId = context.CampaignId;
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var groupId = await db.Set<SupervisionGroup>().Where(g => g.Name == DemoData.SupervisionGroupName).Select(g => g.Id).SingleAsync(cancellationToken);

        await FinishedAsync(db, campaignId, u["minzheng"], groupId, tree, cancellationToken);
        await ScheduledWithTalksMissingAsync(db, campaignId, u["weisheng"], u["hospital"], groupId, tree, cancellationToken);
        await ReturnedAsync(db, campaignId, u["chengguan"], tree, cancellationToken);
    }

    private static async Task FinishedAsync(CampaignHubDbContext db, int campaignId, int unitId, int groupId, UnitTree tree, CancellationToken cancellationToken)
    {
        var (principal, members) = await TeamAsync(db, unitId, cancellationToken);
        var keeper = Keeper(unitId);
        var supervisor = Supervisor(unitId);
        var material = SelfExaminationMaterial.Draft(campaignId, unitId, MaterialKind.Team, principal, Text("低保审核周期长、入户调查不及时"), keeper, On(6, 3));
        material.Circulate("局领导班子成员、各科室负责人、党员代表和服务对象代表", keeper, tree, On(6, 4));
        material.Comment("典型事例还不够具体，建议补充低保审核超期的件数和原因。", supervisor, tree, On(6, 6));
        material.Save(Text("低保审核周期长、入户调查不及时\n典型事例：2013年有37件低保申请审核超过60天"), keeper, tree, On(6, 9));
        material.Submit(keeper, tree, On(6, 10));
        material.Pass("材料查摆问题具体，剖析深刻，同意提交专题民主生活会。", Office, tree, On(6, 12));
        db.Add(material);

        var talks = new[] { (principal, members[0]) };
        var day = 5;
        foreach (var (a, b) in talks)
        {
            db.Add(HeartToHeartTalk.Record(campaignId, unitId, new TalkRecord(a, b, new DateOnly(2014, 6, day), "对照“四风”查摆问题，相互提醒", "调研多在机关，下基层听意见少", "分管科室办事效率不高"), keeper, On(6, day)));
            day += 2;
        }

        var meeting = DemocraticLifeMeeting.Schedule(campaignId, unitId, MeetingKind.SpecialDemocraticLife, new MeetingArrangement(new DateOnly(2014, 6, 20), "区委常委、组织部部长 许文", groupId), keeper, On(6, 13));
        var coverage = TalkCoverage.Compute(
            new TeamRoster(new TeamPerson(principal, "主要负责同志"), members.Select(m => new TeamPerson(m, "班子成员")).ToList(), []),
            talks.Select(t => new TalkPair(t.Item1, t.Item2)));
        meeting.Hold(new DateOnly(2014, 6, 20), new MeetingReadiness(material.IsPassed, coverage), keeper, On(6, 20));
        meeting.RecordContribution(principal, new ContributionRecord("带头查摆：深入基层调研不够，对低保审核超期问题督促不力", "班子成员指出：主持会议多、现场办公少", "对群众反映的低保审核慢问题，承诺7月底前将审核时限压缩到30天"), keeper);
        meeting.RecordContribution(members[0], new ContributionRecord("分管社会救助工作，对审核流程简化推动不力", "主要负责同志指出：对基层反映的问题回应不及时", null), keeper);
        meeting.WriteReview("会议准备充分，批评与自我批评开门见山、有辣味，对群众意见作了回应；建议将整改承诺逐项列入整改方案。", supervisor);
        material.ReviseAfterMeeting(Text("低保审核周期长、入户调查不及时\n典型事例：2013年有37件低保申请审核超过60天") with { DirectionAndMeasures = "7月底前低保审核时限压缩到30天\n建立班子成员联系社区制度\n会后补充：每季度向群众公开整改进展" }, meeting.IsHeld, keeper, tree, On(6, 24));
        material.SendOut(new DateOnly(2014, 6, 26), keeper, tree, On(6, 26));
        meeting.HoldBriefing(new BriefingRecord(new DateOnly(2014, 6, 30), "局机关全体党员干部、基层站所负责人、“两代表一委员”和服务对象代表共62人", "领导班子对照检查材料（会后修改稿）、专题民主生活会情况通报"), material.Status == MaterialStatus.SentOut, keeper, On(6, 30));
        db.Add(meeting);
    }

    private static async Task ScheduledWithTalksMissingAsync(CampaignHubDbContext db, int campaignId, int unitId, int departmentId, int groupId, UnitTree tree, CancellationToken cancellationToken)
    {
        var (principal, members) = await TeamAsync(db, unitId, cancellationToken);
        var keeper = Keeper(unitId);
        db.Add(DepartmentOversight.Assign(campaignId, unitId, members[0], departmentId, tree.IsAncestorOrSelf(unitId, departmentId), keeper));
        var material = SelfExaminationMaterial.Draft(campaignId, unitId, MaterialKind.Team, principal, Text("医疗服务“看病难”，卫生监督执法检查多、指导少"), keeper, On(6, 16));
        material.Circulate("局领导班子成员和中层干部", keeper, tree, On(6, 17));
        material.Submit(keeper, tree, On(6, 23));
        material.Pass(null, Office, tree, On(6, 25));
        db.Add(material);
        db.Add(HeartToHeartTalk.Record(campaignId, unitId, new TalkRecord(principal, members[0], new DateOnly(2014, 6, 18), "对照检查材料征求意见", "对窗口作风问题抓得不紧", "主动征求服务对象意见不够"), keeper, On(6, 18)));
        db.Add(DemocraticLifeMeeting.Schedule(campaignId, unitId, MeetingKind.SpecialDemocraticLife, new MeetingArrangement(new DateOnly(2014, 7, 10), "副区长 李明", groupId), keeper, On(6, 26)));
    }

    private static async Task ReturnedAsync(CampaignHubDbContext db, int campaignId, int unitId, UnitTree tree, CancellationToken cancellationToken)
    {
        var (principal, _) = await TeamAsync(db, unitId, cancellationToken);
        var keeper = Keeper(unitId);
        var material = SelfExaminationMaterial.Draft(campaignId, unitId, MaterialKind.Team, principal, Text("执法方式简单粗暴，占道经营整治反复") with { RootsAnalysis = "工作方法有待改进" }, keeper, On(6, 18));
        material.Circulate("局领导班子成员、执法中队负责人", keeper, tree, On(6, 19));
        material.Submit(keeper, tree, On(6, 27));
        material.Return("根源剖析流于表面，未从理想信念、宗旨意识、党性修养、政治纪律等方面深入剖析，请修改后重新报送。", Office, tree, On(6, 30));
        db.Add(material);
    }

    private static async Task<(int Principal, IReadOnlyList<int> Members)> TeamAsync(CampaignHubDbContext db, int unitId, CancellationToken cancellationToken)
    {
        var people = await db.Set<Person>().AsNoTracking().Where(p => p.UnitId == unitId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return (people.First(p => p.Role == PersonRole.MainLeader).Id, people.Where(p => p.Role == PersonRole.OtherLeader).Select(p => p.Id).ToList());
    }

    private static MaterialText Text(string problems) => new(
        $"形式主义：会议多、文件多，调研走过场\n官僚主义：{problems}\n享乐主义：工作标准不高，满足于过得去\n奢靡之风：个别公务接待超标准",
        "2013年“三公”经费较上年下降18%；公务用车、办公用房均符合规定，无超标准配备；班子成员家属子女无在本系统经商办企业情况",
        "理想信念：理论学习不深入，存在重业务轻学习\n宗旨意识：群众观念淡化，对群众诉求回应不及时\n党性修养：批评与自我批评开展不经常\n政治纪律：执行八项规定有时不够严格",
        "坚持“四有”要求制定整改方案\n建立班子成员联系基层制度\n整改情况向群众公开");

    private static Actor Keeper(int unitId) => new("coordinator", "单位联络员", new HashSet<string> { Roles.Coordinator }, unitId);

    private static Actor Supervisor(int unitId) => new("supervisor", DemoData.SupervisionGroupName, new HashSet<string> { Roles.Supervisor }, null, new HashSet<int> { unitId });

    /// <summary>A clock in the afternoon of a day of stage two, 2014.</summary>
    private static FixedClock On(int month, int day) => new(ChinaTime.StartOf(new DateOnly(2014, month, day)).AddHours(15));
}
