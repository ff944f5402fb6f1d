using System.Globalization;
using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Wall;
using CampaignHub.Features.Wall.Components;
using CampaignHub.Live;

namespace CampaignHub.Components.Tests.Features.Wall;

/// <summary>Each wall panel rendered from a small snapshot's view: Chinese figures and labels, hostile text encoded.</summary>
public sealed class WallPanelTests : ComponentTestContext
{
    public WallPanelTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
    }

    [Fact]
    public void Headline_panel_leads_with_problems_solved_satisfaction_and_overdue_in_Chinese()
    {
        var views = WallViews.Build(WallSnapshots.Build());

        var panel = Render<WallHeadlinePanel>(p => p.Add(x => x.View, views.Headline));

        Assert.Equal("5/9", panel.Find("[data-testid=kpi-problems]").TextContent);
        Assert.Equal("82.4%", panel.Find("[data-testid=kpi-satisfaction]").TextContent);
        Assert.Equal("3", panel.Find("[data-testid=kpi-overdue]").TextContent);
        Assert.Equal("2/7", panel.Find("[data-testid=kpi-commitments]").TextContent);
        Assert.Contains("问题整改完成", panel.Markup);
        Assert.Contains("群众满意率（有效问卷 125 份，按问卷数加权）", panel.Markup);
        Assert.Contains("逾期事项（全部类别）", panel.Markup);
        Assert.Contains("被标记单位 · 整改令 2", panel.Markup);
        Assert.Contains("ch-bad", panel.Find("[data-testid=kpi-overdue]").ParentElement!.ClassName);
    }

    [Fact]
    public void Headline_panel_shows_a_dash_when_no_satisfaction_rate_exists_yet()
    {
        var views = WallViews.Build(WallSnapshots.Build(headline: new WallHeadline(0, 0, null, 0, 0, 0, 0, 0, 0)));

        var panel = Render<WallHeadlinePanel>(p => p.Add(x => x.View, views.Headline));

        Assert.Equal("—", panel.Find("[data-testid=kpi-satisfaction]").TextContent);
        Assert.Contains("ch-good", panel.Find("[data-testid=kpi-overdue]").ParentElement!.ClassName);
    }

    [Fact]
    public void Overdue_panel_groups_by_unit_with_days_overdue_and_encodes_hostile_titles()
    {
        var snapshot = WallSnapshots.Build(overdue:
        [
            new WallOverdueItem("时间节点", 10, "完成“双体验”", 5, "units/10"),
            new WallOverdueItem("整改", 10, "窗口服务态度差", 2, null),
            new WallOverdueItem("承诺", 12, WallSnapshots.Hostile, 9, null),
        ]);

        var panel = Render<WallOverduePanel>(p => p.Add(x => x.View, WallViews.Build(snapshot).Overdue));

        var groups = panel.FindAll(".ch-wall-overdue-unit");
        Assert.Equal(["12", "10"], groups.Select(g => g.GetAttribute("data-unit-id")));
        Assert.Contains("逾期9天", groups[0].TextContent);
        Assert.Contains("东山街道", groups[1].TextContent);
        Assert.Contains("逾期5天", groups[1].TextContent);
        Assert.Contains("2", groups[1].QuerySelector(".ch-wall-count")!.TextContent);
        Assert.Empty(panel.FindAll("script"));
        Assert.Contains("&lt;script&gt;", panel.Markup);
        Assert.Contains(WallSnapshots.Hostile, groups[0].TextContent);
    }

    [Fact]
    public void Overdue_panel_says_so_when_nothing_is_overdue()
    {
        var panel = Render<WallOverduePanel>(p => p.Add(x => x.View, WallViews.Build(WallSnapshots.Build()).Overdue));

        Assert.Contains("没有逾期事项", panel.Markup);
    }

    [Fact]
    public void Flags_panel_lists_flags_and_orders_in_Chinese_and_encodes_a_hostile_reason()
    {
        var snapshot = WallSnapshots.Build(
            flags: [new WallFlag(11, "满意率偏低", WallSnapshots.Hostile, DateTimeOffset.UtcNow)],
            orders: [new WallOrder(10, "窗口作风整顿", new DateOnly(2014, 4, 5), true, 5, "已下达")]);

        var panel = Render<WallFlagsPanel>(p => p.Add(x => x.View, WallViews.Build(snapshot).Flags));

        var lines = panel.FindAll("li");
        Assert.Equal(2, lines.Count);
        Assert.Contains("上坊社区", lines[0].TextContent);
        Assert.Contains("满意率偏低", lines[0].TextContent);
        Assert.Contains("整改令", lines[1].TextContent);
        Assert.Contains("窗口作风整顿 · 逾期5天 · 已下达", lines[1].TextContent);
        Assert.Empty(panel.FindAll("script"));
        Assert.Empty(panel.FindAll("li b"));
        Assert.Contains("&lt;script&gt;", panel.Markup);
        Assert.Contains(WallSnapshots.Hostile, lines[0].TextContent);
    }

    [Fact]
    public void Satisfaction_panel_states_the_formula_the_threshold_and_marks_thin_samples()
    {
        var units = Enumerable.Range(1, WallViews.RateBars + 2)
            .Select(i => WallSnapshots.Unit(100 + i, $"单位{i}", i == 1 ? null : 0.6m + (i / 100m), trend: i == 1 ? [null] : [0.9m, 0.6m + (i / 100m)]))
            .ToList();

        var panel = Render<WallSatisfactionPanel>(p => p.Add(x => x.View, WallViews.BuildRates(units, 0.8m)));

        Assert.Contains("满意率 =（满意 + 基本满意）÷ 有效答案（不含“不了解”） · 红线 80%", panel.Markup);
        Assert.Equal(CampaignHub.Domain.Satisfaction.HeadlineSatisfaction.Rule, panel.Find("[data-testid=headline-rule]").TextContent);
        Assert.Equal(WallViews.RateBars, panel.FindAll(".ch-wall-bar-row").Count);
        Assert.Equal("62.0%", panel.FindAll("[data-testid=rate-value]")[0].TextContent);
        Assert.Contains("↓", panel.FindAll(".ch-wall-trend")[0].TextContent);
        Assert.Contains($"按满意率从低到高显示前 {WallViews.RateBars} 个单位；共 {units.Count} 个单位参评", panel.Find("[data-testid=rate-more]").TextContent);
        var thin = Render<WallSatisfactionPanel>(p => p.Add(x => x.View, WallViews.BuildRates([units[0]], 0.8m)));
        Assert.Equal("样本不足", thin.Find("[data-testid=rate-value]").TextContent);
    }

    [Fact]
    public void Satisfaction_panel_states_a_label_every_bar_shares_once_and_keeps_a_units_own_label_under_its_bar()
    {
        const string Partial = "测评进行中（部分结果）";
        var open = Enumerable.Range(1, 4)
            .Select(i => WallSnapshots.Unit(100 + i, $"单位{i}", 0.7m + (i / 100m)) with { Rate = WallSnapshots.Rate(0.7m + (i / 100m)) with { Label = Partial } })
            .ToList();

        var shared = Render<WallSatisfactionPanel>(p => p.Add(x => x.View, WallViews.BuildRates(open, 0.8m)));

        Assert.Equal($"各单位均为：{Partial}", shared.Find("[data-testid=rate-common-label]").TextContent);
        Assert.Empty(shared.FindAll(".ch-wall-bar-label"));
        Assert.DoesNotContain(Partial, shared.Find(".ch-wall-bars").TextContent);

        const string Previous = "新一轮测评样本不足，显示上一轮结果";
        var mixed = open.Take(3).Append(open[3] with { Rate = open[3].Rate! with { Label = Previous } }).ToList();
        var own = Render<WallSatisfactionPanel>(p => p.Add(x => x.View, WallViews.BuildRates(mixed, 0.8m)));

        Assert.Empty(own.FindAll("[data-testid=rate-common-label]"));
        Assert.Equal(4, own.FindAll(".ch-wall-bar-label").Count);
        Assert.Contains(own.FindAll(".ch-wall-bar-label"), l => l.TextContent == Previous);
    }

    [Fact]
    public void Timeline_labels_only_milestones_far_enough_apart_and_the_wall_lists_the_next_ones_with_days_left()
    {
        var start = new DateOnly(2014, 3, 26);
        var end = new DateOnly(2014, 9, 30);
        CampaignHub.Features.Campaigns.PhaseDto[] phases = [new(1, "学习教育、听取意见", 1, start, new DateOnly(2014, 5, 31))];
        CampaignHub.Features.Campaigns.MilestoneDto[] milestones =
        [
            new(1, 1, "对口基层单位“面对面”", null, new DateOnly(2014, 3, 31)),
            new(2, 1, "与上级对口部门对接联动", null, new DateOnly(2014, 4, 5)), // five days after the first: its label would overlap
            new(3, 1, "以工作人员身份在窗口岗位体验一天", null, new DateOnly(2014, 4, 15)),
            new(4, 1, "召开专题民主生活会", null, new DateOnly(2014, 7, 15)),
        ];

        var timeline = Render<CampaignHub.Features.Campaigns.Components.PhaseTimeline>(p => p
            .Add(x => x.Phases, phases).Add(x => x.Milestones, milestones).Add(x => x.Start, start).Add(x => x.End, end)
            .Add(x => x.Today, new DateOnly(2014, 4, 10)).Add(x => x.UpcomingCount, 6));

        Assert.Equal(4, timeline.FindAll(".ch-timeline-diamond").Count);
        Assert.Equal(["3/31", "4/15", "7/15"], timeline.FindAll(".ch-timeline-milestone-label").Select(l => l.TextContent));
        var upcoming = timeline.FindAll("[data-testid=upcoming-milestones] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, upcoming.Count);
        Assert.Contains("4月15日", upcoming[0]);
        Assert.Contains("还有5天", upcoming[0]);
        Assert.Contains("召开专题民主生活会", upcoming[1]);

        var overview = Render<CampaignHub.Features.Campaigns.Components.PhaseTimeline>(p => p
            .Add(x => x.Phases, phases).Add(x => x.Milestones, milestones).Add(x => x.Start, start).Add(x => x.End, end)
            .Add(x => x.Today, new DateOnly(2014, 4, 10)));
        Assert.Empty(overview.FindAll("[data-testid=upcoming-milestones]"));
    }

    [Fact]
    public void Progress_panel_stacks_done_in_progress_and_not_started_with_an_encoded_unit_name()
    {
        var units = new[]
        {
            WallSnapshots.Unit(10, "东山街道", problems: new ProgressBuckets(3, 2, 1), commitments: new ProgressBuckets(1, 0, 0)),
            WallSnapshots.Unit(12, WallSnapshots.Hostile, problems: new ProgressBuckets(0, 1, 4)),
        };

        var panel = Render<WallProgressPanel>(p => p.Add(x => x.View, WallViews.BuildProgress(units)));

        Assert.Contains("已完成", panel.Find(".ch-wall-legend").TextContent);
        Assert.Contains("推进中", panel.Find(".ch-wall-legend").TextContent);
        Assert.Contains("未启动", panel.Find(".ch-wall-legend").TextContent);
        var rows = panel.FindAll(".ch-wall-stack-row");
        Assert.Equal("4/7", rows.Single(r => r.GetAttribute("data-unit-id") == "10").QuerySelector(".ch-wall-bar-value")!.TextContent);
        Assert.Contains("东山街道：已完成 4，推进中 2，未启动 1", rows.Single(r => r.GetAttribute("data-unit-id") == "10").GetAttribute("title"));
        Assert.Empty(panel.FindAll("script"));
        Assert.Empty(panel.FindAll(".ch-wall-bar-name b"));
        Assert.Contains(WallSnapshots.Hostile, rows.Single(r => r.GetAttribute("data-unit-id") == "12").QuerySelector(".ch-wall-bar-name")!.TextContent);
    }

    [Fact]
    public void Three_checks_panel_asks_the_three_questions_with_the_public_rating()
    {
        var snapshot = WallSnapshots.Build(threeChecks: new WallThreeChecks(new ProgressBuckets(6, 4, 2), 3, 4));

        var panel = Render<WallThreeChecksPanel>(p => p.Add(x => x.View, WallViews.Build(snapshot).ThreeChecks));

        var checks = panel.FindAll(".ch-wall-check");
        Assert.Equal(3, checks.Count);
        Assert.Contains("6", checks[0].QuerySelector(".ch-wall-kpi-value")!.TextContent);
        Assert.Contains("已完成 · 查群众满意不满意", checks[0].TextContent);
        Assert.Contains("群众满意 75%（4 人评价）", checks[0].TextContent);
        Assert.Contains("推进中 · 查措施得力不得力", checks[1].TextContent);
        Assert.Contains("未启动 · 查条件具备不具备", checks[2].TextContent);
    }

    [Fact]
    public void Ticker_shows_who_did_what_in_China_time_and_encodes_the_summary()
    {
        var at = new DateTimeOffset(2014, 4, 10, 2, 5, 0, TimeSpan.Zero); // 10:05 in China
        var snapshot = WallSnapshots.Build(recent:
        [
            new ChangeEvent(ChangeKind.Milestone, 1, 10, 1, "完成“双体验”：已完成", "严晓（东山街道联络员）", at),
            new ChangeEvent(ChangeKind.Opinion, 1, null, 2, WallSnapshots.Hostile, "anonymous", at),
        ]);

        var panel = Render<WallTicker>(p => p.Add(x => x.View, WallViews.Build(snapshot).Ticker));

        var items = panel.FindAll(".ch-wall-ticker-item");
        Assert.Equal("10:05 严晓（东山街道联络员）：完成“双体验”：已完成", items[0].TextContent);
        Assert.StartsWith("10:05 群众：", items[1].TextContent);
        Assert.Empty(panel.FindAll("script"));
    }

    [Fact]
    public void Ticker_says_none_yet_when_nothing_happened()
    {
        var panel = Render<WallTicker>(p => p.Add(x => x.View, WallViews.Build(WallSnapshots.Build()).Ticker));

        Assert.Contains("暂无", panel.Find("[data-testid=wall-ticker]").TextContent);
    }
}
