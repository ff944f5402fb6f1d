using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Units;
using CampaignHub.Features.StageTwo;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.StageTwo;

/// <summary>Stage two through the real app: the demo's spread, the access rules and the Chinese refusals.</summary>
public sealed class StageTwoTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static readonly MaterialText Complete = new("文山会海：一周开会九次", "三公经费下降15%，无超标用车", "理想信念、宗旨意识剖析", "6月底前清理文件");

    [Fact]
    public async Task Demo_carries_the_campaign_through_stage_two_for_units_at_different_points()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var overview = await Service<StageTwoService>(factory).OverviewAsync(await Accounts.ActorAsync(factory, "office"), campaign.Id);
        StageTwoRowDto Row(string name) => overview.Rows.Single(r => r.UnitName == name);

        Assert.True(Row("区民政局").Progress.Finished);
        Assert.Equal(4, Row("区民政局").Progress.StepsDone);
        var weisheng = Row("区卫生局");
        Assert.True(weisheng.Progress.MaterialPassed);
        Assert.False(weisheng.Progress.TalksComplete);
        Assert.Equal(1, weisheng.MissingTalks);
        Assert.Contains("定于2014-07-10", weisheng.Meeting);
        Assert.Equal("已退回", Row("区城市管理局").MaterialStatus);
        Assert.Equal(StageTwoProgress.NotStarted, Row("秣陵街道").Progress);
    }

    [Fact]
    public async Task The_meeting_of_a_team_with_required_talks_missing_is_refused_with_the_missing_pairs()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var weisheng = await DemoLookup.UnitIdAsync(factory, "区卫生局");
        var office = await Accounts.ActorAsync(factory, "office");
        var service = Service<StageTwoService>(factory);
        var meeting = (await service.UnitAsync(office, campaign.Id, weisheng)).Meeting!;

        var error = await Assert.ThrowsAsync<DomainException>(() => service.HoldMeetingAsync(office, meeting.Id, meeting.Version, new DateOnly(2014, 4, 10)));

        Assert.Equal("暂不能召开：以下必谈对象尚未谈心谈话：褚红梅—蒋文彬", error.Message);
        Assert.Equal(RefusalKind.Blocked, meeting.Actions[MeetingAction.Hold].Refusal);
        Assert.Equal(error.Message, meeting.Actions[MeetingAction.Hold].Reason);
    }

    [Fact]
    public async Task A_coordinator_reads_the_stage_two_of_their_own_tree_only()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var minzheng = await DemoLookup.UnitIdAsync(factory, "区民政局");
        var renshe = await DemoLookup.UnitIdAsync(factory, "区人力资源和社会保障局");
        var client = await Accounts.SignedInClientAsync(factory, "renshe");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/campaigns/{campaign.Id}/stage-two/units/{renshe}")).StatusCode);
        var other = await client.GetAsync($"/api/campaigns/{campaign.Id}/stage-two/units/{minzheng}");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("您只能查看本单位", (await ProblemAsync(other)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/campaigns/{campaign.Id}/stage-two/units/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/campaigns/999999/stage-two")).StatusCode);

        var overview = await client.GetFromJsonAsync<StageTwoOverviewDto>($"/api/campaigns/{campaign.Id}/stage-two", ApiJson.Options);
        Assert.Equal([renshe], overview!.Rows.Select(r => r.UnitId));
    }

    [Fact]
    public async Task A_material_with_an_empty_section_is_refused_with_a_Chinese_400_naming_it_and_nothing_is_submitted()
    {
        var (campaignId, materialId) = await CirculatedDongshanMaterialAsync(MaterialKind.Team);
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var version = await VersionAsync(materialId);

        var response = await client.PostAsJsonAsync($"/api/stage-two/materials/{materialId}/submit", new MaterialTextInput(version, Complete with { RootsAnalysis = "  " }), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("根源剖析", (await ProblemAsync(response)).GetProperty("detail").GetString());
        var unit = await Service<StageTwoService>(factory).UnitAsync(await Accounts.ActorAsync(factory, "unit"), campaignId, await DemoLookup.UnitIdAsync(factory, "东山街道"));
        var material = unit.Materials.Single(m => m.Id == materialId);
        Assert.Equal(MaterialStatus.Circulating, material.Status);
        Assert.Empty(material.Versions);

        var submitted = await client.PostAsJsonAsync($"/api/stage-two/materials/{materialId}/submit", new MaterialTextInput(version, Complete), ApiJson.Options);
        Assert.Equal(HttpStatusCode.NoContent, submitted.StatusCode);
    }

    [Fact]
    public async Task Another_units_coordinator_cannot_submit_or_comment_on_a_material_and_hostile_ids_give_404()
    {
        var (_, materialId) = await CirculatedDongshanMaterialAsync(MaterialKind.TeamMember);
        var client = await Accounts.SignedInClientAsync(factory, "renshe");

        var submit = await client.PostAsJsonAsync($"/api/stage-two/materials/{materialId}/submit", new MaterialTextInput(0, Complete), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        var comment = await client.PostAsJsonAsync($"/api/stage-two/materials/{materialId}/comments", new CommentInput("意见"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Forbidden, comment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/stage-two/materials/999999/comments", new CommentInput("意见"), ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/api/stage-two/materials/{materialId}/comments", new StringContent("{", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        var missingFields = await client.PostAsync("/api/stage-two/materials/999999/submit", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, missingFields.StatusCode);
        Assert.StartsWith("缺少必填字段", (await ProblemAsync(missingFields)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_supervision_group_comments_on_a_circulated_material_and_the_upper_unit_passes_it()
    {
        var (campaignId, materialId) = await CirculatedDongshanMaterialAsync(MaterialKind.VillageHead);
        var supervisor = await Accounts.SignedInClientAsync(factory, "supervisor");

        var comment = await supervisor.PostAsJsonAsync($"/api/stage-two/materials/{materialId}/comments", new CommentInput("请补充办公用房情况说明"), ApiJson.Options);
        Assert.Equal(HttpStatusCode.NoContent, comment.StatusCode);
        var empty = await supervisor.PostAsJsonAsync($"/api/stage-two/materials/{materialId}/comments", new CommentInput(" "), ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("意见不能为空", (await ProblemAsync(empty)).GetProperty("detail").GetString());

        var service = Service<StageTwoService>(factory);
        var unitActor = await Accounts.ActorAsync(factory, "unit");
        await service.SubmitMaterialAsync(unitActor, materialId, new MaterialTextInput(await VersionAsync(materialId), Complete));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.PassMaterialAsync(unitActor, materialId, new NoteInput(0, null)));
        await service.PassMaterialAsync(await Accounts.ActorAsync(factory, "office"), materialId, new NoteInput(await VersionAsync(materialId), "同意"));

        var view = await service.UnitAsync(unitActor, campaignId, await DemoLookup.UnitIdAsync(factory, "东山街道"));
        var material = view.Materials.Single(m => m.Id == materialId);
        Assert.Equal(MaterialStatus.Passed, material.Status);
        Assert.Equal("督导组", Assert.Single(material.Comments).ByRole);
        Assert.Equal("审核通过", Assert.Single(material.Versions).Decision);
    }

    /// <summary>A material of 东山街道 started and circulated by its coordinator (the demo account "unit").</summary>
    private async Task<(int CampaignId, int MaterialId)> CirculatedDongshanMaterialAsync(MaterialKind kind)
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        await using var db = await DemoLookup.DbAsync(factory);
        var role = kind == MaterialKind.TeamMember ? PersonRole.OtherLeader : PersonRole.MainLeader;
        var author = await db.Set<Person>().Where(p => p.UnitId == dongshan && p.Role == role).Select(p => p.Id).FirstAsync();
        var service = Service<StageTwoService>(factory);
        var id = await service.StartMaterialAsync(coordinator, campaign.Id, dongshan, new StartMaterialInput(kind, author, Complete with { RootsAnalysis = null }));
        await service.CirculateAsync(coordinator, id, new NoteInput(await VersionAsync(id), "班子成员"));
        return (campaign.Id, id);
    }

    private async Task<int> VersionAsync(int materialId)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<SelfExaminationMaterial>().Where(m => m.Id == materialId).Select(m => m.Version).SingleAsync();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
