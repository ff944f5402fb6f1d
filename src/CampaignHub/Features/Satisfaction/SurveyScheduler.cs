using CampaignHub.Data;
using CampaignHub.Data.Cluster;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// Opens drafts whose opening time has come and closes open surveys whose closing time has passed
/// (<see cref="SatisfactionSurvey.OpenIfDue"/> / <see cref="SatisfactionSurvey.CloseIfDue"/>), then settles the
/// rectification orders waiting for a closed re-survey. Answers are refused after the closing time even before
/// this runs (<see cref="SatisfactionSurvey.EnsureAcceptingResponses"/>), so the interval only affects when the
/// status label changes.
/// </summary>
public sealed class SurveySchedule(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, LowSatisfactionMonitor monitor, IClusterLock clusterLock)
{
    /// <summary>The cluster lock under which the schedule runs: with several nodes, one of them runs each round.</summary>
    public const string LockName = "survey-schedule";

    /// <summary>Returns how many surveys changed status, or null when another node (or caller) is running the schedule.</summary>
    public async Task<int?> RunDueAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await clusterLock.TryAcquireAsync(LockName, cancellationToken);
        if (lease is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateForAsync(Actor.System, cancellationToken);
        var now = clock.UtcNow;
        var due = await db.Set<SatisfactionSurvey>().Include("_questions").Include("_groups").Include("_targets").AsSplitQuery()
            .Where(s => (s.Status == SurveyStatus.Draft && s.OpensAt <= now) || (s.Status == SurveyStatus.Open && s.ClosesAt <= now))
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var survey in due)
        {
            if (survey.OpenIfDue(clock))
            {
                changed++;
            }
            else if (survey.CloseIfDue(clock))
            {
                changed++;
                await monitor.SettleResurveyOrdersAsync(db, survey, cancellationToken);
                await monitor.FlagLowUnitsAsync(db, survey, cancellationToken);
            }
        }

        if (changed == 0)
        {
            return 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}

/// <summary>Runs <see cref="SurveySchedule"/> every <see cref="Interval"/> (a server timer for the schedule, not UI polling).</summary>
public sealed class SurveySchedulerService(IServiceScopeFactory scopes, ILogger<SurveySchedulerService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SurveySchedule>().RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is DbUpdateException or DomainException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(ex, "The survey schedule could not run");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
