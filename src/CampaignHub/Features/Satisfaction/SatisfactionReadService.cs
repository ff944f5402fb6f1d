using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// The read model the wall uses: every unit's rate in the campaign's current survey (the open one, else the latest
/// closed one; re-surveys excluded) with sample sufficiency, the flagged units and the open and overdue orders.
/// Only for those who see every rate live (leadership, office, supervisors, the display account).
/// </summary>
public sealed class SatisfactionReadService(IDbContextFactory<CampaignHubDbContext> dbFactory, SupervisionService supervision)
{
    public async Task<CampaignSatisfactionSnapshot> GetAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        if (!SatisfactionSurvey.CanSeeAllRates(actor))
        {
            throw new AccessDeniedException(SatisfactionResultsService.SealedMessage);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var threshold = await LowSatisfactionMonitor.ThresholdAsync(db, campaignId, cancellationToken);
        var names = await SurveyAdminService.UnitNamesAsync(db, cancellationToken);
        var surveys = await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_targets")
            .Where(s => s.CampaignId == campaignId && s.Status != SurveyStatus.Draft && s.ResurveyOfId == null)
            .ToListAsync(cancellationToken);
        var current = surveys.Where(s => s.Status == SurveyStatus.Open).OrderByDescending(s => s.OpensAt).FirstOrDefault()
            ?? surveys.OrderByDescending(s => s.ClosesAt).FirstOrDefault();

        var flags = await db.Set<UnitFlag>().AsNoTracking().Where(f => f.CampaignId == campaignId && f.ClearedAt == null).ToListAsync(cancellationToken);
        var flaggedUnits = flags.Select(f => f.UnitId).ToHashSet();
        var supervisorView = new Actor(Actor.System.UserName, Actor.System.DisplayName, new HashSet<string> { Roles.Supervisor }, null);
        var overview = await supervision.OverviewAsync(supervisorView, campaignId, cancellationToken);

        List<UnitCurrentRateDto> units = [];
        RateDto? overall = null;
        if (current is not null)
        {
            var counts = await RateQueries.CountsAsync(db, [current.Id], cancellationToken: cancellationToken);
            units = current.TargetUnitIds
                .Select(id =>
                {
                    var rate = RateQueries.Rate(counts.Where(c => c.UnitId == id), current.MinimumSample);
                    return new UnitCurrentRateDto(id, names.GetValueOrDefault(id, "?"), RateDto.From(rate), LowSatisfaction.IsLow(rate, threshold), flaggedUnits.Contains(id));
                })
                .OrderBy(u => u.Rate.Rate ?? 2m).ThenBy(u => u.UnitId)
                .ToList();
            overall = RateDto.From(RateQueries.Rate(counts, current.MinimumSample));
        }

        return new CampaignSatisfactionSnapshot(
            campaignId,
            current?.Id,
            current?.Title,
            current?.Status,
            SatisfactionRate.Formula,
            threshold,
            overall,
            units,
            overview.FlaggedUnits,
            overview.OpenOrders,
            overview.OverdueOrders);
    }
}
