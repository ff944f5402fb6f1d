using CampaignHub.Features.Rectification;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Rectification;

/// <summary>The review page names the campaigns a rule belongs to with their year: titles repeat from year to year.</summary>
public sealed class SharedReopenRuleTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_reopen_rule_names_its_campaign_with_the_year()
    {
        using var scope = factory.Services.CreateScope();

        var rules = await scope.ServiceProvider.GetRequiredService<RectificationService>().ReopenReviewRulesAsync();

        var only = Assert.Single(rules); // the demo runs one campaign, on the default rule
        Assert.Contains("至少3位不同的群众", only.Rule, StringComparison.Ordinal);
        Assert.Matches(@"（20\d\d）", only.Campaigns);
    }
}
