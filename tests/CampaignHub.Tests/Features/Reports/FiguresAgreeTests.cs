using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Dashboard;
using CampaignHub.Features.Plans;
using CampaignHub.Features.Rectification;
using CampaignHub.Features.Reports;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Features.Wall;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Reports;

/// <summary>
/// Every overdue count and every satisfaction figure, computed independently from the database (raw queries and the
/// domain's rules), agrees with what the overview, the report, the 工作台, the wall and /api/wall show.
/// </summary>
public sealed partial class FiguresAgreeTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private const int CampaignId = 1;

    private sealed record Expected(IReadOnlyDictionary<string, int> Overdue, IReadOnlyDictionary<int, UnitHeadline> Units, DistrictHeadline District, IReadOnlyDictionary<int, IReadOnlyList<decimal?>> Trends, decimal Threshold)
    {
        public int OverdueTotal => Overdue.Values.Sum();
    }

    /// <summary>The figures from the store, without the app's services: raw rows and the domain's rules.</summary>
    private async Task<Expected> ComputeFromDatabaseAsync(IReadOnlySet<int>? scope = null)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        var today = factory.Clock.Today;
        var units = (await db.Set<CampaignUnit>().Where(u => u.CampaignId == CampaignId).Select(u => u.UnitId).ToListAsync())
            .Where(u => scope is null || scope.Contains(u)).ToHashSet();

        var milestones = await db.Set<Milestone>().Where(m => m.CampaignId == CampaignId).Select(m => new { m.Id, m.DueDate }).ToListAsync();
        var met = await db.Set<MilestoneCompletion>().Select(c => new { c.MilestoneId, c.UnitId, c.MetOn }).ToListAsync();
        var milestonesOverdue = milestones.Sum(m => units.Count(u =>
            Overdue.IsOverdue(m.DueDate, met.Any(c => c.MilestoneId == m.Id && c.UnitId == u), today)));

        var workItems = (await db.Set<WorkItem>().Where(w => w.CampaignId == CampaignId).Select(w => new { w.UnitId, w.PlannedDate, w.Status }).ToListAsync())
            .Count(w => units.Contains(w.UnitId) && Overdue.IsOverdue(w.PlannedDate, w.Status is WorkItemStatus.Done or WorkItemStatus.Cancelled, today));
        var rectification = (await db.Set<RectificationItem>().Where(r => r.CampaignId == CampaignId).Select(r => new { r.UnitId, r.Deadline, r.Status }).ToListAsync())
            .Count(r => units.Contains(r.UnitId) && Overdue.IsOverdue(r.Deadline, r.Status is RectificationStatus.Completed or RectificationStatus.Verified, today));
        var commitments = (await db.Set<Commitment>().Where(c => c.CampaignId == CampaignId).Select(c => new { c.ResponsibleUnitId, c.Deadline, c.Status }).ToListAsync())
            .Count(c => units.Contains(c.ResponsibleUnitId) && Overdue.IsOverdue(c.Deadline, c.Status is CommitmentStatus.Done or CommitmentStatus.Cancelled, today));
        var orders = (await db.Set<RectificationOrder>().Where(o => o.CampaignId == CampaignId).Select(o => new { o.UnitId, o.Deadline, o.Status }).ToListAsync())
            .Count(o => units.Contains(o.UnitId) && Overdue.IsOverdue(o.Deadline, o.Status == RectificationOrderStatus.Closed, today));

        // Satisfaction: every started campaign survey (re-surveys are a supervision tool, not a headline), each unit's
        // answers and questionnaires counted row by row, then the headline rule.
        var surveys = await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_targets")
            .Where(s => s.CampaignId == CampaignId && s.Status != SurveyStatus.Draft && s.ResurveyOfId == null).ToListAsync();
        var surveyIds = surveys.Select(s => s.Id).ToList();
        var responses = await db.Set<SurveyResponse>().AsNoTracking().Include("_answers").Where(r => surveyIds.Contains(r.SurveyId)).ToListAsync();
        var results = new Dictionary<int, List<SurveyUnitResult>>();
        foreach (var survey in surveys)
        {
            foreach (var unit in survey.TargetUnitIds.Where(units.Contains))
            {
                var own = responses.Where(r => r.SurveyId == survey.Id && r.UnitId == unit).ToList();
                var answers = own.SelectMany(r => r.Answers).Select(a => a.Answer).ToList();
                var result = new RateResult(
                    answers.Count(a => a == Answer.Satisfied),
                    answers.Count(a => a == Answer.BasicallySatisfied),
                    answers.Count(a => a == Answer.Dissatisfied),
                    answers.Count(a => a == Answer.DontKnow),
                    survey.MinimumSample,
                    own.Count);
                (results.TryGetValue(unit, out var list) ? list : results[unit] = []).Add(new SurveyUnitResult(survey.Id, survey.OpensAt, survey.Status == SurveyStatus.Open, result));
            }
        }

        var headlines = results.ToDictionary(p => p.Key, p => HeadlineSatisfaction.ForUnit(p.Key, p.Value));
        var threshold = await db.Set<Campaign>().Where(c => c.Id == CampaignId).Select(c => c.Rules.SatisfactionThreshold).SingleAsync();
        return new Expected(
            new Dictionary<string, int>
            {
                [OverdueKinds.Milestone] = milestonesOverdue,
                [OverdueKinds.WorkItem] = workItems,
                [OverdueKinds.Rectification] = rectification,
                [OverdueKinds.Commitment] = commitments,
                [OverdueKinds.Order] = orders,
            },
            headlines,
            HeadlineSatisfaction.District(headlines.Values),
            results.ToDictionary(p => p.Key, p => HeadlineSatisfaction.Trend(p.Value)),
            threshold);
    }

    [Fact]
    public async Task Every_overdue_count_and_satisfaction_figure_agrees_across_overview_report_dashboard_wall_and_api()
    {
        var expected = await ComputeFromDatabaseAsync();
        Assert.True(expected.OverdueTotal > 0);
        Assert.True(expected.Overdue[OverdueKinds.WorkItem] > 0);
        Assert.Contains(expected.Units.Values, u => u.HasFigure);

        // /api/wall, as the wall's own account.
        var wallClient = await Accounts.SignedInClientAsync(factory, "wall");
        var api = (await wallClient.GetFromJsonAsync<WallSnapshot>($"/api/wall?campaign={CampaignId}", ApiJson.Options))!;
        foreach (var (kind, count) in expected.Overdue)
        {
            Assert.True(count == api.Overdue.Count(o => o.Kind == kind), $"/api/wall {kind}: expected {count}, shown {api.Overdue.Count(o => o.Kind == kind)}");
        }

        Assert.Equal(expected.OverdueTotal, api.Headline.OverdueTotal);
        Assert.Equal(expected.District.Rate, api.Headline.SatisfactionRate);
        Assert.Equal(expected.District.Respondents, api.Headline.SatisfactionRespondents);
        foreach (var (unitId, headline) in expected.Units)
        {
            var row = api.Units.Single(u => u.UnitId == unitId);
            Assert.True(headline.Rate == row.Rate?.Rate, $"/api/wall unit {unitId}: expected {headline.Rate}, shown {row.Rate?.Rate}");
            Assert.Equal(headline.Label, row.Rate?.Label);
        }

        // The wall page renders the same cached snapshot.
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var wall = await services.GetRequiredService<WallCache>().GetAsync(CampaignId);
        Assert.Equal(api.Headline.OverdueTotal, wall.Headline.OverdueTotal);
        Assert.Equal(api.Headline.SatisfactionRate, wall.Headline.SatisfactionRate);
        Assert.Equal(expected.OverdueTotal, wall.Views.Overdue.Total);

        // The overview: milestones, work items, rectification, and every kind together.
        var office = await Accounts.ActorAsync(factory, "office");
        var overview = await services.GetRequiredService<CampaignService>().GetOverviewAsync(CampaignId);
        Assert.Equal(expected.Overdue[OverdueKinds.Milestone], overview.OverdueTotal);
        var plans = await services.GetRequiredService<PlanOverviewService>().GetAsync(office, CampaignId);
        Assert.Equal(expected.Overdue[OverdueKinds.WorkItem], plans.OverdueItems);
        var rectification = await services.GetRequiredService<RectificationService>().StatsAsync(CampaignId);
        Assert.Equal(expected.Overdue[OverdueKinds.Rectification], rectification.Overdue);
        var officeClient = await Accounts.SignedInClientAsync(factory, "office");
        var overviewHtml = await officeClient.GetStringAsync($"/campaigns/{CampaignId}");
        Assert.Equal(expected.Overdue[OverdueKinds.Milestone], Tile(overviewHtml, "overdue-total"));
        Assert.Equal(expected.Overdue[OverdueKinds.WorkItem], Tile(overviewHtml, "plans-overdue"));
        Assert.Equal(expected.Overdue[OverdueKinds.Rectification], Tile(overviewHtml, "rectification-overdue-total"));
        Assert.Equal(expected.OverdueTotal, Tile(overviewHtml, "overdue-all-kinds"));
        Assert.Contains("逾期工作事项", overviewHtml);
        Assert.Contains("逾期事项（全部类别）", overviewHtml);

        // The report, as a service and as the printed page.
        var report = await services.GetRequiredService<ReportService>().GetCampaignReportAsync(office, CampaignId);
        Assert.Equal(expected.OverdueTotal, report.Snapshot.Headline.OverdueTotal);
        Assert.Equal(expected.District.Rate, report.Snapshot.Headline.SatisfactionRate);
        Assert.All(expected.Units, p => Assert.Equal(p.Value.Rate, report.Snapshot.Units.Single(u => u.UnitId == p.Key).Rate?.Rate));
        var reportHtml = await officeClient.GetStringAsync($"/reports/campaigns/{CampaignId}");
        Assert.Equal(expected.OverdueTotal, Number(reportHtml, "report-overdue-total"));
        Assert.Contains(HeadlineSatisfaction.Rule, reportHtml);

        // The office's 工作台: the same total over every kind, and the low-or-falling list by the domain's rules.
        var dashboard = await services.GetRequiredService<DashboardService>().GetAsync(office, CampaignId);
        Assert.Equal(expected.OverdueTotal, dashboard.OverdueCounts.Total);
        Assert.All(expected.Overdue, p => Assert.Equal(p.Value, dashboard.OverdueCounts[p.Key]));
        var attention = expected.Units.Where(p => LowSatisfaction.NeedsAttention(p.Value.Rate, expected.Trends[p.Key], expected.Threshold)).Select(p => p.Key).Order();
        Assert.Equal(attention, dashboard.LowSatisfaction.Select(u => u.UnitId).Order());
        var homeHtml = await officeClient.GetStringAsync("/");
        Assert.Equal(expected.OverdueTotal, Number(homeHtml, "dash-overdue-total"));

        // The satisfaction read API (supervision lists) uses the same headline rule.
        var read = (await officeClient.GetFromJsonAsync<CampaignSatisfactionSnapshot>($"/api/campaigns/{CampaignId}/satisfaction", ApiJson.Options))!;
        Assert.Equal(expected.District.Rate, read.HeadlineRate);
        Assert.All(expected.Units, p => Assert.Equal(p.Value.Rate, read.Units.Single(u => u.UnitId == p.Key).Rate.Rate));
    }

    [Fact]
    public async Task A_coordinators_dashboard_counts_every_overdue_item_of_their_tree_not_only_the_visible_list()
    {
        using var scope = factory.Services.CreateScope();
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        await using var db = await DemoLookup.DbAsync(factory);
        var tree = await db.LoadUnitTreeAsync();
        var own = tree.SubtreeOf(coordinator.UnitId!.Value).ToHashSet();
        var expected = await ComputeFromDatabaseAsync(own);

        var dashboard = await scope.ServiceProvider.GetRequiredService<DashboardService>().GetAsync(coordinator, CampaignId);

        Assert.Equal(expected.OverdueTotal, dashboard.Overdue.Count);
        Assert.All(expected.Overdue, p => Assert.Equal(p.Value, dashboard.OverdueCounts[p.Key]));
        var html = await (await Accounts.SignedInClientAsync(factory, "unit")).GetStringAsync("/");
        Assert.Equal(expected.OverdueTotal, Number(html, "dash-overdue-total"));
        Assert.Contains("本单位及下属单位逾期事项（全部类别）", html);
    }

    [Fact]
    public async Task A_small_open_survey_does_not_replace_a_units_established_figure_on_the_wall()
    {
        // 区个私协会 has 3 questionnaires in the open survey (minimum 20): its figure stays the closed survey's, labelled.
        var feigong = await DemoLookup.UnitIdAsync(factory, "区个体私营经济协会");
        var expected = await ComputeFromDatabaseAsync();
        var wallClient = await Accounts.SignedInClientAsync(factory, "wall");
        var api = (await wallClient.GetFromJsonAsync<WallSnapshot>($"/api/wall?campaign={CampaignId}", ApiJson.Options))!;

        var row = api.Units.Single(u => u.UnitId == feigong).Rate!;

        Assert.NotNull(row.Rate);
        Assert.Equal(expected.Units[feigong].Rate, row.Rate);
        Assert.StartsWith("新一轮测评样本不足（3/20份）", row.Label, StringComparison.Ordinal);
    }

    private static int Tile(string html, string testId) => Number(html, testId, "ch-stat-value\">");

    /// <summary>The first number after the element with <paramref name="testId"/> (optionally after a marker inside it).</summary>
    private static int Number(string html, string testId, string? marker = null)
    {
        var at = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"{testId} is not on the page");
        if (marker is not null)
        {
            at = html.IndexOf(marker, at, StringComparison.Ordinal);
        }

        return int.Parse(FirstNumber().Match(html, at).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();
}
