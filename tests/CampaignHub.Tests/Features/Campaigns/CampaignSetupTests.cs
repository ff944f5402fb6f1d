using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignHub.Data.Auditing;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Features.Campaigns;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Tests.Features.Campaigns;

public sealed class CampaignSetupTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private async Task<(HttpClient Client, CampaignSummaryDto Campaign)> NewCampaignAsync(string template = CampaignTemplate.GrassrootsService, int year = 2015)
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var units = new[] { await DemoLookup.UnitIdAsync(factory, "秣陵街道"), await DemoLookup.UnitIdAsync(factory, "淳化街道") };
        var response = await client.PostAsJsonAsync($"/api/campaign-templates/{template}/campaigns", new CreateFromTemplateRequest(year, units));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (client, (await response.Content.ReadFromJsonAsync<CampaignSummaryDto>(ApiJson.Options))!);
    }

    [Fact]
    public async Task Office_creates_a_campaign_from_a_template_and_it_is_listed_audited_and_on_the_wall()
    {
        var (client, created) = await NewCampaignAsync();

        Assert.Equal("历下妇发〔2015〕9号", created.DocumentNumber);
        Assert.Equal(2, created.UnitCount);
        var listed = await client.GetFromJsonAsync<List<CampaignSummaryDto>>("/api/campaigns", ApiJson.Options);
        Assert.Contains(listed!, c => c.Id == created.Id);
        await using var db = await DemoLookup.DbAsync(factory);
        Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EntityType == "Campaign" && a.EntityId == created.Id.ToString() && a.UserName == "office"));

        var wall = await client.GetStringAsync($"/api/wall?campaign={created.Id}");
        Assert.Contains(created.Title, wall);
    }

    [Fact]
    public async Task Removing_a_milestone_units_have_completed_is_refused_with_the_reason()
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var demo = await DemoLookup.CampaignAsync(factory);
        var setup = (await client.GetFromJsonAsync<CampaignSetupDto>($"/api/campaigns/{demo.Id}/setup", ApiJson.Options))!;
        var first = setup.Draft.Phases[0];
        var withoutFirstMilestone = setup.Draft with { Phases = [first with { Milestones = first.Milestones.Skip(1).ToList() }, .. setup.Draft.Phases.Skip(1)] };

        var response = await client.PutAsJsonAsync($"/api/campaigns/{demo.Id}/setup", new ReviseCampaignRequest(withoutFirstMilestone, setup.Version));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("个单位记录完成，不能删除", await response.Content.ReadAsStringAsync());
        Assert.Equal(3, (await DemoLookup.CampaignAsync(factory)).Milestones.Count);
    }

    [Fact]
    public async Task Shrinking_the_campaign_past_recorded_completions_is_refused()
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var demo = await DemoLookup.CampaignAsync(factory);
        var setup = (await client.GetFromJsonAsync<CampaignSetupDto>($"/api/campaigns/{demo.Id}/setup", ApiJson.Options))!;
        var shrunk = setup.Draft with
        {
            StartDate = new DateOnly(2014, 4, 6),
            Phases = [setup.Draft.Phases[0] with { StartDate = new DateOnly(2014, 4, 6), Milestones = setup.Draft.Phases[0].Milestones.Where(m => m.DueDate >= new DateOnly(2014, 4, 6)).ToList() }, .. setup.Draft.Phases.Skip(1)],
        };

        var response = await client.PutAsJsonAsync($"/api/campaigns/{demo.Id}/setup", new ReviseCampaignRequest(shrunk, setup.Version));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Editing_rule_parameters_is_saved_and_audited_with_the_old_and_new_values()
    {
        var (client, created) = await NewCampaignAsync(year: 2016);
        var setup = (await client.GetFromJsonAsync<CampaignSetupDto>($"/api/campaigns/{created.Id}/setup", ApiJson.Options))!;
        var edited = setup.Draft with { Rules = setup.Draft.Rules with { ExperienceActivitiesMax = 6, SatisfactionThreshold = 0.85m } };

        var response = await client.PutAsJsonAsync($"/api/campaigns/{created.Id}/setup", new ReviseCampaignRequest(edited, setup.Version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = (await response.Content.ReadFromJsonAsync<CampaignSetupDto>(ApiJson.Options))!;
        Assert.Equal(6, saved.Draft.Rules.ExperienceActivitiesMax);
        await using var db = await DemoLookup.DbAsync(factory);
        var audit = await db.Set<AuditEntry>().Where(a => a.EntityType == "Campaign" && a.EntityId == created.Id.ToString() && a.Field == "ExperienceActivitiesMax").SingleAsync();
        Assert.Equal(("5", "6"), (audit.OldValue, audit.NewValue));

        // The version the editor loaded is now stale.
        var stale = await client.PutAsJsonAsync($"/api/campaigns/{created.Id}/setup", new ReviseCampaignRequest(edited, setup.Version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task An_archived_campaign_refuses_edits_and_its_copy_runs_a_year_later_with_the_same_units_and_no_records()
    {
        var (client, created) = await NewCampaignAsync(CampaignTemplate.DoubleLinkage, 2017);
        var setup = (await client.GetFromJsonAsync<CampaignSetupDto>($"/api/campaigns/{created.Id}/setup", ApiJson.Options))!;

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/campaigns/{created.Id}/archive", null)).StatusCode);
        var edit = await client.PutAsJsonAsync($"/api/campaigns/{created.Id}/setup", new ReviseCampaignRequest(setup.Draft with { Title = "改名" }, setup.Version + 1));
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Contains("已结束归档", await edit.Content.ReadAsStringAsync());

        var copyResponse = await client.PostAsJsonAsync($"/api/campaigns/{created.Id}/copy", new CopyCampaignRequest());
        Assert.Equal(HttpStatusCode.OK, copyResponse.StatusCode);
        var copy = (await copyResponse.Content.ReadFromJsonAsync<CampaignSummaryDto>(ApiJson.Options))!;
        Assert.Equal(new DateOnly(2018, 3, 26), copy.StartDate);
        Assert.Equal("江宁群办发〔2018〕8号", copy.DocumentNumber);
        Assert.Equal(created.UnitCount, copy.UnitCount);
        Assert.Equal(CampaignStatus.Running, copy.Status);
    }

    [Fact]
    public async Task Another_campaigns_milestone_id_in_an_edit_is_not_found_and_changes_nothing()
    {
        var (client, created) = await NewCampaignAsync(year: 2019);
        var demo = await DemoLookup.CampaignAsync(factory);
        var setup = (await client.GetFromJsonAsync<CampaignSetupDto>($"/api/campaigns/{created.Id}/setup", ApiJson.Options))!;
        var first = setup.Draft.Phases[0];
        var hijack = setup.Draft with { Phases = [first with { Milestones = [first.Milestones[0] with { Id = demo.Milestones[0].Id }] }, .. setup.Draft.Phases.Skip(1)] };

        var response = await client.PutAsJsonAsync($"/api/campaigns/{created.Id}/setup", new ReviseCampaignRequest(hijack, setup.Version));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(demo.Milestones[0].Title, (await DemoLookup.CampaignAsync(factory)).Milestones[0].Title);
    }

    [Theory]
    [InlineData("""{"title":"x","documentNumber":"x","issuingBody":"x","issuedOn":"9999-12-31","startDate":"0001-01-01","endDate":"9999-12-31","phases":[],"rules":{},"unitIds":[]}""")]
    [InlineData("""{"title":"x","documentNumber":"x","issuingBody":"x","issuedOn":"2015-01-01","startDate":"2015-01-01","endDate":"2015-12-31","phases":[{"name":"一","startDate":"2015-01-01","endDate":"2015-12-31","milestones":[]}],"rules":{},"unitIds":[2147483647]}""")]
    [InlineData("""{"title":"x","documentNumber":"x","issuingBody":"x","issuedOn":"2015-01-01","startDate":"2015-01-01","endDate":"2015-12-31","phases":[{"name":"一","startDate":"2015-01-01","endDate":"2015-12-31","milestones":[]}],"rules":{"experienceActivitiesMin":9,"experienceActivitiesMax":2,"satisfactionThreshold":7},"unitIds":[]}""")]
    public async Task Hostile_campaign_input_is_refused_with_a_Chinese_400(string body)
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var before = await CountAsync();

        var response = await client.PostAsync("/api/campaigns", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", problem!);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_coordinator_cannot_set_up_a_campaign()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var response = await client.PostAsJsonAsync($"/api/campaign-templates/{CampaignTemplate.DoubleLinkage}/campaigns", new CreateFromTemplateRequest(2015, []));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<int> CountAsync()
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<Campaign>().CountAsync();
    }
}
