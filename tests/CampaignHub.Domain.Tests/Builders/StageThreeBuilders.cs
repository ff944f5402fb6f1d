using CampaignHub.Domain.Common;
using CampaignHub.Domain.EducationPeriods;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Domain.RuleRegister;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>
/// 整改落实、建章立制 test data on <see cref="DemoTree"/>: the street (4) is a township, its community (5) grassroots.
/// The street's team: 41 principal, 42 member; 49 its coordinator (not on the team).
/// </summary>
public static class StageThreeFixtures
{
    public static readonly PlanMember Principal = new(41, DemoTree.Street, "王书记", PersonRole.MainLeader, InPost: true);
    public static readonly PlanMember Member = new(42, DemoTree.Street, "李主任", PersonRole.OtherLeader, InPost: true);
    public static readonly PlanMember StreetCoordinator = new(49, DemoTree.Street, "周联络员", PersonRole.Coordinator, InPost: true);

    public static FixedClock Clock() => Clocks.AtChina(2014, 7, 15);

    public static Actor Keeper(int unitId = DemoTree.Street) => ActorBuilder.Coordinator(unitId);

    public static PlanText Text(string title = "东山街道领导班子整改方案") =>
        new(title, "围绕“四风”问题，制定12项整改措施，9月底前完成", "文山会海；窗口服务态度差");

    public static RectificationPlan Plan(int unitId = DemoTree.Street, RectificationPlanKind kind = RectificationPlanKind.TeamPlan, PlanMember? member = null) =>
        RectificationPlan.File(DemoTree.CampaignId, unitId, DemoTree.Kinds[unitId], kind, member, Text(), Keeper(unitId), DemoTree.Build(), Clock());

    public static NewPlanItem FullItem(string title = "精简会议文件") =>
        new(title, "街道发文、开会过多", "文件会议减少三分之一", "建立发文审核制度", "曹丽", new DateOnly(2014, 9, 30));

    /// <summary>An existing rectification item of a unit, with the id the store gave it.</summary>
    public static RectificationItem StoredItem(int id, int unitId, int campaignId = DemoTree.CampaignId)
    {
        var item = RectificationItem.Create(campaignId, unitId, "整改事项" + id, "问题" + id, ActorBuilder.Office(), DemoTree.Build(), Clock());
        typeof(RectificationItem).BaseType!.BaseType!.GetProperty("Id")!.SetValue(item, id);
        return item;
    }

    public static RuleRecord Rule(RuleStatus status = RuleStatus.Drafting)
    {
        var tree = DemoTree.Build();
        var clock = Clock();
        var rule = RuleRecord.Register(DemoTree.CampaignId, DemoTree.Street, "会议文件审核制度", RuleKind.New, "街道发文、开会须经审核", new DateOnly(2014, 7, 1), Keeper(), tree, clock);
        if (status >= RuleStatus.Issued)
        {
            rule.Issue(new DateOnly(2014, 7, 8), "东街发〔2014〕21号", Keeper(), tree, clock);
        }

        if (status >= RuleStatus.InForce)
        {
            rule.PutInForce(new DateOnly(2014, 7, 10), Keeper(), tree, clock);
        }

        return rule;
    }

    public static EducationPeriod Period(DateOnly start, DateOnly end) =>
        EducationPeriod.Plan(DemoTree.CampaignId, DemoTree.Street, start, end, null, Keeper(), DemoTree.Build(), Clock());
}
