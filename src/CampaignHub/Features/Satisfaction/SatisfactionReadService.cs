using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using CampaignHub.Features.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// The campaign's satisfaction read model: every unit's headline figure (<see cref="HeadlineSatisfaction"/>, the same
/// rule as the wall; re-surveys excluded), the district figure, the current survey's overall result, the flagged
/// units and the open and overdue orders.
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

        // Every unit's headline figure by the one rule, from every started survey that evaluated it.
        var counts = await RateQueries.CountsAsync(db, surveys.Select(s => s.Id).ToList(), cancellationToken: cancellationToken);
        var byPair = counts.ToLookup(c => (c.SurveyId, c.UnitId));
        var headlines = surveys.SelectMany(s => s.TargetUnitIds).Distinct()
            .Select(id => HeadlineSatisfaction.ForUnit(id, surveys.Where(s => s.Targets(id))
                .Select(s => new SurveyUnitResult(s.Id, s.OpensAt, s.Status == SurveyStatus.Open, RateQueries.Rate(byPair[(s.Id, id)], s.MinimumSample)))))
            .ToList();
        var units = headlines
            .Select(h =>
            {
                var rate = h.Result ?? RateQueries.Rate(byPair[(current!.Id, h.UnitId)], current.MinimumSample);
                return new UnitCurrentRateDto(h.UnitId, names.GetValueOrDefault(h.UnitId, "?"), RateDto.From(rate), LowSatisfaction.IsLow(h.Rate, threshold), flaggedUnits.Contains(h.UnitId))
                {
                    Label = h.Label,
                    FromSurveyId = h.SurveyId,
                };
            })
            .OrderBy(u => u.Rate.Rate ?? 2m).ThenBy(u => u.UnitId)
            .ToList();
        var overall = current is null ? null : RateDto.From(RateQueries.Rate(byPair.Where(g => g.Key.SurveyId == current.Id).SelectMany(g => g), current.MinimumSample));
        var district = HeadlineSatisfaction.District(headlines);

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
            overview.OverdueOrders)
        {
            HeadlineRate = district.Rate,
            HeadlineRespondents = district.Respondents,
        };
    }
}
