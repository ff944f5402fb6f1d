using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Features.Plans;
using CampaignHub.Features.Plans.Components;
using CampaignHub.Identity;
using Microsoft.AspNetCore.Components.Web;
using static CampaignHub.Components.Tests.Features.Plans.PlanFixtures;

namespace CampaignHub.Components.Tests.Features.Plans;

/// <summary>The inline work-item grid: Chinese messages beside the fields, Esc, full dates, actions by role.</summary>
public sealed class WorkItemGridTests : ComponentTestContext
{
    private static readonly WorkItemLookups Lookups = new(
        [new PhaseOption(1, "学习教育、听取意见"), new PhaseOption(2, "查摆问题、开展批评")],
        [new MilestoneOption(5, 1, "体验活动上报", new DateOnly(2014, 3, 31)), new MilestoneOption(6, 2, "专题民主生活会", new DateOnly(2014, 5, 20))],
        [new LeaderOption(7, "孔繁荣", "主任")]);

    public WorkItemGridTests()
    {
        // Validation and cancelling never reach the database; the service is only there to be injected.
        Services.AddSingleton(new WorkItemService(null!, Clock, null!));
        Services.AddScoped<CurrentActor>();
        SignInAs(Roles.Coordinator, UnitId, "竹山社区联络员");
    }

    /// <summary>An item as the service sends it to <paramref name="viewer"/> (the coordinator by default): with the domain's answers.</summary>
    private static WorkItemDto Item(int id, string title, WorkItemStatus status, int? phaseId = 1, int? milestoneId = 5, int daysOverdue = 0, Actor? viewer = null, PlanStatus? planStatus = PlanStatus.Approved) =>
        new WorkItemDto(id, 1, UnitId, title, WorkItemKind.ExperienceAsStaff, phaseId, milestoneId, new DateOnly(2014, 4, 2), 7, null, status, 0, null, null,
            daysOverdue, "竹山社区联络员", [])
        {
            Actions = Enum.GetValues<WorkItemAction>().ToDictionary(
                a => a,
                a => WorkItemActionRules.WhyCannot(a, new WorkItemFacts(UnitId, WorkItemKind.ExperienceAsStaff, status, 0, planStatus), viewer ?? Coordinator, Tree)),
        };

    private static UnitWorkItemsDto Data(bool canApprove, params WorkItemDto[] items) => new(
        CampaignId, "“为民务实清廉”活动", UnitId, "竹山社区", PlanStatus.Approved, true, canApprove, new DateOnly(2014, 4, 10),
        items, Lookups, Experience(1), [], new UnitProgress(UnitId, 0m, items.Length, new ProgressBuckets(0, 0, items.Length)));

    private IRenderedComponent<WorkItemGrid> RenderGrid(UnitWorkItemsDto data)
    {
        RenderDialogHost();
        return Render<WorkItemGrid>(p => p.Add(x => x.Data, data).Add(x => x.OnChanged, () => { }));
    }

    [Fact]
    public void A_unit_with_many_items_shows_them_a_page_at_a_time_and_a_new_row_opens_on_the_first_page()
    {
        var items = Enumerable.Range(1, 30).Select(i => Item(i, $"事项{i}", WorkItemStatus.Planned)).ToArray();
        var cut = RenderGrid(Data(false, items));

        Assert.Equal(25, cut.FindAll("[data-testid^=wi-row-]").Count);
        cut.Find(".mud-table-pagination button[aria-label='下一页'], .mud-table-pagination-actions button:last-child").Click();
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("[data-testid^=wi-row-]").Count));

        cut.Find("[data-testid=wi-add]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=wi-row-new] input[data-testid=wi-edit-title]")));
        Assert.Equal(25, cut.FindAll("[data-testid^=wi-row-]").Count);
    }

    [Fact]
    public void A_new_row_with_a_blank_title_shows_the_Chinese_message_beside_the_title_field()
    {
        var cut = RenderGrid(Data(false));

        cut.Find("[data-testid=wi-add]").Click();
        cut.Find("input[data-testid=wi-edit-title]").Input(" ");
        cut.Find("[data-testid=wi-save]").Click();

        var message = cut.Find("[data-testid=error-Title]");
        Assert.Equal("事项名称不能为空", message.TextContent.Trim());
        Assert.Same(cut.Find("input[data-testid=wi-edit-title]").Closest("td"), message.Closest("td"));
    }

    [Fact]
    public void A_milestone_outside_the_chosen_phase_is_reported_beside_the_milestone()
    {
        var cut = RenderGrid(Data(false, Item(21, "以工作人员身份在窗口岗位体验一天", WorkItemStatus.Planned, phaseId: 1, milestoneId: 6)));

        cut.Find("[data-testid=wi-edit]").Click();
        cut.Find("[data-testid=wi-save]").Click();

        Assert.Equal("所选时间节点不在所选环节内", cut.Find("[data-testid=error-MilestoneId]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=error-Title]"));
    }

    [Fact]
    public void Escape_cancels_the_edit_and_restores_the_saved_row()
    {
        var cut = RenderGrid(Data(false, Item(21, "以工作人员身份在窗口岗位体验一天", WorkItemStatus.Planned)));

        cut.Find("[data-testid=wi-edit]").Click();
        cut.Find("input[data-testid=wi-edit-title]").Input("改了一半");
        cut.Find("[data-testid=work-item-grid]").KeyUp(new KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(cut.FindAll("input[data-testid=wi-edit-title]"));
        Assert.Contains("以工作人员身份在窗口岗位体验一天", cut.Find("[data-testid=wi-row-21]").TextContent);
    }

    [Fact]
    public void Planned_dates_are_shown_in_full_with_the_overdue_days()
    {
        var cut = RenderGrid(Data(false, Item(21, "上报体验活动", WorkItemStatus.Approved, daysOverdue: 8)));

        Assert.Equal("2014-04-02", cut.Find("[data-testid=wi-date]").TextContent.Trim());
        Assert.Equal("逾期8天", cut.Find("[data-testid=wi-overdue]").TextContent.Trim());
    }

    [Fact]
    public void Office_sees_approve_on_a_planned_item_and_the_coordinator_does_not()
    {
        var office = RenderGrid(Data(true, Item(21, "上报体验活动", WorkItemStatus.Planned, viewer: Office)));
        Assert.Single(office.FindAll("[data-testid=wi-approve]"));

        var coordinator = Render<WorkItemGrid>(p => p.Add(x => x.Data, Data(false, Item(21, "上报体验活动", WorkItemStatus.Planned))).Add(x => x.OnChanged, () => { }));
        Assert.Empty(coordinator.FindAll("[data-testid=wi-approve]"));
        Assert.Single(coordinator.FindAll("[data-testid=wi-start]"));
    }

    [Fact]
    public void Complete_stays_disabled_until_evidence_is_uploaded()
    {
        var cut = RenderGrid(Data(false, Item(21, "以工作人员身份在窗口岗位体验一天", WorkItemStatus.InProgress)));

        Assert.True(cut.Find("[data-testid=wi-complete]").HasAttribute("disabled"));
        Assert.Equal("每一项活动都要有实物资料，请先上传照片或PDF文件", cut.Find("[data-testid=wi-complete]").GetAttribute("title"));
    }

    [Fact]
    public void An_experience_item_the_office_has_not_approved_shows_start_disabled_with_the_reason()
    {
        var cut = RenderGrid(Data(false, Item(21, "以工作人员身份在窗口岗位体验一天", WorkItemStatus.Planned)));

        Assert.True(cut.Find("[data-testid=wi-start]").HasAttribute("disabled"));
        Assert.Equal("一线体验活动须经活动办同意后才能实施", cut.Find("[data-testid=wi-start]").GetAttribute("title"));
    }

    [Fact]
    public void An_approved_item_can_be_started_and_offers_no_complete_or_delete()
    {
        var cut = RenderGrid(Data(false, Item(21, "以工作人员身份在窗口岗位体验一天", WorkItemStatus.Approved)));

        Assert.False(cut.Find("[data-testid=wi-start]").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=wi-complete]"));
        Assert.Empty(cut.FindAll("[data-testid=wi-delete]"));
    }

    [Fact]
    public void A_coordinator_of_another_unit_is_offered_no_action_on_the_row()
    {
        var cut = RenderGrid(Data(false, Item(21, "以工作人员身份在窗口岗位体验一天", WorkItemStatus.InProgress, viewer: OtherCoordinator)));

        Assert.Empty(cut.FindAll(".ch-wi-actions button"));
    }

    [Fact]
    public void Progress_stays_disabled_with_the_reason_until_the_item_has_started()
    {
        var cut = RenderGrid(Data(false, Item(21, "以工作人员身份在窗口岗位体验一天", WorkItemStatus.Approved)));

        cut.Find("[data-testid=wi-edit]").Click();

        Assert.True(cut.Find("input[data-testid=wi-edit-progress]").HasAttribute("disabled"));
        Assert.Contains("事项开始后才能填写进度", cut.Find("[data-testid=wi-row-21]").Closest("tr")!.TextContent);
    }

    [Fact]
    public void Progress_can_be_typed_into_a_running_item()
    {
        var cut = RenderGrid(Data(false, Item(21, "以工作人员身份在窗口岗位体验一天", WorkItemStatus.InProgress)));

        cut.Find("[data-testid=wi-edit]").Click();

        Assert.False(cut.Find("input[data-testid=wi-edit-progress]").HasAttribute("disabled"));
        Assert.DoesNotContain("事项开始后才能填写进度", cut.Find("[data-testid=wi-row-21]").Closest("tr")!.TextContent);
    }

    [Fact]
    public async Task Conflict_banner_shows_both_versions_by_display_name_and_offers_to_reapply_mine()
    {
        var reapplied = false;
        var theirs = Item(21, "活动办修改：实物资料按月归档", WorkItemStatus.Planned) with { UpdatedByName = "活动办张主任" };
        var mine = WorkItemRow.From(theirs);
        mine.Title = "联络员修改：实物资料按周归档";
        var cut = Render<WorkItemConflictBanner>(p => p.Add(x => x.Mine, mine).Add(x => x.Theirs, theirs).Add(x => x.Lookups, Lookups)
            .Add(x => x.OnReapply, () => reapplied = true).Add(x => x.OnDiscard, () => { }));

        Assert.Contains("活动办张主任", cut.Find("[data-testid=wi-conflict]").TextContent);
        Assert.Contains("活动办修改：实物资料按月归档", cut.Find("[data-testid=wi-conflict-theirs]").TextContent);
        Assert.Contains("联络员修改：实物资料按周归档", cut.Find("[data-testid=wi-conflict-mine]").TextContent);
        Assert.Contains("2014-04-02", cut.Find("[data-testid=wi-conflict-mine]").TextContent);

        await cut.Find("[data-testid=wi-reapply]").ClickAsync(new());
        Assert.True(reapplied);
    }
}
