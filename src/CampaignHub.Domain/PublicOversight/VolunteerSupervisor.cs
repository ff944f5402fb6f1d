using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.PublicOversight;

/// <summary>
/// 群众义务监督员: a named member of the public the office appoints to watch the disclosed commitments and
/// rectification items (公开承诺、公开整改) of the units they oversee, and to file observations on them. They see
/// only those units, only while their appointment runs (from the appointment day up to the day before it ends),
/// and sign in with an account the office opens for them.
/// </summary>
public sealed class VolunteerSupervisor : AggregateRoot
{
    public const int MaxNameLength = 50;
    public const int MaxNoteLength = 200;

    private readonly List<VolunteerUnit> _units = [];

    private VolunteerSupervisor()
    {
        Name = string.Empty;
        Phone = string.Empty;
    }

    public int CampaignId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Personal data: masked on every screen and export but the office's register.</summary>
    public string Phone { get; private set; }

    /// <summary>Who they are (e.g. 退休教师、社区居民代表): helps the units know their supervisor.</summary>
    public string? Note { get; private set; }

    public DateOnly AppointedOn { get; private set; }

    /// <summary>The day the appointment ends: from that day on they no longer see, file or sign in.</summary>
    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>The login name of the account the office opened for them; null until opened.</summary>
    public string? UserName { get; private set; }

    public IReadOnlyList<VolunteerUnit> Units => _units;

    public IReadOnlySet<int> OverseenUnitIds => _units.Select(u => u.UnitId).ToHashSet();

    /// <summary>The office appoints a volunteer for the units they will oversee.</summary>
    public static VolunteerSupervisor Appoint(int campaignId, VolunteerDetails details, Actor actor, UnitTree tree, IClock clock)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        var volunteer = new VolunteerSupervisor { CampaignId = campaignId };
        volunteer.Apply(details, tree, clock);
        volunteer.Raise(new VolunteerAppointed(volunteer));
        return volunteer;
    }

    /// <summary>The office corrects the name, phone, note, appointment day or overseen units of a serving volunteer.</summary>
    public void Revise(VolunteerDetails details, Actor actor, UnitTree tree, IClock clock)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        if (!IsOpen)
        {
            throw new DomainException("聘期已结束的义务监督员不能再修改");
        }

        Apply(details, tree, clock);
        Raise(new VolunteerRevised(this));
    }

    /// <summary>The office ends the appointment on a day (today or later; not before the appointment day), with a reason.</summary>
    public void EndAppointment(DateOnly endedOn, string reason, Actor actor, IClock clock)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        if (!IsOpen)
        {
            throw new DomainException("该义务监督员的聘期已经结束");
        }

        if (endedOn <= AppointedOn)
        {
            throw new DomainException("聘期结束日期须晚于聘任日期");
        }

        if (endedOn < clock.Today)
        {
            throw new DomainException("聘期结束日期不能早于今天");
        }

        EndReason = Guard.Required(reason, "结束原因", MaxNoteLength);
        EndedOn = endedOn;
        Raise(new VolunteerAppointmentEnded(this));
    }

    /// <summary>Links the account the office opened: one account per volunteer, for a serving volunteer only.</summary>
    public void AttachAccount(string userName, Actor actor, IClock clock)
    {
        OversightRules.WhyCannotKeepRegister(actor).Ensure();
        if (UserName is not null)
        {
            throw new DomainException($"{Name}已有登录账号");
        }

        if (!MayOpenAccount(clock.Today))
        {
            throw new DomainException($"{Name}的聘期已结束，不能开设账号");
        }

        UserName = Guard.Required(userName, "账号", 32);
        Raise(new VolunteerAccountOpened(this));
    }

    /// <summary>The register's entry may be corrected and the appointment ended until it has been ended.</summary>
    public bool IsOpen => EndedOn is null;

    /// <summary>An account may be opened once, while the appointment has not ended.</summary>
    public bool MayOpenAccount(DateOnly today) => UserName is null && (EndedOn is null || today < EndedOn);

    /// <summary>Serving from the appointment day up to the day before the appointment ends.</summary>
    public bool IsServingOn(DateOnly day) => AppointedOn <= day && (EndedOn is null || day < EndedOn);

    public VolunteerStanding StandingOn(DateOnly day) =>
        day < AppointedOn ? VolunteerStanding.NotYetAppointed : IsServingOn(day) ? VolunteerStanding.Serving : VolunteerStanding.Ended;

    /// <summary>Why the volunteer may not sign in on <paramref name="day"/>; null when they may.</summary>
    public string? WhyCannotSignIn(DateOnly day) => StandingOn(day) switch
    {
        VolunteerStanding.NotYetAppointed => $"您的义务监督员聘期自{AppointedOn:yyyy年M月d日}开始，届时方可登录",
        VolunteerStanding.Ended => $"您的义务监督员聘期已于{EndedOn:yyyy年M月d日}结束，不能再登录",
        _ => null,
    };

    /// <summary>What the volunteer may see and file on: only a serving volunteer, only the units they oversee.</summary>
    public ActionAnswer WhyCannotWatch(int unitId, DateOnly today) => ActionAnswer.FirstOf(
        ActionAnswer.When(WhyCannotSignIn(today) is null, ActionAnswer.NotPermitted(WhyCannotSignIn(today) ?? string.Empty)),
        ActionAnswer.When(OverseenUnitIds.Contains(unitId), ActionAnswer.NotPermitted("您不是该单位的义务监督员，不能查看或监督该单位的事项")));

    private void Apply(VolunteerDetails details, UnitTree tree, IClock clock)
    {
        Name = Guard.Required(details.Name, "姓名", MaxNameLength);
        var phone = Guard.Required(details.Phone, "联系电话", 20);
        if (!phone.All(c => char.IsAsciiDigit(c) || c is '-' or ' ') || phone.Count(char.IsAsciiDigit) < 7)
        {
            throw new DomainException("联系电话格式不正确");
        }

        Phone = phone;
        Note = Guard.Optional(details.Note, "身份说明", MaxNoteLength);
        if (details.AppointedOn > clock.Today.AddDays(30))
        {
            throw new DomainException("聘任日期不能晚于30天以后");
        }

        AppointedOn = details.AppointedOn;
        var units = details.UnitIds.Distinct().ToList();
        if (units.Count == 0)
        {
            throw new DomainException("请选择义务监督员监督的单位");
        }

        if (units.FirstOrDefault(id => !tree.Contains(id)) is var missing and not 0)
        {
            throw new NotFoundException($"找不到单位（编号{missing}）");
        }

        _units.RemoveAll(u => !units.Contains(u.UnitId));
        foreach (var unitId in units.Where(id => _units.All(u => u.UnitId != id)))
        {
            _units.Add(new VolunteerUnit(unitId));
        }
    }
}

/// <summary>One unit a volunteer oversees.</summary>
public sealed class VolunteerUnit
{
    private VolunteerUnit()
    {
    }

    internal VolunteerUnit(int unitId)
    {
        UnitId = unitId;
    }

    public int Id { get; private set; }

    public int VolunteerSupervisorId { get; private set; }

    public int UnitId { get; private set; }
}

/// <summary>What the office enters about a volunteer.</summary>
public sealed record VolunteerDetails(string? Name, string? Phone, string? Note, DateOnly AppointedOn, IReadOnlyList<int> UnitIds);

public enum VolunteerStanding
{
    /// <summary>未到聘期.</summary>
    NotYetAppointed = 0,

    /// <summary>在聘.</summary>
    Serving = 1,

    /// <summary>聘期已结束.</summary>
    Ended = 2,
}

public static class VolunteerStandingNames
{
    public static string ToChinese(this VolunteerStanding standing) => standing switch
    {
        VolunteerStanding.NotYetAppointed => "未到聘期",
        VolunteerStanding.Serving => "在聘",
        VolunteerStanding.Ended => "聘期已结束",
        _ => standing.ToString(),
    };
}

/// <summary>A volunteer's phone is personal data: every list and export shows it masked (138****5678).</summary>
public static class VolunteerPrivacy
{
    public static string MaskedPhone(VolunteerSupervisor volunteer) => PersonalDataMasking.MaskPhone(volunteer.Phone) ?? string.Empty;
}
