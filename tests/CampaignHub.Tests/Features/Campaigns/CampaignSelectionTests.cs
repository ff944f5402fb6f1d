using System.Net;
using CampaignHub.Tests.Infrastructure;

namespace CampaignHub.Tests.Features.Campaigns;

public sealed class CampaignSelectionTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Switching_campaign_from_a_page_with_Chinese_in_its_address_returns_to_it_percent_encoded()
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var campaign = await DemoLookup.CampaignAsync(factory);

        var response = await client.GetAsync($"/campaigns/select/{campaign.Id}?returnUrl={Uri.EscapeDataString("/opinions?q=东山街道 路灯&page=2")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.True(location.All(char.IsAscii), location);
        Assert.Equal($"/opinions?q=%E4%B8%9C%E5%B1%B1%E8%A1%97%E9%81%93%20%E8%B7%AF%E7%81%AF&page=2&campaign={campaign.Id}", location);
    }

    [Fact]
    public async Task Switching_campaign_never_leaves_the_site()
    {
        var client = await Accounts.SignedInClientAsync(factory, "office");
        var campaign = await DemoLookup.CampaignAsync(factory);

        var response = await client.GetAsync($"/campaigns/select/{campaign.Id}?returnUrl={Uri.EscapeDataString("//evil.example/东山")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/?campaign={campaign.Id}", response.Headers.Location!.OriginalString);
    }
}
