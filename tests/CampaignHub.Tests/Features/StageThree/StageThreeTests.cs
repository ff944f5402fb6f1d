using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignHub.Components.Shared;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Domain.RuleRegister;
using CampaignHub.Features.EducationPeriods;
using CampaignHub.Features.RectificationPlans;
using CampaignHub.Features.RuleRegister;
using CampaignHub.Live;
using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.StageThree;

/// <summary>整改方案, 建章立制 and the education periods through the real app: the demo, the access rules and the Chinese refusals.</summary>
public sealed class StageThreeTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Demo_links_plans_to_their_items_registers_rules_at_every_status_and_flags_one_short_period()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");

        var plans = await Service<RectificationPlanService>(factory).ListAsync(office, campaign.Id, new PlanFilter());
        var minzheng = plans.Rows.Single(r => r.UnitName == "区民政局" && r.Kind == RectificationPlanKind.TeamPlan);
        Assert.Equal(3, minzheng.ItemCount);
        Assert.Contains(plans.Rows, r => r.UnitName == "上坊社区" && r.Kind == RectificationPlanKind.ProblemList && r.ItemCount == 1);
        Assert.Contains(plans.Rows, r => r.Kind == RectificationPlanKind.PersonalMeasures && r.PersonName == "孙丽华");

        var rules = await Service<RuleRegisterService>(factory).ListAsync(office, campaign.Id, new RuleFilter());
        Assert.Equal(RuleNames.Statuses, rules.Rows.Select(r => r.Status).Distinct().Order());

        var periods = await Service<EducationPeriodService>(factory).ShortPeriodsAsync(office, campaign.Id);
        Assert.Contains(periods, p => p.UnitName == "淳化街道" && p.Text.StartsWith("计划集中教育时间72天", StringComparison.Ordinal));
        Assert.DoesNotContain(periods, p => p.UnitName is "区民政局" or "东山街道" or "秣陵街道");
    }

    [Fact]
    public async Task A_rectification_item_shows_the_plan_it_came_from()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var service = Service<RectificationPlanService>(factory);
        var planId = (await service.ListAsync(office, campaign.Id, new PlanFilter(Kind: RectificationPlanKind.TeamPlan))).Rows.Single(r => r.UnitName == "区民政局").Id;
        var plan = await service.GetAsync(office, planId);

        var origin = await service.OriginOfItemAsync(office, plan.Items.First(i => i.CreatedFromPlan).Id);

        Assert.Equal((planId, "整改方案", "区民政局领导班子整改方案"), (origin!.PlanId, origin.KindText, origin.Title));
        Assert.Contains(plan.Items, i => i.MissingFourHaves is not null);
    }

    [Fact]
    public async Task Another_units_coordinator_is_refused_its_plan_and_an_unknown_plan_is_404()
    {
        var planId = await PlanIdAsync("区民政局");
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        var read = await client.GetAsync($"/api/rectification-plans/{planId}");
        var add = await client.PostAsJsonAsync($"/api/rectification-plans/{planId}/items", new NewPlanItem("冒名新增", "不属于本单位", null, null, null, null), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Contains("您只能查看本单位", (await ProblemAsync(read)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/rectification-plans/999999")).StatusCode);
        await using var db = await DemoLookup.DbAsync(factory);
        Assert.False(await db.Set<RectificationItem>().AnyAsync(i => i.Title == "冒名新增"));
    }

    [Fact]
    public async Task A_plan_refuses_another_units_item_with_a_Chinese_400()
    {
        var dongshanPlan = await PlanIdAsync("东山街道");
        var minzhengItem = (await Service<RectificationPlanService>(factory).GetAsync(await Accounts.ActorAsync(factory, "office"), await PlanIdAsync("区民政局"))).Items[0].Id;
        var client = await Accounts.SignedInClientAsync(factory, "office");

        var response = await client.PostAsJsonAsync($"/api/rectification-plans/{dongshanPlan}/links", new LinkItemInput(minzhengItem), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("只能关联本单位在本次活动中的整改事项", (await ProblemAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Coordinator_creates_an_item_from_the_plan_and_hostile_text_is_kept_as_text()
    {
        var planId = await PlanIdAsync("东山街道");
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        const string hostile = "<script>alert('x')</script>\"; DROP TABLE RectificationItems; --";

        var response = await client.PostAsJsonAsync($"/api/rectification-plans/{planId}/items", new NewPlanItem(hostile, "问题 & <b>描述</b>", "目标", "措施", "曹丽", new DateOnly(2014, 6, 30)), ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await client.GetFromJsonAsync<PlanDetailDto>($"/api/rectification-plans/{planId}", ApiJson.Options);
        var item = plan!.Items.Single(i => i.Title == hostile);
        Assert.Equal(RectificationStatus.NotStarted, item.Status);
        Assert.True(item.CreatedFromPlan);
        Assert.Null(item.MissingFourHaves);
    }

    [Fact]
    public async Task Missing_fields_give_a_Chinese_400_and_nothing_is_saved()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var shangfang = await DemoLookup.UnitIdAsync(factory, "上坊社区");
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        var noTitle = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/rectification-plans", new FilePlanInput(shangfang, RectificationPlanKind.ProblemList, null, " ", "措施", "问题"), ApiJson.Options);
        var noMember = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/rectification-plans", new FilePlanInput(dongshan, RectificationPlanKind.PersonalMeasures, null, "个人整改措施", "措施", "问题"), ApiJson.Options);
        var streetList = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/rectification-plans", new FilePlanInput(dongshan, RectificationPlanKind.ProblemList, null, "问题清单", "措施", "问题"), ApiJson.Options);
        var noItemTitle = await client.PostAsJsonAsync($"/api/rectification-plans/{await PlanIdAsync("东山街道")}/items", new NewPlanItem(null, "问题", null, null, null, null), ApiJson.Options);

        Assert.Equal("标题不能为空", await DetailAsync(noTitle));
        Assert.Equal("个人整改措施须由本单位在任的领导班子成员制定", await DetailAsync(noMember));
        Assert.StartsWith("只有村、社区和非公有制经济组织、社会组织等基层组织可以列出问题清单", await DetailAsync(streetList));
        Assert.Equal("整改事项名称不能为空", await DetailAsync(noItemTitle));
        await using var db = await DemoLookup.DbAsync(factory);
        Assert.Equal(1, await db.Set<RectificationPlan>().CountAsync(p => p.UnitId == shangfang));
    }

    [Fact]
    public async Task A_rule_cannot_be_put_in_force_before_it_is_issued()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var drafting = (await Service<RuleRegisterService>(factory).ListAsync(await Accounts.ActorAsync(factory, "office"), campaign.Id, new RuleFilter(Status: RuleStatus.Drafting))).Rows[0];
        var client = await Accounts.SignedInClientAsync(factory, "office");

        var response = await client.PostAsJsonAsync($"/api/rules/{drafting.Id}/in-force", new RuleStepInput(drafting.Version, new DateOnly(2014, 4, 9), null), ApiJson.Options);

        Assert.Equal("制度须先印发才能施行", await DetailAsync(response));
        Assert.Equal(Domain.Common.RefusalKind.Blocked, drafting.Can(RuleAction.PutInForce).Refusal);
    }

    [Fact]
    public async Task A_rule_is_registered_for_ones_own_unit_only_and_answers_only_its_problems()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var minzheng = await DemoLookup.UnitIdAsync(factory, "区民政局");
        var minzhengItem = (await Service<RectificationPlanService>(factory).GetAsync(await Accounts.ActorAsync(factory, "office"), await PlanIdAsync("区民政局"))).Items[0].Id;
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        var other = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/rules", new RegisterRuleInput(minzheng, "越权登记", RuleKind.New, null, new DateOnly(2014, 4, 1), null), ApiJson.Options);
        var foreignProblem = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/rules", new RegisterRuleInput(dongshan, "便民服务制度", RuleKind.New, null, new DateOnly(2014, 4, 1), [minzhengItem]), ApiJson.Options);
        var noDate = await client.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/rules", new RegisterRuleInput(dongshan, "便民服务制度", RuleKind.New, null, null, null), ApiJson.Options);

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("制度只能对应本单位在本次活动中的整改事项", await DetailAsync(foreignProblem));
        Assert.Equal("请填写起草日期", await DetailAsync(noDate));
    }

    [Fact]
    public async Task A_period_is_kept_by_its_unit_and_refused_out_of_order()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var zhushan = await DemoLookup.UnitIdAsync(factory, "竹山社区");
        var minzheng = await DemoLookup.UnitIdAsync(factory, "区民政局");
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        var reversed = await client.PutAsJsonAsync($"/api/campaigns/{campaign.Id}/units/{zhushan}/education-period", new EducationPeriodInput(null, new DateOnly(2014, 6, 1), new DateOnly(2014, 3, 1), null, null, null), ApiJson.Options);
        var other = await client.PutAsJsonAsync($"/api/campaigns/{campaign.Id}/units/{minzheng}/education-period", new EducationPeriodInput(1, new DateOnly(2014, 3, 1), new DateOnly(2014, 6, 30), null, null, null), ApiJson.Options);
        var shortOne = await client.PutAsJsonAsync($"/api/campaigns/{campaign.Id}/units/{zhushan}/education-period", new EducationPeriodInput(null, new DateOnly(2014, 3, 1), new DateOnly(2014, 4, 30), null, null, null), ApiJson.Options);

        Assert.Equal("计划结束日期不能早于计划开始日期", await DetailAsync(reversed));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, shortOne.StatusCode);
        var list = await client.GetFromJsonAsync<EducationPeriodListDto>($"/api/campaigns/{campaign.Id}/education-periods?shortOnly=true", ApiJson.Options);
        Assert.Contains(list!.Rows, r => r.UnitId == zhushan && r.Shortfall!.Contains("不足3个月"));
    }

    [Fact]
    public async Task The_supervision_group_comments_on_a_plan_of_a_unit_it_supervises_but_adds_no_items()
    {
        var planId = await PlanIdAsync("东山街道");
        var client = await Accounts.SignedInClientAsync(factory, "supervisor");

        var comment = await client.PostAsJsonAsync($"/api/rectification-plans/{planId}/comments", new CommentInput("整改措施要细化到月"), ApiJson.Options);
        var item = await client.PostAsJsonAsync($"/api/rectification-plans/{planId}/items", new NewPlanItem("督导组新增", "问题", null, null, null, null), ApiJson.Options);
        var empty = await client.PostAsJsonAsync($"/api/rectification-plans/{planId}/comments", new CommentInput(" "), ApiJson.Options);

        Assert.Equal(HttpStatusCode.NoContent, comment.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, item.StatusCode);
        Assert.Equal("意见不能为空", await DetailAsync(empty));
        var plan = await client.GetFromJsonAsync<PlanDetailDto>($"/api/rectification-plans/{planId}", ApiJson.Options);
        Assert.Contains(plan!.Comments, c => c.Text == "整改措施要细化到月" && c.ByRole == "督导组");
    }

    [Fact]
    public async Task The_supervision_group_comments_on_a_rule_and_on_an_education_period_and_others_are_refused()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var ruleId = (await Service<RuleRegisterService>(factory).ListAsync(office, campaign.Id, new RuleFilter(UnitId: dongshan))).Rows.First().Id;
        var minzhengRuleId = (await Service<RuleRegisterService>(factory).ListAsync(office, campaign.Id, new RuleFilter(UnitId: await DemoLookup.UnitIdAsync(factory, "区民政局")))).Rows.First().Id;
        var group = await Accounts.SignedInClientAsync(factory, "supervisor");
        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");
        var hostile = "<script>alert(1)</script>请补充执行检查办法";

        var onRule = await group.PostAsJsonAsync($"/api/rules/{ruleId}/comments", new CommentInput(hostile), ApiJson.Options);
        var onPeriod = await group.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/units/{dongshan}/education-period/comments", new CommentInput("集中学习安排偏少"), ApiJson.Options);
        var emptyOnRule = await group.PostAsJsonAsync($"/api/rules/{ruleId}/comments", new CommentInput(""), ApiJson.Options);
        var otherUnitsRule = await coordinator.PostAsJsonAsync($"/api/rules/{minzhengRuleId}/comments", new CommentInput("越权意见"), ApiJson.Options);
        var unknownRule = await group.PostAsJsonAsync("/api/rules/999999/comments", new CommentInput("意见"), ApiJson.Options);
        var noPeriod = await group.PostAsJsonAsync($"/api/campaigns/{campaign.Id}/units/999999/education-period/comments", new CommentInput("意见"), ApiJson.Options);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (onRule.StatusCode, onPeriod.StatusCode));
        Assert.Equal("意见不能为空", await DetailAsync(emptyOnRule));
        Assert.Equal(HttpStatusCode.Forbidden, otherUnitsRule.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknownRule.StatusCode, noPeriod.StatusCode));
        var rules = await group.GetFromJsonAsync<RuleRegisterDto>($"/api/campaigns/{campaign.Id}/rules?unitId={dongshan}", ApiJson.Options);
        Assert.Contains(rules!.Rows.Single(r => r.Id == ruleId).Comments, c => c.Text == hostile && c.ByRole == "督导组");
        var minzhengRules = await Service<RuleRegisterService>(factory).ListAsync(office, campaign.Id, new RuleFilter());
        Assert.Empty(minzhengRules.Rows.Single(r => r.Id == minzhengRuleId).Comments);
        var periods = await group.GetFromJsonAsync<EducationPeriodListDto>($"/api/campaigns/{campaign.Id}/education-periods", ApiJson.Options);
        Assert.Contains(periods!.Rows.Single(r => r.UnitId == dongshan).Comments, c => c.Text == "集中学习安排偏少");
    }

    [Fact]
    public async Task An_item_created_from_a_plan_reaches_the_feed_as_a_new_item_and_a_change_of_the_plan_with_their_ids()
    {
        var planId = await PlanIdAsync("东山街道");
        var published = new ConcurrentQueue<ChangeEvent>();
        using var capture = factory.Services.GetRequiredService<IChangeFeed>().Observe(change =>
        {
            if (change.Kind is ChangeKind.StageThree or ChangeKind.Rectification)
            {
                published.Enqueue(change);
            }
        });

        var itemId = await Service<RectificationPlanService>(factory).CreateItemAsync(await Accounts.ActorAsync(factory, "unit"), planId, new NewPlanItem("窗口午间不休", "群众反映午间无法办事", null, null, null, null));

        Assert.Contains(published, c => c.Kind == ChangeKind.Rectification && c.EntityId == itemId && c.Summary == "新增整改事项：窗口午间不休");
        Assert.Contains(published, c => c.Kind == ChangeKind.StageThree && c.EntityId == planId && c.Summary.StartsWith("东山街道：从整改方案新增整改事项“窗口午间不休”", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unlinking_keeps_the_item_and_frees_it_for_another_plan()
    {
        var planId = await PlanIdAsync("东山街道");
        var office = await Accounts.ActorAsync(factory, "office");
        var service = Service<RectificationPlanService>(factory);
        var itemId = (await service.GetAsync(office, planId)).Items.First(i => !i.CreatedFromPlan).Id;

        await service.UnlinkAsync(office, planId, itemId);

        var plan = await service.GetAsync(office, planId);
        Assert.DoesNotContain(plan.Items, i => i.Id == itemId);
        Assert.Contains(plan.Linkable, o => o.Id == itemId);
        Assert.Null(await service.OriginOfItemAsync(office, itemId));
        await service.LinkAsync(office, planId, itemId);
        Assert.Contains((await service.GetAsync(office, planId)).Items, i => i.Id == itemId);
    }

    [Fact]
    public async Task Every_list_exports_to_xlsx()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var client = await Accounts.SignedInClientAsync(factory, "office");

        foreach (var path in new[] { "rectification-plans/export", "rules/export", "education-periods/export" })
        {
            var response = await client.GetAsync($"/api/campaigns/{campaign.Id}/{path}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
        }
    }

    private async Task<int> PlanIdAsync(string unitName)
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var list = await Service<RectificationPlanService>(factory).ListAsync(await Accounts.ActorAsync(factory, "office"), campaign.Id, new PlanFilter(Kind: RectificationPlanKind.TeamPlan));
        return list.Rows.Single(r => r.UnitName == unitName).Id;
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await ProblemAsync(response)).GetProperty("detail").GetString();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
