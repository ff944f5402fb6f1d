using MudBlazor;

namespace CampaignHub.Components.Shared;

/// <summary>The app's dialog conventions on top of MudBlazor's <see cref="IDialogService"/>.</summary>
public static class DialogServiceExtensions
{
    private static readonly DialogOptions Standard = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false };

    /// <summary>Asks for one text (a reason, a comment, a reply); null when cancelled.</summary>
    public static async Task<string?> PromptAsync(this IDialogService dialogs, string title, string label, bool required = true, string? hint = null, string? initial = null, string confirmText = "确定", int maxLength = 1000)
    {
        var parameters = new DialogParameters<PromptDialog>
        {
            { d => d.Label, label },
            { d => d.Required, required },
            { d => d.Hint, hint },
            { d => d.Initial, initial },
            { d => d.ConfirmText, confirmText },
            { d => d.MaxLength, maxLength },
        };
        var reference = await dialogs.ShowAsync<PromptDialog>(title, parameters, Standard);
        var result = await reference.Result;
        return result is { Canceled: false, Data: string text } ? text : null;
    }

    /// <summary>Opens a form dialog and returns what it closed with; default when cancelled.</summary>
    public static async Task<TResult?> ShowFormAsync<TDialog, TResult>(this IDialogService dialogs, string title, DialogParameters<TDialog>? parameters = null, MaxWidth width = MaxWidth.Small)
        where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var options = new DialogOptions { MaxWidth = width, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false };
        var reference = await dialogs.ShowAsync<TDialog>(title, parameters ?? [], options);
        var result = await reference.Result;
        return result is { Canceled: false, Data: TResult data } ? data : default;
    }

    /// <summary>A yes/no question; true only when confirmed.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string yesText = "确定") =>
        await dialogs.ShowMessageBoxAsync(title, message, yesText: yesText, cancelText: "取消") == true;
}
