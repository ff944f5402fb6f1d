using CampaignHub.Data;
using CampaignHub.Data.Seed;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Evaluation;

/// <summary>
/// The Jiangning campaign's end (September 2014): 总结大会 and 民主评议 for three units at different points, built through
/// the domain's verbs on the days they happened. 区民政局 passed (24 ballots, 83.3%); 区政务服务中心 fell to 45.0% and
/// is in 返工补课 (整改中, deadline 2014-10-31), with its director interviewed (约谈) and the supervision group's comment;
/// 江宁城市建设集团 fell to 52.5%, redid its work, had its report accepted and passed its re-evaluation (92.5%), so its
/// redo is closed. Each has a principal-leader record. The other units are not yet evaluated.
/// </summary>
public sealed class EvaluationDemoData : IDemoSeedContributor
{
    private static readonly Actor Office = new("office", "区委教育实践活动办公室", new HashSet<string> { Roles.Office }, null);

    public int Order => 120;

    public async Task SeedAsync(CampaignHubDbContext db, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var u = context.Units;
        var campaignId = context.CampaignId;
        var threshold = (await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == campaignId, cancellationToken)).Rules.RedoRecognitionThreshold;

        // 区民政局: evaluated at its 总结大会 and passed.
        var minzheng = u["minzheng"];
        var passed = await EvaluateAsync(db, campaignId, minzheng, new DateOnly(2014, 9, 16), 18, 4, 2, cancellationToken);
        passed.Close(null, threshold, null, Office, On(9, 16));
        await LeaderAsync(db, campaignId, minzheng, new PrincipalLeaderInput(PrincipalLeaderRecordKind.SpecialReport, new DateOnly(2014, 9, 12), "向区委常委会专项述职：带头查摆“四风”问题7个，低保审核时限由60天压缩到30天，建立班子成员联系社区制度。"), On(9, 12), cancellationToken);
        await LeaderAsync(db, campaignId, minzheng, new PrincipalLeaderInput(PrincipalLeaderRecordKind.PublicRating, new DateOnly(2014, 9, 16), "总结大会上由干部和服务对象代表不记名评议", Satisfied: 30, BasicallySatisfied: 8, Dissatisfied: 2), On(9, 16), cancellationToken);

        // 区政务服务中心: below the threshold, in redo and working on it; its director interviewed by the district secretary.
        var zhengwu = u["zhengwu"];
        var low = await EvaluateAsync(db, campaignId, zhengwu, new DateOnly(2014, 9, 17), 6, 6, 8, cancellationToken);
        var redo = low.Close(new DateOnly(2014, 10, 31), threshold, null, Office, On(9, 17))!;
        db.Add(redo);
        await db.SaveChangesAsync(cancellationToken);
        redo.StartRectifying(Keeper(zhengwu), On(9, 19));
        await LeaderAsync(db, campaignId, zhengwu, new PrincipalLeaderInput(PrincipalLeaderRecordKind.PublicRating, new DateOnly(2014, 9, 17), "窗口服务对象代表现场评议", Satisfied: 21, BasicallySatisfied: 9, Dissatisfied: 12), On(9, 17), cancellationToken);
        await LeaderAsync(db, campaignId, zhengwu, new PrincipalLeaderInput(PrincipalLeaderRecordKind.Interview, new DateOnly(2014, 9, 19), "窗口“门难进、脸难看、事难办”问题整改不到位；群众反映办事排队时间长、一次告知不落实。", "区委书记 王立新", "10月底前推行一次告知和限时办结，开设午间和周末窗口，整改情况向服务对象公开。"), On(9, 19), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(EvaluationComment.Write(campaignId, zhengwu, CommentSubject.Redo, redo.Id, "返工补课要对准群众反映最集中的排队难问题，整改报告须附服务对象评价。", Supervisor(zhengwu), On(9, 22)));

        // 江宁城市建设集团: below the threshold, redid its work, report accepted, re-evaluated and passed.
        var chengjian = u["chengjian"];
        var first = await EvaluateAsync(db, campaignId, chengjian, new DateOnly(2014, 9, 10), 8, 5, 7, cancellationToken);
        var closedRedo = first.Close(new DateOnly(2014, 9, 25), threshold, null, Office, On(9, 10))!;
        db.Add(closedRedo);
        await db.SaveChangesAsync(cancellationToken);
        closedRedo.StartRectifying(Keeper(chengjian), On(9, 11));
        closedRedo.SubmitReport("重新召开专题民主生活会，针对拆迁安置进度慢、信访回复不及时逐项整改：安置房交付提前2个月，信访件7日内回复率达到100%。", Keeper(chengjian), On(9, 22));
        closedRedo.Accept("整改措施具体，同意组织复评。", Office, On(9, 23));
        await db.SaveChangesAsync(cancellationToken);
        var again = DemocraticEvaluation.OpenReEvaluation(closedRedo, new EvaluationArrangement(new DateOnly(2014, 9, 26), null), Office, On(9, 24));
        Ballots(again, await TeamAsync(db, chengjian, cancellationToken), 17, 3, 0);
        db.Add(again);
        await db.SaveChangesAsync(cancellationToken);
        again.Close(null, threshold, closedRedo, Office, On(9, 26));
        await LeaderAsync(db, campaignId, chengjian, new PrincipalLeaderInput(PrincipalLeaderRecordKind.SpecialReport, new DateOnly(2014, 9, 24), "专项述职：返工补课期间带头接访拆迁安置户23户，推动安置房提前交付。"), On(9, 24), cancellationToken);
    }

    private static async Task<DemocraticEvaluation> EvaluateAsync(CampaignHubDbContext db, int campaignId, int unitId, DateOnly on, int satisfied, int mixed, int dissatisfied, CancellationToken cancellationToken)
    {
        var evaluation = DemocraticEvaluation.Open(campaignId, unitId, new EvaluationArrangement(on, on), Office, On(on.Month, on.Day - 3));
        Ballots(evaluation, await TeamAsync(db, unitId, cancellationToken), satisfied, mixed, dissatisfied);
        db.Add(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        return evaluation;
    }

    /// <summary>Ballots as paper ballots read: some 满意 on both points, some mixed, some 不满意 on both; alternately cadres and masses.</summary>
    private static void Ballots(DemocraticEvaluation evaluation, IReadOnlyList<int> team, int satisfied, int mixed, int dissatisfied)
    {
        var n = 0;
        void Add(EvaluationRating conduct, EvaluationRating solving, int count)
        {
            for (var i = 0; i < count; i++, n++)
            {
                var members = team.Take(n % 3 == 0 ? team.Count : 0).Select(p => new MemberRatingInput(p, conduct, solving == EvaluationRating.Dissatisfied ? EvaluationRating.BasicallySatisfied : solving)).ToList();
                evaluation.RecordBallot(new BallotInput(n % 2 == 0 ? RaterKind.Cadre : RaterKind.MassesRepresentative, conduct, solving, members), team, Office);
            }
        }

        Add(EvaluationRating.Satisfied, EvaluationRating.Satisfied, satisfied);
        Add(EvaluationRating.BasicallySatisfied, EvaluationRating.Dissatisfied, mixed);
        Add(EvaluationRating.Dissatisfied, EvaluationRating.Dissatisfied, dissatisfied);
    }

    private static async Task LeaderAsync(CampaignHubDbContext db, int campaignId, int unitId, PrincipalLeaderInput input, IClock clock, CancellationToken cancellationToken)
    {
        var principal = (await TeamAsync(db, unitId, cancellationToken))[0];
        db.Add(PrincipalLeaderRecord.Record(campaignId, unitId, principal, true, input, Office, clock));
    }

    /// <summary>The unit's team, its principal leader first.</summary>
    private static async Task<IReadOnlyList<int>> TeamAsync(CampaignHubDbContext db, int unitId, CancellationToken cancellationToken) =>
        await db.Set<Person>().AsNoTracking().Where(p => p.UnitId == unitId && (p.Role == PersonRole.MainLeader || p.Role == PersonRole.OtherLeader))
            .OrderBy(p => p.Role).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);

    private static Actor Keeper(int unitId) => new("coordinator", "单位联络员", new HashSet<string> { Roles.Coordinator }, unitId);

    private static Actor Supervisor(int unitId) => new("supervisor", DemoData.SupervisionGroupName, new HashSet<string> { Roles.Supervisor }, null, new HashSet<int> { unitId });

    /// <summary>A clock in the afternoon of a day at the campaign's end, 2014.</summary>
    private static FixedClock On(int month, int day) => new(ChinaTime.StartOf(new DateOnly(2014, month, day)).AddHours(15));
}
