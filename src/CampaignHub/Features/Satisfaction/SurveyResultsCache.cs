using CampaignHub.Data;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Live;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Satisfaction;

/// <summary>
/// A survey's answer counts and suspicious batches, counted once per change of that survey and shared by every
/// open results page. At province scale a survey holds a million answers: counting them per circuit and per
/// re-render kept the page from opening at all. Who may see what is still decided per caller by
/// <see cref="SatisfactionResultsService"/>; this holds only the counts, never a view.
/// </summary>
public sealed class SurveyResultsCache : IDisposable
{
    private readonly IDbContextFactory<CampaignHubDbContext> _dbFactory;
    private readonly IDisposable _observation;
    private readonly Lock _lock = new();
    private readonly Dictionary<int, Task<SurveyCounts>> _counts = [];
    private readonly Dictionary<int, Task<IReadOnlyList<SuspiciousBatch>>> _batches = [];

    public SurveyResultsCache(IDbContextFactory<CampaignHubDbContext> dbFactory, IChangeFeed feed)
    {
        _dbFactory = dbFactory;
        _observation = feed.Observe(Invalidate);
    }

    /// <summary>The survey's answer counts as of its latest change; callers waiting together share one count.</summary>
    public Task<SurveyCounts> CountsAsync(int surveyId, CancellationToken cancellationToken = default) =>
        Shared(_counts, surveyId, () => CountAsync(surveyId), cancellationToken);

    /// <summary>The survey's online batches that <see cref="UniformBatchRule"/> flags for review.</summary>
    public Task<IReadOnlyList<SuspiciousBatch>> SuspiciousBatchesAsync(SatisfactionSurvey survey, CancellationToken cancellationToken = default)
    {
        var questionOrder = survey.Questions.Select(q => q.Number).ToList();
        return Shared(_batches, survey.Id, () => FindBatchesAsync(survey.Id, questionOrder), cancellationToken);
    }

    private Task<T> Shared<T>(Dictionary<int, Task<T>> entries, int surveyId, Func<Task<T>> build, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (entries.TryGetValue(surveyId, out var cached) && !cached.IsFaulted && !cached.IsCanceled)
            {
                return cached.WaitAsync(cancellationToken);
            }

            // Not cancelled with this caller: other circuits may be waiting for the same count.
            var task = Task.Run(build);
            entries[surveyId] = task;
            return task.WaitAsync(cancellationToken);
        }
    }

    private async Task<SurveyCounts> CountAsync(int surveyId)
    {
        await using var db = await _dbFactory.CreateDbContextAsync();
        var counts = await RateQueries.CountsAsync(db, [surveyId]);
        var responsesByUnit = await db.Set<SurveyResponse>().AsNoTracking()
            .Where(r => r.SurveyId == surveyId)
            .GroupBy(r => r.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.UnitId, g => g.Count);
        return new SurveyCounts(counts, responsesByUnit);
    }

    private async Task<IReadOnlyList<SuspiciousBatch>> FindBatchesAsync(int surveyId, IReadOnlyList<int> questionOrder)
    {
        await using var db = await _dbFactory.CreateDbContextAsync();
        var online = await db.Set<SurveyResponse>().AsNoTracking().Include("_answers")
            .Where(r => r.SurveyId == surveyId && r.Source == ResponseSource.Online)
            .ToListAsync();
        return UniformBatchRule.Find(online.Select(r =>
            new ResponseSnapshot(r.Id, r.UnitId, r.RespondentGroupNumber, r.SubmittedAt, r.Source, questionOrder.Select(r.AnswerTo).ToList())));
    }

    private void Invalidate(ChangeEvent change)
    {
        lock (_lock)
        {
            if (change.Kind is ChangeKind.Survey or ChangeKind.SurveyResponse && change.EntityId is { } surveyId)
            {
                _counts.Remove(surveyId);
                _batches.Remove(surveyId);
            }
            else if (change.Kind is ChangeKind.Survey or ChangeKind.SurveyResponse or ChangeKind.Campaign)
            {
                _counts.Clear();
                _batches.Clear();
            }
        }
    }

    public void Dispose() => _observation.Dispose();
}

/// <summary>One survey's answer counts, with lookups by unit, question and group built once for all readers.</summary>
public sealed class SurveyCounts
{
    private readonly IReadOnlyDictionary<int, int> _responsesByUnit;

    public SurveyCounts(IReadOnlyList<AnswerCount> all, IReadOnlyDictionary<int, int> responsesByUnit)
    {
        All = all;
        _responsesByUnit = responsesByUnit;
        ByUnit = all.ToLookup(c => c.UnitId);
        ByQuestion = all.ToLookup(c => c.QuestionNumber);
        ByGroup = all.ToLookup(c => c.GroupNumber);
    }

    public IReadOnlyList<AnswerCount> All { get; }

    public ILookup<int, AnswerCount> ByUnit { get; }

    public ILookup<int, AnswerCount> ByQuestion { get; }

    public ILookup<int, AnswerCount> ByGroup { get; }

    /// <summary>Questionnaires received, for one unit or (null) all of them.</summary>
    public int Responses(int? unitId) =>
        unitId is { } id ? _responsesByUnit.GetValueOrDefault(id) : _responsesByUnit.Values.Sum();

    /// <summary>The counts a viewer limited to one unit may see, with the same lookups.</summary>
    public SurveyCounts OnlyUnit(int unitId) =>
        new(ByUnit[unitId].ToList(), new Dictionary<int, int> { [unitId] = Responses(unitId) });
}
