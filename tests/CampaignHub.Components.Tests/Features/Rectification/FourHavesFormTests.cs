using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Features.Rectification;
using CampaignHub.Features.Rectification.Components;

namespace CampaignHub.Components.Tests.Features.Rectification;

public sealed class FourHavesFormTests : ComponentTestContext
{
    private int _saves;

    private IRenderedComponent<FourHavesForm> RenderForm(RectificationEdit edit, bool readOnly = false)
    {
        RenderDialogHost();
        return Render<FourHavesForm>(p => p
            .Add(c => c.Edit, edit)
            .Add(c => c.Themes, [new ThemeDto(1, "门难进脸难看事难办", null)])
            .Add(c => c.ReadOnly, readOnly)
            .Add(c => c.Verified, false)
            .Add(c => c.OnSave, () => _saves++));
    }

    private static RectificationEdit Complete() => new()
    {
        Title = "窗口办事排长队",
        Problem = "便民服务中心窗口少",
        Goal = "排队不超过15分钟",
        Measures = "增设两个综合窗口",
        ResponsiblePerson = "王主任",
        Deadline = new DateOnly(2014, 4, 30),
    };

    [Fact]
    public void Saving_without_a_title_or_problem_shows_Chinese_messages_beside_the_fields_and_does_not_save()
    {
        var edit = Complete();
        edit.Title = " ";
        edit.Problem = string.Empty;
        var form = RenderForm(edit);

        form.Find("[data-testid=rect-save]").Click();

        Assert.Contains("请填写整改事项名称", form.Markup, StringComparison.Ordinal);
        Assert.Contains("请填写问题描述", form.Markup, StringComparison.Ordinal);
        Assert.Equal(0, _saves);
    }

    [Fact]
    public void Each_missing_have_is_flagged_in_Chinese_beside_its_field()
    {
        var edit = Complete();
        edit.Goal = null;
        edit.Deadline = null;
        var form = RenderForm(edit);

        Assert.Contains("请填写整改目标（四有之一，缺少不能开始整改）", form.Markup, StringComparison.Ordinal);
        Assert.Contains("请填写完成时限（四有之一，缺少不能开始整改）", form.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("请填写整改措施", form.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("请填写责任人", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Typing_a_missing_have_clears_its_message()
    {
        var edit = Complete();
        edit.Measures = null;
        var form = RenderForm(edit);
        Assert.Contains("请填写整改措施", form.Markup, StringComparison.Ordinal);

        form.Find("textarea[data-testid=rect-measures], [data-testid=rect-measures] textarea").Input("增设两个综合窗口");

        Assert.DoesNotContain("请填写整改措施", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_item_with_title_and_problem_can_still_be_saved()
    {
        var edit = Complete();
        edit.ResponsiblePerson = null;
        var form = RenderForm(edit);

        form.Find("[data-testid=rect-save]").Click();

        Assert.Equal(1, _saves);
        Assert.DoesNotContain("请填写整改事项名称", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_viewer_gets_no_save_button_and_no_missing_messages()
    {
        var edit = Complete();
        edit.Goal = null;
        var form = RenderForm(edit, readOnly: true);

        Assert.Empty(form.FindAll("[data-testid=rect-save]"));
        Assert.DoesNotContain("请填写整改目标", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Typing_a_deadline_sets_it_and_clears_the_missing_message()
    {
        var edit = Complete();
        edit.Deadline = null;
        var form = RenderForm(edit);
        Assert.Contains("请填写完成时限", form.Markup, StringComparison.Ordinal);

        form.Find("input[data-testid=rect-deadline], [data-testid=rect-deadline] input").Change("2014-04-30");

        Assert.Equal(new DateOnly(2014, 4, 30), edit.Deadline);
        Assert.DoesNotContain("请填写完成时限", form.Markup, StringComparison.Ordinal);
    }
}
