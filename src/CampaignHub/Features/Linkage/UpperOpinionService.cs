using CampaignHub.Data;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Units;
using CampaignHub.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CampaignHub.Features.Linkage;

/// <summary>
/// 双向反馈意见、联动解决问题 over the opinions pipeline: the office records an upper department's opinion (source
/// 上级部门意见), forwards it to the unit concerned with a feedback deadline, the unit's coordinator answers, and the
/// office accepts (办结) or returns it. The opinion's own rules (<see cref="OpinionRules"/>) decide every step.
/// </summary>
public sealed class UpperOpinionService(IDbContextFactory<CampaignHubDbContext> dbFactory, IClock clock)
{
    private static readonly OpinionAction[] LoopActions = [OpinionAction.Forward, OpinionAction.Answer, OpinionAction.ReturnFeedback, OpinionAction.Close];

    public async Task<UpperOpinionsDto> ListAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var title = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Title).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到该活动");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        var names = await db.Set<Unit>().AsNoTracking().Select(u => new { u.Id, Name = u.ShortName ?? u.Name, u.DisplayOrder }).ToListAsync(cancellationToken);
        var opinions = await db.Set<Opinion>().AsNoTracking()
            .Where(o => o.CampaignId == campaignId && o.Source == OpinionSource.UpperDepartment)
            .OrderBy(o => o.RaisedOn).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var visible = opinions.Where(o => MaySee(actor, o, tree)).ToList();
        var rows = visible.Select(o => new UpperOpinionRowDto(
                o.Id,
                o.ReceiptNumber,
                o.UpperDepartmentName ?? string.Empty,
                o.Category.ToChinese(),
                o.Content,
                o.RaisedOn,
                o.Forwarding!.Value,
                o.FeedbackReturnCount > 0 && o.Forwarding == ForwardingState.AwaitingFeedback ? "已退回（待重新反馈）" : o.Forwarding!.Value.ToChinese(),
                o.ClaimedByUnitId,
                o.ClaimedByUnitId is { } unitId ? names.FirstOrDefault(n => n.Id == unitId)?.Name : null,
                o.ConcernedLeaders,
                o.DueOn,
                o.DaysOverdue(clock.Today),
                o.Answer,
                o.AnsweredOn,
                o.FeedbackReturnReason,
                o.FeedbackReturnCount,
                LoopActions.ToDictionary(a => a, a => o.WhyCannot(a, actor, tree))))
            .ToList();
        var mayReceive = ActionAnswer.When(actor.IsOffice, ActionAnswer.NotPermitted(OpinionRules.OnlyTheOfficeForwards));
        var units = await db.Set<CampaignUnit>().AsNoTracking().Where(u => u.CampaignId == campaignId).Select(u => u.UnitId).ToListAsync(cancellationToken);
        var unitOptions = actor.IsOffice
            ? names.Where(n => units.Contains(n.Id)).OrderBy(n => n.DisplayOrder).ThenBy(n => n.Id).Select(n => new LinkageOptionDto(n.Id, n.Name)).ToList()
            : [];
        return new UpperOpinionsDto(campaignId, title, rows, ForwardedOpinionCounts.Of(visible, clock.Today), mayReceive, unitOptions);
    }

    /// <summary>Those who oversee the campaign see every upper-department opinion; a coordinator those forwarded to their tree.</summary>
    public static bool MaySee(Actor actor, Opinion opinion, UnitTree tree) =>
        actor.IsOffice || actor.IsIn(Roles.Leader) || actor.IsSupervisor
        || (opinion.ClaimedByUnitId is { } unitId && UnitAccess.CanEdit(actor, unitId, tree));

    public async Task<int> ReceiveAsync(Actor actor, int campaignId, ReceiveUpperOpinionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        if (!await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            throw new NotFoundException("找不到该活动");
        }

        var opinion = Opinion.ReceiveFromUpperDepartment(
            campaignId,
            input.UpperDepartment ?? string.Empty,
            input.Category ?? throw new DomainException("请选择意见类别"),
            input.Content ?? string.Empty,
            input.ReceivedOn ?? throw new DomainException("请填写收到日期"),
            actor,
            clock);
        db.Add(opinion);
        await db.SaveChangesAsync(cancellationToken);
        return opinion.Id;
    }

    public Task ForwardAsync(Actor actor, int opinionId, ForwardInput input, CancellationToken cancellationToken = default) =>
        ActAsync(actor, opinionId, async (db, opinion, tree) =>
        {
            if (!await db.Set<CampaignUnit>().AnyAsync(u => u.CampaignId == opinion.CampaignId && u.UnitId == input.UnitId, cancellationToken))
            {
                throw new DomainException("接收单位须是本次活动的参加单位");
            }

            opinion.ForwardForFeedback(input.UnitId, input.FeedbackDueOn, input.ConcernedLeaders, actor, tree, clock);
        }, cancellationToken);

    public Task AnswerAsync(Actor actor, int opinionId, FeedbackInput input, CancellationToken cancellationToken = default) =>
        ActAsync(actor, opinionId, (_, opinion, tree) =>
        {
            opinion.AnswerWith(input.Answer ?? string.Empty, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task ReturnAsync(Actor actor, int opinionId, ReturnFeedbackInput input, CancellationToken cancellationToken = default) =>
        ActAsync(actor, opinionId, (_, opinion, tree) =>
        {
            opinion.ReturnFeedback(input.Reason ?? string.Empty, input.NewFeedbackDueOn, actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task CloseAsync(Actor actor, int opinionId, CancellationToken cancellationToken = default) =>
        ActAsync(actor, opinionId, (_, opinion, tree) =>
        {
            opinion.Close(actor, tree, clock);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<byte[]> ExportAsync(Actor actor, int campaignId, CancellationToken cancellationToken = default)
    {
        var list = await ListAsync(actor, campaignId, cancellationToken);
        var index = 0;
        var columns = new List<XlsxColumn<UpperOpinionRowDto>>
        {
            new("序号", _ => ++index, 6),
            new("编号", r => r.ReceiptNumber, 18),
            new("上级部门", r => r.UpperDepartmentName, 20),
            new("收到日期", r => LinkageService.Day(r.ReceivedOn), 12),
            new("类别", r => r.Category, 10),
            new("意见内容", r => r.Content, 50),
            new("接收单位", r => r.UnitName ?? string.Empty, 18),
            new("相关区领导", r => r.ConcernedLeaders ?? string.Empty, 18),
            new("反馈时限", r => r.FeedbackDueOn is { } due ? LinkageService.Day(due) : string.Empty, 12),
            new("状态", r => r.StateText, 16),
            new("逾期", r => Overdue.Describe(r.DaysOverdue) ?? string.Empty, 10),
            new("反馈内容", r => r.Answer ?? string.Empty, 50),
            new("退回原因", r => r.ReturnReason ?? string.Empty, 30),
        };
        return new XlsxWriter().AddSheet("上级部门意见", list.Rows, columns, $"{list.CampaignTitle}上级部门意见转交反馈台账").ToBytes();
    }

    private async Task ActAsync(Actor actor, int opinionId, Func<CampaignHubDbContext, Opinion, UnitTree, Task> act, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateForAsync(actor, cancellationToken);
        var opinion = await db.Set<Opinion>().FirstOrDefaultAsync(o => o.Id == opinionId && o.Source == OpinionSource.UpperDepartment, cancellationToken)
            ?? throw new NotFoundException("找不到该上级部门意见");
        var tree = await db.LoadUnitTreeAsync(cancellationToken);
        await act(db, opinion, tree);
        await db.SaveChangesAsync(cancellationToken);
    }
}
