using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Opinions;
using CampaignHub.Features.Public;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.ContactDuties;

internal static class ActivityQueries
{
    public static async Task<List<ContactActivity>> ForPersonAsync(CampaignHubDbContext db, int personId, int year, CancellationToken cancellationToken)
    {
        var range = ComplianceEngine.YearRange(year);
        return await db.Set<ContactActivity>().AsNoTracking().Include("_evidence").Include("_opinionNotes")
            .Where(a => a.PersonId == personId && a.EndDate >= range.Start && a.StartDate <= range.End)
            .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Display names of the accounts that recorded activities: login names never reach the screen.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RecorderNamesAsync(CampaignHubDbContext db, IEnumerable<string> userNames, CancellationToken cancellationToken, Actor? actor = null)
    {
        var wanted = userNames.Distinct().ToList();
        var names = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && wanted.Contains(u.UserName))
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, cancellationToken);
        names.TryAdd(Actor.System.UserName, Actor.System.DisplayName);
        if (actor is not null)
        {
            names[actor.UserName] = actor.DisplayName;
        }

        return names;
    }

    public static ActivityDto ToDto(ContactActivity a, string personName, IReadOnlyDictionary<string, string> recorderNames) => new(
        a.Id,
        a.Version,
        a.PersonId,
        personName,
        a.UnitId,
        a.DutyType,
        a.StartDate,
        a.EndDate,
        a.Days,
        a.Place,
        a.PeopleMet,
        a.Content,
        a.Outcome,
        recorderNames.TryGetValue(a.RecordedBy, out var recorder) ? recorder : "—",
        a.Evidence.Select(e => new EvidenceDto(e.Id, e.FileName, e.SizeBytes)).ToList(),
        a.OpinionNotes.Select(n => new OpinionNoteDto(n.Id, n.Content, n.RaisedBy, n.OpinionId)).ToList());
}

/// <summary>
/// Records contact activities with their evidence and the opinions raised. The person's unit is read
/// from the store, never taken from the caller, and the domain checks that the actor may record for it:
/// a coordinator only for their unit and its sub-units, a leader only for their own unit.
/// Every opinion heard becomes an Opinion in the pipeline (source 联系走访, the leader as the one who received it,
/// linked back to the activity) and is noted on the activity with a link to it, in one transaction: the office then
/// hands it to a unit with a time limit (交办、限时办结). Notes recorded before this stay as they are.
/// </summary>
public sealed class ContactActivityService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock, EvidenceStore evidenceStore)
{
    /// <summary>Photos, scans and office documents.</summary>
    public static readonly IReadOnlySet<string> AllowedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".txt",
    };

    public async Task<IReadOnlyList<PersonOptionDto>> RecordablePeopleAsync(Actor actor, int? unitId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var today = clock.Today;
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ShortName ?? u.Name, cancellationToken);
        var people = await db.Set<Person>().AsNoTracking()
            .Where(p => unitId == null || p.UnitId == unitId)
            .ToListAsync(cancellationToken);
        return people
            .Where(p => p.IsActiveOn(today) && ContactAccess.CanRecord(actor, p.UnitId, tree))
            .OrderBy(p => p.UnitId).ThenBy(p => p.Role).ThenBy(p => p.Id)
            .Select(p => new PersonOptionDto(p.Id, p.Name, p.Title, p.Role, p.UnitId, units[p.UnitId]))
            .ToList();
    }

    public async Task<ActivityDto> RecordAsync(Actor actor, RecordActivityRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PersonId, cancellationToken)
            ?? throw new NotFoundException("找不到该人员");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        ContactAccess.EnsureCanRecord(actor, person.UnitId, tree);

        var activity = ContactActivity.Record(
            person.Id, person.UnitId, request.DutyType, request.StartDate, request.EndDate,
            request.Place, request.PeopleMet, request.Content, request.Outcome, actor, tree, clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        await RaiseOpinionsAsync(db, activity, person, request.Opinions ?? [], actor, tree, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return ActivityQueries.ToDto(activity, person.Name, new Dictionary<string, string> { [actor.UserName] = actor.DisplayName });
    }

    public async Task<ActivityDto> CorrectAsync(Actor actor, int activityId, int expectedVersion, RecordActivityRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var (activity, person, tree) = await LoadAsync(db, activityId, cancellationToken);
        var names = await ActivityQueries.RecorderNamesAsync(db, [activity.RecordedBy], cancellationToken, actor);
        activity.EnsureVersion(expectedVersion, () => ActivityQueries.ToDto(activity, person.Name, names));
        activity.Correct(request.StartDate, request.EndDate, request.Place, request.PeopleMet, request.Content, request.Outcome, actor, tree, clock);
        await db.SaveOrConflictAsync(async () => await CurrentAsync(activityId, person.Name, cancellationToken), cancellationToken);
        return ActivityQueries.ToDto(activity, person.Name, names);
    }

    public async Task<ActivityDto> NoteOpinionAsync(Actor actor, int activityId, OpinionNoteInput note, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var (activity, person, tree) = await LoadAsync(db, activityId, cancellationToken);
        var names = await ActivityQueries.RecorderNamesAsync(db, [activity.RecordedBy], cancellationToken, actor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RaiseOpinionsAsync(db, activity, person, [note], actor, tree, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ActivityQueries.ToDto(activity, person.Name, names);
    }

    public async Task<ActivityDto> AddEvidenceAsync(Actor actor, int activityId, Stream content, string fileName, string contentType, CancellationToken cancellationToken = default)
    {
        if (!AllowedExtensions.Contains(Path.GetExtension(fileName)))
        {
            throw new DomainException("只能上传图片、PDF、Word、Excel、PPT或文本文件");
        }

        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var (activity, person, tree) = await LoadAsync(db, activityId, cancellationToken);
        var names = await ActivityQueries.RecorderNamesAsync(db, [activity.RecordedBy], cancellationToken, actor);
        ContactAccess.EnsureCanRecord(actor, activity.UnitId, tree);
        var stored = await evidenceStore.SaveAsync(content, fileName, contentType, ActivityEvidence.MaxSizeBytes, cancellationToken);
        try
        {
            activity.AddEvidence(stored.FileName, stored.RelativePath, stored.ContentType, stored.SizeBytes, actor, tree);
            await db.SaveOrConflictAsync(async () => await CurrentAsync(activityId, person.Name, cancellationToken), cancellationToken);
        }
        catch
        {
            evidenceStore.Delete(stored.RelativePath);
            throw;
        }

        return ActivityQueries.ToDto(activity, person.Name, names);
    }

    /// <summary>For the authorised download endpoint: any staff member may read evidence.</summary>
    public async Task<(Stream Content, string FileName, string ContentType)> OpenEvidenceAsync(int evidenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var evidence = await db.Set<ActivityEvidence>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId, cancellationToken)
            ?? throw new NotFoundException("找不到该实物资料");
        return (evidenceStore.OpenRead(evidence.StoragePath), evidence.FileName, evidence.ContentType);
    }

    private static async Task<(ContactActivity Activity, Person Person, UnitTree Tree)> LoadAsync(CampaignHubDbContext db, int activityId, CancellationToken cancellationToken)
    {
        var activity = await db.Set<ContactActivity>().Include("_evidence").Include("_opinionNotes").FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken)
            ?? throw new NotFoundException("找不到该活动记录");
        var person = await db.Set<Person>().AsNoTracking().FirstAsync(p => p.Id == activity.PersonId, cancellationToken);
        return (activity, person, await db.LoadUnitTreeAsync(cancellationToken));
    }

    private async Task<object?> CurrentAsync(int activityId, string personName, CancellationToken cancellationToken)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await fresh.Set<ContactActivity>().AsNoTracking().Include("_evidence").Include("_opinionNotes").FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        return current is null ? null : ActivityQueries.ToDto(current, personName, await ActivityQueries.RecorderNamesAsync(fresh, [current.RecordedBy], cancellationToken));
    }

    /// <summary>
    /// Turns the opinions heard during the (saved) activity into Opinions of the campaign running on its day, each
    /// noted on the activity with a link to its Opinion.
    /// </summary>
    private async Task RaiseOpinionsAsync(CampaignHubDbContext db, ContactActivity activity, Person person, IReadOnlyList<OpinionNoteInput> heard, Actor actor, UnitTree tree, CancellationToken cancellationToken)
    {
        if (heard.Count == 0)
        {
            return;
        }

        var campaignId = await CurrentCampaign.IdAsync(db, activity.EndDate, cancellationToken) ?? throw new DomainException("还没有活动，群众意见无法进入意见台账");
        var raised = new List<(ActivityOpinionNote Note, Opinion Opinion)>();
        foreach (var input in heard)
        {
            var opinion = Opinion.RaisedAtContactActivity(campaignId, activity, person.Name, input.Category, input.Content, input.RaisedBy, input.RaisedByPhone, actor, tree, clock);
            raised.Add((activity.NoteOpinion(input.Content, input.RaisedBy, actor, tree), opinion));
            db.Add(opinion);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (note, opinion) in raised)
        {
            activity.MarkOpinionCreated(note, opinion.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

}
