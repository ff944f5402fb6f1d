using System.Net;
using System.Net.Http.Json;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Features.ContactDuties;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Tests.Features.ContactDuties;

/// <summary>The written reply (答复意见书) over the API: drafted by the receiving unit, signed by the receiving leader in person, then settled.</summary>
public sealed class ReceptionReplyApiTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private async Task<ReceptionCase> DistrictCaseAsync()
    {
        await using var db = await DemoLookup.DbAsync(factory);
        var district = await DemoLookup.UnitIdAsync(factory, "中共南京市江宁区委");
        return await db.Set<ReceptionCase>().AsNoTracking().SingleAsync(c => c.ReceivingUnitId == district);
    }

    private async Task<ReceptionCase> ReloadAsync(int id)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<ReceptionCase>().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    [Fact]
    public async Task The_receiving_leader_signs_the_reply_and_the_case_closes()
    {
        var leader = await Accounts.SignedInClientAsync(factory, "leader");
        var receptionCase = await DistrictCaseAsync();
        Assert.NotNull(receptionCase.Reply);

        var early = await leader.PostAsJsonAsync($"/api/contacts/receptions/cases/{receptionCase.Id}/settle", new VersionRequest(receptionCase.Version));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("答复意见书尚未经接访领导签署，不能办结", await early.Content.ReadAsStringAsync());

        var signed = await leader.PostAsJsonAsync($"/api/contacts/receptions/cases/{receptionCase.Id}/sign", new CaseReplyRequest("同意答复，水利设施汛前必须完工", receptionCase.Version));
        Assert.Equal(HttpStatusCode.NoContent, signed.StatusCode);
        var afterSign = await ReloadAsync(receptionCase.Id);
        Assert.True(afterSign.IsReplySigned);

        var settled = await leader.PostAsJsonAsync($"/api/contacts/receptions/cases/{receptionCase.Id}/settle", new VersionRequest(afterSign.Version));
        Assert.Equal(HttpStatusCode.NoContent, settled.StatusCode);
        Assert.Equal(ReceptionCaseStatus.Settled, (await ReloadAsync(receptionCase.Id)).Status);
    }

    [Fact]
    public async Task Another_units_coordinator_cannot_draft_sign_or_settle_a_district_case()
    {
        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");
        var receptionCase = await DistrictCaseAsync();

        var reply = await coordinator.PostAsJsonAsync($"/api/contacts/receptions/cases/{receptionCase.Id}/reply", new CaseReplyRequest("改写答复", receptionCase.Version));
        var sign = await coordinator.PostAsJsonAsync($"/api/contacts/receptions/cases/{receptionCase.Id}/sign", new CaseReplyRequest("同意", receptionCase.Version));

        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
        Assert.Contains("只有首接单位才能起草答复意见书", await reply.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, sign.StatusCode);
        Assert.Contains("答复意见书只能由接访领导本人签署", await sign.Content.ReadAsStringAsync());
        Assert.Equal(receptionCase.Reply, (await ReloadAsync(receptionCase.Id)).Reply);
    }

    [Fact]
    public async Task Hostile_reply_input_gets_Chinese_400_and_unknown_cases_404()
    {
        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");
        await using var db = await DemoLookup.DbAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var inProgress = await db.Set<ReceptionCase>().AsNoTracking().FirstAsync(c => c.ReceivingUnitId == dongshan && c.Status == ReceptionCaseStatus.InProgress);

        var blank = await coordinator.PostAsJsonAsync($"/api/contacts/receptions/cases/{inProgress.Id}/reply", new CaseReplyRequest("   ", inProgress.Version));
        var tooLong = await coordinator.PostAsJsonAsync($"/api/contacts/receptions/cases/{inProgress.Id}/reply", new CaseReplyRequest(new string('答', 4001), inProgress.Version));
        var missing = await coordinator.PostAsJsonAsync("/api/contacts/receptions/cases/999999/reply", new CaseReplyRequest("答复", 1));
        var garbage = await coordinator.PostAsync($"/api/contacts/receptions/cases/{inProgress.Id}/settle", new StringContent("{\"version\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Contains("答复意见书不能为空", await blank.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("找不到该接访事项", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Fact]
    public async Task The_cases_export_is_a_workbook_with_the_owner_and_the_reply()
    {
        var office = await Accounts.SignedInClientAsync(factory, "office");

        var response = await office.GetAsync("/api/contacts/receptions/cases.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = CampaignHub.Infrastructure.Excel.XlsxReader.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), "序号");
        Assert.Contains("包案领导", sheet.Headers);
        Assert.Contains("答复意见书", sheet.Headers);
        Assert.True(sheet.Rows.Count >= 5);
    }
}
