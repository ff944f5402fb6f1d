using CampaignHub.Components.Shared;
using MudBlazor;

namespace CampaignHub.Features.Plans;

/// <summary>The plans feature's questions to the user, on the app's one typed prompt.</summary>
public static class PlanDialogs
{
    public const string ReturnReasonLabel = "退回原因";

    /// <summary>Asks the office why a unit's plan goes back; null when cancelled. The reason is required.</summary>
    public static Task<string?> AskReturnReasonAsync(this IDialogService dialogs, string unitName) =>
        dialogs.PromptAsync($"退回“{unitName}”的实施方案", ReturnReasonLabel, required: true,
            hint: "退回原因将醒目地显示给该单位联络员。", confirmText: "退回");

    /// <summary>Asks why a work item is cancelled; null when cancelled. The reason is required.</summary>
    public static Task<string?> AskCancelReasonAsync(this IDialogService dialogs, string itemTitle) =>
        dialogs.PromptAsync($"取消事项：{itemTitle}", "取消原因", required: true, confirmText: "取消该事项");
}
