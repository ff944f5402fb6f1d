using CampaignHub.Domain.Common;
using CampaignHub.Domain.Linkage;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>双联动 records on the demo tree, in spring 2014.</summary>
public static class LinkageBuilder
{
    public static readonly DateOnly EndOfMarch = new(2014, 3, 31);
    public static readonly DateOnly April5 = new(2014, 4, 5);

    public static FixedClock Clock(int month = 4, int day = 10) => Clocks.AtChina(2014, month, day);

    /// <summary>A leader (with a store id) of the unit.</summary>
    public static Person Leader(int unitId, int personId, PersonRole role = PersonRole.MainLeader) =>
        UnitBuilder.WithId(unitId, parentId: DemoTree.Build().ParentOf(unitId)).AddPerson(UnitBuilder.Person("李明", role)).WithId(personId);

    public static UpperVisitDetails Visit(DateOnly? on = null, IReadOnlyList<FirstBatchItemDraft>? items = null, string? experience = "承接“一站式”服务经验") => new(
        on ?? new DateOnly(2014, 3, 27),
        "南京市民政局",
        items ?? [new FirstBatchItemDraft("低保审批时限压缩到30天", "区民政局修订审批流程")],
        [new ReportedProblemDraft("养老服务用房不足", null)],
        experience);

    public static GrassrootsVisitDetails Grassroots(DateOnly on, GrassrootsTheme theme) => new(on, "上坊社区", theme, "居民反映办事难");

    /// <summary>An upper department's opinion the office has recorded and not yet forwarded.</summary>
    public static Opinion UpperOpinion() =>
        Opinion.ReceiveFromUpperDepartment(DemoTree.CampaignId, "南京市民政局", OpinionCategory.SocialSecurity, "低保审批超时限", new DateOnly(2014, 3, 31), ActorBuilder.Office(), Clock(3, 31));

    /// <summary>Forwarded to the street on April 1 with feedback due April 8.</summary>
    public static Opinion ForwardedToStreet()
    {
        var opinion = UpperOpinion();
        opinion.ForwardForFeedback(DemoTree.Street, new DateOnly(2014, 4, 8), "副区长 陈建国", ActorBuilder.Office(), DemoTree.Build(), Clock(4, 1));
        return opinion;
    }
}
