using CampaignHub.Domain.Common;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Campaigns;

public class CampaignTests
{
    [Fact]
    public void Phases_are_kept_in_order()
    {
        var campaign = new CampaignBuilder().Build();

        Assert.Equal(["学习教育、听取意见", "查摆问题、开展批评", "整改落实、建章立制"], campaign.Phases.Select(p => p.Name));
        Assert.Equal([1, 2, 3], campaign.Phases.Select(p => p.Order));
    }

    [Fact]
    public void A_phase_outside_the_campaign_period_is_refused()
    {
        var campaign = new CampaignBuilder().WithoutPhases().Build();

        var error = Assert.Throws<DomainException>(() => campaign.AddPhase("学习教育", new DateOnly(2014, 3, 1), new DateOnly(2014, 4, 1)));
        Assert.Contains("活动期间", error.Message);
    }

    [Fact]
    public void A_phase_that_starts_before_the_previous_one_ends_is_refused()
    {
        var campaign = new CampaignBuilder().WithoutPhases().Build();
        campaign.AddPhase("学习教育", new DateOnly(2014, 3, 26), new DateOnly(2014, 5, 15));

        Assert.Throws<DomainException>(() => campaign.AddPhase("查摆问题", new DateOnly(2014, 5, 15), new DateOnly(2014, 6, 30)));
    }

    [Fact]
    public void A_phase_cannot_end_before_it_starts()
    {
        var campaign = new CampaignBuilder().WithoutPhases().Build();

        Assert.Throws<DomainException>(() => campaign.AddPhase("学习教育", new DateOnly(2014, 5, 1), new DateOnly(2014, 4, 1)));
    }

    [Fact]
    public void A_milestone_must_fall_inside_its_phase()
    {
        var campaign = new CampaignBuilder().Build();
        var first = campaign.Phases[0];

        Assert.Throws<DomainException>(() => campaign.AddMilestone(first, "太晚的节点", new DateOnly(2014, 8, 1)));
    }

    [Fact]
    public void The_campaign_cannot_shrink_past_its_phases()
    {
        var campaign = new CampaignBuilder().Build();

        Assert.Throws<DomainException>(() => campaign.Reschedule(new DateOnly(2014, 4, 1), new DateOnly(2014, 9, 30)));
    }

    [Fact]
    public void The_running_phase_is_found_by_date()
    {
        var campaign = new CampaignBuilder().Build();

        Assert.Equal("学习教育、听取意见", campaign.PhaseOn(new DateOnly(2014, 4, 10))?.Name);
        Assert.Null(campaign.PhaseOn(new DateOnly(2015, 1, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.01)]
    public void A_satisfaction_threshold_outside_0_to_100_percent_is_refused(double threshold)
    {
        var campaign = new CampaignBuilder().Build();

        Assert.Throws<DomainException>(() => campaign.SetSatisfactionThreshold((decimal)threshold));
    }
}
