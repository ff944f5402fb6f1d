using CampaignHub.Components.Shared;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.Evaluation.Components;
using CampaignHub.Identity;
using CampaignHub.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CampaignHub.Features.Evaluation;

/// <summary>One unit's final evaluation, redo and principal-leader records, live for everyone watching it.</summary>
public partial class EvaluationUnitPage
{
    private EvaluationUnitDto? view;
    private Actor? actor;
    private bool busy;

    [Parameter]
    public int UnitId { get; set; }

    [SupplyParameterFromQuery(Name = "campaign")]
    public int? CampaignQuery { get; set; }

    [Inject]
    private EvaluationService Evaluations { get; set; } = default!;

    [Inject]
    private CampaignSelection Selection { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override bool Concerns(ChangeEvent change) =>
        (change.Kind == ChangeKind.Evaluation && change.UnitId == UnitId) || change.Kind is ChangeKind.Unit or ChangeKind.Campaign;

    protected override async Task LoadAsync()
    {
        actor = await CurrentActor.GetAsync();
        var campaignId = await Selection.RequireIdAsync(CampaignQuery);
        view = await Evaluations.UnitAsync(actor, campaignId, UnitId);
    }

    private Task RunAsync(Func<Task> action, string success) =>
        TryAsync(async () =>
        {
            busy = true;
            try
            {
                await action();
                await LoadAsync();
            }
            finally
            {
                busy = false;
            }
        }, success);

    private async Task OpenAsync()
    {
        if (await AskArrangementAsync("组织民主评议", reEvaluation: false) is { } form)
        {
            await RunAsync(() => Evaluations.OpenAsync(actor!, view!.CampaignId, UnitId, form.ToArrangement()), "已组织民主评议");
        }
    }

    private async Task OnEvaluationActionAsync(EvaluationDto evaluation, EvaluationAction action)
    {
        switch (action)
        {
            case EvaluationAction.RecordBallot:
                var team = new DialogParameters<BallotDialog> { { d => d.Team, view!.Team } };
                if (await Dialogs.ShowFormAsync<BallotDialog, BallotForm>("录入评议票", team, MaxWidth.Medium) is { } ballot)
                {
                    await RunAsync(() => Evaluations.RecordBallotAsync(actor!, evaluation.Id, ballot.ToInput(), ballot.Copies), $"已录入{ballot.Copies}张评议票");
                }

                break;
            case EvaluationAction.RemoveBallot when await Dialogs.PromptAsync("删除录错的评议票", "评议票编号", maxLength: 10) is { } number:
                await RunAsync(() => Evaluations.RemoveBallotAsync(actor!, evaluation.Id, int.TryParse(number, out var n) ? n : 0), "已删除");
                break;
            case EvaluationAction.Close:
                var parameters = new DialogParameters<CloseEvaluationDialog>
                {
                    { d => d.Evaluation, evaluation },
                    { d => d.ThresholdText, view!.ThresholdText },
                    { d => d.Today, view.Today },
                    { d => d.ReEvaluation, evaluation.IsReEvaluation },
                };
                if (await Dialogs.ShowFormAsync<CloseEvaluationDialog, CloseForm>("结束评议", parameters) is { } close)
                {
                    await RunAsync(() => Evaluations.CloseAsync(actor!, evaluation.Id, new CloseEvaluationInput(evaluation.Version, close.RedoDeadline)), "评议已结束");
                }

                break;
            case EvaluationAction.Comment:
                await CommentAsync(CommentSubject.Evaluation, evaluation.Id);
                break;
        }
    }

    private async Task OnRedoActionAsync(RedoDto redo, RedoAction action)
    {
        switch (action)
        {
            case RedoAction.StartRectifying:
                await RunAsync(() => Evaluations.StartRectifyingAsync(actor!, redo.Id, redo.Version), "已开始整改");
                break;
            case RedoAction.SubmitReport when await Dialogs.PromptAsync("报送整改报告", "整改报告", initial: redo.Report, maxLength: 5000) is { } report:
                await RunAsync(() => Evaluations.SubmitReportAsync(actor!, redo.Id, new RedoReportInput(redo.Version, report)), "整改报告已报送");
                break;
            case RedoAction.Accept when await Dialogs.PromptAsync("验收", "验收意见（可不填）", required: false, confirmText: "验收通过") is { } note:
                await RunAsync(() => Evaluations.AcceptAsync(actor!, redo.Id, new RedoDecisionInput(redo.Version, note)), "已验收，待复评");
                break;
            case RedoAction.Return when await Dialogs.PromptAsync("退回", "退回原因", confirmText: "退回") is { } reason:
                await RunAsync(() => Evaluations.ReturnAsync(actor!, redo.Id, new RedoDecisionInput(redo.Version, reason)), "已退回");
                break;
            case RedoAction.OpenReEvaluation when await AskArrangementAsync("组织复评", reEvaluation: true) is { } form:
                await RunAsync(() => Evaluations.OpenReEvaluationAsync(actor!, redo.Id, form.ToArrangement()), "已组织复评");
                break;
            case RedoAction.Comment:
                await CommentAsync(CommentSubject.Redo, redo.Id);
                break;
        }
    }

    private async Task RecordLeaderAsync()
    {
        var parameters = new DialogParameters<LeaderRecordDialog> { { d => d.Today, view!.Today }, { d => d.PrincipalName, view.PrincipalName } };
        if (await Dialogs.ShowFormAsync<LeaderRecordDialog, LeaderRecordForm>("记录一把手情况", parameters, MaxWidth.Medium) is { } form)
        {
            await RunAsync(() => Evaluations.RecordLeaderAsync(actor!, view.CampaignId, UnitId, form.ToInput()), "已记录");
        }
    }

    private Task CommentOnLeaderAsync(LeaderRecordDto record) => CommentAsync(CommentSubject.PrincipalLeader, record.Id);

    private async Task CommentAsync(CommentSubject subject, int subjectId)
    {
        if (await Dialogs.PromptAsync("督导组点评", "点评意见", maxLength: 2000) is { } text)
        {
            await RunAsync(() => Evaluations.CommentAsync(actor!, view!.CampaignId, UnitId, new EvaluationCommentInput(subject, subjectId, text)), "点评已保存");
        }
    }

    private async Task<ArrangementForm?> AskArrangementAsync(string title, bool reEvaluation)
    {
        var parameters = new DialogParameters<ArrangementDialog> { { d => d.Today, view!.Today }, { d => d.ReEvaluation, reEvaluation } };
        return await Dialogs.ShowFormAsync<ArrangementDialog, ArrangementForm>(title, parameters);
    }
}
