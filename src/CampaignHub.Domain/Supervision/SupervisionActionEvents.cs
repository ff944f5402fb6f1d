using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Supervision;

/// <summary>Something that happened to a supervision action (督导活动) or one of its findings.</summary>
public abstract record SupervisionActionEvent(SupervisionAction Action, string Summary) : IDomainEvent;

public sealed record SupervisionActionRecorded(SupervisionAction Action)
    : SupervisionActionEvent(Action, Action.Findings.Count == 0 ? $"记录督导活动：{Action.Type.ToChinese()}" : $"记录督导活动：{Action.Type.ToChinese()}，发现问题{Action.Findings.Count}个");

public sealed record SupervisionFindingAdded(SupervisionAction Action, SupervisionFinding Finding) : SupervisionActionEvent(Action, $"{Action.Type.ToChinese()}补充发现问题");

public sealed record SupervisionFindingResponded(SupervisionAction Action, SupervisionFinding Finding) : SupervisionActionEvent(Action, $"单位反馈{Action.Type.ToChinese()}发现问题的整改情况");

public sealed record SupervisionFindingClosed(SupervisionAction Action, SupervisionFinding Finding) : SupervisionActionEvent(Action, $"{Action.Type.ToChinese()}发现问题办结");

public sealed record SupervisionFindingReturned(SupervisionAction Action, SupervisionFinding Finding) : SupervisionActionEvent(Action, $"{Action.Type.ToChinese()}发现问题的整改反馈被退回");

public sealed record LookBackConcluded(SupervisionAction Action) : SupervisionActionEvent(Action, "回头看办结");
