using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.StageTwo;

/// <summary>
/// The stage-two records of some units of a campaign, loaded once, and what the domain computes from them: each
/// team's roster and talk coverage, the meeting's readiness and the unit's progress. Read-only (no tracking).
/// </summary>
internal sealed class StageTwoRecords
{
    private readonly Dictionary<int, Unit> _units;
    private readonly Dictionary<int, Person> _people;
    private readonly List<SelfExaminationMaterial> _materials;
    private readonly List<HeartToHeartTalk> _talks;
    private readonly List<DepartmentOversight> _oversights;
    private readonly List<DemocraticLifeMeeting> _meetings;
    private readonly List<RedoOrder> _redos;

    private readonly int _campaignId;

    private StageTwoRecords(int campaignId, List<Unit> units, List<Person> people, List<SelfExaminationMaterial> materials, List<HeartToHeartTalk> talks, List<DepartmentOversight> oversights, List<DemocraticLifeMeeting> meetings, List<RedoOrder> redos)
    {
        _campaignId = campaignId;
        _units = units.ToDictionary(u => u.Id);
        _people = people.ToDictionary(p => p.Id);
        _materials = materials;
        _talks = talks;
        _oversights = oversights;
        _meetings = meetings;
        _redos = redos;
    }

    public static async Task<StageTwoRecords> LoadAsync(CampaignHubDbContext db, int campaignId, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        var ids = unitIds.ToList();
        var units = await db.Set<Unit>().AsNoTracking().ToListAsync(cancellationToken);
        var people = await db.Set<Person>().AsNoTracking().Where(p => p.LeftOn == null).ToListAsync(cancellationToken);
        var materials = await db.Set<SelfExaminationMaterial>().AsNoTracking().Include(m => m.Versions).Include(m => m.Comments).AsSplitQuery()
            .Where(m => m.CampaignId == campaignId && ids.Contains(m.UnitId)).ToListAsync(cancellationToken);
        var talks = await db.Set<HeartToHeartTalk>().AsNoTracking().Where(t => t.CampaignId == campaignId && ids.Contains(t.UnitId)).ToListAsync(cancellationToken);
        var oversights = await db.Set<DepartmentOversight>().AsNoTracking().Where(o => o.CampaignId == campaignId && ids.Contains(o.UnitId)).ToListAsync(cancellationToken);
        var meetings = await db.Set<DemocraticLifeMeeting>().AsNoTracking().Include(m => m.Contributions).Include(m => m.Appraisals).AsSplitQuery()
            .Where(m => m.CampaignId == campaignId && ids.Contains(m.UnitId)).ToListAsync(cancellationToken);
        var redos = await db.Set<RedoOrder>().AsNoTracking().Where(r => r.CampaignId == campaignId && ids.Contains(r.UnitId)).ToListAsync(cancellationToken);
        return new StageTwoRecords(campaignId, units, people, materials, talks, oversights, meetings, redos);
    }

    public int DisplayOrderOf(int unitId) => _units.TryGetValue(unitId, out var unit) ? unit.DisplayOrder : int.MaxValue;

    public SelfExaminationMaterial? PrincipalMaterialOf(int unitId) => StageTwoRules.PrincipalMaterial(MaterialsOf(unitId));

    public MeetingReadiness ReadinessOf(int unitId) => StageTwoRules.Readiness(MaterialsOf(unitId), CoverageOf(unitId));

    public StageTwoProgress ProgressOf(int unitId) =>
        StageTwoProgress.Of(MaterialsOf(unitId), CoverageOf(unitId), _talks.Count(t => t.UnitId == unitId), MeetingOf(unitId), _redos.Where(r => r.UnitId == unitId));

    public StageTwoRowDto RowOf(int unitId)
    {
        var progress = ProgressOf(unitId);
        var principal = PrincipalMaterialOf(unitId);
        var meeting = MeetingOf(unitId);
        var unit = _units.GetValueOrDefault(unitId);
        return new StageTwoRowDto(
            unitId,
            unit?.Name ?? "?",
            unit?.Kind.ToChinese() ?? string.Empty,
            progress,
            principal is null ? "未起草" : principal.Status.ToChinese(),
            CoverageOf(unitId).Missing.Count,
            meeting is null ? "未安排" : meeting.IsHeld ? $"{meeting.Kind.ToChinese()} {meeting.HeldOn:yyyy-MM-dd}已召开" : $"{meeting.Kind.ToChinese()} 定于{meeting.ScheduledOn:yyyy-MM-dd}",
            meeting?.BriefingHeldOn);
    }

    public StageTwoUnitDto UnitView(int unitId, Actor actor, UnitTree tree, DateOnly today, IReadOnlyList<OptionDto> supervisionGroups)
    {
        var meeting = MeetingOf(unitId);
        var readiness = ReadinessOf(unitId);
        var principalSentOut = PrincipalMaterialOf(unitId)?.Status == MaterialStatus.SentOut;
        var team = _people.Values.Where(p => p.UnitId == unitId && p.Role.IsLeader())
            .OrderBy(p => p.Role).ThenBy(p => p.Id)
            .Select(p => new PersonOptionDto(p.Id, p.Name, p.Title, p.Role.ToChinese()))
            .ToList();
        var heads = tree.ChildrenOf(unitId).Select(HeadOf).OfType<Person>()
            .Select(p => new PersonOptionDto(p.Id, p.Name, $"{_units.GetValueOrDefault(p.UnitId)?.Name}{p.Title}", "分管部门负责同志"));
        var departments = tree.ChildrenOf(unitId).Where(_units.ContainsKey).Select(id => new OptionDto(id, _units[id].Name)).ToList();
        return new StageTwoUnitDto(
            _campaignId,
            unitId,
            _units.GetValueOrDefault(unitId)?.Name ?? "?",
            today,
            ProgressOf(unitId),
            team,
            team.Where(p => p.Role == PersonRole.OtherLeader.ToChinese()).ToList(),
            team.Concat(heads).ToList(),
            MaterialsOf(unitId).OrderBy(m => m.Kind).ThenBy(m => m.Id).Select(m => MaterialView(m, actor, tree, meeting?.IsHeld == true)).ToList(),
            SelfExaminationMaterial.WhyCannot(MaterialAction.Save, actor, tree, unitId, MaterialKind.Team, status: null, everCirculated: false, meetingHeld: false),
            _talks.Where(t => t.UnitId == unitId).OrderByDescending(t => t.HeldOn).ThenByDescending(t => t.Id)
                .Select(t => new TalkDto(t.Id, NameOf(t.FirstPersonId), NameOf(t.SecondPersonId), t.HeldOn, t.Topics, t.OpinionsToFirst, t.OpinionsToSecond)).ToList(),
            CoverageOf(unitId),
            StageTwoAccess.WhyCannotKeep(actor, unitId),
            _oversights.Where(o => o.UnitId == unitId)
                .Select(o => new OversightDto(o.Id, NameOf(o.MemberPersonId), _units.GetValueOrDefault(o.DepartmentUnitId)?.Name ?? "?", HeadOf(o.DepartmentUnitId)?.Name)).ToList(),
            departments,
            meeting is null ? null : MeetingView(meeting, actor, readiness, principalSentOut, supervisionGroups),
            supervisionGroups,
            readiness.WhatIsMissing());
    }

    private MaterialDto MaterialView(SelfExaminationMaterial m, Actor actor, UnitTree tree, bool meetingHeld) => new(
        m.Id,
        m.Version,
        m.Kind,
        m.Kind.ToChinese(),
        NameOf(m.AuthorPersonId),
        m.Status,
        m.Status.ToChinese(),
        m.Text,
        m.CirculationScope,
        m.ReturnReason,
        m.SentOutOn,
        m.Versions.Select(v => new MaterialVersionDto(v.Number, v.Kind.ToChinese(), v.Text, v.ByName, v.At, v.Decision.ToChinese(), v.DecisionNote, v.DecidedByName)).ToList(),
        m.Comments.Select(c => new MaterialCommentDto(c.Text, c.ByName, c.ByRole, c.At)).ToList(),
        Enum.GetValues<MaterialAction>().ToDictionary(a => a, a => m.WhyCannot(a, actor, tree, meetingHeld)));

    private MeetingDto MeetingView(DemocraticLifeMeeting m, Actor actor, MeetingReadiness readiness, bool materialSentOut, IReadOnlyList<OptionDto> groups) => new(
        m.Id,
        m.Version,
        m.Kind,
        m.Kind.ToChinese(),
        m.Status.ToChinese(),
        m.ScheduledOn,
        m.UpperLeaderName,
        groups.FirstOrDefault(g => g.Id == m.SupervisionGroupId)?.Name,
        m.HeldOn,
        m.SupervisionReview,
        m.ReviewedByName,
        m.Contributions.Select(c => new ContributionDto(NameOf(c.PersonId), c.SelfCriticism, c.CriticismReceived, c.ResponseToPublic)).ToList(),
        m.Appraisals.Select(a => new AppraisalDto(NameOf(a.PersonId), a.Result.ToChinese())).ToList(),
        m.BriefingHeldOn,
        m.BriefingAttendance,
        m.BriefingMaterial,
        Enum.GetValues<MeetingAction>().ToDictionary(a => a, a => m.WhyCannot(a, actor, readiness, materialSentOut)));

    private IReadOnlyList<SelfExaminationMaterial> MaterialsOf(int unitId) => _materials.Where(m => m.UnitId == unitId).ToList();

    private DemocraticLifeMeeting? MeetingOf(int unitId) => _meetings.FirstOrDefault(m => m.UnitId == unitId);

    private TalkCoverageResult CoverageOf(int unitId)
    {
        var leaders = _people.Values.Where(p => p.UnitId == unitId && p.Role.IsLeader()).OrderBy(p => p.Id).ToList();
        var principal = leaders.FirstOrDefault(p => p.Role == PersonRole.MainLeader);
        var oversights = _oversights.Where(o => o.UnitId == unitId)
            .Select(o => (Member: _people.GetValueOrDefault(o.MemberPersonId), Head: HeadOf(o.DepartmentUnitId)))
            .Where(o => o.Member is not null && o.Head is not null)
            .Select(o => new Oversight(Team(o.Member!), Team(o.Head!)))
            .ToList();
        var roster = new TeamRoster(
            principal is null ? null : Team(principal),
            leaders.Where(p => p.Role == PersonRole.OtherLeader).Select(Team).ToList(),
            oversights);
        return TalkCoverage.Compute(roster, _talks.Where(t => t.UnitId == unitId).Select(t => t.Pair));
    }

    /// <summary>A department's head: its principal leader.</summary>
    private Person? HeadOf(int departmentUnitId) =>
        _people.Values.Where(p => p.UnitId == departmentUnitId && p.Role == PersonRole.MainLeader).OrderBy(p => p.Id).FirstOrDefault();

    private static TeamPerson Team(Person person) => new(person.Id, person.Name);

    private string NameOf(int personId) => _people.GetValueOrDefault(personId)?.Name ?? "（已离任）";
}
