using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// The follow-up rules that run inside a save: after answers arrive, units below the campaign threshold on enough
/// samples are flagged automatically (<see cref="LowSatisfaction"/>); after a re-survey closes, the orders waiting
/// for it are settled (closed at or above the threshold, sent back below it).
/// </summary>
public sealed class LowSatisfactionMonitor(IClock clock)
{
    /// <summary>
    /// Adds automatic flags to <paramref name="db"/> (not saved) for the survey's low units; returns them. Only from a
    /// result the units may see: none while the survey is sealed for them (<see cref="LowSatisfaction.UnitsToFlag(SatisfactionSurvey, DateTimeOffset, IReadOnlyDictionary{int, RateResult}, decimal, IEnumerable{int}?)"/>),
    /// so closing the survey flags. <paramref name="at"/> dates them (the demo seed's past).
    /// </summary>
    public async Task<IReadOnlyList<UnitFlag>> FlagLowUnitsAsync(CampaignHubDbContext db, SatisfactionSurvey survey, CancellationToken cancellationToken = default, IClock? at = null)
    {
        var now = (at ?? clock).UtcNow;
        if (!survey.UnitsMaySeeResults(now))
        {
            return [];
        }

        var threshold = await ThresholdAsync(db, survey.CampaignId, cancellationToken);
        var counts = await RateQueries.CountsAsync(db, [survey.Id], cancellationToken: cancellationToken);
        var byUnit = RateQueries.ByUnit(counts, survey.MinimumSample);
        var alreadyFlagged = await db.Set<UnitFlag>()
            .Where(f => f.CampaignId == survey.CampaignId && f.Kind == UnitFlagKind.Automatic && f.ClearedAt == null)
            .Select(f => f.UnitId)
            .ToListAsync(cancellationToken);
        var raised = LowSatisfaction.UnitsToFlag(survey, now, byUnit, threshold, alreadyFlagged)
            .Select(low => UnitFlag.RaiseAutomatic(survey.CampaignId, low.UnitId, survey.Id, low.Rate, threshold, at ?? clock))
            .ToList();
        db.AddRange(raised);
        return raised;
    }

    /// <summary>
    /// For a closed survey: records the re-survey result on every order waiting for it. A unit with too few answers
    /// decides nothing (the order stays 待复测 and the office can arrange another re-survey). Returns the orders changed.
    /// </summary>
    public async Task<IReadOnlyList<RectificationOrder>> SettleResurveyOrdersAsync(CampaignHubDbContext db, SatisfactionSurvey survey, CancellationToken cancellationToken = default)
    {
        if (survey.Status != SurveyStatus.Closed)
        {
            return [];
        }

        var orders = await db.Set<RectificationOrder>().Include("_steps").Include("_itemLinks").AsSplitQuery()
            .Where(o => o.ResurveyId == survey.Id && o.Status == RectificationOrderStatus.ResurveyPending)
            .ToListAsync(cancellationToken);
        if (orders.Count == 0)
        {
            return [];
        }

        var threshold = await ThresholdAsync(db, survey.CampaignId, cancellationToken);
        var byUnit = RateQueries.ByUnit(await RateQueries.CountsAsync(db, [survey.Id], cancellationToken: cancellationToken), survey.MinimumSample);
        var settled = new List<RectificationOrder>();
        foreach (var order in orders)
        {
            var rate = byUnit.GetValueOrDefault(order.UnitId, RateResult.Empty(survey.MinimumSample));
            if (rate.SampleInsufficient)
            {
                continue;
            }

            order.RecordResurveyResult(survey, rate, threshold, Actor.System, clock);
            if (order.Status == RectificationOrderStatus.Closed)
            {
                var flags = await db.Set<UnitFlag>().Where(f => f.CampaignId == order.CampaignId && f.UnitId == order.UnitId && f.ClearedAt == null).ToListAsync(cancellationToken);
                foreach (var flag in flags)
                {
                    flag.Clear(LowSatisfaction.ResurveyClearNote, Actor.System, clock);
                }
            }

            settled.Add(order);
        }

        return settled;
    }

    public static async Task<decimal> ThresholdAsync(CampaignHubDbContext db, int campaignId, CancellationToken cancellationToken) =>
        await db.Set<Campaign>().Where(c => c.Id == campaignId).Select(c => (decimal?)c.Rules.SatisfactionThreshold).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
}
