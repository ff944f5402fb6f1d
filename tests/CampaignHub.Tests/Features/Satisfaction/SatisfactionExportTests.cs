using System.Net;
using CampaignHub.Domain.Units;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Satisfaction;

public sealed class SatisfactionExportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static readonly string[] UnitHeaders = ["单位", "满意", "基本满意", "不满意", "不了解", "有效答案", "满意率", "低于阈值", "有效问卷"];

    [Fact]
    public async Task Leadership_exports_every_units_rate_exactly_as_the_results_page_shows_it()
    {
        var survey = await OpenSurveyAsync(factory);
        var leader = await Accounts.ActorAsync(factory, "leader");
        var client = await Accounts.SignedInClientAsync(factory, "leader");

        var download = await XlsxDownload.GetAsync(client, $"/api/surveys/{survey.Id}/results/export");
        var sheet = download.Read("单位");

        var page = await Service<SatisfactionResultsService>(factory).GetAsync(leader, survey.Id);
        Assert.Equal(UnitHeaders, sheet.Headers);
        Assert.Equal(survey.TargetUnitIds.Count, sheet.Rows.Count);
        Assert.Equal(page.Units.Select(u => u.Name), sheet.Rows.Select(r => r[0]));
        Assert.Equal(page.Units.Select(u => u.Rate.Display), sheet.Rows.Select(r => r[6]));
        Assert.Equal(page.Units.Select(u => u.Rate.Valid.ToString(System.Globalization.CultureInfo.InvariantCulture)), sheet.Rows.Select(r => r[5]));
        Assert.Contains(sheet.Rows, r => r[0] == "区个私协会" && r[6] == "样本不足");
        Assert.Contains(sheet.Rows, r => r[0] == "区城管局" && r[7] == "是");
        Assert.Equal($"满意度测评结果-{survey.Title}.xlsx", download.FileName);

        var sheets = download.Sheets();
        Assert.Equal(["各单位", "各评议维度", "各参评群体", "双满意"], sheets.Select(s => s.Name));
        Assert.Equal(page.Questions.Select(q => q.Name), sheets[1].Rows.Skip(2).Select(r => r[0]));
        Assert.Equal(page.Groups.Select(g => g.Rate.Display), sheets[2].Rows.Skip(2).Select(r => r[6]));
        Assert.Contains(page.Overall.Display, sheets[0].Rows[0][0]);
        Assert.Equal(page.UnitTwoSatisfactions.Select(u => u.ConductChange.Display), sheets[3].Rows.Skip(2).Select(r => r[1]));
        Assert.Equal(page.UnitTwoSatisfactions.Select(u => u.ProblemSolving.Display), sheets[3].Rows.Skip(2).Select(r => r[3]));
    }

    [Fact]
    public async Task A_coordinators_export_holds_only_their_own_units_rates()
    {
        var survey = await ClosedSurveyAsync(factory);
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        var download = await XlsxDownload.GetAsync(client, $"/api/surveys/{survey.Id}/results/export");

        var own = await Service<SatisfactionResultsService>(factory).GetAsync(coordinator, survey.Id);
        var sheet = download.Read("单位");
        Assert.Equal(UnitHeaders, sheet.Headers);
        Assert.Equal(["东山街道"], sheet.Rows.Select(r => r[0]));
        Assert.Equal(own.Units[0].Rate.Display, sheet.Rows[0][6]);

        // No other unit is named anywhere in the workbook, and the breakdowns are the unit's own counts.
        await using var db = await DbAsync(factory);
        var others = await db.Set<Unit>().Where(u => survey.TargetUnitIds.Contains(u.Id) && u.Name != "东山街道")
            .Select(u => u.ShortName ?? u.Name).ToListAsync();
        var text = string.Join("\n", download.Sheets().SelectMany(s => s.Rows).SelectMany(r => r));
        Assert.All(others, name => Assert.DoesNotContain(name, text));
        var sheets = download.Sheets();
        Assert.Equal(own.Questions.Select(q => q.Rate.Valid.ToString(System.Globalization.CultureInfo.InvariantCulture)), sheets[1].Rows.Skip(2).Select(r => r[5]));
        Assert.Equal(own.Units[0].Rate.Valid, own.Questions.Sum(q => q.Rate.Valid));
        Assert.Contains("data-testid=\"results-export\"", await client.GetStringAsync($"/satisfaction/{survey.Id}"));
    }

    [Fact]
    public async Task A_coordinator_cannot_export_results_sealed_for_them()
    {
        var survey = await OpenSurveyAsync(factory);
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        var response = await client.GetAsync($"/api/surveys/{survey.Id}/results/export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(SatisfactionResultsService.SealedMessage, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("data-testid=\"results-export\"", await client.GetStringAsync($"/satisfaction/{survey.Id}"));
    }

    [Fact]
    public async Task The_wall_display_is_refused_and_anonymous_visitors_must_sign_in()
    {
        var survey = await ClosedSurveyAsync(factory);
        var wall = await Accounts.SignedInClientAsync(factory, "wall");

        Assert.Equal(HttpStatusCode.Forbidden, (await wall.GetAsync($"/api/surveys/{survey.Id}/results/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserLikeClient().GetAsync($"/api/surveys/{survey.Id}/results/export")).StatusCode);
    }
}
