using CampaignHub.Domain.Opinions;
using CampaignHub.Features.Opinions;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Rectification;

public sealed class OpinionExportTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private const int ReceiptColumn = 1;
    private const int NameColumn = 6;
    private const int PhoneColumn = 7;

    private async Task<IReadOnlyList<OpinionRowDto>> ListAsync(string account, OpinionFilter filter)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OpinionService>().ListAsync(await Accounts.ActorAsync(factory, account), 1, filter);
    }

    private async Task<XlsxDownload> ExportAsync(string account, string query) =>
        await XlsxDownload.GetAsync(await Accounts.SignedInClientAsync(factory, account), "/api/opinions/export?campaignId=1" + query);

    /// <summary>The export holds exactly the rows the service lists for this account and filter, in order, masked alike.</summary>
    private async Task AssertExportEqualsListAsync(string account, string query, OpinionFilter filter, int all)
    {
        var sheet = (await ExportAsync(account, query)).Read("序号");
        var expected = await ListAsync(account, filter);

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all, $"the filter {query} should leave some opinions out");
        Assert.Equal(expected.Select(r => r.ReceiptNumber), sheet.Rows.Select(r => r[ReceiptColumn]));
        Assert.Equal(expected.Select(r => r.RaisedByName ?? string.Empty), sheet.Rows.Select(r => r[NameColumn]));
        Assert.Equal(expected.Select(r => r.RaisedByPhone ?? string.Empty), sheet.Rows.Select(r => r[PhoneColumn]));
    }

    [Fact]
    public async Task The_export_applies_each_filter_of_the_page_and_returns_exactly_the_rows_the_service_lists()
    {
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var all = (await ListAsync("office", new OpinionFilter())).Count;

        await AssertExportEqualsListAsync("office", "&status=Claimed", new OpinionFilter(Status: OpinionStatus.Claimed), all);
        await AssertExportEqualsListAsync("office", "&source=Visit", new OpinionFilter(Source: OpinionSource.Visit), all);
        await AssertExportEqualsListAsync("supervisor", "&category=Healthcare&publicOnly=true", new OpinionFilter(Category: OpinionCategory.Healthcare, PublicOnly: true), all);
        await AssertExportEqualsListAsync("office", "&rootedAboveOnly=true", new OpinionFilter(RootedAboveOnly: true), all);
        await AssertExportEqualsListAsync("leader", "&text=" + Uri.EscapeDataString("挂号"), new OpinionFilter(Text: "挂号"), all);
        // A coordinator's filtered export: their unit with its sub-units, names and phones masked as on screen.
        await AssertExportEqualsListAsync("unit", $"&unitId={dongshan}&status=New", new OpinionFilter(UnitId: dongshan, Status: OpinionStatus.New), all);
        await AssertExportEqualsListAsync("unit", $"&unitId={dongshan}", new OpinionFilter(UnitId: dongshan), all);
    }

    [Fact]
    public async Task The_unfiltered_export_still_returns_every_opinion_of_the_campaign()
    {
        var sheet = (await ExportAsync("office", string.Empty)).Read("序号");

        var expected = await ListAsync("office", new OpinionFilter());
        await using var db = await DemoLookup.DbAsync(factory);
        Assert.Equal(await db.Set<Opinion>().CountAsync(o => o.CampaignId == 1), sheet.Rows.Count);
        Assert.Equal(expected.Select(r => r.ReceiptNumber), sheet.Rows.Select(r => r[ReceiptColumn]));
    }

    [Fact]
    public async Task The_opinions_page_offers_the_export_as_导出Excel()
    {
        var page = await (await Accounts.SignedInClientAsync(factory, "unit")).GetStringAsync("/opinions");

        Assert.Contains("data-testid=\"op-export\"", page);
        Assert.Contains("导出Excel", page);
    }
}
