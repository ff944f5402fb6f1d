using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Evaluation;

/// <summary>
/// The campaign-end 民主评议 of the units' teams, their 返工补课 and the records of their principal leaders. Every
/// write is decided by the domain against the acting person and saved with the audit trail; the change feed hears of
/// it through the aggregates' events.
/// </summary>
public sealed class EvaluationService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    /// <summary>Every participating unit the actor may read, with its evaluation state computed by the domain.</summary>
    public async Task<EvaluationOverviewDto> OverviewAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await CampaignAsync(db, campaignId, cancellationToken);
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var unitIds = await db.Set<CampaignUnit>().AsNoTracking().Where(u => u.CampaignId == campaignId).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var readable = unitIds.Where(id => EvaluationAccess.CanRead(actor, id, tree)).ToList();
        var records = await EvaluationRecords.LoadAsync(db, campaignId, campaign.Threshold, readable, cancellationToken);
        var rows = readable.Select(id => records.RowOf(id, clock.Today))
            .OrderBy(r => records.DisplayOrderOf(r.UnitId)).ThenBy(r => r.UnitId)
            .ToList();
        return new EvaluationOverviewDto(campaign.Id, campaign.Title, SatisfactionRate.FormatPercent(campaign.Threshold), DemocraticEvaluation.MinimumBallots, rows);
    }

    /// <summary>The list as an .xlsx workbook: one row per unit, the columns as the page shows them.</summary>
    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var overview = await OverviewAsync(actor, campaignId, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<EvaluationRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("单位", r => r.UnitName, 24),
            new("单位类别", r => r.UnitKind, 16),
            new("主要负责同志", r => r.PrincipalName, 12),
            new("评议状态", r => r.State.StateText, 12),
            new("班子认可度", r => r.RecognitionText, 12),
            new("评价（满意+基本满意/全部）", r => r.State.Recognition is { } rec ? $"{rec.Recognised}/{rec.Total}" : "—", 16),
            new("返工补课阈值", r => r.ThresholdText, 12),
            new("评议轮次", r => r.State.Rounds, 8),
            new("返工补课", r => r.State.InRedo ? "是" : "否", 10),
            new("返工补课状态", r => r.State.RedoStatus ?? "—", 16),
            new("返工补课期限", r => r.State.RedoDeadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—", 14),
            new("逾期", r => r.State.OverdueText ?? "—", 10),
        };
        return new XlsxWriter().AddSheet("民主评议和返工补课", overview.Rows, columns, $"{overview.CampaignTitle}民主评议和返工补课情况").ToBytes();
    }

    /// <summary>One unit's evaluations, redos and principal-leader records, for those who may read the unit's work.</summary>
    public async Task<EvaluationUnitDto> UnitAsync(Actor actor, int campaignId, int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await CampaignAsync(db, campaignId, cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, unitId, cancellationToken);
        EvaluationAccess.EnsureCanRead(actor, unitId, await db.LoadUnitTreeAsync(cancellationToken));
        var records = await EvaluationRecords.LoadAsync(db, campaignId, campaign.Threshold, [unitId], cancellationToken);
        return records.UnitView(unitId, actor, clock.Today);
    }

    public async Task<int> OpenAsync(Actor actor, int campaignId, int unitId, EvaluationArrangement arrangement, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, unitId, cancellationToken);
        EvaluationAccess.WhyCannotOrganise(actor).Ensure();
        var evaluated = await db.Set<DemocraticEvaluation>().AnyAsync(e => e.CampaignId == campaignId && e.UnitId == unitId && e.RedoOrderId == null, cancellationToken);
        var evaluation = DemocraticEvaluation.Open(campaignId, unitId, arrangement ?? new EvaluationArrangement(null, null), actor, clock, evaluated);
        db.Add(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        return evaluation.Id;
    }

    public async Task<int> OpenReEvaluationAsync(Actor actor, int redoId, EvaluationArrangement arrangement, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var redo = await LoadRedoAsync(db, redoId, cancellationToken);
        EnsureRights(redo.WhyCannot(RedoAction.OpenReEvaluation, actor));
        var open = await db.Set<DemocraticEvaluation>().AnyAsync(e => e.RedoOrderId == redoId && e.Status == EvaluationStatus.Open, cancellationToken);
        var evaluation = DemocraticEvaluation.OpenReEvaluation(redo, arrangement ?? new EvaluationArrangement(null, null), actor, clock, open);
        db.Add(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        return evaluation.Id;
    }

    /// <summary>
    /// Enters anonymous ballots (<paramref name="copies"/> identical ones); ballots entered by several people at once
    /// never conflict, so no version.
    /// </summary>
    public async Task RecordBallotAsync(Actor actor, int evaluationId, BallotInput input, int copies = 1, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var evaluation = await LoadEvaluationAsync(db, evaluationId, cancellationToken);
        EnsureRights(evaluation.WhyCannot(EvaluationAction.RecordBallot, actor, clock.Today));
        var team = await db.Set<Person>().Where(p => p.UnitId == evaluation.UnitId && p.LeftOn == null && (p.Role == PersonRole.MainLeader || p.Role == PersonRole.OtherLeader))
            .Select(p => p.Id).ToListAsync(cancellationToken);
        evaluation.RecordBallots(input ?? new BallotInput(RaterKind.Cadre, null, null, null), copies, team, actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveBallotAsync(Actor actor, int evaluationId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var evaluation = await LoadEvaluationAsync(db, evaluationId, cancellationToken);
        evaluation.RemoveBallot(number, actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>结束评议: judged against the campaign's redo threshold; a team below it goes into (or stays in) 返工补课.</summary>
    public async Task CloseAsync(Actor actor, int evaluationId, CloseEvaluationInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var evaluation = await LoadEvaluationAsync(db, evaluationId, cancellationToken);
        EnsureRights(evaluation.WhyCannot(EvaluationAction.Close, actor, clock.Today));
        evaluation.EnsureVersion(input.Version, () => null);
        var campaign = await CampaignAsync(db, evaluation.CampaignId, cancellationToken);
        var redo = evaluation.RedoOrderId is { } redoId ? await LoadRedoAsync(db, redoId, cancellationToken) : null;
        if (evaluation.Close(input.RedoDeadline, campaign.Threshold, redo, actor, clock) is { } ordered)
        {
            db.Add(ordered);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StartRectifyingAsync(Actor actor, int redoId, int version, CancellationToken cancellationToken = default) =>
        EditRedoAsync(actor, redoId, version, RedoAction.StartRectifying, r => r.StartRectifying(actor, clock), cancellationToken);

    public Task SubmitReportAsync(Actor actor, int redoId, RedoReportInput input, CancellationToken cancellationToken = default) =>
        EditRedoAsync(actor, redoId, input.Version, RedoAction.SubmitReport, r => r.SubmitReport(input.Report ?? string.Empty, actor, clock), cancellationToken);

    public Task AcceptAsync(Actor actor, int redoId, RedoDecisionInput input, CancellationToken cancellationToken = default) =>
        EditRedoAsync(actor, redoId, input.Version, RedoAction.Accept, r => r.Accept(input.Note, actor, clock), cancellationToken);

    public Task ReturnAsync(Actor actor, int redoId, RedoDecisionInput input, CancellationToken cancellationToken = default) =>
        EditRedoAsync(actor, redoId, input.Version, RedoAction.Return, r => r.Return(input.Note ?? string.Empty, actor, clock), cancellationToken);

    /// <summary>专项述职, 约谈 or 群众评议一把手, kept against the unit's principal leader.</summary>
    public async Task<int> RecordLeaderAsync(Actor actor, int campaignId, int unitId, PrincipalLeaderInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, unitId, cancellationToken);
        EvaluationAccess.WhyCannotOrganise(actor).Ensure();
        var principal = await db.Set<Person>().Where(p => p.UnitId == unitId && p.Role == PersonRole.MainLeader && p.LeftOn == null)
            .OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var record = PrincipalLeaderRecord.Record(campaignId, unitId, principal ?? 0, principal is not null, input ?? new PrincipalLeaderInput(PrincipalLeaderRecordKind.SpecialReport, null, null), actor, clock);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    /// <summary>The supervision group's comment on an evaluation, a redo or a principal-leader record of the unit.</summary>
    public async Task CommentAsync(Actor actor, int campaignId, int unitId, EvaluationCommentInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        await EnsureParticipatesAsync(db, campaignId, unitId, cancellationToken);
        EvaluationAccess.WhyCannotComment(actor, unitId).Ensure();
        var exists = input.Subject switch
        {
            CommentSubject.Evaluation => await db.Set<DemocraticEvaluation>().AnyAsync(e => e.Id == input.SubjectId && e.CampaignId == campaignId && e.UnitId == unitId, cancellationToken),
            CommentSubject.Redo => await db.Set<RedoOrder>().AnyAsync(r => r.Id == input.SubjectId && r.CampaignId == campaignId && r.UnitId == unitId, cancellationToken),
            CommentSubject.PrincipalLeader => await db.Set<PrincipalLeaderRecord>().AnyAsync(r => r.Id == input.SubjectId && r.CampaignId == campaignId && r.UnitId == unitId, cancellationToken),
            _ => false,
        };
        if (!exists)
        {
            throw new NotFoundException("找不到点评的对象");
        }

        db.Add(EvaluationComment.Write(campaignId, unitId, input.Subject, input.SubjectId, input.Text, actor, clock));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EditRedoAsync(Actor actor, int redoId, int version, RedoAction action, Action<RedoOrder> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var redo = await LoadRedoAsync(db, redoId, cancellationToken);
        EnsureRights(redo.WhyCannot(action, actor));
        redo.EnsureVersion(version, () => null);
        change(redo);
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

    private static async Task<(int Id, string Title, decimal Threshold)> CampaignAsync(CampaignHubDbContext db, int campaignId, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        return (campaign.Id, campaign.Title, campaign.Rules.RedoRecognitionThreshold);
    }

    private static async Task<DemocraticEvaluation> LoadEvaluationAsync(CampaignHubDbContext db, int evaluationId, CancellationToken cancellationToken) =>
        await db.Set<DemocraticEvaluation>().Include(e => e.Ballots).ThenInclude(b => b.MemberRatings).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == evaluationId, cancellationToken)
        ?? throw new NotFoundException("找不到该民主评议");

    private static async Task<RedoOrder> LoadRedoAsync(CampaignHubDbContext db, int redoId, CancellationToken cancellationToken) =>
        await db.Set<RedoOrder>().Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == redoId, cancellationToken)
        ?? throw new NotFoundException("找不到该返工补课");

    private static async Task EnsureParticipatesAsync(CampaignHubDbContext db, int campaignId, int unitId, CancellationToken cancellationToken)
    {
        if (!await db.Set<CampaignUnit>().AnyAsync(u => u.CampaignId == campaignId && u.UnitId == unitId, cancellationToken))
        {
            throw new NotFoundException("找不到该活动的参与单位");
        }
    }
}
