using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Campaigns;

/// <summary>
/// Sets campaigns up: from scratch or from a template, edits a running one (refusing changes that would strand
/// existing records), closes and archives it, and copies last year's. The office and admin only.
/// </summary>
public sealed class CampaignSetupService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public static IReadOnlyList<CampaignTemplateDto> Templates() =>
        CampaignTemplate.All.Select(t => new CampaignTemplateDto(t.Key, t.Name, t.Source, t.SourceYear, t.Highlights, t.Survey)).ToList();

    /// <summary>The template laid out in a year, for review in the form before saving.</summary>
    public static CampaignDraft DraftFromTemplate(string templateKey, int year, IReadOnlyList<int>? unitIds = null) =>
        CampaignTemplate.Find(templateKey ?? string.Empty).Draft(year, unitIds);

    public static bool MaySetUp(Actor actor) => actor.IsOffice;

    public async Task<CampaignSummaryDto> CreateAsync(Actor actor, CampaignDraft draft, CancellationToken cancellationToken = default)
    {
        EnsureMaySetUp(actor);
        CampaignSetupRules.Ensure(draft);
        draft = draft.Normalised();
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await EnsureUnitsExistAsync(db, draft, cancellationToken);
        var campaign = Campaign.Create(draft);
        db.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return Summary(campaign);
    }

    public async Task<CampaignSummaryDto> CreateFromTemplateAsync(Actor actor, string templateKey, CreateFromTemplateRequest input, CancellationToken cancellationToken = default)
    {
        EnsureMaySetUp(actor);
        return await CreateAsync(actor, DraftFromTemplate(templateKey, input.Year, input.UnitIds), cancellationToken);
    }

    public async Task<CampaignSetupDto> GetAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        EnsureMaySetUp(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await LoadAsync(db, campaignId, cancellationToken);
        return new CampaignSetupDto(campaign.Id, campaign.Version, campaign.Status, campaign.ArchivedOn, campaign.ToDraft()) { Edit = campaign.WhyCannotEdit() };
    }

    /// <summary>Applies the edited set-up. Refused (with the reason) if it would strand records, or if someone saved first.</summary>
    public async Task<CampaignSetupDto> ReviseAsync(Actor actor, int campaignId, CampaignDraft draft, int expectedVersion, CancellationToken cancellationToken = default)
    {
        EnsureMaySetUp(actor);
        CampaignSetupRules.Ensure(draft);
        draft = draft.Normalised();
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var campaign = await LoadAsync(db, campaignId, cancellationToken, tracking: true);
        campaign.EnsureVersion(expectedVersion, () => null);
        await EnsureUnitsExistAsync(db, draft, cancellationToken);
        campaign.Revise(draft, await RecordsAsync(db, campaign, cancellationToken));

        // Children changing alone would not touch the campaign row: mark it so its version moves and a stale editor is refused.
        db.Entry(campaign).State = EntityState.Modified;
        await db.SaveOrConflictAsync(() => Task.FromResult<object?>(null), cancellationToken);
        return new CampaignSetupDto(campaign.Id, campaign.Version, campaign.Status, campaign.ArchivedOn, campaign.ToDraft()) { Edit = campaign.WhyCannotEdit() };
    }

    public async Task<CampaignSummaryDto> ArchiveAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        EnsureMaySetUp(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var campaign = await LoadAsync(db, campaignId, cancellationToken, tracking: true);
        campaign.Archive(clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return Summary(campaign);
    }

    /// <summary>Copies a campaign into a later year: dates shifted, the same units, phases, milestones and rules; no records.</summary>
    public async Task<CampaignSummaryDto> CopyAsync(Actor actor, int campaignId, int years = 1, CancellationToken cancellationToken = default)
    {
        EnsureMaySetUp(actor);
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var source = await LoadAsync(db, campaignId, cancellationToken);
        var copy = source.CopyShiftedBy(years);
        db.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return Summary(copy);
    }

    /// <summary>What other records hang off the campaign, so the edit can refuse to strand them.</summary>
    internal static async Task<CampaignRecords> RecordsAsync(CampaignHubDbContext db, Campaign campaign, CancellationToken cancellationToken)
    {
        var id = campaign.Id;
        var milestoneIds = campaign.Milestones.Select(m => m.Id).ToList();
        var completions = await db.Set<MilestoneCompletion>().AsNoTracking().Where(c => milestoneIds.Contains(c.MilestoneId))
            .Select(c => new { c.MilestoneId, c.UnitId, c.MetOn }).ToListAsync(cancellationToken);
        var workItems = await db.Set<WorkItem>().AsNoTracking().Where(w => w.CampaignId == id)
            .Select(w => new { w.UnitId, w.PhaseId, w.PlannedDate }).ToListAsync(cancellationToken);

        var units = new HashSet<int>(workItems.Select(w => w.UnitId));
        units.UnionWith(await db.Set<ImplementationPlan>().Where(p => p.CampaignId == id).Select(p => p.UnitId).ToListAsync(cancellationToken));
        units.UnionWith(await db.Set<RectificationItem>().Where(r => r.CampaignId == id).Select(r => r.UnitId).ToListAsync(cancellationToken));
        units.UnionWith(await db.Set<Commitment>().Where(c => c.CampaignId == id).Select(c => c.ResponsibleUnitId).ToListAsync(cancellationToken));
        units.UnionWith(await db.Set<Opinion>().Where(o => o.CampaignId == id && o.ClaimedByUnitId != null).Select(o => o.ClaimedByUnitId!.Value).ToListAsync(cancellationToken));
        units.UnionWith(await db.Set<UnitFlag>().Where(f => f.CampaignId == id).Select(f => f.UnitId).ToListAsync(cancellationToken));
        units.UnionWith(await db.Set<RectificationOrder>().Where(o => o.CampaignId == id).Select(o => o.UnitId).ToListAsync(cancellationToken));

        var dates = completions.Select(c => c.MetOn).Concat(workItems.Select(w => w.PlannedDate)).Where(campaign.Period.Contains).ToList();
        return new CampaignRecords(
            completions.GroupBy(c => c.MilestoneId).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(c => c.UnitId).ToHashSet()),
            units,
            workItems.Where(w => w.PhaseId is not null).Select(w => w.PhaseId!.Value).ToHashSet(),
            dates.Count == 0 ? null : new DateRange(dates.Min(), dates.Max()));
    }

    private static void EnsureMaySetUp(Actor actor)
    {
        if (!MaySetUp(actor))
        {
            throw new AccessDeniedException("只有活动办或管理员可以设置活动");
        }
    }

    private static async Task<Campaign> LoadAsync(CampaignHubDbContext db, int campaignId, CancellationToken cancellationToken, bool tracking = false)
    {
        var query = db.Set<Campaign>().Include("_phases").Include("_milestones").Include("_units").AsSplitQuery();
        return await (tracking ? query : query.AsNoTrackingWithIdentityResolution()).FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
    }

    private static async Task EnsureUnitsExistAsync(CampaignHubDbContext db, CampaignDraft draft, CancellationToken cancellationToken)
    {
        var ids = draft.UnitIds.Distinct().ToList();
        var found = await db.Set<Unit>().Where(u => ids.Contains(u.Id)).CountAsync(cancellationToken);
        if (found != ids.Count)
        {
            throw new DomainException("所选参加单位有的不存在，请刷新后重新选择");
        }
    }

    private static CampaignSummaryDto Summary(Campaign c) =>
        new(c.Id, c.Title, c.DocumentNumber, c.IssuingBody, c.IssuedOn, c.StartDate, c.EndDate, c.Units.Count, c.Status);
}
