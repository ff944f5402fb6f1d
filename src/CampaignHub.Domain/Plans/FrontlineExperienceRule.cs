namespace CampaignHub.Domain.Plans;

public enum ExperienceCountVerdict
{
    /// <summary>Fewer than the minimum reported (including none).</summary>
    TooFew = 0,

    /// <summary>Within the range.</summary>
    Ok = 1,

    /// <summary>More than the maximum.</summary>
    TooMany = 2,
}

/// <summary>A unit's standing against the experience-count rule and the office's approval of its experience activities.</summary>
public sealed record ExperienceReport(int Count, int AwaitingApproval, int Approved, ExperienceCountVerdict Verdict, string Message)
{
    /// <summary>The range the count was judged against.</summary>
    public ExperienceRange Range { get; init; } = ExperienceRange.Default;

    /// <summary>The unit has not reported any experience activity yet (the office's "not reported" list).</summary>
    public bool NotReported => Count == 0;

    /// <summary>Reported in the right number and every one approved.</summary>
    public bool IsComplete => Verdict == ExperienceCountVerdict.Ok && AwaitingApproval == 0;

    /// <summary>Why a plan with this count cannot be submitted, or null (the message names the count).</summary>
    public string? WhyCannotSubmit => FrontlineExperienceRule.WhyRefused(Count, Range, "提交");

    /// <summary>Why a plan with this count cannot be approved, or null.</summary>
    public string? WhyCannotApprove => FrontlineExperienceRule.WhyRefused(Count, Range, "批准");
}

/// <summary>
/// Each unit reports 3–5 frontline experience activities (上报3－5个一线体验活动), approved by the office before they
/// run. The rule binds: a plan outside the range is neither submitted nor approved
/// (<see cref="ImplementationPlan.Submit"/>, <see cref="ImplementationPlan.Approve"/>). Counts both experience
/// kinds, excluding cancelled items. The range is a parameter (<see cref="ExperienceRange"/>, default 3–5).
/// </summary>
public static class FrontlineExperienceRule
{
    public static int Minimum => ExperienceRange.Default.Minimum;

    public static int Maximum => ExperienceRange.Default.Maximum;

    public static ExperienceCountVerdict Verdict(int count) => Verdict(count, ExperienceRange.Default);

    public static ExperienceCountVerdict Verdict(int count, ExperienceRange range) =>
        count < range.Minimum ? ExperienceCountVerdict.TooFew
        : count > range.Maximum ? ExperienceCountVerdict.TooMany
        : ExperienceCountVerdict.Ok;

    public static string Message(int count) => Message(count, ExperienceRange.Default);

    public static string Message(int count, ExperienceRange range) => Verdict(count, range) switch
    {
        ExperienceCountVerdict.TooFew when count == 0 => $"尚未上报一线体验活动，应上报{range}",
        ExperienceCountVerdict.TooFew => $"一线体验活动应上报{range}，目前只有{count}个，还需至少{range.Minimum - count}个",
        ExperienceCountVerdict.TooMany => $"一线体验活动应上报{range}，目前有{count}个，请精简{count - range.Maximum}个",
        _ => $"已上报{count}个一线体验活动，符合{range}的要求",
    };

    /// <summary>
    /// The refusal of a plan outside the range, e.g. "一线体验活动应上报3至5个，本单位目前有6个，方案不能提交"; null inside it.
    /// </summary>
    public static string? WhyRefused(int count, ExperienceRange range, string verb) =>
        range.Contains(count) ? null : $"一线体验活动应上报{range}，本单位目前有{count}个，方案不能{verb}";

    /// <summary>Evaluates one unit's items against the default range (pass that unit's items; other kinds are ignored).</summary>
    public static ExperienceReport Evaluate(IEnumerable<WorkItemSnapshot> unitItems) => Evaluate(unitItems, ExperienceRange.Default);

    /// <summary>Evaluates one unit's items against the campaign's range.</summary>
    public static ExperienceReport Evaluate(IEnumerable<WorkItemSnapshot> unitItems, ExperienceRange range)
    {
        var experiences = unitItems
            .Where(i => i.Kind.IsFrontlineExperience() && i.Status != WorkItemStatus.Cancelled)
            .ToList();
        var count = experiences.Count;
        var awaiting = experiences.Count(i => i.Status == WorkItemStatus.Planned);
        return new ExperienceReport(count, awaiting, count - awaiting, Verdict(count, range), Message(count, range)) { Range = range };
    }

    public static string ToChinese(this ExperienceCountVerdict verdict) => verdict switch
    {
        ExperienceCountVerdict.TooFew => "数量不足",
        ExperienceCountVerdict.Ok => "符合要求",
        ExperienceCountVerdict.TooMany => "数量过多",
        _ => verdict.ToString(),
    };
}
