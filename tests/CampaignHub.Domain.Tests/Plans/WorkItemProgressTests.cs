using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Plans;

public class WorkItemProgressTests
{
    private static WorkItemSnapshot Item(int unit, WorkItemStatus status, int progress = 0) => WorkItemBuilder.Snapshot(unit, status, progress);

    [Fact]
    public void A_units_progress_is_the_mean_of_its_items_with_done_counting_100()
    {
        var items = new[]
        {
            Item(2, WorkItemStatus.Done, 40), // done counts 100 whatever was typed before
            Item(2, WorkItemStatus.InProgress, 50),
            Item(2, WorkItemStatus.Planned),
        };

        var unit = WorkItemProgress.ForUnit(2, items);

        Assert.Equal(50m, unit.Percent);
        Assert.Equal(3, unit.ItemCount);
        Assert.Equal(new ProgressBuckets(1, 1, 1), unit.Buckets);
    }

    [Fact]
    public void Cancelled_items_are_excluded_from_a_units_progress()
    {
        var items = new[]
        {
            Item(2, WorkItemStatus.Done),
            Item(2, WorkItemStatus.Cancelled, 0),
            Item(2, WorkItemStatus.Cancelled, 80),
        };

        var unit = WorkItemProgress.ForUnit(2, items);

        Assert.Equal(100m, unit.Percent);
        Assert.Equal(1, unit.ItemCount);
        Assert.Equal(new ProgressBuckets(1, 0, 0), unit.Buckets);
    }

    [Fact]
    public void Approved_items_count_as_not_started() =>
        Assert.Equal(new ProgressBuckets(0, 0, 2), WorkItemProgress.Buckets([Item(2, WorkItemStatus.Approved), Item(2, WorkItemStatus.Planned)]));

    [Fact]
    public void Percent_is_rounded_to_one_decimal()
    {
        var items = new[] { Item(2, WorkItemStatus.Done), Item(2, WorkItemStatus.Planned), Item(2, WorkItemStatus.Planned) };

        Assert.Equal(33.3m, WorkItemProgress.ForUnit(2, items).Percent);
    }

    [Fact]
    public void A_campaigns_progress_weighs_every_unit_the_same()
    {
        var items = new[]
        {
            Item(2, WorkItemStatus.Done),
            Item(3, WorkItemStatus.InProgress, 20),
            Item(3, WorkItemStatus.InProgress, 40),
            Item(3, WorkItemStatus.Planned),
            Item(3, WorkItemStatus.Cancelled, 90),
        };

        var campaign = WorkItemProgress.ForCampaign([2, 3], items);

        Assert.Equal(60m, campaign.Percent); // (100 + 20) / 2
        Assert.Equal(new ProgressBuckets(1, 2, 1), campaign.Buckets);
        Assert.Equal([100m, 20m], campaign.Units.Select(u => u.Percent));
    }

    [Fact]
    public void An_enrolled_unit_without_items_counts_zero_in_the_campaign()
    {
        var campaign = WorkItemProgress.ForCampaign([2, 5], [Item(2, WorkItemStatus.Done)]);

        Assert.Equal(50m, campaign.Percent);
        Assert.True(campaign.Units.Single(u => u.UnitId == 5).HasNoItems);
    }

    [Fact]
    public void A_unit_with_only_cancelled_items_counts_zero()
    {
        var unit = WorkItemProgress.ForUnit(2, [Item(2, WorkItemStatus.Cancelled, 100)]);

        Assert.Equal(0m, unit.Percent);
        Assert.True(unit.HasNoItems);
    }

    [Fact]
    public void Items_of_units_not_in_the_campaign_are_ignored() =>
        Assert.Equal(100m, WorkItemProgress.ForCampaign([2], [Item(2, WorkItemStatus.Done), Item(9, WorkItemStatus.Planned)]).Percent);

    [Fact]
    public void A_campaign_without_units_has_zero_progress() =>
        Assert.Equal(0m, WorkItemProgress.ForCampaign([], []).Percent);

    [Fact]
    public void Real_work_items_roll_up_through_their_snapshots()
    {
        var items = new[]
        {
            new WorkItemBuilder().In(WorkItemStatus.Done).Build(),
            new WorkItemBuilder().In(WorkItemStatus.InProgress, 30).Build(),
            new WorkItemBuilder().In(WorkItemStatus.Cancelled).Build(),
        };

        Assert.Equal(65m, WorkItemProgress.ForUnit(PlanFixtures.Street, items.Select(i => i.Snapshot)).Percent);
    }
}
