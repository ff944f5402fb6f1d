using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Wall;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// The wall's snapshot is shared by every viewer, and coordinators may watch the wall too. Rates are sealed for the
/// units: a coordinator sees only their own unit's rate, and only once the survey allows it
/// (<see cref="SatisfactionSurvey.CanSeeUnitRate"/>). This removes every other rate (and the overall rate) from
/// the snapshot before it reaches such a viewer, on the page and on the JSON endpoint alike. The rate it keeps
/// loses the points of its trend that belong to surveys still sealed for the viewer (e.g. an earlier survey still
/// open while a newer one lets units see their own rates).
/// </summary>
public sealed class SatisfactionWallVisibility(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    public async Task<WallSnapshot> ForViewerAsync(WallSnapshot snapshot, Actor viewer, CancellationToken cancellationToken = default)
    {
        if (SatisfactionSurvey.CanSeeAllRates(viewer))
        {
            return snapshot;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var surveys = (await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_targets")
                .Where(s => s.CampaignId == snapshot.Campaign.Id && s.Status != SurveyStatus.Draft && s.ResurveyOfId == null)
                .ToListAsync(cancellationToken))
            .OrderBy(s => s.OpensAt)
            .ToList();
        var current = surveys.LastOrDefault(s => s.Status == SurveyStatus.Open) ?? surveys.LastOrDefault();
        var now = clock.UtcNow;
        var units = snapshot.Units.Select(u => Visible(u.UnitId, u.Rate) is var rate && ReferenceEquals(rate, u.Rate) ? u : u with { Rate = rate }).ToList();
        var visible = units.Select(u => u.Rate).OfType<WallRate>().ToList();
        var valid = visible.Sum(r => r.Valid);
        var headline = snapshot.Headline with
        {
            SatisfactionRate = Domain.Satisfaction.SatisfactionRate.Of(visible.Sum(r => r.Positive), valid),
            SatisfactionValid = valid,
        };
        return snapshot with { Units = units, Headline = headline, Views = snapshot.Views with { Rates = WallViews.BuildRates(units, snapshot.Threshold), Headline = new WallHeadlineView(headline, snapshot.Threshold) } };

        WallRate? Visible(int unitId, WallRate? rate)
        {
            if (rate is null || current is null || !current.CanSeeUnitRate(viewer, unitId, now))
            {
                return null;
            }

            // The wall source lists the trend in this order: one point per started survey (re-surveys left out) that
            // evaluated the unit, by opening time. A snapshot from before a survey change may not line up: then no
            // rate is shown rather than guessing which point is whose.
            var rated = surveys.Where(s => s.Targets(unitId)).ToList();
            if (rated.Count != rate.Trend.Count)
            {
                return null;
            }

            return rate with { Trend = rate.Trend.Where((_, i) => rated[i].CanSeeUnitRate(viewer, unitId, now)).ToList() };
        }
    }
}
