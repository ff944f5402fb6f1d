using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Features.Commitments;
using CampaignHub.Infrastructure.Paging;
using CampaignHub.Tests.Infrastructure;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.Commitments;

/// <summary>The ledger's grid asks for one page at a time: the database filters, counts, sorts and cuts.</summary>
public sealed class CommitmentLedgerPagingTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task A_ledger_page_holds_only_its_rows_and_the_total_of_the_filter()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var service = Service<CommitmentService>(factory);
        var annual = await service.RowsAsync(office, campaign.Id, null, CommitmentKind.Annual);
        Assert.True(annual.Count > 3, "the demo ledger has more annual commitments than one page of 2");

        var first = await service.PageAsync(office, campaign.Id, null, CommitmentKind.Annual, new PageRequest(0, 2));
        var second = await service.PageAsync(office, campaign.Id, null, CommitmentKind.Annual, new PageRequest(2, 2));

        Assert.Equal(annual.Count, first.Total);
        Assert.Equal(annual.Count, second.Total);
        Assert.Equal(2, first.Rows.Count);
        Assert.Equal(2, second.Rows.Count);
        Assert.All(first.Rows.Concat(second.Rows), r => Assert.Equal(CommitmentKind.Annual, r.Kind));
        Assert.Empty(first.Rows.Select(r => r.Id).Intersect(second.Rows.Select(r => r.Id)));
    }

    [Fact]
    public async Task A_ledger_page_filtered_to_a_unit_holds_that_units_subtree_only()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var service = Service<CommitmentService>(factory);
        var all = await service.RowsAsync(office, campaign.Id, dongshan);

        var page = await service.PageAsync(office, campaign.Id, dongshan, null, new PageRequest(0, 50));

        Assert.NotEmpty(all);
        Assert.Equal(all.Count, page.Total);
        Assert.Equal(all.Select(r => r.Id).Order(), page.Rows.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task A_ledger_page_is_sorted_by_the_column_asked_for_across_all_rows()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var service = Service<CommitmentService>(factory);
        var latest = (await service.RowsAsync(office, campaign.Id)).Max(r => r.Deadline);

        var page = await service.PageAsync(office, campaign.Id, null, null, new PageRequest(0, 3, nameof(CommitmentRowDto.Deadline), Descending: true));

        Assert.Equal(latest, page.Rows[0].Deadline);
        Assert.Equal(page.Rows.Select(r => r.Deadline).OrderDescending(), page.Rows.Select(r => r.Deadline));
    }

    [Fact]
    public async Task The_ledger_heading_counts_each_units_filings_without_the_rows()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var service = Service<CommitmentService>(factory);
        var rows = await service.RowsAsync(office, campaign.Id);

        var ledger = await service.LedgerAsync(office, campaign.Id);

        Assert.All(ledger.Filings.Where(f => f.Count > 0), f => Assert.Equal(rows.Count(r => r.UnitId == f.UnitId), f.Count));
    }
}

/// <summary>The page names only the first units that missed the ledger's date; the export names every unit.</summary>
public sealed class LedgerFilingExportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_ledger_export_lists_every_enrolled_units_filing_against_the_due_date()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var office = await Accounts.ActorAsync(factory, "office");
        var service = Service<CommitmentService>(factory);
        var before = await service.LedgerAsync(office, campaign.Id, null);
        await service.SetDueDateAsync(office, campaign.Id, new DateOnly(2014, 4, 1), before.LedgerVersion);
        var ledger = await service.LedgerAsync(office, campaign.Id, null);

        var export = await XlsxDownload.GetAsync(await Accounts.SignedInClientAsync(factory, "office"), $"/api/commitments/export?campaignId={campaign.Id}");

        var (name, rows) = export.Sheets().Single(s => s.Name == "报送情况");
        Assert.Contains($"已按时报送 {ledger.Filings.Count - ledger.NotFiled.Count} / {ledger.Filings.Count} 个单位", rows[0][0]);
        Assert.Equal("报送情况", name);
        Assert.Equal(["单位", "承诺事项数", "首次报送日期", "报送情况"], rows[1]);
        Assert.Equal(
            ledger.Filings.Select(f => $"{f.UnitName}|{f.State.ToChinese()}").Order(),
            rows.Skip(2).Select(r => $"{r[0]}|{r[^1]}").Order());
    }
}
