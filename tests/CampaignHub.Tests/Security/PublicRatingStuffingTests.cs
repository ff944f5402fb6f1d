using System.Net;
using System.Text.RegularExpressions;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Public;
using CampaignHub.Features.Rectification;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Security;

/// <summary>A cleared cookie is no way to stuff a public item's ratings: quotas per address and per item, distinct raters in the review.</summary>
public sealed partial class PublicRatingStuffingTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private async Task<RectificationItem> ItemAsync(string title)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<RectificationItem>().AsNoTracking().SingleAsync(r => r.Title == title);
    }

    /// <summary>A rating posted the way a browser with no cookie posts it (a new device every time).</summary>
    private async Task<string> RateOverHttpAsync(string address, int itemId, PublicRating rating)
    {
        var client = TestClientAddress.As(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), address);
        var token = Token().Match(await client.GetStringAsync("/public")).Groups[1].Value;
        var response = await client.PostAsync("/public", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "rate",
            ["__RequestVerificationToken"] = token,
            ["Rating"] = $"{(int)RatedItemKind.RectificationItem}:{itemId}:{(int)rating}",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Thirty_posts_from_ten_addresses_are_capped_per_item_and_the_review_counts_ten_raters()
    {
        var stalls = await ItemAsync("农贸市场周边占道经营、交通拥堵"); // public and finished; in the demo two different residents rated it 不满意
        var before = stalls.PublicRatings;

        var answers = new List<string>();
        for (var post = 0; post < 30; post++)
        {
            answers.Add(await RateOverHttpAsync($"203.0.113.{post % 10 + 1}", stalls.Id, PublicRating.Unsatisfied));
        }

        var after = (await ItemAsync("农贸市场周边占道经营、交通拥堵")).PublicRatings;
        Assert.Equal(20, after.Rated - before.Rated); // RatingsPerItemPerDay
        Assert.Equal(10, answers.Count(a => a.Contains(PublicRatingQuota.ItemLimitMessage, StringComparison.Ordinal)));
        using var scope = factory.Services.CreateScope();
        var review = await scope.ServiceProvider.GetRequiredService<RectificationService>().ReopenReviewListAsync();
        Assert.Equal(10 + 2, review.Single(r => r.Id == stalls.Id).RatedUnsatisfied); // ten addresses, plus the demo's two residents
    }

    [Fact]
    public async Task One_address_past_its_daily_quota_is_refused_and_the_address_is_never_stored()
    {
        var lamps = await ItemAsync("老旧小区路灯损坏，夜间出行不便"); // public and finished in the demo
        using var scope = factory.Services.CreateScope();
        var disclosure = scope.ServiceProvider.GetRequiredService<PublicDisclosureService>();
        var address = IPAddress.Parse("198.51.100.77");

        for (var i = 0; i < 10; i++)
        {
            await disclosure.RateAsync(RatedItemKind.RectificationItem, lamps.Id, $"quota-device-{i}", address, PublicRating.Satisfied);
        }

        var refused = await Assert.ThrowsAsync<DomainException>(() => disclosure.RateAsync(RatedItemKind.RectificationItem, lamps.Id, "quota-device-10", address, PublicRating.Satisfied));
        Assert.Equal(PublicRatingQuota.ClientLimitMessage, refused.Message);
        // A neighbour on another address still rates.
        await disclosure.RateAsync(RatedItemKind.RectificationItem, lamps.Id, "quota-device-11", IPAddress.Parse("198.51.100.78"), PublicRating.Satisfied);

        await using var db = await DemoLookup.DbAsync(factory);
        var entries = await db.Set<PublicRatingEntry>().AsNoTracking().Where(r => r.DeviceId.StartsWith("quota-device-")).ToListAsync();
        Assert.Equal(11, entries.Count);
        Assert.All(entries, e => Assert.Matches("^[0-9a-f]{64}$", e.ClientKey!));
        Assert.Equal(2, entries.Select(e => e.ClientKey).Distinct().Count());
        await using var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"DeviceId\", \"ClientKey\" FROM \"PublicRatings\""; // the stored rows, as the database holds them
        var stored = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetString(0) + "|" + (reader.IsDBNull(1) ? string.Empty : reader.GetString(1)));
            }
        }

        Assert.DoesNotContain(stored, row => row.Contains("198.51.100.", StringComparison.Ordinal));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
