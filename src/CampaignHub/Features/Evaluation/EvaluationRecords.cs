using CampaignHub.Components.Shared;
using CampaignHub.Data;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Evaluation;

/// <summary>
/// The final-evaluation records of some units of a campaign, loaded once, and what the domain computes from them:
/// each unit's evaluation state, its rounds, redos and principal-leader records. Read-only (no tracking).
/// </summary>
internal sealed class EvaluationRecords
{
    /// <summary>Evaluation comments are written only by supervision groups (督导组全程跟踪).</summary>
    private static readonly string SupervisorRole = RoleNames.ToChinese(Roles.Supervisor);

    private readonly int _campaignId;
    private readonly decimal _threshold;
    private readonly Dictionary<int, Unit> _units;
    private readonly Dictionary<int, Person> _people;
    private readonly List<DemocraticEvaluation> _evaluations;
    private readonly List<RedoOrder> _redos;
    private readonly List<PrincipalLeaderRecord> _leaderRecords;
    private readonly List<EvaluationComment> _comments;

    private EvaluationRecords(int campaignId, decimal threshold, List<Unit> units, List<Person> people, List<DemocraticEvaluation> evaluations, List<RedoOrder> redos, List<PrincipalLeaderRecord> leaderRecords, List<EvaluationComment> comments)
    {
        _campaignId = campaignId;
        _threshold = threshold;
        _units = units.ToDictionary(u => u.Id);
        _people = people.ToDictionary(p => p.Id);
        _evaluations = evaluations;
        _redos = redos;
        _leaderRecords = leaderRecords;
        _comments = comments;
    }

    public static async Task<EvaluationRecords> LoadAsync(CampaignHubDbContext db, int campaignId, decimal threshold, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        var ids = unitIds.ToList();
        var units = await db.Set<Unit>().AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        var people = await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.UnitId)).ToListAsync(cancellationToken);
        var evaluations = await db.Set<DemocraticEvaluation>().AsNoTracking().Include(e => e.Ballots).ThenInclude(b => b.MemberRatings).AsSplitQuery()
            .Where(e => e.CampaignId == campaignId && ids.Contains(e.UnitId)).ToListAsync(cancellationToken);
        var redos = await db.Set<RedoOrder>().AsNoTracking().Include(r => r.Steps)
            .Where(r => r.CampaignId == campaignId && ids.Contains(r.UnitId)).ToListAsync(cancellationToken);
        var leaderRecords = await db.Set<PrincipalLeaderRecord>().AsNoTracking().Where(r => r.CampaignId == campaignId && ids.Contains(r.UnitId)).ToListAsync(cancellationToken);
        var comments = await db.Set<EvaluationComment>().AsNoTracking().Where(c => c.CampaignId == campaignId && ids.Contains(c.UnitId)).ToListAsync(cancellationToken);
        return new EvaluationRecords(campaignId, threshold, units, people, evaluations, redos, leaderRecords, comments);
    }

    public int DisplayOrderOf(int unitId) => _units.TryGetValue(unitId, out var unit) ? unit.DisplayOrder : int.MaxValue;

    public UnitEvaluationState StateOf(int unitId, DateOnly today) =>
        UnitEvaluationState.Of(EvaluationsOf(unitId), RedosOf(unitId), _threshold, today);

    public EvaluationRowDto RowOf(int unitId, DateOnly today)
    {
        var unit = _units.GetValueOrDefault(unitId);
        return new EvaluationRowDto(unitId, unit?.Name ?? "?", unit?.Kind.ToChinese() ?? string.Empty, PrincipalOf(unitId)?.Name, StateOf(unitId, today));
    }

    /// <summary>The unit's principal leader (一把手): its team's 主要领导 in post, as the talk rule reads the team.</summary>
    public Person? PrincipalOf(int unitId) =>
        _people.Values.Where(p => p.UnitId == unitId && p.Role == PersonRole.MainLeader && p.LeftOn == null).OrderBy(p => p.Id).FirstOrDefault();

    public EvaluationUnitDto UnitView(int unitId, Actor actor, DateOnly today)
    {
        var evaluations = EvaluationsOf(unitId);
        var team = _people.Values.Where(p => p.UnitId == unitId && p.Role.IsLeader() && p.LeftOn == null)
            .OrderBy(p => p.Role).ThenBy(p => p.Id).Select(p => new TeamMemberDto(p.Id, p.Name, p.Title)).ToList();
        return new EvaluationUnitDto(
            _campaignId,
            unitId,
            _units.GetValueOrDefault(unitId)?.Name ?? "?",
            today,
            StateOf(unitId, today),
            SatisfactionRate.FormatPercent(_threshold),
            DemocraticEvaluation.MinimumBallots,
            _threshold,
            team,
            PrincipalOf(unitId)?.Name,
            evaluations.OrderByDescending(e => e.Round).Select(e => EvaluationView(e, actor, today)).ToList(),
            RedosOf(unitId).OrderByDescending(r => r.Id).Select(r => RedoView(r, actor, today, evaluations.Any(e => e.RedoOrderId == r.Id && !e.IsClosed))).ToList(),
            _leaderRecords.Where(r => r.UnitId == unitId).OrderByDescending(r => r.HeldOn).ThenByDescending(r => r.Id).Select(r => LeaderView(r, actor)).ToList(),
            DemocraticEvaluation.WhyCannotOpen(actor, evaluations.Any(e => !e.IsReEvaluation)),
            EvaluationAccess.WhyCannotOrganise(actor));
    }

    private EvaluationDto EvaluationView(DemocraticEvaluation e, Actor actor, DateOnly today) => new(
        e.Id,
        e.Version,
        e.IsReEvaluation,
        e.IsReEvaluation ? $"第{e.Round - 1}次复评" : "活动结束民主评议",
        e.HeldOn,
        e.SummaryMeetingOn,
        e.Status.ToChinese(),
        e.Outcome?.ToChinese(),
        e.Threshold is { } t ? SatisfactionRate.FormatPercent(t) : null,
        e.TeamRecognition,
        e.ConductRecognition,
        e.ProblemSolvingRecognition,
        e.MemberRecognition.Select(m => new MemberRecognitionDto(NameOf(m.Key), m.Value)).OrderBy(m => m.Name, StringComparer.Ordinal).ToList(),
        e.Ballots.Select(b => new BallotDto(
            b.Number,
            b.RaterKind.ToChinese(),
            b.Conduct.ToChinese(),
            b.ProblemSolving.ToChinese(),
            string.Join("；", b.MemberRatings.Select(m => $"{NameOf(m.PersonId)}：作风{m.Conduct.ToChinese()}、解决问题{m.ProblemSolving.ToChinese()}")))).ToList(),
        e.WouldGoIntoRedo(_threshold),
        CommentsOn(CommentSubject.Evaluation, e.Id),
        Enum.GetValues<EvaluationAction>().ToDictionary(a => a, a => e.WhyCannot(a, actor, today)));

    private RedoDto RedoView(RedoOrder r, Actor actor, DateOnly today, bool reEvaluationOpen) => new(
        r.Id,
        r.Version,
        r.Status.ToChinese(),
        r.IsOpen,
        r.Reason,
        r.Deadline,
        Overdue.Describe(r.DaysOverdue(today)),
        r.Report,
        r.ReportSubmittedOn,
        r.ReturnReason,
        r.Steps.Select(s => new RedoStepDto(s.Text, s.ByName, s.At)).ToList(),
        CommentsOn(CommentSubject.Redo, r.Id),
        Enum.GetValues<RedoAction>().ToDictionary(a => a, a => r.WhyCannot(a, actor, reEvaluationOpen)));

    private LeaderRecordDto LeaderView(PrincipalLeaderRecord r, Actor actor) => new(
        r.Id,
        r.Kind,
        r.Kind.ToChinese(),
        NameOf(r.PersonId),
        r.HeldOn,
        r.Summary,
        r.InterviewerName,
        r.Commitments,
        r.Kind == PrincipalLeaderRecordKind.PublicRating ? r.Rating : null,
        r.RecordedByName,
        CommentsOn(CommentSubject.PrincipalLeader, r.Id),
        EvaluationAccess.WhyCannotComment(actor, r.UnitId));

    private List<CommentView> CommentsOn(CommentSubject subject, int id) =>
        _comments.Where(c => c.Subject == subject && c.SubjectId == id).OrderBy(c => c.At).Select(c => new CommentView(c.Text, c.ByName, SupervisorRole, c.At)).ToList();

    private List<DemocraticEvaluation> EvaluationsOf(int unitId) => _evaluations.Where(e => e.UnitId == unitId).ToList();

    private List<RedoOrder> RedosOf(int unitId) => _redos.Where(r => r.UnitId == unitId).ToList();

    private string NameOf(int personId) => _people.GetValueOrDefault(personId)?.Name ?? "（已离任）";
}
