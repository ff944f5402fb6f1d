using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Features.Wall;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// The wall's snapshot is shared by every viewer, and coordinators may watch the wall too. Rates are sealed for the
/// units: a coordinator sees only their own unit's rate, and only from surveys that allow it
/// (<see cref="SatisfactionSurvey.CanSeeUnitRate"/>). For such a viewer every unit's headline figure is chosen again
/// by the same rule (<see cref="HeadlineSatisfaction"/>) from the surveys the viewer may see — so a sealed survey
/// neither shows nor silently replaces a figure — and the district figure is recomputed from what is left, on the
/// page and on the JSON endpoint alike.
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
        var surveys = await db.Set<SatisfactionSurvey>().AsNoTracking().Include("_targets")
            .Where(s => s.CampaignId == snapshot.Campaign.Id && s.Status != SurveyStatus.Draft)
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var now = clock.UtcNow;
        var units = snapshot.Units.Select(u => u with { Rate = Visible(u.UnitId, u.Rate) }).ToList();
        var district = WallRate.District(units.Select(u => u.Rate));
        var headline = snapshot.Headline with
        {
            SatisfactionRate = district.Rate,
            SatisfactionRespondents = district.Respondents,
            SatisfactionLabel = district.Label,
            TwoSatisfactions = WallRate.DistrictTwo(units.Select(u => u.Rate)),
        };
        return snapshot with { Units = units, Headline = headline, Views = snapshot.Views with { Rates = WallViews.BuildRates(units, snapshot.Threshold), Headline = new WallHeadlineView(headline, snapshot.Threshold) } };

        WallRate? Visible(int unitId, WallRate? rate)
        {
            if (rate is null)
            {
                return null;
            }

            var seen = rate.Surveys.Where(s => surveys.TryGetValue(s.SurveyId, out var survey) && survey.CanSeeUnitRate(viewer, unitId, now)).ToList();
            return WallRate.From(unitId, seen);
        }
    }
}
