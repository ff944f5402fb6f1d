using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Rectification;
using CampaignHub.Infrastructure.Paging;
using CampaignHub.Tests.Infrastructure;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Rectification;

/// <summary>The rectification list's grid asks for one page at a time: the database filters, counts, sorts and cuts.</summary>
public sealed class RectificationPagingTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task A_list_page_holds_only_its_rows_in_the_lists_order_and_the_total_of_the_filter()
    {
        var service = Service<RectificationService>(factory);
        var all = await service.ListAsync(1, new RectificationFilter());
        Assert.True(all.Count > 4, "the demo list has more items than two pages of 2");

        var second = await service.PageAsync(1, new RectificationFilter(), new PageRequest(2, 2));

        Assert.Equal(all.Count, second.Total);
        Assert.Equal(all.Skip(2).Take(2).Select(r => r.Id), second.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task The_overdue_filter_is_the_domains_overdue_rule_and_the_stats_count_the_same_items()
    {
        var service = Service<RectificationService>(factory);
        var everything = await service.ListAsync(1, new RectificationFilter());
        var overdue = everything.Where(r => r.DaysOverdue > 0).Select(r => r.Id).Order().ToList();

        var page = await service.PageAsync(1, new RectificationFilter(OverdueOnly: true), new PageRequest(0, 100));
        var stats = await service.StatsAsync(1);

        Assert.NotEmpty(overdue);
        Assert.Equal(overdue.Count, page.Total);
        Assert.Equal(overdue, page.Rows.Select(r => r.Id).Order());
        Assert.Equal(overdue.Count, stats.Overdue);
        Assert.Equal(everything.Count, stats.Total);
        Assert.Equal(everything.Count(r => r.Status == RectificationStatus.InProgress), stats.InProgress);
        Assert.Equal(everything.Count(r => r.IsQuickFix), stats.QuickFixes);
    }

    [Fact]
    public async Task A_list_page_filtered_by_unit_and_status_is_sorted_by_the_column_asked_for()
    {
        var service = Service<RectificationService>(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var filter = new RectificationFilter(dongshan);
        var all = await service.ListAsync(1, filter);

        var page = await service.PageAsync(1, filter, new PageRequest(0, 100, nameof(RectificationRowDto.ProgressPercent), Descending: true));

        Assert.NotEmpty(all);
        Assert.Equal(all.Count, page.Total);
        Assert.Equal(all.Select(r => r.Id).Order(), page.Rows.Select(r => r.Id).Order());
        Assert.Equal(page.Rows.Select(r => r.ProgressPercent).OrderDescending(), page.Rows.Select(r => r.ProgressPercent));
    }
}
