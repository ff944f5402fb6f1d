using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignHub.Domain.Commitments;
using CampaignHub.Features.Commitments;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Commitments;

/// <summary>The three-level assessment of commitments and the 即时承诺 filter through the real app.</summary>
public sealed class CommitmentAssessmentTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Demo_grades_an_assessed_commitment_with_the_three_checks_result_beside_it()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var view = await Service<CommitmentAssessmentService>(factory).AssessmentAsync(await Accounts.ActorAsync(factory, "leader"), campaign.Id, null, null);

        var evening = view.Rows.Single(r => r.Commitment.Content == "基层医疗机构延时服务");
        Assert.Equal(92, evening.PeerScore);
        Assert.Equal(88, evening.OrganisationScore);
        Assert.Equal(100m, evening.PublicScore);
        Assert.Equal("优秀（94分）", evening.GradeText);
        Assert.StartsWith("已办结 · ", evening.ThreeChecks);
        Assert.StartsWith("待", view.Rows.Single(r => r.Commitment.Content == "低保审批限时办结").GradeText);
        Assert.Contains("党员互评×30%", view.Rule);
    }

    [Fact]
    public async Task The_ledger_and_the_assessment_filter_immediate_commitments_from_annual_ones()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");

        var immediate = await Service<CommitmentService>(factory).RowsAsync(office, campaign.Id, null, CommitmentKind.AdHoc);
        var annual = await Service<CommitmentService>(factory).RowsAsync(office, campaign.Id, null, CommitmentKind.Annual);
        var assessment = await Service<CommitmentAssessmentService>(factory).AssessmentAsync(office, campaign.Id, null, CommitmentKind.AdHoc);

        Assert.Equal(["农贸市场周边环境整治", "小区路灯和道路维修"], immediate.Select(r => r.Content).Order().ToArray());
        Assert.DoesNotContain(annual, r => r.Kind == CommitmentKind.AdHoc);
        Assert.Equal(immediate.Select(r => r.Id).Order(), assessment.Rows.Select(r => r.Commitment.Id).Order());
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var export = await client.GetAsync($"/api/commitments/export?campaignId={campaign.Id}&kind=AdHoc");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task The_street_comments_on_its_communitys_commitment_and_the_grade_follows_live_from_the_api()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var roads = await CommitmentAsync("小区路灯和道路维修");
        var client = await Accounts.SignedInClientAsync(factory, "unit");

        var saved = await client.PostAsJsonAsync($"/api/commitments/{roads.Id}/organisation-review", new AssessmentInput { ExpectedVersion = roads.Version, Score = 86, Note = "修复及时，建议建立长效巡查机制" }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);

        var view = await client.GetFromJsonAsync<AssessmentDto>($"/api/commitments/assessment?campaignId={campaign.Id}", ApiJson.Options);
        var row = view!.Rows.Single(r => r.Commitment.Id == roads.Id);
        Assert.Equal(86, row.OrganisationScore);
        Assert.Equal("修复及时，建议建立长效巡查机制", row.OrganisationComment);
    }

    [Fact]
    public async Task Bad_assessments_get_Chinese_refusals_and_change_nothing()
    {
        var roads = await CommitmentAsync("小区路灯和道路维修");
        var evening = await CommitmentAsync("基层医疗机构延时服务");
        var unit = await Accounts.SignedInClientAsync(factory, "unit");

        var missing = await unit.PostAsJsonAsync($"/api/commitments/{roads.Id}/peer-review", new AssessmentInput { ExpectedVersion = roads.Version }, ApiJson.Options);
        var outOfRange = await unit.PostAsJsonAsync($"/api/commitments/{roads.Id}/peer-review", new AssessmentInput { ExpectedVersion = roads.Version, Score = 101 }, ApiJson.Options);
        var tooLong = await unit.PostAsJsonAsync($"/api/commitments/{roads.Id}/peer-review", new AssessmentInput { ExpectedVersion = roads.Version, Score = 90, Note = new string('评', 501) }, ApiJson.Options);
        var otherUnit = await unit.PostAsJsonAsync($"/api/commitments/{evening.Id}/peer-review", new AssessmentInput { ExpectedVersion = evening.Version, Score = 10 }, ApiJson.Options);
        var hostileId = await unit.PostAsJsonAsync("/api/commitments/-1/peer-review", new AssessmentInput { Score = 10 }, ApiJson.Options);
        var notDone = await CommitmentAsync("社区“四有”服务站全覆盖");
        var early = await unit.PostAsJsonAsync($"/api/commitments/{notDone.Id}/peer-review", new AssessmentInput { ExpectedVersion = notDone.Version, Score = 90 }, ApiJson.Options);

        Assert.Equal("请填写党员互评得分", await DetailAsync(missing, HttpStatusCode.BadRequest));
        Assert.Equal("评分须为0到100之间的整数", await DetailAsync(outOfRange, HttpStatusCode.BadRequest));
        Assert.Contains("互评说明", await DetailAsync(tooLong, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.NotFound, otherUnit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hostileId.StatusCode);
        Assert.Equal("承诺事项办结后才能进行三级考核", await DetailAsync(early, HttpStatusCode.BadRequest));
        Assert.Null((await CommitmentAsync("小区路灯和道路维修")).PeerReviewScore);
        Assert.Equal(92, (await CommitmentAsync("基层医疗机构延时服务")).PeerReviewScore);
    }

    private async Task<Commitment> CommitmentAsync(string content)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<Commitment>().AsNoTracking().SingleAsync(c => c.Content == content);
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
    }
}
