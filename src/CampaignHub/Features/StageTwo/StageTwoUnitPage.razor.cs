using CampaignHub.Components.Shared;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Features.Campaigns;
using CampaignHub.Features.StageTwo.Components;
using CampaignHub.Identity;
using CampaignHub.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CampaignHub.Features.StageTwo;

/// <summary>One unit's stage two: its materials, talks, meeting and 通报会, live for everyone watching it.</summary>
public partial class StageTwoUnitPage
{
    private StageTwoUnitDto? view;
    private Actor? actor;
    private bool busy;

    [Parameter]
    public int UnitId { get; set; }

    [SupplyParameterFromQuery(Name = "campaign")]
    public int? CampaignQuery { get; set; }

    [Inject]
    private StageTwoService StageTwo { get; set; } = default!;

    [Inject]
    private CampaignSelection Selection { get; set; } = default!;

    [Inject]
    private CurrentActor CurrentActor { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override bool Concerns(ChangeEvent change) =>
        (change.Kind == ChangeKind.StageTwo && change.UnitId == UnitId) || change.Kind == ChangeKind.Unit;

    protected override async Task LoadAsync()
    {
        actor = await CurrentActor.GetAsync();
        var campaignId = await Selection.RequireIdAsync(CampaignQuery);
        view = await StageTwo.UnitAsync(actor, campaignId, UnitId);
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

    private async Task StartMaterialAsync()
    {
        var parameters = new DialogParameters<StartMaterialDialog> { { d => d.People, view!.Team } };
        if (await Dialogs.ShowFormAsync<StartMaterialDialog, StartMaterialForm>("起草对照检查材料", parameters) is { } form)
        {
            await RunAsync(() => StageTwo.StartMaterialAsync(actor!, view.CampaignId, UnitId, new StartMaterialInput(form.Kind, form.AuthorPersonId ?? 0, MaterialText.Empty)), "已开始起草");
        }
    }

    private async Task OnMaterialRequestAsync(MaterialRequest request)
    {
        var m = request.Material;
        switch (request.Action)
        {
            case MaterialAction.Save:
                await RunAsync(() => StageTwo.SaveMaterialAsync(actor!, m.Id, new MaterialTextInput(request.BaseVersion, request.Text)), "已保存");
                break;
            case MaterialAction.Circulate when await Dialogs.PromptAsync("征求意见", "征求意见范围", hint: "如：班子成员、中层干部、党员代表、服务对象", maxLength: 500) is { } scope:
                await RunAsync(() => StageTwo.CirculateAsync(actor!, m.Id, new NoteInput(m.Version, scope)), "已发出征求意见");
                break;
            case MaterialAction.Comment when await Dialogs.PromptAsync("提出意见", "意见", maxLength: 2000) is { } comment:
                await RunAsync(() => StageTwo.CommentAsync(actor!, m.Id, new CommentInput(comment)), "意见已提交");
                break;
            case MaterialAction.Submit:
                await RunAsync(() => StageTwo.SubmitMaterialAsync(actor!, m.Id, new MaterialTextInput(request.BaseVersion, request.Text)), "已报送上级审核");
                break;
            case MaterialAction.Pass when await Dialogs.PromptAsync("审核通过", "审核意见（可不填）", required: false, confirmText: "审核通过") is { } note:
                await RunAsync(() => StageTwo.PassMaterialAsync(actor!, m.Id, new NoteInput(m.Version, note)), "已审核通过");
                break;
            case MaterialAction.Return when await Dialogs.PromptAsync("退回修改", "退回原因", confirmText: "退回") is { } reason:
                await RunAsync(() => StageTwo.ReturnMaterialAsync(actor!, m.Id, new NoteInput(m.Version, reason)), "已退回");
                break;
            case MaterialAction.ReviseAfterMeeting:
                await RunAsync(() => StageTwo.ReviseAfterMeetingAsync(actor!, m.Id, new MaterialTextInput(request.BaseVersion, request.Text)), "已保存会后修改稿");
                break;
            case MaterialAction.SendOut when await AskDateAsync("印发", "印发日期") is { } sentOn:
                await RunAsync(() => StageTwo.SendOutAsync(actor!, m.Id, m.Version, sentOn), "已印发");
                break;
        }
    }

    private async Task RecordTalkAsync()
    {
        var parameters = new DialogParameters<TalkDialog> { { d => d.People, view!.TalkPeople }, { d => d.Today, view.Today } };
        if (await Dialogs.ShowFormAsync<TalkDialog, TalkForm>("记录谈心谈话", parameters) is { } form)
        {
            await RunAsync(() => StageTwo.RecordTalkAsync(actor!, view.CampaignId, UnitId, form.ToRecord()), "已记录谈心谈话");
        }
    }

    private async Task AssignOversightAsync()
    {
        var parameters = new DialogParameters<OversightDialog> { { d => d.Members, view!.Members }, { d => d.Departments, view.Departments } };
        if (await Dialogs.ShowFormAsync<OversightDialog, OversightForm>("登记分管部门", parameters) is { } form)
        {
            await RunAsync(() => StageTwo.AssignOversightAsync(actor!, view.CampaignId, UnitId, form.MemberPersonId ?? 0, form.DepartmentUnitId ?? 0), "已登记");
        }
    }

    private async Task ScheduleMeetingAsync()
    {
        var parameters = new DialogParameters<MeetingDialog> { { d => d.Groups, view!.SupervisionGroups }, { d => d.Today, view.Today } };
        if (await Dialogs.ShowFormAsync<MeetingDialog, MeetingForm>("安排会议", parameters) is { } form)
        {
            await RunAsync(() => StageTwo.ScheduleMeetingAsync(actor!, view.CampaignId, UnitId, form.ToInput()), "会议已安排");
        }
    }

    private async Task OnMeetingActionAsync(MeetingAction action)
    {
        var meeting = view!.Meeting!;
        switch (action)
        {
            case MeetingAction.Hold when await AskDateAsync("登记召开", "召开日期") is { } heldOn:
                await RunAsync(() => StageTwo.HoldMeetingAsync(actor!, meeting.Id, meeting.Version, heldOn), "已登记召开");
                break;
            case MeetingAction.Reschedule:
                var parameters = new DialogParameters<MeetingDialog> { { d => d.Groups, view.SupervisionGroups }, { d => d.Today, view.Today }, { d => d.Existing, meeting } };
                if (await Dialogs.ShowFormAsync<MeetingDialog, MeetingForm>("调整会议安排", parameters) is { } form)
                {
                    await RunAsync(() => StageTwo.RescheduleMeetingAsync(actor!, meeting.Id, meeting.Version, form.ToInput().Arrangement), "已调整");
                }

                break;
            case MeetingAction.RecordContribution:
                var people = new DialogParameters<ContributionDialog> { { d => d.People, view.Team } };
                if (await Dialogs.ShowFormAsync<ContributionDialog, ContributionForm>("记录发言", people, MaxWidth.Medium) is { } contribution)
                {
                    await RunAsync(() => StageTwo.RecordContributionAsync(actor!, meeting.Id, contribution.ToInput()), "已记录");
                }

                break;
            case MeetingAction.RecordAppraisal:
                var members = new DialogParameters<AppraisalDialog> { { d => d.People, view.Team } };
                if (await Dialogs.ShowFormAsync<AppraisalDialog, AppraisalForm>("民主评议党员", members) is { } appraisal)
                {
                    await RunAsync(() => StageTwo.RecordAppraisalAsync(actor!, meeting.Id, appraisal.PersonId ?? 0, appraisal.Result), "已记录评议结果");
                }

                break;
            case MeetingAction.WriteReview when await Dialogs.PromptAsync("督导组点评", "点评意见", initial: meeting.SupervisionReview, maxLength: 5000) is { } review:
                await RunAsync(() => StageTwo.WriteReviewAsync(actor!, meeting.Id, new CommentInput(review)), "点评已保存");
                break;
        }
    }

    private async Task HoldBriefingAsync()
    {
        var meeting = view!.Meeting!;
        var parameters = new DialogParameters<BriefingDialog> { { d => d.Today, view.Today } };
        if (await Dialogs.ShowFormAsync<BriefingDialog, BriefingForm>("登记情况通报会", parameters) is { } form)
        {
            await RunAsync(() => StageTwo.HoldBriefingAsync(actor!, meeting.Id, meeting.Version, form.ToRecord()), "已登记情况通报会");
        }
    }

    private async Task<DateOnly?> AskDateAsync(string title, string label)
    {
        var parameters = new DialogParameters<DateDialog> { { d => d.Label, label }, { d => d.Today, view!.Today } };
        return await Dialogs.ShowFormAsync<DateDialog, DateOnly?>(title, parameters);
    }
}
