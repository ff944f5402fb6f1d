using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Public;
using CampaignHub.Features.Rectification;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Rectification;

public sealed class RectificationAccessTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private async Task<RectificationItem> ItemAsync(string title)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<RectificationItem>().AsNoTracking().SingleAsync(r => r.Title == title);
    }

    [Fact]
    public async Task A_coordinator_starting_another_units_item_by_a_crafted_call_is_refused_and_nothing_changes()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit"); // 东山街道
        var cars = await ItemAsync("公务用车管理不规范"); // 秣陵街道, four haves complete

        var response = await client.PostAsJsonAsync($"/api/rectification/{cars.Id}/start", new VersionedRequest(cars.Version));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("您无权修改该单位的数据", await response.Content.ReadAsStringAsync());
        Assert.Equal(RectificationStatus.NotStarted, (await ItemAsync("公务用车管理不规范")).Status);
    }

    [Fact]
    public async Task A_coordinator_may_not_claim_an_opinion_for_another_unit()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var moling = await DemoLookup.UnitIdAsync(factory, "秣陵街道");
        await using var db = await DemoLookup.DbAsync(factory);
        var opinion = await db.Set<Opinion>().AsNoTracking().FirstAsync(o => o.Status == OpinionStatus.New && o.SubmittedByPublic);

        var response = await client.PostAsJsonAsync($"/api/opinions/{opinion.Id}/claim", new ClaimRequest(opinion.Version, moling, null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Starting_is_refused_until_the_four_haves_are_complete_with_a_message_naming_what_is_missing()
    {
        var client = await Accounts.SignedInClientAsync(factory, "unit");
        var documents = await ItemAsync("街道发文、开会过多，基层疲于应付"); // 东山街道, only the goal is set

        var response = await client.PostAsJsonAsync($"/api/rectification/{documents.Id}/start", new VersionedRequest(documents.Version));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("四有不全，不能开始整改：缺少措施、责任人、时限", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Evidence_downloads_to_overseers_and_the_owning_unit_only()
    {
        var stalls = await ItemAsync("农贸市场周边占道经营、交通拥堵"); // 区城管局
        await using var db = await DemoLookup.DbAsync(factory);
        var evidenceId = await db.Set<Evidence>().Where(e => e.RectificationItemId == stalls.Id).Select(e => e.Id).FirstAsync();
        var url = $"/api/rectification/{stalls.Id}/evidence/{evidenceId}";

        var supervisor = await Accounts.SignedInClientAsync(factory, "supervisor");
        var download = await supervisor.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("占道经营整治", await download.Content.ReadAsStringAsync());

        var coordinator = await Accounts.SignedInClientAsync(factory, "unit");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_public_page_never_shows_personal_data()
    {
        await using var db = await DemoLookup.DbAsync(factory);
        var contacts = await db.Set<Opinion>().Where(o => o.RaisedByName != null || o.RaisedByPhone != null)
            .Select(o => new { o.RaisedByName, o.RaisedByPhone }).ToListAsync();

        var html = await factory.CreateBrowserLikeClient().GetStringAsync("/public");

        Assert.Contains("农贸市场周边环境整治", html);
        Assert.All(contacts, c =>
        {
            if (c.RaisedByName is not null)
            {
                Assert.DoesNotContain(c.RaisedByName, html);
            }

            if (c.RaisedByPhone is not null)
            {
                Assert.DoesNotContain(c.RaisedByPhone, html);
            }
        });
    }

    [Fact]
    public async Task The_opinion_export_masks_personal_data_for_units_that_do_not_handle_the_opinion()
    {
        // 陈建华's opinion is handled by the hospital: the office sees it, 东山街道's coordinator only masked.
        var office = await SheetTextAsync(await Accounts.SignedInClientAsync(factory, "office"));
        var unit = await SheetTextAsync(await Accounts.SignedInClientAsync(factory, "unit"));

        Assert.Contains("陈建华", office);
        Assert.Contains("13851234567", office);
        Assert.DoesNotContain("陈建华", unit);
        Assert.DoesNotContain("13851234567", unit);
        Assert.Contains("陈**", unit);
        Assert.Contains("138****4567", unit);
    }

    [Fact]
    public async Task A_device_rates_a_public_item_once_and_unsatisfied_ratings_from_three_raters_put_it_on_the_reopen_review_list()
    {
        using var scope = factory.Services.CreateScope();
        var disclosure = scope.ServiceProvider.GetRequiredService<PublicDisclosureService>();
        var items = scope.ServiceProvider.GetRequiredService<RectificationService>();
        var stalls = await ItemAsync("农贸市场周边占道经营、交通拥堵"); // two different residents rated it 不满意 in the demo
        Assert.DoesNotContain(await items.ReopenReviewListAsync(), r => r.Id == stalls.Id);

        await disclosure.RateAsync(RatedItemKind.RectificationItem, stalls.Id, "test-device-1", PublicRating.Unsatisfied);
        var again = await Assert.ThrowsAsync<DomainException>(() => disclosure.RateAsync(RatedItemKind.RectificationItem, stalls.Id, "test-device-1", PublicRating.Satisfied));

        Assert.Contains("只能评价一次", again.Message);

        // The demo's two residents were not enough; this third different rater starts the review (3 raters).
        Assert.Equal(3, (await items.ReopenReviewListAsync()).Single(r => r.Id == stalls.Id).RatedUnsatisfied);
    }

    private static async Task<string> SheetTextAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/opinions/export?campaignId=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return await reader.ReadToEndAsync();
    }
}
