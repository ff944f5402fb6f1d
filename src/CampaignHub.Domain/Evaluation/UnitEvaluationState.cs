using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Evaluation;

/// <summary>
/// Where a unit stands in the final evaluation: its latest round and 认可度 against the threshold, whether it is in
/// 返工补课, the redo's deadline and days overdue. The one home of this computation: the office's list, its export and
/// print, the unit's page and the wall read it.
/// </summary>
public sealed record UnitEvaluationState(
    string StateText,
    Recognition? Recognition,
    decimal Threshold,
    bool InRedo,
    string? RedoStatus,
    DateOnly? RedoDeadline,
    int DaysOverdue,
    int Rounds)
{
    public string? OverdueText => Overdue.Describe(DaysOverdue);

    /// <summary>
    /// From the unit's evaluations and redos. <paramref name="threshold"/> is the campaign's current redo threshold,
    /// shown while no round has closed; a closed round shows the threshold it was judged against.
    /// </summary>
    public static UnitEvaluationState Of(IReadOnlyCollection<DemocraticEvaluation> evaluations, IReadOnlyCollection<RedoOrder> redos, decimal threshold, DateOnly today)
    {
        var latest = evaluations.OrderByDescending(e => e.Round).ThenByDescending(e => e.Id).FirstOrDefault();
        var redo = redos.OrderByDescending(r => r.IsOpen).ThenByDescending(r => r.Id).FirstOrDefault();
        var inRedo = RedoOrder.InRedo(redos);
        var text = (latest, redo) switch
        {
            (null, _) => "未评议",
            ({ IsClosed: false, IsReEvaluation: true }, _) => "复评中",
            ({ IsClosed: false }, _) => "评议中",
            _ when inRedo => "返工补课中",
            ({ IsReEvaluation: true }, _) => "复评通过",
            _ => "评议通过",
        };
        return new UnitEvaluationState(
            text,
            latest?.TeamRecognition,
            latest?.Threshold ?? threshold,
            inRedo,
            redo?.Status.ToChinese(),
            redo is { IsOpen: true } ? redo.Deadline : null,
            redo?.DaysOverdue(today) ?? 0,
            evaluations.Count);
    }
}
