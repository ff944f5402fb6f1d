using CampaignHub.Domain.Rectification;
using CampaignHub.Features.Rectification;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Rectification;

public sealed class RectificationPeopleTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    [Fact]
    public async Task The_verifier_and_evidence_uploader_are_named_by_display_name_never_by_login_name()
    {
        await using var db = await DemoLookup.DbAsync(factory);
        var stalls = await db.Set<RectificationItem>().AsNoTracking().SingleAsync(r => r.Title == "农贸市场周边占道经营、交通拥堵");
        using var scope = factory.Services.CreateScope();
        var items = scope.ServiceProvider.GetRequiredService<RectificationService>();

        var detail = await items.GetAsync(await Accounts.ActorAsync(factory, "office"), stalls.Id);

        Assert.Equal("韩立群", detail.VerifiedBy); // the demo supervisor account's person
        var evidence = Assert.Single(detail.Evidence);
        Assert.Equal("高明", evidence.UploadedBy); // the demo office account's person
    }
}
