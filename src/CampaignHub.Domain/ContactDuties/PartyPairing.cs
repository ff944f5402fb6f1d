using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>Which kind of rural party organisation an office organisation pairs with.</summary>
public enum RuralOrganisationKind
{
    /// <summary>新农村建设点.</summary>
    NewCountrysidePoint = 0,

    /// <summary>扶贫点.</summary>
    PovertyAlleviationPoint = 1,
}

public static class RuralOrganisationKindNames
{
    public static string ToChinese(this RuralOrganisationKind kind) => kind switch
    {
        RuralOrganisationKind.NewCountrysidePoint => "新农村建设点",
        RuralOrganisationKind.PovertyAlleviationPoint => "扶贫点",
        _ => kind.ToString(),
    };
}

/// <summary>
/// 结对共建 (“机关党组织要与新农村建设点或扶贫点党组织结对共建，做到同建共进”): an office (机关) party organisation
/// paired with a rural party organisation from a start date, with the joint activities held under the pairing.
/// An organisation never pairs with itself, and the same two organisations have at most one active pairing.
/// </summary>
public sealed class PartyPairing : AggregateRoot
{
    private readonly List<JointActivity> _activities = [];

    private PartyPairing()
    {
        OfficeOrganisationName = string.Empty;
        RuralOrganisationName = string.Empty;
        RecordedBy = string.Empty;
    }

    private PartyPairing(int officeUnitId, Actor actor)
        : this()
    {
        OfficeUnitId = officeUnitId;
        RecordedBy = actor.UserName;
    }

    /// <summary>The office unit whose party organisation pairs (机关一方).</summary>
    public int OfficeUnitId { get; private set; }

    /// <summary>e.g. "区民政局机关党支部".</summary>
    public string OfficeOrganisationName { get; private set; }

    /// <summary>The village or community's own unit, when it takes part in the campaign.</summary>
    public int? RuralUnitId { get; private set; }

    /// <summary>e.g. "淳化街道新建村党总支".</summary>
    public string RuralOrganisationName { get; private set; }

    public RuralOrganisationKind RuralKind { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public bool IsActive => EndedOn is null;

    public string RecordedBy { get; private set; }

    /// <summary>同建共进: what the two organisations did together, oldest first.</summary>
    public IReadOnlyList<JointActivity> Activities => _activities;

    public static ActionAnswer WhyCannotRecord(Actor actor, int officeUnitId, UnitTree tree) =>
        ActionAnswer.When(ContactAccess.CanRecord(actor, officeUnitId, tree), ActionAnswer.NotPermitted("您无权为该单位登记结对共建"));

    /// <summary>Whether the actor may record a joint activity now: the office unit's business, while the pairing is active.</summary>
    public ActionAnswer WhyCannotRecordActivity(Actor actor, UnitTree tree) => ActionAnswer.FirstOf(
        WhyCannotRecord(actor, OfficeUnitId, tree),
        ActionAnswer.When(IsActive, ActionAnswer.NotApplicable("结对共建已结束，不能再登记共建活动")));

    public ActionAnswer WhyCannotEnd(Actor actor, UnitTree tree) => ActionAnswer.FirstOf(
        WhyCannotRecord(actor, OfficeUnitId, tree),
        ActionAnswer.When(IsActive, ActionAnswer.NotApplicable("结对共建已结束")));

    /// <summary>
    /// Pairs <paramref name="officeUnit"/>'s party organisation with a rural one. <paramref name="ruralUnit"/> is the
    /// rural organisation's unit when it is in the tree (a village or community); <paramref name="existing"/> are the
    /// pairings already recorded.
    /// </summary>
    public static PartyPairing Form(Unit officeUnit, string officeOrganisationName, Unit? ruralUnit, string ruralOrganisationName, RuralOrganisationKind ruralKind,
        DateOnly startedOn, IEnumerable<PartyPairing> existing, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannotRecord(actor, officeUnit.Id, tree).Ensure();
        if (!Enum.IsDefined(ruralKind))
        {
            throw new DomainException("请选择新农村建设点或扶贫点");
        }

        if (officeUnit.Kind == UnitKind.VillageOrCommunity)
        {
            throw new DomainException("结对共建的机关一方不能是村（社区）党组织");
        }

        if (ruralUnit is not null && ruralUnit.Kind != UnitKind.VillageOrCommunity)
        {
            throw new DomainException("结对共建的农村一方须是村（社区）党组织");
        }

        var office = Guard.Required(officeOrganisationName, "机关党组织名称", 100);
        var rural = Guard.Required(ruralOrganisationName, "农村党组织名称", 100);
        if (SameName(office, rural))
        {
            throw new DomainException("党组织不能与自己结对共建");
        }

        if (startedOn > clock.Today)
        {
            throw new DomainException("结对日期不能晚于今天");
        }

        var pairing = new PartyPairing(officeUnit.Id, actor)
        {
            OfficeOrganisationName = office,
            RuralUnitId = ruralUnit?.Id,
            RuralOrganisationName = rural,
            RuralKind = ruralKind,
            StartedOn = startedOn,
        };
        if (existing.Any(p => p.IsActive && p.Pairs(pairing)))
        {
            throw new DomainException($"{office}已与{rural}结对共建，不能重复结对");
        }

        pairing.Raise(new PartyPairingFormed(pairing));
        return pairing;
    }

    /// <summary>同建共进: a joint activity on a day from the start of the pairing up to today.</summary>
    public JointActivity RecordActivity(DateOnly heldOn, string content, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannotRecordActivity(actor, tree).Ensure();
        if (heldOn > clock.Today)
        {
            throw new DomainException("活动日期不能晚于今天");
        }

        if (heldOn < StartedOn)
        {
            throw new DomainException($"活动日期不能早于结对日期（{StartedOn:yyyy年M月d日}）");
        }

        var activity = new JointActivity(heldOn, Guard.Required(content, "共建活动内容", 2000), actor);
        _activities.Add(activity);
        Raise(new JointActivityRecorded(this, activity));
        return activity;
    }

    /// <summary>Ends the pairing; the two organisations may pair again afterwards.</summary>
    public void End(DateOnly endedOn, Actor actor, UnitTree tree, IClock clock)
    {
        WhyCannotEnd(actor, tree).Ensure();
        if (endedOn > clock.Today)
        {
            throw new DomainException("结束日期不能晚于今天");
        }

        if (endedOn < StartedOn || _activities.Any(a => a.HeldOn > endedOn))
        {
            throw new DomainException("结束日期不能早于结对日期或已登记的共建活动");
        }

        EndedOn = endedOn;
        Raise(new PartyPairingEnded(this));
    }

    /// <summary>The same office unit's organisation and the same rural organisation (by unit when both know it, else by name).</summary>
    private bool Pairs(PartyPairing other) =>
        OfficeUnitId == other.OfficeUnitId &&
        (RuralUnitId is { } mine && other.RuralUnitId is { } theirs ? mine == theirs : SameName(RuralOrganisationName, other.RuralOrganisationName));

    private static bool SameName(string a, string b) =>
        string.Equals(string.Concat(a.Where(c => !char.IsWhiteSpace(c))), string.Concat(b.Where(c => !char.IsWhiteSpace(c))), StringComparison.OrdinalIgnoreCase);
}

/// <summary>One joint activity of a pairing (同建共进): a date and what was done.</summary>
public sealed class JointActivity : Entity
{
    private JointActivity()
    {
        Content = string.Empty;
        RecordedBy = string.Empty;
    }

    internal JointActivity(DateOnly heldOn, string content, Actor actor)
    {
        HeldOn = heldOn;
        Content = content;
        RecordedBy = actor.UserName;
    }

    public DateOnly HeldOn { get; private set; }

    public string Content { get; private set; }

    public string RecordedBy { get; private set; }
}
