namespace CampaignHub.Domain.StageTwo;

/// <summary>
/// Where a unit stands in stage two (查摆问题、开展批评): its principal material passed, its required talks complete,
/// its meeting held, its 情况通报会 held — and, at the campaign's end, whether its team is in 返工补课 (the final
/// evaluation's redo rule, <see cref="Evaluation.RedoOrder.InRedo"/>). The one home of this computation: the unit's
/// page, the overview and the wall all read it.
/// </summary>
public sealed record StageTwoProgress(bool Started, bool MaterialPassed, bool TalksComplete, bool MeetingHeld, bool BriefingHeld, bool InRedo = false)
{
    public static StageTwoProgress NotStarted { get; } = new(false, false, false, false, false);

    public int StepsDone => (MaterialPassed ? 1 : 0) + (TalksComplete ? 1 : 0) + (MeetingHeld ? 1 : 0) + (BriefingHeld ? 1 : 0);

    public const int StepCount = 4;

    public bool Finished => BriefingHeld;

    /// <summary>Where the unit is, in words (未开始 / 准备中 / 已召开会议 / 已完成).</summary>
    public string StageText => this switch
    {
        { BriefingHeld: true } => "已召开情况通报会",
        { MeetingHeld: true } => "已召开会议，待通报",
        { Started: false } => "未开始",
        _ => "会前准备中",
    };

    /// <summary>
    /// The unit's progress from its records: the principal material (<see cref="StageTwoRules.PrincipalMaterial"/>),
    /// the talk coverage and the meeting (null while none is scheduled).
    /// </summary>
    public static StageTwoProgress Of(IReadOnlyCollection<SelfExaminationMaterial> materials, TalkCoverageResult talks, int talksHeld, DemocraticLifeMeeting? meeting, IEnumerable<Evaluation.RedoOrder>? redos = null)
    {
        var principal = StageTwoRules.PrincipalMaterial(materials);
        var started = materials.Count > 0 || talksHeld > 0 || meeting is not null;
        return new StageTwoProgress(
            started,
            principal?.IsPassed == true,
            talks.IsComplete,
            meeting?.IsHeld == true,
            meeting?.BriefingHeld == true,
            redos is not null && Evaluation.RedoOrder.InRedo(redos));
    }
}

public static class StageTwoRules
{
    /// <summary>
    /// The material a unit's meeting rests on: the leadership team's; a village or community without one, its head's.
    /// </summary>
    public static SelfExaminationMaterial? PrincipalMaterial(IEnumerable<SelfExaminationMaterial> materials)
    {
        var list = materials.ToList();
        return list.FirstOrDefault(m => m.Kind == MaterialKind.Team) ?? list.FirstOrDefault(m => m.Kind == MaterialKind.VillageHead);
    }

    /// <summary>Whether the meeting may be held, from the unit's records.</summary>
    public static MeetingReadiness Readiness(IEnumerable<SelfExaminationMaterial> materials, TalkCoverageResult talks) =>
        new(PrincipalMaterial(materials)?.IsPassed == true, talks);
}
