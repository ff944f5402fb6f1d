using System.Net;
using CampaignHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CampaignHub.Tests.Features.Public;

/// <summary>The public pages' 大字模式: a cookie the server reads, so the page arrives already large.</summary>
public sealed class TextSizeTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task Switching_to_large_text_sets_the_cookie_returns_to_the_page_and_the_next_page_is_rendered_large()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var switched = await client.GetAsync("/text-size/large?returnUrl=" + Uri.EscapeDataString("/public?unit=东山"));
        var page = await client.GetStringAsync("/reception");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/public?unit=" + Uri.EscapeDataString("东山"), switched.Headers.Location?.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ch-text-size=large", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<html lang=\"zh-CN\" class=\"ch-large-text\">", page);
    }

    [Fact]
    public async Task Without_the_cookie_the_page_is_rendered_at_the_normal_size()
    {
        var page = await factory.CreateClient().GetStringAsync("/reception");

        Assert.Contains("<html lang=\"zh-CN\">", page);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("")]
    public async Task A_return_address_off_this_site_goes_to_the_disclosure_page_instead(string returnUrl)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var switched = await client.GetAsync("/text-size/normal?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/public", switched.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_size_is_a_404_and_sets_nothing()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var switched = await client.GetAsync("/text-size/huge?returnUrl=/public");

        Assert.Equal(HttpStatusCode.NotFound, switched.StatusCode);
        Assert.False(switched.Headers.Contains("Set-Cookie"));
    }
}
