using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Plans;

public sealed record CampaignUnitRef(int CampaignId, string CampaignTitle, int UnitId, string UnitName);

/// <summary>Reads shared by the plan and work-item services.</summary>
internal static class PlanQueries
{
    /// <summary>The campaign and unit, refusing a unit the campaign does not enrol.</summary>
    public static async Task<CampaignUnitRef> CampaignUnitAsync(CampaignHubDbContext db, int campaignId, int unitId, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Id, c.Title }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var unit = await db.Set<Unit>().AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该单位");
        if (!await db.Set<CampaignUnit>().AnyAsync(c => c.CampaignId == campaignId && c.UnitId == unitId, cancellationToken))
        {
            throw new DomainException("该单位未参加此活动");
        }

        return new CampaignUnitRef(campaign.Id, campaign.Title, unit.Id, unit.Name);
    }

    /// <summary>The campaign a unit's plan page opens when none is named: the most recent one enrolling the unit.</summary>
    public static async Task<int> DefaultCampaignAsync(CampaignHubDbContext db, int unitId, CancellationToken cancellationToken)
    {
        var enrolled = db.Set<CampaignUnit>().Where(c => c.UnitId == unitId).Select(c => c.CampaignId);
        return await db.Set<Campaign>().Where(c => enrolled.Contains(c.Id)).OrderByDescending(c => c.StartDate).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("该单位未参加任何活动");
    }

    public static async Task<WorkItemLookups> LookupsAsync(CampaignHubDbContext db, int campaignId, int unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var phases = await db.Set<Phase>().AsNoTracking().Where(p => p.CampaignId == campaignId).OrderBy(p => p.Order)
            .Select(p => new PhaseOption(p.Id, p.Name)).ToListAsync(cancellationToken);
        var milestones = (await db.Set<Milestone>().AsNoTracking().Where(m => m.CampaignId == campaignId)
            .Select(m => new { m.Id, m.PhaseId, m.Title, m.DueDate }).ToListAsync(cancellationToken))
            .OrderBy(m => m.DueDate).Select(m => new MilestoneOption(m.Id, m.PhaseId, m.Title, m.DueDate)).ToList();
        var people = await db.Set<Person>().AsNoTracking().Where(p => p.UnitId == unitId).OrderBy(p => p.Role).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var leaders = people.Where(p => p.Role.IsLeader() && p.IsActiveOn(today)).Select(p => new LeaderOption(p.Id, p.Name, p.Title)).ToList();
        var period = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.StartDate, c.EndDate }).FirstOrDefaultAsync(cancellationToken);
        return new WorkItemLookups(phases, milestones, leaders, period is null ? null : new DateRange(period.StartDate, period.EndDate));
    }

    /// <summary>
    /// The campaign's range of frontline experience activities a plan must carry. The one seam for the campaign's
    /// own rules (campaign set-up): until a campaign stores its range, every campaign uses the domain default.
    /// </summary>
    public static async Task<ExperienceRange> ExperienceRangeAsync(CampaignHubDbContext db, int campaignId, CancellationToken cancellationToken)
    {
        var rules = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Rules).FirstOrDefaultAsync(cancellationToken);
        return rules is null ? ExperienceRange.Default : new ExperienceRange(rules.ExperienceActivitiesMin, rules.ExperienceActivitiesMax);
    }

    /// <summary>A unit's experience activities judged against its campaign's range (what submitting and approving check).</summary>
    public static async Task<ExperienceReport> ExperiencesAsync(CampaignHubDbContext db, int campaignId, int unitId, CancellationToken cancellationToken)
    {
        var items = await db.Set<WorkItem>().AsNoTracking().Where(i => i.CampaignId == campaignId && i.UnitId == unitId)
            .Select(i => new WorkItemSnapshot(i.Id, i.UnitId, i.Kind, i.Status, i.ProgressPercent, i.PlannedDate, i.ResponsiblePersonId, i.VisitTheme))
            .ToListAsync(cancellationToken);
        return FrontlineExperienceRule.Evaluate(items, await ExperienceRangeAsync(db, campaignId, cancellationToken));
    }

    public static async Task<PlanStatus?> PlanStatusAsync(CampaignHubDbContext db, int campaignId, int unitId, CancellationToken cancellationToken) =>
        await db.Set<ImplementationPlan>().Where(p => p.CampaignId == campaignId && p.UnitId == unitId).Select(p => (PlanStatus?)p.Status).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The item as the grid shows it; with a <paramref name="viewer"/> and the tree, the domain's answers for that viewer.</summary>
    public static WorkItemDto ToDto(WorkItem item, PlanStatus? planStatus, DateOnly today, UserNames names, Actor? viewer = null, UnitTree? tree = null) => new(
        item.Id,
        item.Version,
        item.UnitId,
        item.Title,
        item.Kind,
        item.PhaseId,
        item.MilestoneId,
        item.PlannedDate,
        item.ResponsiblePersonId,
        item.VisitTheme,
        item.Status,
        item.ProgressPercent,
        item.Notes,
        item.CancelReason,
        item.DaysOverdueOn(today),
        names.Of(item.UpdatedBy),
        item.Evidence.OrderBy(e => e.Id).Select(e => new EvidenceDto(e.Id, e.FileName, e.ContentType, e.SizeBytes, names.Of(e.UploadedBy), e.UploadedAt)).ToList())
    {
        Actions = viewer is null || tree is null ? new Dictionary<WorkItemAction, ActionAnswer>() : WorkItemDto.AnswersFor(item, viewer, tree, planStatus),
    };
}
