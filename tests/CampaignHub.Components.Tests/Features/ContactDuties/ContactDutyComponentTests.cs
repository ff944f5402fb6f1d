using CampaignHub.Components.Shared;
using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Features.ContactDuties.Components;
using MudBlazor;

namespace CampaignHub.Components.Tests.Features.ContactDuties;

public sealed class ContactDutyComponentTests : ComponentTestContext
{
    private static readonly PersonOptionDto Cao = new(7, "曹丽", "副主任", PersonRole.OtherLeader, 10, "东山街道");

    [Theory]
    [InlineData(ComplianceStatus.Met, "green", "已达标", "mud-chip-color-success")]
    [InlineData(ComplianceStatus.OnTrack, "green", "进度正常", "mud-chip-color-success")]
    [InlineData(ComplianceStatus.BehindPace, "yellow", "进度滞后", "mud-chip-color-warning")]
    [InlineData(ComplianceStatus.Missed, "red", "未完成", "mud-chip-color-error")]
    public void Status_badge_shows_the_Chinese_label_in_the_status_colour(ComplianceStatus status, string colour, string label, string chipClass)
    {
        var badge = Render<StatusBadge>(p => p.Add(b => b.Status, status));

        var chip = badge.Find(".ct-status");
        Assert.Equal(colour, chip.GetAttribute("data-status"));
        Assert.Contains(chipClass, chip.ClassList);
        Assert.Equal(label, chip.TextContent.Trim());
    }

    [Fact]
    public void People_grid_shows_each_person_s_status_and_a_named_progress_bar_from_the_given_data()
    {
        var rows = new List<PersonStatusDto>
        {
            Person(1, "曹丽", ComplianceStatus.BehindPace, 42.5m),
            Person(2, "孔繁荣", ComplianceStatus.Met, 100m),
            Person(3, "王强", ComplianceStatus.Missed, 10m),
        };

        var grid = Render<PersonStatusGrid>(p => p.Add(g => g.Rows, rows).Add(g => g.Year, 2014).Add(g => g.ShowUnit, true));

        Assert.Equal("yellow", grid.Find("[data-person=曹丽] .ct-status").GetAttribute("data-status"));
        Assert.Equal("green", grid.Find("[data-person=孔繁荣] .ct-status").GetAttribute("data-status"));
        Assert.Equal("red", grid.Find("[data-person=王强] .ct-status").GetAttribute("data-status"));
        var bars = grid.FindAll("[role=progressbar]");
        Assert.Equal(3, bars.Count);
        Assert.Contains(bars, b => b.GetAttribute("aria-label") == "曹丽完成度42.5%");
        Assert.All(bars, b => Assert.False(string.IsNullOrEmpty(b.GetAttribute("aria-label"))));
        Assert.Contains("42.5%", grid.Markup);
    }

    [Fact]
    public void Rule_table_colours_each_duty_and_labels_its_progress()
    {
        var rules = new List<RuleCompliance>
        {
            new(1, QuotaRole.OtherLeader, DutyType.ReceptionDay, QuotaMeasure.Days, QuotaPeriod.HalfMonth, "每半月至少1天接待群众来访", "每半月1天", 24, 7, 3, ComplianceStatus.BehindPace, 0.43m, []),
            new(2, QuotaRole.OtherLeader, DutyType.ContactPointVisit, QuotaMeasure.Count, QuotaPeriod.Year, "每年深入联系点不少于2次", "每年2次", 2, 1, 2, ComplianceStatus.Met, 1m, []),
        };

        var table = Render<RuleTable>(p => p.Add(t => t.Rules, rules));

        var statuses = table.FindAll(".ct-status").Select(s => s.GetAttribute("data-status")).ToList();
        Assert.Equal(["yellow", "green"], statuses);
        Assert.Contains(table.FindAll("[role=progressbar]"), b => b.GetAttribute("aria-label") == $"{DutyType.ReceptionDay.ToChinese()}完成度43%");
        Assert.DoesNotContain("ReceptionDay", table.Find("[data-testid=rule-table]").TextContent);
    }

    [Fact]
    public void Coordinator_of_the_receiving_unit_sees_settle_but_not_start_on_a_case_in_progress()
    {
        var table = Render<ReceptionCaseTable>(p => p
            .Add(t => t.Cases, [Case(ReceptionCaseStatus.InProgress, canStart: false, canSettle: true)])
            .Add(t => t.OnSettle, (ReceptionCaseDto _) => { })
            .Add(t => t.OnStart, (ReceptionCaseDto _) => { }));

        Assert.Single(table.FindAll("[data-testid=case-settle]"));
        Assert.Empty(table.FindAll("[data-testid=case-start]"));
    }

    [Fact]
    public void Office_sees_start_but_not_settle_on_an_open_case_and_reads_the_visitor_unmasked()
    {
        var table = Render<ReceptionCaseTable>(p => p.Add(t => t.Cases, [Case(ReceptionCaseStatus.Open, canStart: true, canSettle: false)]));

        Assert.Single(table.FindAll("[data-testid=case-start]"));
        Assert.Empty(table.FindAll("[data-testid=case-settle]"));
        Assert.Equal("李大爷", table.Find("[data-testid=case-visitor]").TextContent.Trim());
        Assert.DoesNotContain("ch-masked", table.Find("[data-testid=case-visitor]").ClassList);
    }

    [Fact]
    public void A_masked_visitor_is_marked_as_masked_and_an_overdue_case_says_by_how_many_days()
    {
        var masked = Case(ReceptionCaseStatus.InProgress, canStart: false, canSettle: false) with
        {
            VisitorName = "李**", VisitorContact = "138****5678", VisitorMasked = true, IsOverdue = true, DaysOverdue = 12,
        };

        var table = Render<ReceptionCaseTable>(p => p.Add(t => t.Cases, [masked]));

        Assert.Contains("ch-masked", table.Find("[data-testid=case-visitor]").ClassList);
        Assert.Contains("138****5678", table.Markup);
        Assert.Equal("逾期12天", table.Find("[data-testid=case-overdue]").TextContent.Trim());
        Assert.Empty(table.FindAll("button"));
    }

    [Fact]
    public void Activity_form_refuses_an_end_date_before_the_start_in_Chinese()
    {
        var input = new RecordActivityInput { StartDate = DemoToday, EndDate = DemoToday.AddDays(-5) };

        Assert.Equal("结束日期不能早于开始日期", input.EndDateError);
        Assert.Null(new RecordActivityInput { StartDate = DemoToday, EndDate = DemoToday }.EndDateError);
        Assert.Null(new RecordActivityInput { StartDate = DemoToday }.EndDateError);
    }

    [Fact]
    public async Task Activity_dialog_names_each_missing_field_in_Chinese_and_stays_open()
    {
        var host = RenderDialogHost();
        Task<RecordActivityInput?> result = null!;
        await host.InvokeAsync(() => { result = OpenRecordDialog(); });

        host.Find("[data-testid=activity-save]").Click();

        host.WaitForAssertion(() =>
        {
            Assert.Contains("请填写地点", host.Markup);
            Assert.Contains("请填写活动内容", host.Markup);
        });
        Assert.False(result.IsCompleted);
    }

    [Fact]
    public async Task Activity_dialog_returns_the_filled_activity_for_the_only_person()
    {
        var host = RenderDialogHost();
        Task<RecordActivityInput?> result = null!;
        await host.InvokeAsync(() => { result = OpenRecordDialog(); });

        host.Find("[data-testid=activity-place]").Change("竹山社区");
        host.Find("[data-testid=activity-content]").Input("召开居民座谈会");
        host.Find("[data-testid=activity-save]").Click();

        var input = await result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.NotNull(input);
        var request = input.ToRequest();
        Assert.Equal(Cao.Id, request.PersonId);
        Assert.Equal(DemoToday, request.StartDate);
        Assert.Equal(DemoToday, request.EndDate);
        Assert.Equal("竹山社区", request.Place);
    }

    [Fact]
    public async Task Signing_the_reply_requires_the_leader_s_opinion_in_Chinese()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?> result = null!;
        await host.InvokeAsync(() =>
        {
            result = dialogs.ShowFormAsync<SignReplyDialog, string>("签署答复意见书",
                new DialogParameters<SignReplyDialog> { { d => d.Matter, "小区路灯损坏" }, { d => d.Reply, "已修复路灯，书面答复" } });
        });

        Assert.Contains("已修复路灯，书面答复", host.Find("[data-testid=sign-reply-text]").TextContent);
        host.Find("[data-testid=sign-reply-save]").Click();

        host.WaitForAssertion(() => Assert.Contains("请填写接访领导签署意见", host.Markup));
        Assert.False(result.IsCompleted);
    }

    [Fact]
    public void An_unsigned_reply_shows_settle_disabled_with_the_reason_and_the_receiving_leader_the_sign_button()
    {
        var awaiting = Case(ReceptionCaseStatus.InProgress, canStart: false, canSettle: true) with
        {
            Reply = "已修复路灯",
            ReplyMissing = false,
            Settle = ActionAnswer.Blocked("答复意见书尚未经接访领导签署，不能办结"),
            SignReply = ActionAnswer.Allowed,
            CaseOwnerName = "曹丽",
        };

        var table = Render<ReceptionCaseTable>(p => p.Add(t => t.Cases, [awaiting]));

        Assert.True(table.Find("[data-testid=case-settle]").HasAttribute("disabled"));
        Assert.Equal("答复意见书尚未经接访领导签署，不能办结", table.Find("[data-testid=case-settle-reason]").TextContent.Trim());
        Assert.False(table.Find("[data-testid=case-sign-reply]").HasAttribute("disabled"));
        Assert.Contains("待接访领导孔繁荣签署", table.Find("[data-testid=reply-state]").TextContent);
        Assert.Equal("包案：曹丽", table.Find("[data-testid=case-owner-name]").TextContent.Trim());
    }

    [Fact]
    public async Task Case_dialog_names_the_missing_visitor_matter_and_measures_in_Chinese()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<OpenCaseInput?> result = null!;
        await host.InvokeAsync(() =>
        {
            result = dialogs.ShowFormAsync<OpenCaseDialog, OpenCaseInput>("登记接访事项", new DialogParameters<OpenCaseDialog>
            {
                { d => d.Leaders, [Cao] }, { d => d.CaseOwners, [Cao] }, { d => d.Units, [new OptionDto(10, "东山街道")] }, { d => d.Days, [] }, { d => d.Today, DemoToday },
            });
        });

        host.Find("[data-testid=case-save]").Click();

        host.WaitForAssertion(() =>
        {
            Assert.Contains("请填写来访人", host.Markup);
            Assert.Contains("请填写反映事项", host.Markup);
            Assert.Contains("请填写办理措施", host.Markup);
        });
        Assert.False(result.IsCompleted);
    }

    [Fact]
    public async Task Noting_an_opinion_asks_for_the_content_then_an_optional_raiser()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<OpinionNoteInput?> note = null!;
        await host.InvokeAsync(() => { note = OpinionNotePrompt.AskAsync(dialogs, Activity()); });

        host.Find("[data-testid=prompt-ok]").Click();
        host.WaitForAssertion(() => Assert.Contains("请填写意见内容", host.Markup));

        host.Find("textarea").Input("希望增设社区公交站点");
        host.Find("[data-testid=prompt-ok]").Click();
        host.WaitForAssertion(() => Assert.Contains("提出人（可选）", host.Markup));
        host.Find("[data-testid=prompt-ok]").Click();

        Assert.Equal(new OpinionNoteInput("希望增设社区公交站点", null), await note.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Cancelling_the_opinion_prompt_records_nothing()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<OpinionNoteInput?> note = null!;
        await host.InvokeAsync(() => { note = OpinionNotePrompt.AskAsync(dialogs, Activity()); });

        host.FindAll("button").First(b => b.TextContent.Contains("取消", StringComparison.Ordinal)).Click();

        Assert.Null(await note.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Activity_list_shows_the_recorder_s_display_name_and_flags_missing_evidence()
    {
        var list = Render<ActivityList>(p => p.Add(l => l.Activities, [Activity()]).Add(l => l.CanRecord, false));

        Assert.Contains("登记人：东山街道联络员", list.Markup);
        Assert.Contains("缺实物资料", list.Markup);
        Assert.Empty(list.FindAll("[data-testid=note-opinion]"));
        Assert.Empty(list.FindAll("[data-testid=evidence-upload]"));
    }

    /// <summary>Opens a date field's calendar (April 2014) and clicks a day, as a user would.</summary>
    private void PickDay(IRenderedComponent<MudDialogProvider> host, string testId, int day)
    {
        host.Find($"[data-testid={testId}] ~ .mud-input-adornment button").Click();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-popover-open button.mud-picker-calendar-day")));
        popovers.FindAll(".mud-popover-open button.mud-picker-calendar-day").First(b => b.TextContent.Trim() == day.ToString(System.Globalization.CultureInfo.InvariantCulture) && !b.ClassList.Contains("mud-hidden")).Click();
    }

    private IRenderedComponent<MudPopoverProvider> popovers = default!;

    private new IRenderedComponent<MudDialogProvider> RenderDialogHost()
    {
        popovers = Render<MudPopoverProvider>();
        return Render<MudDialogProvider>();
    }

    private Task<RecordActivityInput?> OpenRecordDialog() =>
        Services.GetRequiredService<IDialogService>().ShowFormAsync<RecordActivityDialog, RecordActivityInput>("登记联系群众活动",
            new DialogParameters<RecordActivityDialog> { { d => d.People, [Cao] }, { d => d.Today, DemoToday } }, MaxWidth.Medium);

    private static PersonStatusDto Person(int id, string name, ComplianceStatus worst, decimal score) =>
        new(id, name, "副主任", 10, "东山街道", "其他领导", worst, score, 0, worst == ComplianceStatus.BehindPace ? 1 : 0, worst == ComplianceStatus.Missed ? 1 : 0, new Dictionary<DutyType, ComplianceStatus>());

    private static ReceptionCaseDto Case(ReceptionCaseStatus status, bool canStart, bool canSettle) => new(
        1, 1, 10, "东山街道", 7, "孔繁荣", null, new DateOnly(2014, 3, 14), "李大爷", "13812345678", false, "小区路灯损坏", "街道城管科一周内修复",
        10, "东山街道", new DateOnly(2014, 3, 29), status, null, null, null, false, 0, canStart,
        canSettle ? ActionAnswer.Allowed : ActionAnswer.NotPermitted("只有首接单位才能办结该接访事项（首接负责制）"),
        7, "孔繁荣", null, ActionAnswer.NotApplicable("只有办理中的接访事项才能起草答复意见书"), ActionAnswer.NotPermitted("答复意见书只能由接访领导本人签署"), status != ReceptionCaseStatus.Open);

    private static ActivityDto Activity() => new(
        5, 1, 7, "曹丽", 10, DutyType.ContactPointVisit, new DateOnly(2014, 4, 2), new DateOnly(2014, 4, 2), 1, "竹山社区", null, "召开居民座谈会", null,
        "东山街道联络员", [], []);
}
