using System.Globalization;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.Linkage;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Domain.RuleRegister;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Supervision;

namespace CampaignHub.Domain.EvidenceArchive;

/// <summary>
/// Turns each kind of record into an <see cref="ArchiveRecord"/>, deciding once per kind when its material is owed:
/// when the work has happened (an item done or completed, an activity recorded, a meeting held, a report back sent).
/// Planned or running work owes nothing yet. <paramref name="personName"/> arguments resolve person ids to names.
/// </summary>
public static class ArchiveRecords
{
    public static ArchiveRecord From(WorkItem item, Func<int, string?> personName) => new(
        ArchiveKind.WorkItem, item.Id, item.Title, item.CompletedOn ?? item.PlannedDate,
        $"{item.Kind.ToChinese()} · {item.Status.ToChinese()}",
        item.ResponsiblePersonId is { } leader ? personName(leader) : null,
        EvidenceDue: item.Status == WorkItemStatus.Done,
        item.Evidence.Select(e => new ArchiveFile(e.FileName, e.StoredPath, e.ContentType, e.SizeBytes)).ToList());

    /// <summary>A recorded activity has happened (its dates cannot lie in the future), so it always owes its material.</summary>
    public static ArchiveRecord From(ContactActivity activity, Func<int, string?> personName) => new(
        ArchiveKind.ContactActivity, activity.Id, $"{activity.DutyType.ToChinese()}：{activity.Place}", activity.StartDate,
        activity.Days > 1 ? $"{activity.StartDate:yyyy-MM-dd}至{activity.EndDate:yyyy-MM-dd}" : "已开展",
        personName(activity.PersonId),
        EvidenceDue: true,
        activity.Evidence.Select(e => new ArchiveFile(e.FileName, e.StoragePath, e.ContentType, e.SizeBytes)).ToList(),
        Note: activity.Outcome);

    /// <summary>A completed or verified item owes its evidence; a reason for having none is shown, but does not replace it.</summary>
    public static ArchiveRecord From(RectificationItem item) => new(
        ArchiveKind.RectificationItem, item.Id, item.Title, item.CompletedOn ?? item.Deadline,
        item.Status.ToChinese(), item.ResponsiblePerson,
        EvidenceDue: item.Status.IsFinished(),
        item.Evidence.Select(e => new ArchiveFile(e.FileName, e.StoragePath, e.ContentType, e.SizeBytes)).ToList(),
        Note: item.NoEvidenceReason is { } reason ? $"无实物资料的原因：{reason}" : null);

    /// <summary>An order owes material once the unit has reported back on it; the files of every round count.</summary>
    public static ArchiveRecord From(RectificationOrder order) => new(
        ArchiveKind.RectificationOrder, order.Id, order.Reason, Common.ChinaTime.DateOf(order.IssuedAt),
        order.Feedback.Count == 0 ? "尚未反馈" : $"已反馈{order.Feedback.Count}轮",
        order.Feedback.LastOrDefault()?.SubmittedByName,
        EvidenceDue: order.Feedback.Count > 0,
        order.Feedback.SelectMany(f => f.Evidence).Select(e => new ArchiveFile(e.FileName, e.StoragePath, e.ContentType, e.SizeBytes)).ToList(),
        Note: order.Feedback.LastOrDefault()?.Measures);

    public static ArchiveRecord From(Commitment commitment) => Written(
        ArchiveKind.Commitment, commitment.Id, commitment.Content, commitment.DoneOn ?? commitment.Deadline, commitment.Status.ToChinese(), commitment.ResponsiblePerson,
        commitment.Status == CommitmentStatus.Done,
        commitment.ResultNote is { } result ? $"办结情况：{result}" : $"目标：{commitment.Goal}；措施：{commitment.Measures}");

    public static ArchiveRecord From(UpperDepartmentVisit visit) => Written(
        ArchiveKind.UpperVisit, visit.Id, $"对接{visit.DepartmentVisited}", visit.VisitedOn, "已对接", visit.LeaderName, true,
        $"一批整改事项{visit.FirstBatchItems.Count}项，反映问题{visit.ReportedProblems.Count}个；借鉴经验：{visit.ExperienceTakenOver}");

    public static ArchiveRecord From(GrassrootsVisit visit) => Written(
        ArchiveKind.GrassrootsVisit, visit.Id, $"到{visit.GrassrootsUnitName}{visit.Theme.ToChinese()}", visit.VisitedOn, "已下基层", visit.LeaderName, true,
        $"发现问题：{visit.Findings}" + (visit.Claims.Count > 0 ? $"；认领“表现在下、根子在上”问题{visit.Claims.Count}个" : string.Empty));

    public static ArchiveRecord From(DemocraticLifeMeeting meeting) => Written(
        ArchiveKind.Meeting, meeting.Id, meeting.Kind.ToChinese(), meeting.HeldOn ?? meeting.ScheduledOn, meeting.Status.ToChinese(), meeting.UpperLeaderName, meeting.IsHeld,
        $"发言记录{meeting.Contributions.Count}人，民主测评{meeting.Appraisals.Count}人" + (meeting.BriefingHeldOn is { } briefing ? $"；{briefing:yyyy-MM-dd}召开情况通报会" : string.Empty));

    public static ArchiveRecord From(HeartToHeartTalk talk, Func<int, string?> personName) => Written(
        ArchiveKind.Talk, talk.Id, $"{personName(talk.FirstPersonId)}与{personName(talk.SecondPersonId)}谈心谈话", talk.HeldOn, "已谈", null, true,
        $"谈话要点：{talk.Topics}");

    /// <summary>A material owes nothing before it is submitted for review; from then on its versions are its record.</summary>
    public static ArchiveRecord From(SelfExaminationMaterial material, Func<int, string?> personName) => Written(
        ArchiveKind.Material, material.Id, $"{personName(material.AuthorPersonId)}{material.Kind.ToChinese()}", material.SentOutOn ?? Common.ChinaTime.DateOf(material.UpdatedAt), material.Status.ToChinese(), personName(material.AuthorPersonId),
        material.Status is MaterialStatus.Submitted or MaterialStatus.Passed or MaterialStatus.Revised or MaterialStatus.SentOut,
        $"共{material.Versions.Count}稿" + (material.CirculationScope is { } scope ? $"；印发范围：{scope}" : string.Empty));

    public static ArchiveRecord From(DemocraticEvaluation evaluation) => Written(
        ArchiveKind.Evaluation, evaluation.Id, $"第{evaluation.Round}轮民主评议", evaluation.HeldOn, evaluation.Status.ToChinese(), null, evaluation.IsClosed,
        $"评议票{evaluation.Ballots.Count}张" + (evaluation.Outcome is { } outcome ? $"；{outcome.ToChinese()}" : string.Empty));

    public static ArchiveRecord From(RectificationPlan plan, Func<int, string?> personName) => Written(
        ArchiveKind.RectificationPlan, plan.Id, plan.Title, plan.FiledOn, plan.Kind.ToChinese(), plan.PersonId is { } person ? personName(person) : null, true,
        $"关联整改事项{plan.Links.Count}项；{plan.Summary}");

    public static ArchiveRecord From(RuleRecord rule) => Written(
        ArchiveKind.Rule, rule.Id, rule.Title, rule.IssuedOn ?? rule.DraftedOn, rule.Status.ToChinese(), null, rule.Status != RuleStatus.Drafting,
        rule.DocumentNumber is { } number ? $"文号：{number}" + (rule.InForceOn is { } on ? $"；{on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}施行" : string.Empty) : "尚未印发");

    private static ArchiveRecord Written(ArchiveKind kind, int id, string title, DateOnly? date, string status, string? responsible, bool due, string writtenRecord) =>
        new(kind, id, title, date, status, responsible, due, [], writtenRecord);
}
