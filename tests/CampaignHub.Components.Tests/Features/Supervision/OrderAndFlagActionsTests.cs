using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Supervision;
using CampaignHub.Features.Supervision.Components;
using static CampaignHub.Components.Tests.Features.Supervision.SupervisionTestData;

namespace CampaignHub.Components.Tests.Features.Supervision;

/// <summary>Which buttons each person is offered on an order or a flag, in each state.</summary>
public sealed class OrderAndFlagActionsTests : ComponentTestContext
{
    private static readonly DateOnly Today = DemoToday;

    private IRenderedComponent<OrderActions> RenderOrder(CampaignHub.Domain.Common.Actor viewer, OrderDto order) =>
        Render<OrderActions>(p => p.Add(c => c.Order, For(viewer, order)).Add(c => c.Today, Today));

    private IRenderedComponent<FlagActions> RenderFlag(CampaignHub.Domain.Common.Actor viewer, FlagDto flag) =>
        Render<FlagActions>(p => p.Add(c => c.Flag, flag).Add(c => c.Viewer, viewer));

    [Fact]
    public void Supervisor_sees_resurvey_and_deadline_on_a_responded_order()
    {
        var actions = RenderOrder(Supervisor, Order(RectificationOrderStatus.Responded, "已整改"));

        Assert.Single(actions.FindAll("[data-testid=arrange-resurvey]"));
        Assert.Single(actions.FindAll("[data-testid=change-deadline]"));
    }

    [Fact]
    public void Office_sees_the_deadline_change_but_no_resurvey_on_an_issued_order()
    {
        var actions = RenderOrder(Office, Order(RectificationOrderStatus.Issued));

        Assert.Empty(actions.FindAll("[data-testid=arrange-resurvey]"));
        Assert.Single(actions.FindAll("[data-testid=change-deadline]"));
    }

    [Fact]
    public void Office_may_rearrange_a_pending_resurvey_and_follow_its_results()
    {
        var actions = RenderOrder(Office, Order(RectificationOrderStatus.ResurveyPending, "已整改", resurveyId: 5));

        Assert.Single(actions.FindAll("[data-testid=arrange-resurvey]"));
        Assert.Equal("satisfaction/5", actions.Find("[data-testid=resurvey-link]").GetAttribute("href"));
    }

    [Fact]
    public void Leader_only_reads_an_order()
    {
        var actions = RenderOrder(Leader, Order(RectificationOrderStatus.Responded, "已整改"));

        Assert.Empty(actions.FindAll("button"));
    }

    [Fact]
    public void Nobody_changes_a_closed_order()
    {
        var actions = RenderOrder(Supervisor, Order(RectificationOrderStatus.Closed, "已整改"));

        Assert.Empty(actions.FindAll("button"));
    }

    [Fact]
    public void Coordinator_of_the_ordered_unit_may_answer_an_issued_or_answered_order_but_not_one_awaiting_its_resurvey()
    {
        foreach (var (status, offered) in new[] { (RectificationOrderStatus.Issued, true), (RectificationOrderStatus.Responded, true), (RectificationOrderStatus.ResurveyPending, false), (RectificationOrderStatus.Closed, false) })
        {
            var cut = Render<UnitOrderActions>(p => p.Add(c => c.Order, For(ChengguanCoordinator, Order(status))).Add(c => c.OnSubmit, (RespondInput _) => { }));
            Assert.Equal(offered, cut.FindAll("[data-testid=respond-save]").Count == 1);
        }
    }

    [Fact]
    public void Another_units_coordinator_and_the_office_get_no_response_form()
    {
        foreach (var viewer in new[] { OtherCoordinator, Office })
        {
            var cut = Render<UnitOrderActions>(p => p.Add(c => c.Order, For(viewer, Order(RectificationOrderStatus.Issued))).Add(c => c.OnSubmit, (RespondInput _) => { }));
            Assert.Empty(cut.FindAll("[data-testid=respond-save]"));
        }
    }

    [Fact]
    public void Supervisor_may_order_rectification_and_clear_a_flag_without_an_order()
    {
        FlagDto? issued = null;
        var actions = Render<FlagActions>(p => p.Add(c => c.Flag, Flag()).Add(c => c.Viewer, Supervisor).Add(c => c.OnIssue, (FlagDto f) => issued = f));

        actions.Find("[data-testid=flag-issue]").Click();

        Assert.Single(actions.FindAll("[data-testid=flag-clear]"));
        Assert.Equal(ChengguanId, issued?.UnitId);
    }

    [Fact]
    public void Supervisor_of_another_group_is_offered_no_order_and_no_clear()
    {
        var actions = RenderFlag(OtherGroupSupervisor, Flag());

        Assert.Empty(actions.FindAll("[data-testid=flag-issue]"));
        Assert.Empty(actions.FindAll("[data-testid=flag-clear]"));
    }

    [Fact]
    public void Supervisor_sees_only_clear_once_the_flagged_unit_has_an_open_order()
    {
        var actions = RenderFlag(Supervisor, Flag(hasOpenOrder: true));

        Assert.Empty(actions.FindAll("[data-testid=flag-issue]"));
        Assert.Single(actions.FindAll("[data-testid=flag-clear]"));
    }

    [Fact]
    public void Office_may_clear_but_not_order_and_a_leader_may_do_neither()
    {
        var office = RenderFlag(Office, Flag());
        var leader = RenderFlag(Leader, Flag());

        Assert.Empty(office.FindAll("[data-testid=flag-issue]"));
        Assert.Single(office.FindAll("[data-testid=flag-clear]"));
        Assert.Empty(leader.FindAll("button"));
    }

    [Fact]
    public void A_cleared_flag_offers_nothing()
    {
        var actions = RenderFlag(Supervisor, Flag(active: false));

        Assert.Empty(actions.FindAll("button"));
    }

    [Fact]
    public async Task Moving_a_deadline_asks_for_a_reason_in_Chinese_and_hands_the_page_the_new_date()
    {
        var host = RenderDialogHost();
        DateDialog.DateChoice? chosen = null;
        var actions = Render<OrderActions>(p => p
            .Add(c => c.Order, For(Supervisor, Order(RectificationOrderStatus.Issued)))
            .Add(c => c.Today, Today)
            .Add(c => c.OnDeadlineChange, (DateDialog.DateChoice c) => chosen = c));

        // Not awaited: the click's handler waits for the dialog to close.
        var clicked = actions.Find("[data-testid=change-deadline]").ClickAsync(new());
        host.WaitForElement("[data-testid=date-ok]").Click();
        host.WaitForAssertion(() => Assert.Contains("请填写调整原因", host.Markup));
        Assert.Null(chosen);

        host.Find("input[data-testid=date-reason]").Input("单位申请延期一周");
        host.Find("[data-testid=date-ok]").Click();

        await clicked;
        Assert.NotNull(chosen);
        Assert.Equal(new DateOnly(2014, 4, 30), chosen!.Date);
        Assert.Equal("单位申请延期一周", chosen.Reason);
    }

    [Fact]
    public void Supervisor_may_accept_or_return_a_report_waiting_for_a_decision_but_not_an_issued_order()
    {
        var waiting = RenderOrder(Supervisor, Order(RectificationOrderStatus.Responded, "已整改"));
        var issued = RenderOrder(Supervisor, Order(RectificationOrderStatus.Issued));

        Assert.Single(waiting.FindAll("[data-testid=accept-feedback]"));
        Assert.Single(waiting.FindAll("[data-testid=return-feedback]"));
        Assert.Empty(issued.FindAll("[data-testid=accept-feedback]"));
        Assert.Empty(issued.FindAll("[data-testid=return-feedback]"));
    }

    [Fact]
    public void The_coordinator_of_the_parent_unit_gets_the_report_form_for_a_sub_units_order()
    {
        var parent = new CampaignHub.Domain.Common.Actor("district", "区联络员", new HashSet<string> { CampaignHub.Domain.Common.Roles.Coordinator }, 1);

        var cut = Render<UnitOrderActions>(p => p.Add(c => c.Order, For(parent, Order(RectificationOrderStatus.Issued))).Add(c => c.OnSubmit, (RespondInput _) => { }));

        Assert.Single(cut.FindAll("[data-testid=respond-save]"));
    }

    [Fact]
    public void A_returned_order_shows_the_coordinator_why()
    {
        var returned = For(ChengguanCoordinator, Order(RectificationOrderStatus.Issued) with { ReturnReason = "值班表未公示，请补充照片" });

        var cut = Render<UnitOrderActions>(p => p.Add(c => c.Order, returned).Add(c => c.OnSubmit, (RespondInput _) => { }));

        Assert.Contains("值班表未公示，请补充照片", cut.Find("[data-testid=return-reason]").TextContent);
    }
}
