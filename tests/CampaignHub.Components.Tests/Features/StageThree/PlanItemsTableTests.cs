using CampaignHub.Components.Shared;
using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.EducationPeriods;
using CampaignHub.Features.EducationPeriods;
using CampaignHub.Features.EducationPeriods.Components;
using CampaignHub.Features.RectificationPlans;
using CampaignHub.Features.RectificationPlans.Components;

namespace CampaignHub.Components.Tests.Features.StageThree;

/// <summary>A plan's items table shows each linked item as it stands and offers unlinking only as the domain answers.</summary>
public sealed class PlanItemsTableTests : ComponentTestContext
{
    private static readonly PlanItemDto Started = new(7, "精简会议文件", RectificationStatus.InProgress, RectificationStatus.InProgress.ToChinese(), 40, "曹丽", new DateOnly(2014, 4, 5), 5, null, CreatedFromPlan: true);
    private static readonly PlanItemDto Drafted = new(8, "社区证明事项过多", RectificationStatus.NotStarted, RectificationStatus.NotStarted.ToChinese(), 0, "孙丽华", null, 0, "缺少：措施、时限", CreatedFromPlan: false);

    private IRenderedComponent<PlanItemsTable> RenderWith(ActionAnswer unlink, params PlanItemDto[] items) =>
        Render<PlanItemsTable>(p => p.Add(x => x.Items, items).Add(x => x.Unlink, unlink));

    [Fact]
    public void Table_shows_each_items_status_overdue_days_missing_haves_and_origin()
    {
        var cut = RenderWith(ActionAnswer.Allowed, Started, Drafted);

        Assert.Equal("整改中（逾期5天）", cut.Find("[data-item='7'] [data-testid=plan-item-status]").TextContent);
        Assert.Contains("四有不全：缺少：措施、时限", cut.Find("[data-item='8'] [data-testid=plan-item-missing]").TextContent);
        Assert.Contains("方案新增", cut.Find("[data-item='7']").TextContent);
        Assert.Contains("关联已有", cut.Find("[data-item='8']").TextContent);
        Assert.Equal("rectification/7", cut.Find("[data-item='7'] a").GetAttribute("href"));
    }

    [Fact]
    public void Unlinking_is_not_offered_to_someone_whose_business_it_is_not()
    {
        var cut = RenderWith(ActionAnswer.NotPermitted("只有本单位及上级单位联络员或活动办可以填报整改方案"), Started);

        Assert.Empty(cut.FindAll("[data-testid=plan-item-unlink]"));
    }

    [Fact]
    public void Unlink_raises_the_item()
    {
        PlanItemDto? raised = null;
        var cut = Render<PlanItemsTable>(p => p.Add(x => x.Items, [Started]).Add(x => x.Unlink, ActionAnswer.Allowed).Add(x => x.OnUnlink, (PlanItemDto item) => raised = item));

        cut.Find("[data-testid=plan-item-unlink]").Click();

        Assert.Equal(Started, raised);
    }

    [Fact]
    public void Empty_plan_says_how_to_add_items()
    {
        Assert.Contains("尚未关联整改事项", RenderWith(ActionAnswer.Allowed).Find("[data-testid=plan-items-empty]").TextContent);
    }

    [Fact]
    public void Period_table_marks_the_short_period_with_the_domains_sentence()
    {
        var shortfall = new PeriodShortfall(PeriodBasis.Planned, new DateOnly(2014, 3, 15), new DateOnly(2014, 5, 25), 72, 20).Text;
        var rows = new[]
        {
            new EducationPeriodRowDto(1, "淳化街道", "街道/乡镇", 1, new DateOnly(2014, 3, 15), new DateOnly(2014, 5, 25), null, null, null, shortfall, ActionAnswer.Allowed, [], ActionAnswer.NotPermitted("只有督导该单位的督导组、本单位联络员或活动办可以提出意见")),
            new EducationPeriodRowDto(2, "竹山社区", "村/社区", null, null, null, null, null, null, null, ActionAnswer.NotPermitted("只有本单位及上级单位联络员或活动办可以填报集中教育时间"), [], ActionAnswer.NotApplicable("该单位尚未登记集中教育时间")),
        };

        var cut = Render<EducationPeriodTable>(p => p.Add(x => x.Rows, rows));

        Assert.Equal(shortfall, cut.Find("[data-unit='1'] [data-testid=period-verdict]").TextContent);
        Assert.Equal("true", cut.Find("[data-unit='1']").GetAttribute("data-short"));
        Assert.Equal("未登记", cut.Find("[data-unit='2'] [data-testid=period-verdict]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=period-record]"));
    }

    [Fact]
    public void Period_table_shows_the_groups_comments_and_offers_commenting_as_the_domain_answers()
    {
        var comment = new CommentView("集中教育时间不足三个月，请补足", "韩立群", "督导组", new DateTimeOffset(2014, 4, 2, 2, 0, 0, TimeSpan.Zero));
        var rows = new[]
        {
            new EducationPeriodRowDto(1, "淳化街道", "街道/乡镇", 1, new DateOnly(2014, 3, 15), new DateOnly(2014, 5, 25), null, null, null, null, ActionAnswer.NotPermitted("只有本单位及上级单位联络员或活动办可以填报集中教育时间"), [comment], ActionAnswer.Allowed),
            new EducationPeriodRowDto(2, "竹山社区", "村/社区", null, null, null, null, null, null, null, ActionAnswer.NotPermitted("只有本单位及上级单位联络员或活动办可以填报集中教育时间"), [], ActionAnswer.NotApplicable("该单位尚未登记集中教育时间")),
        };
        EducationPeriodRowDto? raised = null;

        var cut = Render<EducationPeriodTable>(p => p.Add(x => x.Rows, rows).Add(x => x.OnComment, (EducationPeriodRowDto row) => raised = row));
        cut.Find("[data-unit='1'] [data-testid=period-comment]").Click();

        Assert.Contains("督导组 · 韩立群 · 2014-04-02 10:00", cut.Find("[data-unit='1'] [data-testid=period-comments]").TextContent);
        Assert.Contains("集中教育时间不足三个月，请补足", cut.Find("[data-unit='1'] [data-testid=period-comments]").TextContent);
        Assert.Equal(1, raised!.UnitId);
        Assert.Empty(cut.FindAll("[data-testid=period-record]"));
    }
}
