using System.Net;
using System.Net.Http.Json;
using CampaignHub.Domain.Opinions;
using CampaignHub.Features.Opinions;
using CampaignHub.Features.Rectification;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Security;

/// <summary>Claiming by a crafted call: a coordinator reaches only opinions sitting within their unit's tree.</summary>
public sealed class OpinionClaimScopeTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private async Task<Opinion> ReloadAsync(int id)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<Opinion>().AsNoTracking().SingleAsync(o => o.Id == id);
    }

    [Fact]
    public async Task Coordinator_cannot_claim_a_public_opinion_for_their_own_unit_and_gets_no_personal_data()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit"); // 东山街道
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var opinion = await SubmitByPublicAsync("赵小明", "13700001234");

        var response = await client.PostAsJsonAsync($"/api/opinions/{opinion.Id}/claim", new ClaimRequest(opinion.Version, dongshan, null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(opinion.RaisedByName!, body);
        Assert.DoesNotContain(opinion.RaisedByPhone!, body);
        Assert.Equal(OpinionStatus.New, (await ReloadAsync(opinion.Id)).Status);
    }

    [Fact]
    public async Task Coordinator_cannot_claim_an_opinion_entered_by_a_unit_outside_their_tree_even_with_a_stale_version()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        await using var db = await DemoLookup.DbAsync(factory);
        var tree = await CampaignHub.Data.DbContextFactoryExtensions.LoadUnitTreeAsync(db);
        var candidates = await db.Set<Opinion>().AsNoTracking().Where(o => o.Status == OpinionStatus.New && o.EnteredByUnitId != null).ToListAsync();
        var opinion = candidates.First(o => !tree.IsAncestorOrSelf(dongshan, o.EnteredByUnitId!.Value));

        var fresh = await client.PostAsJsonAsync($"/api/opinions/{opinion.Id}/claim", new ClaimRequest(opinion.Version, dongshan, null));
        var stale = await client.PostAsJsonAsync($"/api/opinions/{opinion.Id}/claim", new ClaimRequest(opinion.Version + 7, dongshan, null));

        Assert.Equal(HttpStatusCode.Forbidden, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        Assert.Contains("该意见不在您单位的受理范围内", await fresh.Content.ReadAsStringAsync());
        Assert.Equal(OpinionStatus.New, (await ReloadAsync(opinion.Id)).Status);
    }

    [Fact]
    public async Task The_office_dispatches_a_public_opinion_to_a_unit_whose_coordinator_then_sees_the_contact()
    {
        var office = await Accounts.SignedInClientAsync(factory, "office");
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var opinion = await SubmitByPublicAsync("钱多多", "13700005678");

        var response = await office.PostAsJsonAsync($"/api/opinions/{opinion.Id}/claim", new ClaimRequest(opinion.Version, dongshan, null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(dongshan, (await ReloadAsync(opinion.Id)).ClaimedByUnitId);
    }

    private async Task<Opinion> SubmitByPublicAsync(string name, string phone)
    {
        using var scope = factory.Services.CreateScope();
        var receipt = await scope.ServiceProvider.GetRequiredService<OpinionService>().SubmitByPublicAsync(OpinionCategory.Housing, "小区电梯经常停运", name, phone);
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<Opinion>().AsNoTracking().SingleAsync(o => o.ReceiptNumber == receipt);
    }
}
