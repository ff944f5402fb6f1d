using CampaignHub.Components.Shared;
using MudBlazor;

namespace CampaignHub.Features.ContactDuties.Components;

/// <summary>Asks, in two short prompts, for an opinion raised at an activity and (optionally) who raised it.</summary>
public static class OpinionNotePrompt
{
    /// <summary>The note, or null when either prompt is cancelled. An empty raiser means none was given.</summary>
    public static async Task<OpinionNoteInput?> AskAsync(IDialogService dialogs, ActivityDto activity)
    {
        var content = await dialogs.PromptAsync("记录群众意见", "意见内容", hint: $"{activity.StartDate:M月d日} {activity.Place}", confirmText: "下一步", maxLength: 4000);
        if (content is null)
        {
            return null;
        }

        var raisedBy = await dialogs.PromptAsync("记录群众意见", "提出人（可选）", required: false, hint: "提出人姓名仅工作人员可见，可不填。", confirmText: "保存", maxLength: 50);
        return raisedBy is null ? null : new OpinionNoteInput(content, raisedBy.Length == 0 ? null : raisedBy);
    }
}
