using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Campaigns;

/// <summary>A unit records that it met a milestone (or corrects that record).</summary>
public sealed class MilestoneService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    /// <param name="expectedVersion">The completion's version the editor saw; null when they saw none.</param>
    public async Task<MilestoneCellDto> MarkMetAsync(Actor actor, int milestoneId, int unitId, DateOnly metOn, string? note, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        UnitAccess.EnsureCanEdit(actor, unitId, tree);

        var milestone = await db.Set<Milestone>().FirstOrDefaultAsync(m => m.Id == milestoneId, cancellationToken)
            ?? throw new NotFoundException("找不到该时间节点");
        var enrolled = await db.Set<CampaignUnit>().AnyAsync(u => u.CampaignId == milestone.CampaignId && u.UnitId == unitId, cancellationToken);
        if (!enrolled)
        {
            throw new DomainException("该单位未参加此活动");
        }

        var completion = await db.Set<MilestoneCompletion>().FirstOrDefaultAsync(c => c.MilestoneId == milestoneId && c.UnitId == unitId, cancellationToken);
        if (completion is null)
        {
            if (expectedVersion is not null)
            {
                throw new ConcurrencyConflictException(CampaignService.Cell(milestone, unitId, null, clock.Today));
            }

            completion = MilestoneCompletion.Record(milestone, unitId, metOn, note, actor, clock);
            db.Add(completion);
        }
        else
        {
            completion.EnsureVersion(expectedVersion ?? -1, () => CampaignService.Cell(milestone, unitId, completion, clock.Today));
            completion.Correct(milestone, metOn, note, actor, clock);
        }

        await db.SaveOrConflictAsync(async () => await CurrentCellAsync(milestone, unitId, cancellationToken), cancellationToken);

        return CampaignService.Cell(milestone, unitId, completion, clock.Today);
    }

    private async Task<object?> CurrentCellAsync(Milestone milestone, int unitId, CancellationToken cancellationToken)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await fresh.Set<MilestoneCompletion>().AsNoTracking().FirstOrDefaultAsync(c => c.MilestoneId == milestone.Id && c.UnitId == unitId, cancellationToken);
        return CampaignService.Cell(milestone, unitId, current, clock.Today);
    }
}
