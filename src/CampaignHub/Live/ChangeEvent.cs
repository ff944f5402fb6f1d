namespace CampaignHub.Live;

/// <summary>What kind of data changed. Pages subscribe to the kinds they show.</summary>
public enum ChangeKind
{
    Campaign,
    Unit,
    Milestone,
    Plan,
    WorkItem,
    Opinion,
    Rectification,
    Commitment,
    Review,
    Survey,
    SurveyResponse,
    Flag,
    Order,
    ContactDuty,

    /// <summary>Supervision actions (督导活动) and their findings.</summary>
    SupervisionAction,

    /// <summary>查摆问题、开展批评: materials, talks, meetings, 通报会.</summary>
    StageTwo,

    /// <summary>民主评议、返工补课 and the principal leader's records (一把手).</summary>
    Evaluation,
    /// <summary>整改落实、建章立制: plans and personal measures, the rules register; and the concentrated education periods.</summary>
    StageThree,
    /// <summary>双联动: visits to upper counterpart departments and point-to-point visits to the grassroots.</summary>
    Linkage,

    /// <summary>群众监督: the volunteer supervisors register and the schedules of the 主席接待日 and hotlines.</summary>
    Oversight,
    /// <summary>工作动态、典型事迹 and the office's 简报.</summary>
    Briefing,
}

/// <summary>A committed change, published after the transaction commits.</summary>
public sealed record ChangeEvent(
    ChangeKind Kind,
    int? CampaignId,
    int? UnitId,
    int? EntityId,
    string Summary,
    string Actor,
    DateTimeOffset At);
