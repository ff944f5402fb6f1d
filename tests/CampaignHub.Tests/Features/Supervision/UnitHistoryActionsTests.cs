using CampaignHub.Features.Supervision;
using CampaignHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignHub.Tests.Features.Supervision;

/// <summary>A unit's supervision history lists its supervision actions, for exactly those who may read them.</summary>
public sealed class UnitHistoryActionsTests(CampaignHubFactory factory) : IClassFixture<CampaignHubFactory>
{
    private async Task<IReadOnlyList<SupervisionActionDto>?> ActionsOfAsync(string userName, string unitName)
    {
        var campaign = await DemoLookup.CampaignAsync(factory);
        var unitId = await DemoLookup.UnitIdAsync(factory, unitName);
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SupervisionActionService>()
            .ForUnitAsync(await Accounts.ActorAsync(factory, userName), campaign.Id, unitId);
    }

    [Fact]
    public async Task A_units_history_lists_its_actions_newest_first_for_the_office_its_group_and_its_own_coordinator()
    {
        foreach (var reader in new[] { "office", "supervisor", "unit", "leader" })
        {
            var actions = await ActionsOfAsync(reader, "东山街道");

            Assert.NotNull(actions);
            Assert.NotEmpty(actions);
            Assert.All(actions, a => Assert.Equal("东山街道", a.UnitName));
            Assert.Equal(actions.OrderByDescending(a => a.Date).Select(a => a.Id), actions.Select(a => a.Id));
        }
    }

    [Fact]
    public async Task A_coordinator_outside_the_units_tree_is_told_it_may_not_read_its_actions()
    {
        Assert.Null(await ActionsOfAsync("renshe", "东山街道")); // 区人社局's coordinator
        Assert.NotNull(await ActionsOfAsync("renshe", "区人力资源和社会保障局"));
    }
}
