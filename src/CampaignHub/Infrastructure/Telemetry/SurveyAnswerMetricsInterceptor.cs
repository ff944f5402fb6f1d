using CampaignHub.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampaignHub.Infrastructure.Telemetry;

/// <summary>
/// Counts survey answers as they are committed, whichever path stored them (the phone survey, the JSON API, a paper
/// import): the questionnaires being added are noted before the save and counted only once it has succeeded.
/// </summary>
public sealed class SurveyAnswerMetricsInterceptor(CampaignHubMetrics metrics) : SaveChangesInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, List<(int Answers, string Source)>> _pending = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Count(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Count(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var added = context.ChangeTracker.Entries<SurveyResponse>()
            .Where(entry => entry.State == EntityState.Added)
            .Select(entry => (entry.Entity.Answers.Count, entry.Entity.Source == ResponseSource.PaperImport ? "paper" : "online"))
            .ToList();
        if (added.Count > 0)
        {
            _pending.AddOrUpdate(context, added);
        }
    }

    private void Count(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var added))
        {
            _pending.Remove(context);
            foreach (var (answers, source) in added)
            {
                metrics.SurveyAnswered(answers, source);
            }
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
