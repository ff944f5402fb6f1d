using CampaignHub.Components.Tests.Infrastructure;
using CampaignHub.Features.Satisfaction;
using CampaignHub.Features.Satisfaction.Components;
using CampaignHub.Features.Units;

namespace CampaignHub.Components.Tests.Features.Satisfaction;

/// <summary>The survey's settings refuse what the office must fix, in Chinese beside the field, before saving.</summary>
public sealed class SurveySettingsFormTests : ComponentTestContext
{
    private static readonly IReadOnlyList<UnitOptionDto> Units = [new(10, "东山街道"), new(11, "秣陵街道"), new(12, "区城管局")];
    private readonly List<SurveySettingsInput> saved = [];

    private static SurveySettingsInput Valid() => new()
    {
        Title = "2014年4月满意度测评",
        OpensAt = new DateTime(2014, 4, 11, 9, 0, 0),
        ClosesAt = new DateTime(2014, 4, 25, 18, 0, 0),
        MinimumSample = 30,
        TargetUnitIds = [10, 11, 12],
    };

    private IRenderedComponent<SurveySettingsForm> RenderForm(SurveySettingsInput input)
    {
        Render<MudBlazor.MudPopoverProvider>();
        return Render<SurveySettingsForm>(p => p.Add(c => c.Input, input).Add(c => c.Units, Units).Add(c => c.OnSubmit, (SurveySettingsInput i) => saved.Add(i)));
    }

    [Fact]
    public async Task A_survey_without_a_name_is_not_saved_and_says_so_in_Chinese()
    {
        var input = Valid();
        input.Title = string.Empty;
        var form = RenderForm(input);

        await form.Find("[data-testid=survey-save]").ClickAsync(new());

        form.WaitForAssertion(() => Assert.Contains("请填写测评名称", form.Markup));
        Assert.Empty(saved);
    }

    [Fact]
    public async Task Closing_before_opening_and_no_target_units_are_refused_in_Chinese()
    {
        var input = Valid();
        input.ClosesAt = new DateTime(2014, 4, 10, 18, 0, 0);
        input.TargetUnitIds = [];
        var form = RenderForm(input);

        await form.Find("[data-testid=survey-save]").ClickAsync(new());

        form.WaitForAssertion(() => Assert.Contains("截止时间必须晚于开始时间", form.Markup));
        Assert.Contains("请至少选择一个测评对象单位", form.Markup);
        Assert.Empty(saved);
    }

    [Fact]
    public async Task A_minimum_sample_below_one_is_refused_in_Chinese()
    {
        var input = Valid();
        input.MinimumSample = 0;
        var form = RenderForm(input);

        await form.Find("[data-testid=survey-save]").ClickAsync(new());

        form.WaitForAssertion(() => Assert.Contains("最低样本至少为1份", form.Markup));
        Assert.Empty(saved);
    }

    [Fact]
    public async Task Valid_settings_are_handed_to_the_page_with_the_chosen_times()
    {
        var form = RenderForm(Valid());

        await form.Find("[data-testid=survey-save]").ClickAsync(new());

        form.WaitForAssertion(() => Assert.Single(saved));
        Assert.Equal(new DateTime(2014, 4, 25, 18, 0, 0), saved[0].ClosesAt);
        Assert.Contains("2014-04-11", form.Find("input[data-testid=survey-opens]").GetAttribute("value"));
        Assert.DoesNotContain(" OK", form.Markup, StringComparison.Ordinal);
    }
}
