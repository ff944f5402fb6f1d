using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Evaluation;

/// <summary>Something that happened in a unit's final evaluation, redo or principal-leader records.</summary>
public interface IEvaluationEvent : IDomainEvent
{
    int CampaignId { get; }

    int UnitId { get; }

    /// <summary>The aggregate's id, read after the save.</summary>
    int EntityId { get; }
}

public abstract record EvaluationEvent(DemocraticEvaluation Evaluation, string Summary) : IEvaluationEvent
{
    public int CampaignId => Evaluation.CampaignId;

    public int UnitId => Evaluation.UnitId;

    public int EntityId => Evaluation.Id;
}

public sealed record EvaluationOpened(DemocraticEvaluation Evaluation)
    : EvaluationEvent(Evaluation, Evaluation.IsReEvaluation ? $"组织复评（{Evaluation.HeldOn:yyyy-MM-dd}）" : $"组织民主评议（{Evaluation.HeldOn:yyyy-MM-dd}）");

public sealed record BallotsRecorded(DemocraticEvaluation Evaluation) : EvaluationEvent(Evaluation, $"民主评议票已录入{Evaluation.Ballots.Count}张");

public sealed record EvaluationClosed(DemocraticEvaluation Evaluation)
    : EvaluationEvent(Evaluation, $"{(Evaluation.IsReEvaluation ? "复评" : "民主评议")}结束，班子认可度{Evaluation.TeamRecognition.Display}（{Evaluation.Outcome?.ToChinese()}）");

public abstract record RedoEvent(RedoOrder Redo, string Summary) : IEvaluationEvent
{
    public int CampaignId => Redo.CampaignId;

    public int UnitId => Redo.UnitId;

    public int EntityId => Redo.Id;
}

public sealed record RedoOrdered(RedoOrder Redo) : RedoEvent(Redo, $"转入返工补课，期限{Redo.Deadline:yyyy-MM-dd}");

public sealed record RedoProgressed(RedoOrder Redo, string What) : RedoEvent(Redo, What);

public sealed record PrincipalLeaderRecorded(PrincipalLeaderRecord Record) : IEvaluationEvent
{
    public int CampaignId => Record.CampaignId;

    public int UnitId => Record.UnitId;

    public int EntityId => Record.Id;

    public string Summary => $"记录一把手{Record.Kind.ToChinese()}";
}

public sealed record EvaluationCommented(EvaluationComment Comment) : IEvaluationEvent
{
    public int CampaignId => Comment.CampaignId;

    public int UnitId => Comment.UnitId;

    public int EntityId => Comment.Id;

    public string Summary => $"督导组点评{Comment.Subject.ToChinese()}";
}
