using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Tests.Builders;

namespace CampaignHub.Domain.Tests.Rectification;

/// <summary>The overdue filter a database runs is the same rule as an item's days overdue.</summary>
public sealed class RectificationOverdueQueryTests
{
    public static TheoryData<string> Items => ["no deadline", "open", "started", "completed"];

    private static RectificationItem Item(string name) => name switch
    {
        "no deadline" => ItemBuilder.Bare(),
        "open" => ItemBuilder.WithFourHaves(),
        "started" => ItemBuilder.Started(),
        _ => ItemBuilder.Completed(),
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void Overdue_query_agrees_with_days_overdue_before_on_and_after_the_deadline(string name)
    {
        var item = Item(name);
        foreach (var today in new[] { ItemBuilder.Deadline.AddDays(-1), ItemBuilder.Deadline, ItemBuilder.Deadline.AddDays(1), ItemBuilder.Deadline.AddDays(30) })
        {
            Assert.Equal(item.DaysOverdue(today) > 0, RectificationItem.OverdueOn(today).Compile()(item));
        }
    }

    [Fact]
    public void A_started_item_past_its_deadline_is_overdue_by_the_query()
    {
        Assert.True(RectificationItem.OverdueOn(ItemBuilder.Deadline.AddDays(1)).Compile()(ItemBuilder.Started()));
    }
}
