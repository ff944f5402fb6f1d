using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// Opens drafts whose opening time has come and closes open surveys whose closing time has passed
/// (<see cref="SatisfactionSurvey.OpenIfDue"/> / <see cref="SatisfactionSurvey.CloseIfDue"/>), then settles the
/// rectification orders waiting for a closed re-survey. Answers are refused after the closing time even before
/// this runs (<see cref="SatisfactionSurvey.EnsureAcceptingResponses"/>), so the interval only affects when the
/// status label changes.
/// </summary>
public sealed class SurveySchedule(IDbContextFactory<CampaignHubDbContext> dbFactory, IChangeFeed feed, IClock clock, LowSatisfactionMonitor monitor)
{
    /// <summary>Returns how many surveys changed status.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(Actor.System, cancellationToken);
        var now = clock.UtcNow;
        var due = await db.Set<SatisfactionSurvey>().Include("_questions").Include("_groups").Include("_targets").AsSplitQuery()
            .Where(s => (s.Status == SurveyStatus.Draft && s.OpensAt <= now) || (s.Status == SurveyStatus.Open && s.ClosesAt <= now))
            .ToListAsync(cancellationToken);
        var changed = new List<(SatisfactionSurvey Survey, string Summary)>();
        var settledOrders = 0;
        var flagged = new List<Domain.Supervision.UnitFlag>();
        foreach (var survey in due)
        {
            if (survey.OpenIfDue(clock))
            {
                changed.Add((survey, $"测评“{survey.Title}”按计划开始"));
            }
            else if (survey.CloseIfDue(clock))
            {
                changed.Add((survey, $"测评“{survey.Title}”按计划结束"));
                settledOrders += (await monitor.SettleResurveyOrdersAsync(db, survey, cancellationToken)).Count;
                flagged.AddRange(await monitor.FlagLowUnitsAsync(db, survey, cancellationToken));
            }
        }

        if (changed.Count == 0)
        {
            return 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (survey, summary) in changed)
        {
            feed.Publish(new ChangeEvent(ChangeKind.Survey, survey.CampaignId, null, survey.Id, summary, Actor.System.UserName, clock.UtcNow));
        }

        foreach (var flag in flagged)
        {
            feed.Publish(new ChangeEvent(ChangeKind.Flag, flag.CampaignId, flag.UnitId, flag.Id, flag.ChangeSummary, Actor.System.UserName, clock.UtcNow));
        }

        if (settledOrders > 0)
        {
            feed.Publish(new ChangeEvent(ChangeKind.Order, changed[0].Survey.CampaignId, null, null, "复测结束，整改通知已登记复测结果", Actor.System.UserName, clock.UtcNow));
        }

        return changed.Count;
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
            catch (Exception ex) when (ex is DbUpdateException or DomainException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                logger.LogWarning(ex, "The survey schedule could not run");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
