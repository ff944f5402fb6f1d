using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>
/// A recorded contact activity of one person (a stay, a visit, a reception day, a talk...):
/// dates (inclusive, China calendar days), place, people met, content, outcome and evidence
/// ("every activity must have tangible material"). Opinions raised are kept as plain notes
/// until the web layer turns them into Opinions.
/// </summary>
public sealed class ContactActivity : AggregateRoot
{
    /// <summary>Longest single record: a stay cannot be longer than a year.</summary>
    public const int MaxDays = 366;

    private readonly List<ActivityEvidence> _evidence = [];
    private readonly List<ActivityOpinionNote> _opinionNotes = [];

    private ContactActivity()
    {
        Place = string.Empty;
        Content = string.Empty;
        RecordedBy = string.Empty;
    }

    private ContactActivity(int personId, int unitId, DutyType dutyType, Actor actor, IClock clock)
        : this()
    {
        PersonId = personId;
        UnitId = unitId;
        DutyType = dutyType;
        RecordedBy = actor.UserName;
        RecordedAt = clock.UtcNow;
    }

    public int PersonId { get; private set; }

    /// <summary>The unit of the person (whose coordinator may record), not the place visited.</summary>
    public int UnitId { get; private set; }

    public DutyType DutyType { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>Inclusive; equals <see cref="StartDate"/> for a one-day activity.</summary>
    public DateOnly EndDate { get; private set; }

    public string Place { get; private set; }

    public string? PeopleMet { get; private set; }

    public string Content { get; private set; }

    public string? Outcome { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<ActivityEvidence> Evidence => _evidence;

    public IReadOnlyList<ActivityOpinionNote> OpinionNotes => _opinionNotes;

    /// <summary>Calendar days covered, both ends included.</summary>
    public int Days => EndDate.DayNumber - StartDate.DayNumber + 1;

    public bool HasEvidence => _evidence.Count > 0;

    /// <summary>What the compliance engine reads.</summary>
    public DutySpan Span => new(PersonId, DutyType, StartDate, EndDate);

    public static ContactActivity Record(
        int personId, int unitId, DutyType dutyType, DateOnly startDate, DateOnly endDate,
        string place, string? peopleMet, string content, string? outcome,
        Actor actor, UnitTree tree, IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, unitId, tree);
        if (!dutyType.IsRecordedAsActivity())
        {
            throw new DomainException(dutyType.RecordedElsewhereMessage());
        }

        var activity = new ContactActivity(personId, unitId, dutyType, actor, clock);
        activity.Apply(startDate, endDate, place, peopleMet, content, outcome, clock);
        activity.Raise(new ContactActivityRecorded(activity));
        return activity;
    }

    /// <summary>Corrects the details; the person, unit and duty stay.</summary>
    public void Correct(DateOnly startDate, DateOnly endDate, string place, string? peopleMet, string content, string? outcome, Actor actor, UnitTree tree, IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, UnitId, tree);
        Apply(startDate, endDate, place, peopleMet, content, outcome, clock);
        RecordedBy = actor.UserName;
        RecordedAt = clock.UtcNow;
        Raise(new ContactActivityCorrected(this));
    }

    public ActivityEvidence AddEvidence(string fileName, string storagePath, string contentType, long sizeBytes, Actor actor, UnitTree tree)
    {
        ContactAccess.EnsureCanRecord(actor, UnitId, tree);
        var evidence = new ActivityEvidence(fileName, storagePath, contentType, sizeBytes);
        _evidence.Add(evidence);
        Raise(new ContactActivityEvidenceAdded(this));
        return evidence;
    }

    public void RemoveEvidence(ActivityEvidence evidence, Actor actor, UnitTree tree)
    {
        ContactAccess.EnsureCanRecord(actor, UnitId, tree);
        if (!_evidence.Remove(evidence))
        {
            throw new DomainException("找不到该实物资料");
        }
    }

    /// <summary>Notes an opinion raised during the activity.</summary>
    public ActivityOpinionNote NoteOpinion(string content, string? raisedBy, Actor actor, UnitTree tree)
    {
        ContactAccess.EnsureCanRecord(actor, UnitId, tree);
        var note = new ActivityOpinionNote(content, raisedBy);
        _opinionNotes.Add(note);
        Raise(new ContactActivityOpinionNoted(this));
        return note;
    }

    /// <summary>Links a note to the Opinion created from it, so it is not converted twice.</summary>
    public void MarkOpinionCreated(ActivityOpinionNote note, int opinionId)
    {
        if (!_opinionNotes.Contains(note))
        {
            throw new DomainException("找不到该意见记录");
        }

        note.LinkOpinion(opinionId);
    }

    private void Apply(DateOnly startDate, DateOnly endDate, string place, string? peopleMet, string content, string? outcome, IClock clock)
    {
        if (endDate < startDate)
        {
            throw new DomainException("结束日期不能早于开始日期");
        }

        if (endDate > clock.Today)
        {
            throw new DomainException("活动日期不能晚于今天");
        }

        if (endDate.DayNumber - startDate.DayNumber + 1 > MaxDays)
        {
            throw new DomainException($"一次活动不能超过{MaxDays}天");
        }

        StartDate = startDate;
        EndDate = endDate;
        Place = Guard.Required(place, "地点", 200);
        PeopleMet = Guard.Optional(peopleMet, "接触对象", 500);
        Content = Guard.Required(content, "活动内容", 4000);
        Outcome = Guard.Optional(outcome, "活动成效", 4000);
    }
}

/// <summary>A file or photo proving the activity happened (实物资料).</summary>
public sealed class ActivityEvidence : Entity
{
    /// <summary>20 MB: photos and scanned documents, not videos.</summary>
    public const long MaxSizeBytes = 20L * 1024 * 1024;

    private ActivityEvidence()
    {
        FileName = string.Empty;
        StoragePath = string.Empty;
        ContentType = string.Empty;
    }

    internal ActivityEvidence(string fileName, string storagePath, string contentType, long sizeBytes)
    {
        FileName = Guard.Required(fileName, "文件名", 200);
        StoragePath = Guard.Required(storagePath, "存储路径", 500);
        ContentType = Guard.Required(contentType, "文件类型", 100);
        if (sizeBytes <= 0)
        {
            throw new DomainException("文件不能为空");
        }

        if (sizeBytes > MaxSizeBytes)
        {
            throw new DomainException("单个文件不能超过20MB");
        }

        SizeBytes = sizeBytes;
    }

    public string FileName { get; private set; }

    public string StoragePath { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }
}

/// <summary>An opinion raised during an activity, kept as a plain note until it becomes an Opinion.</summary>
public sealed class ActivityOpinionNote : Entity
{
    private ActivityOpinionNote()
    {
        Content = string.Empty;
    }

    internal ActivityOpinionNote(string content, string? raisedBy)
    {
        Content = Guard.Required(content, "意见内容", 2000);
        RaisedBy = Guard.Optional(raisedBy, "提出人", 100);
    }

    public string Content { get; private set; }

    public string? RaisedBy { get; private set; }

    /// <summary>The Opinion created from this note, once there is one.</summary>
    public int? OpinionId { get; private set; }

    internal void LinkOpinion(int opinionId)
    {
        if (OpinionId is not null)
        {
            throw new DomainException("该意见已转为意见建议");
        }

        OpinionId = opinionId;
    }
}
