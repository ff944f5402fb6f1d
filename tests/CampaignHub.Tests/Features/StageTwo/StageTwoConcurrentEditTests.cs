using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Units;
using CampaignHub.Features.StageTwo;
using CampaignHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CampaignHub.Tests.Features.Satisfaction.SatisfactionTestData;

namespace CampaignHub.Tests.Features.StageTwo;

/// <summary>Two people editing one material: the later save, based on what it saw, never replaces newer text.</summary>
public sealed class StageTwoConcurrentEditTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private static readonly MaterialText Draft = new("文山会海：一周开会九次", "三公经费下降15%，无超标用车", null, null);

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_and_the_newer_text_is_kept()
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var dongshan = await DemoLookup.UnitIdAsync(factory, "东山街道");
        var coordinator = await Accounts.ActorAsync(factory, "unit");
        int principal;
        await using (var db = await DemoLookup.DbAsync(factory))
        {
            principal = await db.Set<Person>().Where(p => p.UnitId == dongshan && p.Role == PersonRole.MainLeader).Select(p => p.Id).FirstAsync();
        }

        var service = Service<StageTwoService>(factory);
        var id = await service.StartMaterialAsync(coordinator, campaign.Id, dongshan, new StartMaterialInput(MaterialKind.Team, principal, Draft));
        var seen = await VersionAsync(id);
        await service.SaveMaterialAsync(coordinator, id, new MaterialTextInput(seen, Draft with { RootsAnalysis = "先保存的根源剖析" }));

        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => service.SaveMaterialAsync(coordinator, id, new MaterialTextInput(seen, Draft with { RootsAnalysis = "后保存但基于旧版本" })));

        Assert.Equal(ConcurrencyConflictException.DefaultMessage, stale.Message);
        await using var check = await DemoLookup.DbAsync(factory);
        Assert.Equal("先保存的根源剖析", (await check.Set<SelfExaminationMaterial>().SingleAsync(m => m.Id == id)).Text.RootsAnalysis);
    }

    private async Task<int> VersionAsync(int materialId)
    {
        await using var db = await DemoLookup.DbAsync(factory);
        return await db.Set<SelfExaminationMaterial>().Where(m => m.Id == materialId).Select(m => m.Version).SingleAsync();
    }
}
