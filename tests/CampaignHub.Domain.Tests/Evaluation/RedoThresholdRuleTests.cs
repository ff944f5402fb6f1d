using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Tests.Evaluation;

public class RedoThresholdRuleTests
{
    private static readonly DateRange Year = new(new DateOnly(2014, 3, 26), new DateOnly(2014, 9, 30));

    [Fact]
    public void Redo_threshold_is_a_campaign_rule_defaulting_to_70_percent()
    {
        Assert.Equal(0.70m, CampaignRules.Default.RedoRecognitionThreshold);
        Assert.DoesNotContain(CampaignRules.Default.Problems(Year), p => p.Field == "Rules.RedoRecognitionThreshold");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void Redo_threshold_must_lie_above_0_and_at_most_100_percent(decimal threshold)
    {
        var problem = Assert.Single((CampaignRules.Default with { RedoRecognitionThreshold = threshold }).Problems(Year), p => p.Field == "Rules.RedoRecognitionThreshold");

        Assert.Equal("返工补课认可度阈值必须大于0%且不超过100%", problem.Message);
    }
}
