namespace CampaignHub.Domain.Plans;

public enum ExperienceCountVerdict
{
    /// <summary>Fewer than 3 reported (including none).</summary>
    TooFew = 0,

    /// <summary>3 to 5.</summary>
    Ok = 1,

    /// <summary>More than 5.</summary>
    TooMany = 2,
}

/// <summary>A unit's standing against the 3–5 rule and the office's approval of its experience activities.</summary>
public sealed record ExperienceReport(int Count, int AwaitingApproval, int Approved, ExperienceCountVerdict Verdict, string Message)
{
    /// <summary>The unit has not reported any experience activity yet (the office's "not reported" list).</summary>
    public bool NotReported => Count == 0;

    /// <summary>Reported in the right number and every one approved.</summary>
    public bool IsComplete => Verdict == ExperienceCountVerdict.Ok && AwaitingApproval == 0;
}

/// <summary>
/// Seed 000: each unit reports 3–5 frontline experience activities (上报3－5个一线体验活动), approved by the
/// office before they run. Counts both experience kinds, excluding cancelled items.
/// </summary>
public static class FrontlineExperienceRule
{
    public const int Minimum = 3;
    public const int Maximum = 5;

    public static ExperienceCountVerdict Verdict(int count) => count switch
    {
        < Minimum => ExperienceCountVerdict.TooFew,
        > Maximum => ExperienceCountVerdict.TooMany,
        _ => ExperienceCountVerdict.Ok,
    };

    public static string Message(int count) => Verdict(count) switch
    {
        ExperienceCountVerdict.TooFew when count == 0 => $"尚未上报一线体验活动，应上报{Minimum}至{Maximum}个",
        ExperienceCountVerdict.TooFew => $"一线体验活动应上报{Minimum}至{Maximum}个，目前只有{count}个，还需至少{Minimum - count}个",
        ExperienceCountVerdict.TooMany => $"一线体验活动应上报{Minimum}至{Maximum}个，目前有{count}个，请精简{count - Maximum}个",
        _ => $"已上报{count}个一线体验活动，符合{Minimum}至{Maximum}个的要求",
    };

    /// <summary>Evaluates one unit's items (pass that unit's items; other kinds are ignored).</summary>
    public static ExperienceReport Evaluate(IEnumerable<WorkItemSnapshot> unitItems)
    {
        var experiences = unitItems
            .Where(i => i.Kind.IsFrontlineExperience() && i.Status != WorkItemStatus.Cancelled)
            .ToList();
        var count = experiences.Count;
        var awaiting = experiences.Count(i => i.Status == WorkItemStatus.Planned);
        return new ExperienceReport(count, awaiting, count - awaiting, Verdict(count), Message(count));
    }

    public static string ToChinese(this ExperienceCountVerdict verdict) => verdict switch
    {
        ExperienceCountVerdict.TooFew => "数量不足",
        ExperienceCountVerdict.Ok => "符合要求",
        ExperienceCountVerdict.TooMany => "数量过多",
        _ => verdict.ToString(),
    };
}
