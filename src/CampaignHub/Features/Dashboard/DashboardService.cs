using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Features.Wall;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Dashboard;

/// <summary>What one person should act on, cut from the shared wall snapshot by their role and scope.</summary>
public sealed record DashboardDto(
    WallSnapshot Snapshot,
    bool IsCoordinator,
    bool IsSupervisor,
    bool IsOffice,
    IReadOnlyList<WallOverdueItem> Overdue,
    IReadOnlyList<WallDueItem> DueSoon,
    IReadOnlyList<WallAlert> Alerts,
    IReadOnlyList<WallFlag> Flags,
    IReadOnlyList<WallOrder> Orders,
    IReadOnlyList<WallUnitRow> LowSatisfaction)
{
    /// <summary>The overdue figure of the viewer's scope, per kind, from the same snapshot as the wall and the report.</summary>
    public OverdueCounts OverdueCounts => OverdueCounts.Of(Overdue);

    /// <summary>The sections this person has (<see cref="WorkbenchSections"/>): the page shows exactly these.</summary>
    public WorkbenchSection Sections => WorkbenchSections.For(IsCoordinator, IsSupervisor, IsOffice);

    public bool Shows(WorkbenchSection section) => (Sections & section) == section;

    /// <summary>Whose figures these are: a coordinator's tree, or the whole campaign.</summary>
    public string ScopeName => IsCoordinator ? "本单位及下属单位" : "全活动";

    /// <summary>Rooted-above opinions sent to a unit the person acts for, waiting for its claim.</summary>
    public IReadOnlyList<Opinions.WaitingOpinionDto> WaitingForClaim { get; init; } = [];

    /// <summary>Units whose concentrated education period the domain finds under three months.</summary>
    public IReadOnlyList<EducationPeriods.ShortEducationPeriod> ShortEducationPeriods { get; init; } = [];
}

public sealed class DashboardService(WallCache wall, Satisfaction.SatisfactionWallVisibility sealedRates, IDbContextFactory<CampaignHubDbContext> dbFactory, Opinions.OpinionService opinions, EducationPeriods.EducationPeriodService periods)
{
    public async Task<DashboardDto> GetAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        // Rates stay sealed for units here exactly as on the wall.
        var snapshot = await sealedRates.ForViewerAsync(await wall.GetAsync(campaignId, cancellationToken), actor, cancellationToken);
        var scope = await ScopeAsync(actor, cancellationToken);
        bool InScope(int unitId) => scope is null || scope.Contains(unitId);

        var lowSatisfaction = snapshot.Units
            .Where(u => InScope(u.UnitId) && u.Rate is { } rate && rate.NeedsAttention(snapshot.Threshold))
            .OrderBy(u => u.Rate!.Rate)
            .ToList();
        var waiting = await opinions.WaitingForClaimAsync(actor, campaignId, cancellationToken);
        return new DashboardDto(
            snapshot,
            actor.IsCoordinator,
            actor.IsSupervisor,
            WorkbenchSections.OverseesCampaign(actor),
            snapshot.Overdue.Where(o => InScope(o.UnitId)).ToList(),
            snapshot.DueSoon.Where(d => InScope(d.UnitId)).ToList(),
            snapshot.Alerts.Where(a => InScope(a.UnitId)).ToList(),
            snapshot.Flags.Where(f => InScope(f.UnitId)).ToList(),
            snapshot.Orders.Where(o => InScope(o.UnitId)).ToList(),
            lowSatisfaction)
        {
            WaitingForClaim = waiting,
            ShortEducationPeriods = WorkbenchSections.For(actor).HasFlag(WorkbenchSection.ShortEducationPeriods) ? await periods.ShortPeriodsAsync(actor, campaignId, cancellationToken) : [],
        };
    }

    /// <summary>A coordinator sees their unit and its sub-units; everyone else the whole campaign.</summary>
    private async Task<IReadOnlySet<int>?> ScopeAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsCoordinator || actor.IsOffice || actor.UnitId is not { } unitId)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        return tree.SubtreeOf(unitId).ToHashSet();
    }
}
