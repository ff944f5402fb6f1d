using CampaignHub.Domain.Common;
using CampaignHub.Domain.Satisfaction;

namespace CampaignHub.Domain.Supervision;

public enum UnitFlagKind
{
    /// <summary>Raised by the system: the unit's satisfaction rate fell below the campaign threshold on enough samples.</summary>
    Automatic = 1,

    /// <summary>Raised by a supervisor by hand, with a reason.</summary>
    Manual = 2,
}

public static class UnitFlagKindNames
{
    public static string ToChinese(this UnitFlagKind kind) => kind switch
    {
        UnitFlagKind.Automatic => "满意度偏低（自动）",
        UnitFlagKind.Manual => "督导标记",
        _ => kind.ToString(),
    };
}

/// <summary>
/// A flag on a unit in a campaign (督导标记): automatic for low satisfaction, or manual by a supervisor.
/// Active until cleared; a flagged unit may receive a <see cref="RectificationOrder"/>.
/// </summary>
public sealed class UnitFlag : AggregateRoot
{
    private UnitFlag()
    {
        Reason = string.Empty;
        RaisedBy = string.Empty;
    }

    private UnitFlag(int campaignId, int unitId, UnitFlagKind kind, string reason, string raisedBy, DateTimeOffset raisedAt)
    {
        CampaignId = campaignId;
        UnitId = unitId;
        Kind = kind;
        Reason = reason;
        RaisedBy = raisedBy;
        RaisedAt = raisedAt;
    }

    public int CampaignId { get; private set; }

    public int UnitId { get; private set; }

    public UnitFlagKind Kind { get; private set; }

    public string Reason { get; private set; }

    /// <summary>For an automatic flag: the survey whose rate triggered it.</summary>
    public int? SurveyId { get; private set; }

    /// <summary>For an automatic flag: the rate that triggered it (sealed like every rate: not part of <see cref="Reason"/>).</summary>
    public decimal? Rate { get; private set; }

    public string RaisedBy { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public string? ClearedBy { get; private set; }

    public DateTimeOffset? ClearedAt { get; private set; }

    public string? ClearNote { get; private set; }

    public bool IsActive => ClearedAt is null;

    /// <summary>
    /// The summary published on the change feed when the flag is raised. An automatic flag's says that the rate fell
    /// below the threshold, never the rate (<see cref="LowSatisfaction.FlagSummary"/>); a manual flag's quotes the
    /// supervisor's reason.
    /// </summary>
    public string ChangeSummary => Kind == UnitFlagKind.Automatic ? LowSatisfaction.FlagSummary : $"督导标记：{Reason}";

    /// <summary>
    /// Raised by the system when <see cref="LowSatisfaction.IsLow"/> holds; refuses a rate that is not low
    /// (including a sample below the minimum).
    /// </summary>
    public static UnitFlag RaiseAutomatic(int campaignId, int unitId, int surveyId, RateResult result, decimal threshold, IClock clock)
    {
        if (!LowSatisfaction.IsLow(result, threshold))
        {
            throw new DomainException(result.SampleInsufficient ? "样本不足，不能自动标记" : "满意率未低于阈值，不能自动标记");
        }

        var flag = new UnitFlag(campaignId, unitId, UnitFlagKind.Automatic, LowSatisfaction.Reason(result, threshold), Actor.System.UserName, clock.UtcNow)
        {
            SurveyId = surveyId,
            Rate = result.Rate,
        };
        flag.Raise(new FlagRaised(flag));
        return flag;
    }

    /// <summary>A supervisor flags a unit by hand; the reason is required.</summary>
    public static UnitFlag RaiseManual(int campaignId, int unitId, string reason, Actor actor, IClock clock)
    {
        SupervisionPermissions.WhoFlags(actor).Ensure();

        EnsureSupervisesUnit(actor, unitId);
        var flag = new UnitFlag(campaignId, unitId, UnitFlagKind.Manual, Guard.Required(reason, "标记原因", 500), actor.UserName, clock.UtcNow);
        flag.Raise(new FlagRaised(flag));
        return flag;
    }

    /// <summary>A supervisor acts only on the units their supervision groups supervise (reading stays wide).</summary>
    public static void EnsureSupervisesUnit(Actor actor, int unitId)
    {
        if (actor.IsSupervisor && !actor.IsOffice && !actor.Supervises(unitId))
        {
            throw new AccessDeniedException("您所在的督导组不督导该单位");
        }
    }

    /// <summary>A supervisor or the office clears the flag (e.g. after the order closed).</summary>
    public void Clear(string? note, Actor actor, IClock clock)
    {
        SupervisionPermissions.WhyCannot(FlagAction.Clear, actor, UnitId, IsActive, unitHasOpenOrder: false).Ensure();

        ClearNote = Guard.Optional(note, "解除说明", 500);
        ClearedBy = actor.UserName;
        ClearedAt = clock.UtcNow;
        Raise(new FlagCleared(this));
    }
}
