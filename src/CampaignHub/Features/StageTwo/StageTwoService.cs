using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.StageTwo;

/// <summary>
/// Stage two of a campaign (查摆问题、开展批评) for its units: self-examination materials, heart-to-heart talks, the
/// democratic life meeting and the 情况通报会. Every write is decided by the domain against the acting person and
/// saved with the audit trail; the change feed hears of it through the aggregates' events.
/// </summary>
public sealed class StageTwoService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    /// <summary>Every participating unit the actor may read, with its progress computed by the domain.</summary>
    public async Task<StageTwoOverviewDto> OverviewAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Id, c.Title }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var unitIds = await db.Set<CampaignUnit>().AsNoTracking().Where(u => u.CampaignId == campaignId).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var readable = unitIds.Where(id => StageTwoAccess.CanRead(actor, id, tree)).ToList();
        if (readable.Count == 0 && unitIds.Count > 0 && !actor.IsOffice && !actor.IsSupervisor && !actor.IsIn(Roles.Leader))
        {
            throw new AccessDeniedException("您无权查看查摆问题、开展批评环节进展");
        }

        var records = await StageTwoRecords.LoadAsync(db, campaignId, readable, cancellationToken);
        var rows = readable
            .Select(id => records.RowOf(id))
            .OrderBy(r => records.DisplayOrderOf(r.UnitId)).ThenBy(r => r.UnitId)
            .ToList();
        return new StageTwoOverviewDto(campaign.Id, campaign.Title, rows);
    }

    /// <summary>The overview as an .xlsx workbook: one row per unit, the progress columns as the page shows them.</summary>
    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var overview = await OverviewAsync(actor, campaignId, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<StageTwoRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("单位", r => r.UnitName, 24),
            new("单位类别", r => r.UnitKind, 16),
            new("所处阶段", r => r.Progress.StageText, 16),
            new("对照检查材料", r => r.MaterialStatus, 14),
            new("材料审核通过", r => StageTwoExport.YesNo(r.Progress.MaterialPassed), 10),
            new("必谈完成", r => StageTwoExport.YesNo(r.Progress.TalksComplete), 10),
            new("未谈对数", r => r.MissingTalks, 10),
            new("专题民主生活会（组织生活会）", r => r.Meeting, 30),
            new("情况通报会", r => r.BriefingHeldOn is { } on ? on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "未召开", 14),
        };
        return new XlsxWriter().AddSheet("查摆问题开展批评", overview.Rows, columns, $"{overview.CampaignTitle}查摆问题、开展批评环节进展").ToBytes();
    }

    /// <summary>One unit's stage two, for those who may read the unit's work.</summary>
    public async Task<StageTwoUnitDto> UnitAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, unitId, cancellationToken);
        StageTwoAccess.EnsureCanRead(actor, unitId, tree);
        var records = await StageTwoRecords.LoadAsync(db, campaignId, [unitId], cancellationToken);
        var groups = await db.Set<SupervisionGroup>().AsNoTracking().Include(g => g.Units).ToListAsync(cancellationToken);
        return records.UnitView(unitId, actor, tree, clock.Today, groups.Where(g => g.Supervises(unitId)).Select(g => new OptionDto(g.Id, g.Name)).ToList());
    }

    public async Task<MaterialVersionDiff> DiffAsync(Actor actor, int materialId, int olderNumber, int newerNumber, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var material = await LoadMaterialAsync(db, materialId, cancellationToken);
        StageTwoAccess.EnsureCanRead(actor, material.UnitId, await db.LoadUnitTreeAsync(cancellationToken));
        return MaterialDiff.Compare(material.GetVersion(olderNumber), material.GetVersion(newerNumber));
    }

    public async Task<int> StartMaterialAsync(Actor actor, int campaignId, int unitId, StartMaterialInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, unitId, cancellationToken);
        StageTwoAccess.WhyCannotKeep(actor, unitId).Ensure();
        var author = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.AuthorPersonId && p.UnitId == unitId, cancellationToken)
            ?? throw new DomainException("撰写人必须是本单位登记的人员");
        if (input.Kind != MaterialKind.TeamMember && author.Role != PersonRole.MainLeader)
        {
            throw new DomainException(input.Kind == MaterialKind.Team ? "领导班子对照检查材料由主要负责同志主持起草" : "村（社区）正职个人对照检查材料由其本人撰写");
        }

        if (await db.Set<SelfExaminationMaterial>().AnyAsync(m => m.CampaignId == campaignId && m.UnitId == unitId && m.Kind == input.Kind && m.AuthorPersonId == author.Id, cancellationToken))
        {
            throw new DomainException("该对照检查材料已存在，请在原材料上修改");
        }

        var material = SelfExaminationMaterial.Draft(campaignId, unitId, input.Kind, author.Id, input.Text ?? MaterialText.Empty, actor, clock);
        db.Add(material);
        await db.SaveChangesAsync(cancellationToken);
        return material.Id;
    }

    public Task SaveMaterialAsync(Actor actor, int materialId, MaterialTextInput input, CancellationToken cancellationToken = default) =>
        EditMaterialAsync(actor, materialId, input.Version, MaterialAction.Save, (m, tree) => m.Save(input.Text ?? MaterialText.Empty, actor, tree, clock), cancellationToken);

    public Task CirculateAsync(Actor actor, int materialId, NoteInput input, CancellationToken cancellationToken = default) =>
        EditMaterialAsync(actor, materialId, input.Version, MaterialAction.Circulate, (m, tree) => m.Circulate(input.Note ?? string.Empty, actor, tree, clock), cancellationToken);

    /// <summary>报送审核 of the texts as the editor has them: saved, then submitted as one step.</summary>
    public Task SubmitMaterialAsync(Actor actor, int materialId, MaterialTextInput input, CancellationToken cancellationToken = default) =>
        EditMaterialAsync(actor, materialId, input.Version, MaterialAction.Submit, (m, tree) =>
        {
            var text = input.Text ?? MaterialText.Empty;
            text.Normalised().EnsureComplete();
            m.Save(text, actor, tree, clock);
            m.Submit(actor, tree, clock);
        }, cancellationToken);

    public Task PassMaterialAsync(Actor actor, int materialId, NoteInput input, CancellationToken cancellationToken = default) =>
        EditMaterialAsync(actor, materialId, input.Version, MaterialAction.Pass, (m, tree) => m.Pass(input.Note, actor, tree, clock), cancellationToken);

    public Task ReturnMaterialAsync(Actor actor, int materialId, NoteInput input, CancellationToken cancellationToken = default) =>
        EditMaterialAsync(actor, materialId, input.Version, MaterialAction.Return, (m, tree) => m.Return(input.Note ?? string.Empty, actor, tree, clock), cancellationToken);

    public async Task ReviseAfterMeetingAsync(Actor actor, int materialId, MaterialTextInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var material = await LoadMaterialAsync(db, materialId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        EnsureRights(material.WhyCannot(MaterialAction.ReviseAfterMeeting, actor, tree, meetingHeld: true));
        material.EnsureVersion(input.Version, () => null);
        var held = await db.Set<DemocraticLifeMeeting>().AnyAsync(m => m.CampaignId == material.CampaignId && m.UnitId == material.UnitId && m.Status == MeetingStatus.Held, cancellationToken);
        material.ReviseAfterMeeting(input.Text ?? MaterialText.Empty, held, actor, tree, clock);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task SendOutAsync(Actor actor, int materialId, int version, DateOnly? sentOn, CancellationToken cancellationToken = default) =>
        EditMaterialAsync(actor, materialId, version, MaterialAction.SendOut, (m, tree) => m.SendOut(sentOn ?? throw new DomainException("请填写印发日期"), actor, tree, clock), cancellationToken);

    /// <summary>A comment needs no version: comments from several people at once never conflict.</summary>
    public async Task CommentAsync(Actor actor, int materialId, CommentInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var material = await LoadMaterialAsync(db, materialId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        material.Comment(input.Text ?? string.Empty, actor, tree, clock);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> RecordTalkAsync(Actor actor, int campaignId, int unitId, TalkRecord record, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, unitId, cancellationToken);
        StageTwoAccess.WhyCannotKeep(actor, unitId).Ensure();
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var below = tree.SubtreeOf(unitId);
        var known = await db.Set<Person>().Where(p => below.Contains(p.UnitId) && (p.Id == record.FirstPersonId || p.Id == record.SecondPersonId)).CountAsync(cancellationToken);
        if (record.FirstPersonId != record.SecondPersonId && known < 2)
        {
            throw new DomainException("谈话双方必须是本单位或下属单位登记的人员");
        }

        var talk = HeartToHeartTalk.Record(campaignId, unitId, record, actor, clock);
        db.Add(talk);
        await db.SaveChangesAsync(cancellationToken);
        return talk.Id;
    }

    public async Task AssignOversightAsync(Actor actor, int campaignId, int unitId, int memberPersonId, int departmentUnitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, unitId, cancellationToken);
        StageTwoAccess.WhyCannotKeep(actor, unitId).Ensure();
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        if (!await db.Set<Person>().AnyAsync(p => p.Id == memberPersonId && p.UnitId == unitId && p.Role == PersonRole.OtherLeader, cancellationToken))
        {
            throw new DomainException("分管领导必须是本单位的班子成员");
        }

        if (await db.Set<DepartmentOversight>().AnyAsync(o => o.CampaignId == campaignId && o.UnitId == unitId && o.MemberPersonId == memberPersonId && o.DepartmentUnitId == departmentUnitId, cancellationToken))
        {
            throw new DomainException("该分管关系已登记");
        }

        var isBelow = departmentUnitId != unitId && tree.Contains(departmentUnitId) && tree.IsAncestorOrSelf(unitId, departmentUnitId);
        db.Add(DepartmentOversight.Assign(campaignId, unitId, memberPersonId, departmentUnitId, isBelow, actor));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveOversightAsync(Actor actor, int oversightId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var oversight = await db.Set<DepartmentOversight>().FirstOrDefaultAsync(o => o.Id == oversightId, cancellationToken) ?? throw new NotFoundException("找不到该分管关系");
        oversight.Remove(actor);
        db.Remove(oversight);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> ScheduleMeetingAsync(Actor actor, int campaignId, int unitId, ScheduleMeetingInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, unitId, cancellationToken);
        StageTwoAccess.WhyCannotKeep(actor, unitId).Ensure();
        if (await db.Set<DemocraticLifeMeeting>().AnyAsync(m => m.CampaignId == campaignId && m.UnitId == unitId, cancellationToken))
        {
            throw new DomainException("本单位已安排会议，请调整原安排");
        }

        await EnsureGroupSupervisesAsync(db, input.Arrangement.SupervisionGroupId, unitId, cancellationToken);
        var meeting = DemocraticLifeMeeting.Schedule(campaignId, unitId, input.Kind, input.Arrangement, actor, clock);
        db.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return meeting.Id;
    }

    public async Task RescheduleMeetingAsync(Actor actor, int meetingId, int version, MeetingArrangement arrangement, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var meeting = await LoadMeetingAsync(db, meetingId, cancellationToken);
        EnsureRights(meeting.WhyCannot(MeetingAction.Reschedule, actor));
        meeting.EnsureVersion(version, () => null);
        await EnsureGroupSupervisesAsync(db, arrangement.SupervisionGroupId, meeting.UnitId, cancellationToken);
        meeting.Reschedule(arrangement, actor, clock);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>召开: the domain decides from the unit's materials and talks whether the meeting may be held.</summary>
    public async Task HoldMeetingAsync(Actor actor, int meetingId, int version, DateOnly? heldOn, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var meeting = await LoadMeetingAsync(db, meetingId, cancellationToken);
        EnsureRights(meeting.WhyCannot(MeetingAction.Hold, actor));
        meeting.EnsureVersion(version, () => null);
        var records = await StageTwoRecords.LoadAsync(db, meeting.CampaignId, [meeting.UnitId], cancellationToken);
        meeting.Hold(heldOn ?? throw new DomainException("请填写召开日期"), records.ReadinessOf(meeting.UnitId), actor, clock);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordContributionAsync(Actor actor, int meetingId, ContributionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var meeting = await LoadMeetingAsync(db, meetingId, cancellationToken);
        EnsureRights(meeting.WhyCannot(MeetingAction.RecordContribution, actor));
        await EnsureTeamMemberAsync(db, meeting.UnitId, input.PersonId, cancellationToken);
        meeting.RecordContribution(input.PersonId, input.Record ?? new ContributionRecord(null, null, null), actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordAppraisalAsync(Actor actor, int meetingId, int personId, AppraisalResult result, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var meeting = await LoadMeetingAsync(db, meetingId, cancellationToken);
        EnsureRights(meeting.WhyCannot(MeetingAction.RecordAppraisal, actor));
        await EnsureTeamMemberAsync(db, meeting.UnitId, personId, cancellationToken);
        meeting.RecordAppraisal(personId, result, actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>督导组点评: the group's text replaces its earlier one; no version, the group is its only author.</summary>
    public async Task WriteReviewAsync(Actor actor, int meetingId, CommentInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var meeting = await LoadMeetingAsync(db, meetingId, cancellationToken);
        meeting.WriteReview(input.Text ?? string.Empty, actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task HoldBriefingAsync(Actor actor, int meetingId, int version, BriefingRecord record, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var meeting = await LoadMeetingAsync(db, meetingId, cancellationToken);
        EnsureRights(meeting.WhyCannot(MeetingAction.HoldBriefing, actor));
        meeting.EnsureVersion(version, () => null);
        var records = await StageTwoRecords.LoadAsync(db, meeting.CampaignId, [meeting.UnitId], cancellationToken);
        meeting.HoldBriefing(record, records.PrincipalMaterialOf(meeting.UnitId)?.Status == MaterialStatus.SentOut, actor, clock);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EditMaterialAsync(Actor actor, int materialId, int version, MaterialAction action, Action<SelfExaminationMaterial, UnitTree> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var material = await LoadMaterialAsync(db, materialId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        EnsureRights(material.WhyCannot(action, actor, tree, meetingHeld: true));
        material.EnsureVersion(version, () => null);
        change(material, tree);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Refuses someone whose business the action is not before anything about its state or version is told.</summary>
    private static void EnsureRights(ActionAnswer answer)
    {
        if (answer.Refusal == RefusalKind.NotPermitted)
        {
            answer.Ensure();
        }
    }

    private static async Task<SelfExaminationMaterial> LoadMaterialAsync(CampaignHubDbContext db, int materialId, CancellationToken cancellationToken) =>
        await db.Set<SelfExaminationMaterial>().Include(m => m.Versions).Include(m => m.Comments).AsSplitQuery().FirstOrDefaultAsync(m => m.Id == materialId, cancellationToken)
        ?? throw new NotFoundException("找不到该对照检查材料");

    private static async Task<DemocraticLifeMeeting> LoadMeetingAsync(CampaignHubDbContext db, int meetingId, CancellationToken cancellationToken) =>
        await db.Set<DemocraticLifeMeeting>().Include(m => m.Contributions).Include(m => m.Appraisals).AsSplitQuery().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken)
        ?? throw new NotFoundException("找不到该会议");

    private static async Task EnsureParticipatesAsync(CampaignHubDbContext db, int campaignId, int unitId, CancellationToken cancellationToken)
    {
        if (!await db.Set<CampaignUnit>().AnyAsync(u => u.CampaignId == campaignId && u.UnitId == unitId, cancellationToken))
        {
            throw new NotFoundException("找不到该活动的参与单位");
        }
    }

    private static async Task EnsureGroupSupervisesAsync(CampaignHubDbContext db, int? groupId, int unitId, CancellationToken cancellationToken)
    {
        if (groupId is { } id && !await db.Set<SupervisedUnit>().AnyAsync(s => s.SupervisionGroupId == id && s.UnitId == unitId, cancellationToken))
        {
            throw new DomainException("参会督导组必须是督导本单位的督导组");
        }
    }

    private static async Task EnsureTeamMemberAsync(CampaignHubDbContext db, int unitId, int personId, CancellationToken cancellationToken)
    {
        if (!await db.Set<Person>().AnyAsync(p => p.Id == personId && p.UnitId == unitId, cancellationToken))
        {
            throw new DomainException("请选择本单位登记的人员");
        }
    }
}
