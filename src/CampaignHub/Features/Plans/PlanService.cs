using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Plans;

/// <summary>A unit's implementation plan: drafting, submitting, the office's decision, and versions.</summary>
public sealed class PlanService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<int> DefaultCampaignAsync(int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PlanQueries.DefaultCampaignAsync(db, unitId, cancellationToken);
    }

    public async Task<PlanDto> GetAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reference = await PlanQueries.CampaignUnitAsync(db, campaignId, unitId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var plan = await db.Set<ImplementationPlan>().AsNoTracking().Include("_versions")
            .FirstOrDefaultAsync(p => p.CampaignId == campaignId && p.UnitId == unitId, cancellationToken);
        return ToDto(reference, plan, actor, tree, await UserNames.LoadAsync(db, cancellationToken), await PlanQueries.ExperiencesAsync(db, campaignId, unitId, cancellationToken));
    }

    /// <summary>Saves the working texts (creating the draft on first save).</summary>
    /// <param name="expectedVersion">The plan version the editor saw; null when they saw no plan.</param>
    public async Task<PlanDto> SaveDraftAsync(Actor actor, int campaignId, int unitId, PlanText text, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        var dto = await WriteAsync(actor, campaignId, unitId, expectedVersion, (plan, tree, _) => plan.Revise(text, actor, tree, clock), text, cancellationToken);
        return dto;
    }

    /// <summary>Saves the texts and submits them to the office as a new version, in one step.</summary>
    public async Task<PlanDto> SubmitAsync(Actor actor, int campaignId, int unitId, PlanText text, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        var dto = await WriteAsync(actor, campaignId, unitId, expectedVersion, (plan, tree, experiences) =>
        {
            plan.Revise(text, actor, tree, clock);
            plan.Submit(actor, tree, clock, experiences);
        }, text, cancellationToken);
        return dto;
    }

    /// <summary>The office approves. A coordinator never may, whatever unit the plan belongs to.</summary>
    public async Task<PlanDto> ApproveAsync(Actor actor, int planId, int expectedVersion, string? comment, CancellationToken cancellationToken = default)
    {
        var dto = await DecideAsync(actor, planId, expectedVersion, (plan, experiences) => plan.Approve(comment, actor, clock, experiences), cancellationToken);
        return dto;
    }

    /// <summary>The office returns the plan with a required reason, shown to the unit.</summary>
    public async Task<PlanDto> ReturnAsync(Actor actor, int planId, int expectedVersion, string reason, CancellationToken cancellationToken = default)
    {
        var dto = await DecideAsync(actor, planId, expectedVersion, (plan, _) => plan.Return(reason, actor, clock), cancellationToken);
        return dto;
    }

    private async Task<PlanDto> WriteAsync(Actor actor, int campaignId, int unitId, int? expectedVersion, Action<ImplementationPlan, UnitTree, ExperienceReport> change, PlanText text, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var reference = await PlanQueries.CampaignUnitAsync(db, campaignId, unitId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        UnitAccess.EnsureCanEdit(actor, unitId, tree);
        var names = await UserNames.LoadAsync(db, cancellationToken);
        var experiences = await PlanQueries.ExperiencesAsync(db, campaignId, unitId, cancellationToken);
        var plan = await db.Set<ImplementationPlan>().Include("_versions")
            .FirstOrDefaultAsync(p => p.CampaignId == campaignId && p.UnitId == unitId, cancellationToken);
        if (plan is null)
        {
            if (expectedVersion is not null)
            {
                throw new ConcurrencyConflictException(ToDto(reference, null, actor, tree, names, experiences));
            }

            plan = ImplementationPlan.Draft(campaignId, unitId, text, actor, tree, clock);
            db.Add(plan);
        }
        else
        {
            plan.EnsureVersion(expectedVersion ?? -1, () => ToDto(reference, plan, actor, tree, names, experiences));
        }

        change(plan, tree, experiences);
        await SaveAsync(db, () => CurrentAsync(actor, campaignId, unitId, cancellationToken), cancellationToken);
        return ToDto(reference, plan, actor, tree, names, experiences);
    }

    private async Task<PlanDto> DecideAsync(Actor actor, int planId, int expectedVersion, Action<ImplementationPlan, ExperienceReport> decide, CancellationToken cancellationToken)
    {
        // Refused before anything is read: whether the plan exists is none of a non-reviewer's business.
        ImplementationPlan.WhoReviews(actor).Ensure();
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var plan = await db.Set<ImplementationPlan>().Include("_versions").FirstOrDefaultAsync(p => p.Id == planId, cancellationToken)
            ?? throw new NotFoundException("找不到该实施方案");
        var reference = await PlanQueries.CampaignUnitAsync(db, plan.CampaignId, plan.UnitId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var names = await UserNames.LoadAsync(db, cancellationToken);
        var experiences = await PlanQueries.ExperiencesAsync(db, plan.CampaignId, plan.UnitId, cancellationToken);
        plan.EnsureVersion(expectedVersion, () => ToDto(reference, plan, actor, tree, names, experiences));
        decide(plan, experiences);
        await SaveAsync(db, () => CurrentAsync(actor, plan.CampaignId, plan.UnitId, cancellationToken), cancellationToken);
        return ToDto(reference, plan, actor, tree, names, experiences);
    }

    private static async Task SaveAsync(CampaignHubDbContext db, Func<Task<PlanDto>> current, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveOrConflictAsync(async () => await current(), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first saves of the same unit's plan at once: the unique index refuses the second.
            throw new ConcurrencyConflictException(await current());
        }
    }

    private async Task<PlanDto> CurrentAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken) =>
        await GetAsync(actor, campaignId, unitId, cancellationToken);


    internal static PlanDto ToDto(CampaignUnitRef reference, ImplementationPlan? plan, Actor actor, UnitTree tree, UserNames names, ExperienceReport experiences) => new(
        plan?.Id,
        reference.CampaignId,
        reference.CampaignTitle,
        reference.UnitId,
        reference.UnitName,
        plan?.Status,
        plan?.Text ?? PlanText.Empty,
        plan?.Version,
        plan?.ReturnReason,
        plan is null ? null : names.Of(plan.UpdatedBy),
        plan?.UpdatedAt,
        plan?.Versions.Select(v => new PlanVersionDto(v.Number, v.Text, v.SubmittedByName, v.SubmittedAt, v.Decision, v.DecisionComment, v.DecidedByName, v.DecidedAt)).ToList() ?? [],
        experiences,
        PlanDto.AnswersFor(actor, reference.UnitId, plan?.Status, tree, experiences));
}
