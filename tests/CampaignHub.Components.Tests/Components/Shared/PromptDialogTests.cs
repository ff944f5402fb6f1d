using CampaignHub.Components.Shared;
using CampaignHub.Components.Tests.Infrastructure;
using MudBlazor;

namespace CampaignHub.Components.Tests.Components.Shared;

public sealed class PromptDialogTests : ComponentTestContext
{
    [Fact]
    public async Task Required_prompt_refuses_an_empty_answer_with_a_Chinese_message_beside_the_field()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?> answer = null!;
        await host.InvokeAsync(() => { answer = dialogs.PromptAsync("退回方案", "退回理由"); });

        host.Find("[data-testid=prompt-ok]").Click();

        Assert.Contains("请填写退回理由", host.Markup);
        Assert.False(answer.IsCompleted);
    }

    [Fact]
    public async Task Prompt_returns_the_trimmed_text_when_confirmed()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?> answer = null!;
        await host.InvokeAsync(() => { answer = dialogs.PromptAsync("退回方案", "退回理由"); });

        host.Find("textarea").Input("  体验活动不足三项  ");
        host.Find("[data-testid=prompt-ok]").Click();

        Assert.Equal("体验活动不足三项", await answer);
    }

    [Fact]
    public async Task Cancelled_prompt_returns_nothing()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<string?> answer = null!;
        await host.InvokeAsync(() => { answer = dialogs.PromptAsync("退回方案", "退回理由"); });

        host.FindAll("button").First(b => b.TextContent.Contains("取消", StringComparison.Ordinal)).Click();

        Assert.Null(await answer);
    }

    [Fact]
    public async Task The_required_message_goes_away_as_soon_as_the_person_types()
    {
        var host = RenderDialogHost();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await host.InvokeAsync(() => { _ = dialogs.PromptAsync("退回方案", "退回理由"); });

        host.Find("[data-testid=prompt-ok]").Click();
        Assert.Contains("请填写退回理由", host.Markup);
        host.Find("textarea").Input("缺少责任人");

        Assert.DoesNotContain("请填写退回理由", host.Markup);
    }
}
