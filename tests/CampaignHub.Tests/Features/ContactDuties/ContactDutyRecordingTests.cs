using System.Net;
using System.Net.Http.Json;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Live;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.ContactDuties;

public sealed class ContactDutyRecordingTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static RecordActivityRequest Visit(int personId, string content) =>
        new(personId, DutyType.ContactPointVisit, new DateOnly(2014, 4, 9), new DateOnly(2014, 4, 9), "殷巷社区", "社区干部", content, null,
            [new OpinionNoteInput("希望加快老旧小区改造", "居民代表")]);

    private async Task<Person> LeaderOfAsync(string unitName, PersonRole role)
    {
        var unitId = await DemoLookup.UnitIdAsync(factory, unitName);
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<Person>().AsNoTracking().SingleAsync(p => p.UnitId == unitId && p.Role == role);
    }

    [Fact]
    public async Task A_coordinator_cannot_record_for_another_unit_s_people_even_by_a_crafted_call()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit"); // coordinator of 东山街道
        var molingLeader = await LeaderOfAsync("秣陵街道", PersonRole.MainLeader);

        var response = await client.PostAsJsonAsync("/api/contacts/activities", Visit(molingLeader.Id, "伪造的走访记录"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("您无权为该单位人员登记联系群众活动", await response.Content.ReadAsStringAsync());
        await using var db = await DemoLookup.DbAsync(factory);
        Assert.False(await db.Set<ContactActivity>().AnyAsync(a => a.Content == "伪造的走访记录"));
    }

    [Fact]
    public async Task A_coordinator_cannot_record_for_another_unit_s_people_at_the_service_either()
    {
        var service = factory.Services.CreateScope().ServiceProvider.GetRequiredService<ContactActivityService>();
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var otherLeader = await LeaderOfAsync("区民政局", PersonRole.OtherLeader);

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.RecordAsync(coordinator, Visit(otherLeader.Id, "越权登记")));
        Assert.DoesNotContain(await service.RecordablePeopleAsync(coordinator), p => p.Id == otherLeader.Id);
    }

    [Fact]
    public async Task A_coordinator_records_for_a_leader_of_their_sub_unit_with_opinion_notes_and_the_change_is_published()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var shangfangLeader = await LeaderOfAsync("上坊社区", PersonRole.MainLeader);
        var feed = factory.Services.GetRequiredService<IChangeFeed>();

        var response = await client.PostAsJsonAsync("/api/contacts/activities", Visit(shangfangLeader.Id, "深入联系点召开居民座谈会"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var recorded = await response.Content.ReadFromJsonAsync<ActivityDto>(ApiJson.Options);
        Assert.Equal(shangfangLeader.UnitId, recorded!.UnitId);
        Assert.Equal("希望加快老旧小区改造", Assert.Single(recorded.OpinionNotes).Content);
        Assert.Contains(feed.Recent(20), c => c.Kind == ChangeKind.ContactDuty && c.EntityId == shangfangLeader.Id);
    }

    [Fact]
    public async Task Recording_the_missing_contact_point_visit_turns_a_behind_pace_leader_green()
    {
        var scope = factory.Services.CreateScope().ServiceProvider;
        var compliance = scope.GetRequiredService<ComplianceService>();
        var activities = scope.GetRequiredService<ContactActivityService>();
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        var cao = await LeaderOfAsync("东山街道", PersonRole.OtherLeader);
        var before = await compliance.GetPersonCardAsync(coordinator, cao.Id);
        Assert.Equal(ComplianceStatus.BehindPace, before.Worst);
        Assert.Equal([DutyType.ContactPointVisit], before.Rules.Where(r => r.Status == ComplianceStatus.BehindPace).Select(r => r.DutyType));

        await activities.RecordAsync(coordinator, Visit(cao.Id, "深入联系点竹山社区"));

        var after = await compliance.GetPersonCardAsync(coordinator, cao.Id);
        Assert.Equal("green", after.Worst.Colour());
        Assert.True(after.CanRecord);
    }

    [Fact]
    public async Task Evidence_is_stored_and_downloaded_only_by_signed_in_staff()
    {
        var activities = factory.Services.CreateScope().ServiceProvider.GetRequiredService<ContactActivityService>();
        var office = await Accounts.ActorAsync(factory, "office");
        var leader = await LeaderOfAsync("淳化街道", PersonRole.MainLeader);
        var recorded = await activities.RecordAsync(office, Visit(leader.Id, "走访联系点并拍照留存"));
        using var content = new MemoryStream("照片"u8.ToArray());

        var withEvidence = await activities.AddEvidenceAsync(office, recorded.Id, content, "走访照片.jpg", "image/jpeg");

        var evidence = Assert.Single(withEvidence.Evidence);
        var staff = await Accounts.SignedInClientAsync(factory, "supervisor");
        var download = await staff.GetAsync($"/api/contacts/evidence/{evidence.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("照片"u8.ToArray(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserLikeClient().GetAsync($"/api/contacts/evidence/{evidence.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Accounts.SignedInClientAsync(factory, "wall")).GetAsync($"/api/contacts/evidence/{evidence.Id}")).StatusCode);
    }

    [Fact]
    public async Task Evidence_of_a_type_no_one_accepts_is_refused_in_Chinese()
    {
        var activities = factory.Services.CreateScope().ServiceProvider.GetRequiredService<ContactActivityService>();
        var office = await Accounts.ActorAsync(factory, "office");
        var leader = await LeaderOfAsync("淳化街道", PersonRole.OtherLeader);
        var recorded = await activities.RecordAsync(office, Visit(leader.Id, "走访"));
        using var content = new MemoryStream([1, 2, 3]);

        var refused = await Assert.ThrowsAsync<DomainException>(() => activities.AddEvidenceAsync(office, recorded.Id, content, "病毒.exe", "application/octet-stream"));

        Assert.Contains("只能上传", refused.Message);
    }
}
