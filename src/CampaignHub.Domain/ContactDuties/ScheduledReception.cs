using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>The ways of receiving the public that seed 003 四.2 names.</summary>
public enum ReceptionForm
{
    /// <summary>定点接访.</summary>
    FixedPlace = 0,

    /// <summary>公开接访.</summary>
    Public = 1,

    /// <summary>重点约访.</summary>
    ByAppointment = 2,

    /// <summary>专题接访.</summary>
    Thematic = 3,

    /// <summary>带案下访.</summary>
    CaseCarrying = 4,

    /// <summary>上门回访.</summary>
    HomeFollowUp = 5,
}

public static class ReceptionFormNames
{
    public static string ToChinese(this ReceptionForm form) => form switch
    {
        ReceptionForm.FixedPlace => "定点接访",
        ReceptionForm.Public => "公开接访",
        ReceptionForm.ByAppointment => "重点约访",
        ReceptionForm.Thematic => "专题接访",
        ReceptionForm.CaseCarrying => "带案下访",
        ReceptionForm.HomeFollowUp => "上门回访",
        _ => form.ToString(),
    };
}

/// <summary>What the public page (/reception, no login) may show: leader, day, time, place, form. Nothing else.</summary>
public sealed record PublicReceptionListing(string LeaderName, DateOnly Date, TimeOnly StartTime, TimeOnly EndTime, string Place, string Form);

/// <summary>
/// A reception day announced ahead (003 四.2: "接访的时间、地点和形式要提前公布，方便群众参与").
/// Holds public information only; what visitors raise goes into a <see cref="ReceptionCase"/>.
/// </summary>
public sealed class ScheduledReception : AggregateRoot
{
    private ScheduledReception()
    {
        Place = string.Empty;
    }

    private ScheduledReception(int leaderPersonId, int unitId)
        : this()
    {
        LeaderPersonId = leaderPersonId;
        UnitId = unitId;
    }

    public int LeaderPersonId { get; private set; }

    public int UnitId { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly StartTime { get; private set; }

    public TimeOnly EndTime { get; private set; }

    public string Place { get; private set; }

    public ReceptionForm Form { get; private set; }

    public bool IsCancelled { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>Listed on the public page from today on (China date), unless cancelled.</summary>
    public bool IsUpcoming(DateOnly today) => !IsCancelled && Date >= today;

    public PublicReceptionListing ToPublicListing(string leaderName) =>
        new(leaderName, Date, StartTime, EndTime, Place, Form.ToChinese());

    public static ScheduledReception Schedule(int leaderPersonId, int unitId, DateOnly date, TimeOnly startTime, TimeOnly endTime, string place, ReceptionForm form, Actor actor, UnitTree tree, IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, unitId, tree);
        var reception = new ScheduledReception(leaderPersonId, unitId);
        reception.Apply(date, startTime, endTime, place, form, clock);
        reception.Raise(new ReceptionDayScheduled(reception));
        return reception;
    }

    public void Reschedule(DateOnly date, TimeOnly startTime, TimeOnly endTime, string place, ReceptionForm form, Actor actor, UnitTree tree, IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, UnitId, tree);
        if (IsCancelled)
        {
            throw new DomainException("已取消的接访日不能再调整");
        }

        Apply(date, startTime, endTime, place, form, clock);
    }

    public void Cancel(string reason, Actor actor, UnitTree tree)
    {
        ContactAccess.EnsureCanRecord(actor, UnitId, tree);
        if (IsCancelled)
        {
            throw new DomainException("该接访日已取消");
        }

        CancelReason = Guard.Required(reason, "取消原因", 200);
        IsCancelled = true;
        Raise(new ReceptionDayCancelled(this));
    }

    private void Apply(DateOnly date, TimeOnly startTime, TimeOnly endTime, string place, ReceptionForm form, IClock clock)
    {
        if (date < clock.Today)
        {
            throw new DomainException("接访日期不能早于今天，须提前公布");
        }

        if (endTime <= startTime)
        {
            throw new DomainException("结束时间必须晚于开始时间");
        }

        Date = date;
        StartTime = startTime;
        EndTime = endTime;
        Place = Guard.Required(place, "接访地点", 200);
        Form = form;
    }
}
