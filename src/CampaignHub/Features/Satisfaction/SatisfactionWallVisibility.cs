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
/// the snapshot before it reaches such a viewer, on the page and on the JSON endpoint alike.
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
        var units = snapshot.Units
            .Select(u => u.Rate is not null && (current is null || !current.CanSeeUnitRate(viewer, u.UnitId, now)) ? u with { Rate = null } : u)
            .ToList();
        var visible = units.Select(u => u.Rate).OfType<WallRate>().ToList();
        var valid = visible.Sum(r => r.Valid);
        var headline = snapshot.Headline with
        {
            SatisfactionRate = valid == 0 ? null : Math.Round((decimal)visible.Sum(r => r.Positive) / valid, 4),
            SatisfactionValid = valid,
        };
        return snapshot with { Units = units, Headline = headline, Views = snapshot.Views with { Rates = WallViews.BuildRates(units, snapshot.Threshold) } };
    }
}
